// File: claims/analysis/ud_tokenizer_eval.cc
//
// Measures TokenizeUd against Universal Dependencies treebanks: for each
// sentence of each CoNLL-U file given, tokenizes the `# text` line and
// compares the token spans with the gold ones (found by matching the gold
// forms in order against the text). Prints precision, recall and F1 of token
// spans per file and a sample of sentences that differ.
//
// Gold tokens are the syntactic words; a multiword token whose words do not
// spell its surface form ("dunno" -> du n no is fine, "wo n't" from "won't"
// is fine, a word form changed by the annotators is not) counts as one token
// spanning its surface.
//
// Usage:
//   ud_tokenizer_eval [--mismatches=N] FILE.conllu...

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "claims/analysis/ud_tokenizer.h"

namespace factcheck {
namespace {

struct Sentence {
  std::string text;
  std::vector<std::string> forms;
};

// Reads the sentences of a CoNLL-U file with their gold token forms.
std::vector<Sentence> ReadConllu(const std::string& path) {
  std::vector<Sentence> sentences;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return sentences;
  }
  Sentence current;
  std::vector<std::vector<std::string>> rows;
  auto finish = [&]() {
    for (size_t i = 0; i < rows.size(); ++i) {
      const std::vector<std::string>& row = rows[i];
      const std::string& id = row[0];
      if (id.find('.') != std::string::npos) continue;
      size_t dash = id.find('-');
      if (dash == std::string::npos) {
        current.forms.push_back(row[1]);
        continue;
      }
      int first = 0, last = 0;
      if (!absl::SimpleAtoi(id.substr(0, dash), &first) ||
          !absl::SimpleAtoi(id.substr(dash + 1), &last)) {
        continue;
      }
      size_t n = static_cast<size_t>(last - first + 1);
      std::string joined;
      std::vector<std::string> words;
      for (size_t j = i + 1; j < rows.size() && j <= i + n; ++j) {
        joined += rows[j][1];
        words.push_back(rows[j][1]);
      }
      if (joined == row[1]) {
        for (std::string& w : words) current.forms.push_back(std::move(w));
      } else {
        current.forms.push_back(row[1]);
      }
      i += n;
    }
    if (!current.text.empty()) sentences.push_back(std::move(current));
    current = Sentence();
    rows.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
    } else if (absl::StartsWith(line, "# text = ")) {
      current.text = line.substr(9);
    } else if (line[0] != '#') {
      std::vector<std::string> row = absl::StrSplit(line, '\t');
      if (row.size() >= 2) rows.push_back(std::move(row));
    }
  }
  finish();
  return sentences;
}

// Finds the gold forms in order in the text; false if one is missing.
bool GoldSpans(const Sentence& s,
               std::vector<std::pair<int64_t, int64_t>>* spans) {
  size_t at = 0;
  for (const std::string& form : s.forms) {
    size_t pos = s.text.find(form, at);
    if (pos == std::string::npos) return false;
    spans->emplace_back(pos, pos + form.size());
    at = pos + form.size();
  }
  return true;
}

std::string Show(const std::string& text,
                 const std::vector<std::pair<int64_t, int64_t>>& spans) {
  std::vector<std::string> forms;
  for (const auto& s : spans) {
    forms.push_back(text.substr(s.first, s.second - s.first));
  }
  return absl::StrJoin(forms, " | ");
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  using factcheck::Sentence;
  int max_mismatches = 20;
  int64_t all_gold = 0, all_ours = 0, all_match = 0;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (absl::StartsWith(arg, "--mismatches=")) {
      if (!absl::SimpleAtoi(arg.substr(13), &max_mismatches)) return 2;
      continue;
    }
    std::vector<Sentence> sentences = factcheck::ReadConllu(arg);
    int64_t gold = 0, ours = 0, match = 0, skipped = 0, bad_sentences = 0;
    int shown = 0;
    for (const Sentence& s : sentences) {
      std::vector<std::pair<int64_t, int64_t>> gold_spans;
      if (!factcheck::GoldSpans(s, &gold_spans)) {
        ++skipped;
        continue;
      }
      std::vector<std::pair<int64_t, int64_t>> our_spans;
      for (const factcheck::UdToken& t :
           factcheck::TokenizeUd(s.text, 0, s.text.size())) {
        our_spans.emplace_back(t.begin, t.end);
      }
      std::set<std::pair<int64_t, int64_t>> gold_set(gold_spans.begin(),
                                                     gold_spans.end());
      int64_t m = 0;
      for (const auto& span : our_spans) m += gold_set.count(span);
      gold += gold_spans.size();
      ours += our_spans.size();
      match += m;
      if (m != static_cast<int64_t>(gold_spans.size()) ||
          m != static_cast<int64_t>(our_spans.size())) {
        ++bad_sentences;
        if (shown++ < max_mismatches) {
          std::printf("  text: %s\n  gold: %s\n  ours: %s\n\n", s.text.c_str(),
                      factcheck::Show(s.text, gold_spans).c_str(),
                      factcheck::Show(s.text, our_spans).c_str());
        }
      }
    }
    double p = ours ? 100.0 * match / ours : 0;
    double r = gold ? 100.0 * match / gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf(
        "%s: sentences %zu (skipped %lld, differing %lld) gold %lld ours %lld "
        "P %.2f R %.2f F1 %.2f\n",
        arg.c_str(), sentences.size(), static_cast<long long>(skipped),
        static_cast<long long>(bad_sentences), static_cast<long long>(gold),
        static_cast<long long>(ours), p, r, f);
    all_gold += gold;
    all_ours += ours;
    all_match += match;
  }
  (void)all_gold;
  (void)all_ours;
  (void)all_match;
  return 0;
}
