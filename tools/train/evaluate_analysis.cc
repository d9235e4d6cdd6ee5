// Prints the linguistic layer's figures on the test splits (never trained
// on):
//
//   bazel run //tools/train:evaluate -- ../shared/treebanks [--model=FILE]
//
// UPOS/XPOS/lemma/features accuracy and UAS/LAS on EWT and GUM test with
// gold words, the same on raw text, named entities on GUM test (all
// documents, then the news documents), analysis speed and model load time.
// Without --model, the model built into the binary.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claims/analysis/training.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/analysis/conllu.h"
#include "claims/analysis/evaluation.h"
#include "claims/lexicon.h"

ABSL_FLAG(std::string, model, "", "model file (default: the built-in model)");
ABSL_FLAG(std::string, split, "test", "which split to score: dev or test");
ABSL_FLAG(bool, show_tag_errors, false,
          "print the most frequent UPOS confusions on EWT with examples");
ABSL_FLAG(bool, show_entity_errors, false,
          "print each sentence whose entities differ from the gold ones");

namespace factcheck {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string FromWorkingDirectory(const std::string& path) {
  const char* dir = std::getenv("BUILD_WORKING_DIRECTORY");
  if (path.empty() || path[0] == '/' || dir == nullptr) return path;
  return absl::StrCat(dir, "/", path);
}

void PrintSyntax(const char* name, const SyntaxScores& s) {
  std::printf(
      "%-10s gold words  %6lld words  UPOS %.2f  XPOS %.2f  lemma %.2f  "
      "feats %.2f  UAS %.2f  LAS %.2f  (LAS with subtypes %.2f)\n",
      name, static_cast<long long>(s.words), 100 * s.upos(), 100 * s.xpos(),
      100 * s.lemma(), 100 * s.feats(), 100 * s.uas(), 100 * s.las(),
      100 * s.full_las());
}

void PrintRaw(const char* name, const RawScores& r) {
  std::printf(
      "%-10s raw text    tokens F1 %.2f  UPOS F1 %.2f  UAS F1 %.2f  LAS F1 "
      "%.2f  (%lld sentences without text left out)\n",
      name, 100 * r.F1(r.tokens), 100 * r.F1(r.upos), 100 * r.F1(r.heads),
      100 * r.F1(r.labeled), static_cast<long long>(r.skipped));
}

void PrintEntities(const char* name, const EntityScores& e) {
  std::printf("%-10s entities    PERSON+ORGANIZATION+PLACE P %.2f R %.2f F1 %.2f (%lld gold)\n",
              name, 100 * e.core.precision(), 100 * e.core.recall(),
              100 * e.core.f1(), static_cast<long long>(e.core.gold));
  for (const auto& t : e.by_type) {
    std::printf("%-10s   %-13s P %.2f R %.2f F1 %.2f (%lld gold)\n", "",
                t.first.c_str(), 100 * t.second.precision(),
                100 * t.second.recall(), 100 * t.second.f1(),
                static_cast<long long>(t.second.gold));
  }
}

void PrintTagErrors(const Analyzer& a,
                    const std::vector<ConlluSentence>& sentences) {
  std::map<std::string, int> confusions;
  std::map<std::string, std::map<std::string, int>> words;
  for (const ConlluSentence& s : sentences) {
    std::vector<absl::string_view> forms;
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    SentenceAnalysis analysis = a.AnalyzeWords(forms);
    for (size_t i = 0; i < forms.size(); ++i) {
      const std::string& ours = a.upos(analysis.tokens[i].tag);
      if (ours == s.words[i].upos) continue;
      std::string key = s.words[i].upos + " -> " + ours;
      ++confusions[key];
      ++words[key][s.words[i].form];
    }
  }
  std::vector<std::pair<int, std::string>> sorted;
  for (const auto& c : confusions) sorted.push_back({-c.second, c.first});
  std::sort(sorted.begin(), sorted.end());
  for (size_t i = 0; i < sorted.size() && i < 15; ++i) {
    std::vector<std::pair<int, std::string>> w;
    for (const auto& e : words[sorted[i].second]) w.push_back({-e.second, e.first});
    std::sort(w.begin(), w.end());
    std::string examples;
    for (size_t k = 0; k < w.size() && k < 8; ++k) {
      absl::StrAppend(&examples, w[k].second, "(", -w[k].first, ") ");
    }
    std::printf("  %5d %-14s %s\n", -sorted[i].first, sorted[i].second.c_str(),
                examples.c_str());
  }
}

void PrintEntityErrors(const Analyzer& a,
                       const std::vector<ConlluSentence>& sentences) {
  std::map<std::string, DocumentEvidence> documents;
  for (const ConlluSentence& s : sentences) {
    std::vector<absl::string_view> words;
    for (const ConlluWord& w : s.words) words.push_back(w.form);
    documents[s.doc_id].AddSentence(words);
  }
  for (const ConlluSentence& s : sentences) {
    std::vector<absl::string_view> words;
    for (const ConlluWord& w : s.words) words.push_back(w.form);
    SentenceAnalysis analysis = a.AnalyzeWords(words, &documents[s.doc_id]);
    auto show = [&](int begin, int end, const std::string& type) {
      std::string text;
      for (int i = begin; i < end; ++i) absl::StrAppend(&text, i > begin ? " " : "", words[i]);
      return absl::StrCat("[", text, "]/", type);
    };
    std::vector<std::string> gold, predicted;
    for (const ConlluName& n : s.names) {
      std::string type = EntityTypeName(n.type);
      if (!type.empty()) gold.push_back(show(n.begin, n.end, type));
    }
    for (const EntitySpan& e : analysis.entities) {
      predicted.push_back(show(e.begin, e.end, a.entity_type(e.type)));
    }
    if (gold == predicted) continue;
    std::printf("%s\n  gold: %s\n  ours: %s\n", s.text.c_str(),
                absl::StrJoin(gold, " ").c_str(),
                absl::StrJoin(predicted, " ").c_str());
  }
}

absl::Status Run(const std::string& treebanks) {
  absl::StatusOr<std::unique_ptr<Lexicon>> lexicon = Lexicon::Load({});
  if (!lexicon.ok()) return lexicon.status();
  std::string bytes;
  const std::string model_path = absl::GetFlag(FLAGS_model);
  if (!model_path.empty()) {
    std::ifstream in(FromWorkingDirectory(model_path), std::ios::binary);
    if (!in) return absl::NotFoundError(absl::StrCat(model_path, ": cannot open"));
    std::stringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
  } else {
    bytes = std::string(BuiltinAnalysisModel());
  }
  Clock::time_point load_start = Clock::now();
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer =
      Analyzer::FromModel(bytes, **lexicon);
  if (!analyzer.ok()) return analyzer.status();
  const double load = Seconds(load_start);
  std::printf("model: %s, %.1f MB, loaded in %.0f ms\n",
              (*analyzer)->version().c_str(), bytes.size() / 1e6, load * 1e3);
  const std::string split = absl::GetFlag(FLAGS_split);
  const std::string ewt_path =
      absl::StrCat(treebanks, "/UD_English-EWT/en_ewt-ud-", split, ".conllu");
  const std::string gum_path =
      absl::StrCat(treebanks, "/UD_English-GUM/en_gum-ud-", split, ".conllu");
  absl::StatusOr<std::vector<ConlluSentence>> ewt = ReadConlluFile(ewt_path);
  if (!ewt.ok()) return ewt.status();
  absl::StatusOr<std::vector<ConlluSentence>> gum = ReadConlluFile(gum_path);
  if (!gum.ok()) return gum.status();
  const Analyzer& a = **analyzer;
  Clock::time_point start = Clock::now();
  SyntaxScores ewt_syntax = EvaluateSyntax(a, *ewt);
  const double ewt_seconds = Seconds(start);
  PrintSyntax(("EWT " + split).c_str(), ewt_syntax);
  if (absl::GetFlag(FLAGS_show_tag_errors)) PrintTagErrors(a, *ewt);
  PrintRaw(("EWT " + split).c_str(), EvaluateRawText(a, *ewt));
  PrintSyntax(("GUM " + split).c_str(), EvaluateSyntax(a, *gum));
  PrintRaw(("GUM " + split).c_str(), EvaluateRawText(a, *gum));
  PrintEntities(("GUM " + split).c_str(), EvaluateEntities(a, *gum));
  if (absl::GetFlag(FLAGS_show_entity_errors)) PrintEntityErrors(a, *gum);
  PrintEntities("GUM news", EvaluateEntities(a, *gum, "GUM_news_"));
  std::printf(
      "speed: %.0f tokens/s on one core (tag, lemma, parse, entities and "
      "scoring over EWT %s)\n",
      ewt_syntax.words / ewt_seconds, split.c_str());
  return absl::OkStatus();
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "scores the analysis models: evaluate TREEBANKS_DIR [--model=FILE]");
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() != 2) {
    std::fprintf(stderr, "usage: evaluate TREEBANKS_DIR [--model=FILE]\n");
    return 2;
  }
  absl::Status status =
      factcheck::Run(factcheck::FromWorkingDirectory(args[1]));
  if (!status.ok()) {
    std::fprintf(stderr, "evaluate: %s\n", status.ToString().c_str());
    return 2;
  }
  return 0;
}
