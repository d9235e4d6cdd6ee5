#include "claims/analysis/conllu.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace factcheck {
namespace {

constexpr absl::string_view kNamedTypes[] = {"person", "organization",
                                             "place", "event"};

bool IsNamedType(absl::string_view type) {
  return std::find(std::begin(kNamedTypes), std::end(kNamedTypes), type) !=
         std::end(kNamedTypes);
}

// A mention read from the Entity= annotations: words [begin, end).
struct Mention {
  int begin = 0;
  int end = -1;
  std::string type;
};

absl::string_view EntityValue(absl::string_view misc) {
  for (absl::string_view part : absl::StrSplit(misc, '|')) {
    if (absl::ConsumePrefix(&part, "Entity=")) return part;
  }
  return {};
}

// Applies one word's Entity= value: opens and closes mentions. `open` maps
// a mention id to its index in `mentions`.
void ReadEntity(absl::string_view value, int word,
                std::vector<std::pair<std::string, int>>* open,
                std::vector<Mention>* mentions) {
  size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '(') {
      size_t stop = value.find_first_of("()", i + 1);
      if (stop == absl::string_view::npos) stop = value.size();
      std::vector<absl::string_view> fields =
          absl::StrSplit(value.substr(i + 1, stop - i - 1), '-');
      Mention m;
      m.begin = word;
      if (fields.size() > 1) m.type = std::string(fields[1]);
      mentions->push_back(m);
      if (stop < value.size() && value[stop] == ')') {
        mentions->back().end = word + 1;
        i = stop + 1;
      } else {
        open->emplace_back(std::string(fields[0]),
                           static_cast<int>(mentions->size()) - 1);
        i = stop;
      }
    } else {
      size_t stop = value.find(')', i);
      if (stop == absl::string_view::npos) break;
      std::string id(value.substr(i, stop - i));
      for (auto it = open->rbegin(); it != open->rend(); ++it) {
        if (it->first == id) {
          (*mentions)[it->second].end = word + 1;
          open->erase(std::next(it).base());
          break;
        }
      }
      i = stop + 1;
    }
  }
}

// A proper noun by either tag: GUM tags "United" in "United States" as
// VERB but NNP.
bool IsProper(const ConlluWord& w) {
  return w.upos == "PROPN" || w.xpos == "NNP" || w.xpos == "NNPS";
}

bool IsBridge(const ConlluWord& w) {
  return w.form == "of" || w.form == "the" || w.form == "and" ||
         w.form == "&" || w.form == "-" || w.form == "de";
}

// The name inside a mention: the proper nouns around its head word.
bool NameOf(const std::vector<ConlluWord>& words, const Mention& m,
            ConlluName* name) {
  int head = -1;
  for (int i = m.begin; i < m.end; ++i) {
    int h = words[i].head - 1;
    if (h < m.begin || h >= m.end) {
      head = i;
      break;
    }
  }
  if (head < 0 || !IsProper(words[head])) return false;
  int begin = head;
  int end = head + 1;
  while (begin > m.begin) {
    if (IsProper(words[begin - 1])) {
      --begin;
    } else if (begin - 1 > m.begin && IsBridge(words[begin - 1]) &&
               IsProper(words[begin - 2])) {
      begin -= 2;
    } else {
      break;
    }
  }
  while (end < m.end) {
    if (IsProper(words[end])) {
      ++end;
    } else if (end + 1 < m.end && IsBridge(words[end]) &&
               IsProper(words[end + 1])) {
      end += 2;
    } else {
      break;
    }
  }
  *name = ConlluName{begin, end, m.type};
  return true;
}

void FindNames(ConlluSentence* s) {
  std::vector<std::pair<std::string, int>> open;
  std::vector<Mention> mentions;
  for (int i = 0; i < static_cast<int>(s->words.size()); ++i) {
    absl::string_view value = EntityValue(s->words[i].misc);
    if (value.empty()) continue;
    s->has_entities = true;
    ReadEntity(value, i, &open, &mentions);
  }
  std::vector<ConlluName> names;
  for (const Mention& m : mentions) {
    ConlluName name;
    if (m.end > m.begin && IsNamedType(m.type) && NameOf(s->words, m, &name)) {
      names.push_back(name);
    }
  }
  // Outermost first: longer names win over the names inside them.
  std::sort(names.begin(), names.end(),
            [](const ConlluName& a, const ConlluName& b) {
              if (a.end - a.begin != b.end - b.begin) {
                return a.end - a.begin > b.end - b.begin;
              }
              return a.begin < b.begin;
            });
  for (const ConlluName& n : names) {
    bool overlaps = false;
    for (const ConlluName& kept : s->names) {
      if (n.begin < kept.end && kept.begin < n.end) overlaps = true;
    }
    if (!overlaps) s->names.push_back(n);
  }
  std::sort(s->names.begin(), s->names.end(),
            [](const ConlluName& a, const ConlluName& b) {
              return a.begin < b.begin;
            });
}

absl::Status Finish(ConlluSentence* s, absl::string_view name, int line) {
  int n = static_cast<int>(s->words.size());
  for (const ConlluWord& w : s->words) {
    if (w.head < 0 || w.head > n) {
      return absl::InvalidArgumentError(absl::StrCat(
          name, ":", line, ": head ", w.head, " out of range in a sentence of ",
          n, " words"));
    }
  }
  FindNames(s);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<ConlluSentence>> ParseConllu(absl::string_view text,
                                                        absl::string_view name) {
  std::vector<ConlluSentence> out;
  ConlluSentence current;
  std::string doc_id;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    absl::ConsumeSuffix(&line, "\r");
    if (line.empty()) {
      if (!current.words.empty()) {
        absl::Status st = Finish(&current, name, line_number);
        if (!st.ok()) return st;
        out.push_back(std::move(current));
      }
      current = ConlluSentence();
      continue;
    }
    if (line[0] == '#') {
      absl::string_view rest = line;
      if (absl::ConsumePrefix(&rest, "# newdoc id = ")) {
        doc_id = std::string(rest);
      } else if (absl::ConsumePrefix(&rest, "# sent_id = ")) {
        current.sent_id = std::string(rest);
      } else if (absl::ConsumePrefix(&rest, "# text = ")) {
        current.text = std::string(rest);
      }
      continue;
    }
    std::vector<absl::string_view> cols = absl::StrSplit(line, '\t');
    if (cols.size() != 10) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ":", line_number, ": expected 10 columns, found ",
                       cols.size()));
    }
    if (absl::StrContains(cols[0], '-') || absl::StrContains(cols[0], '.')) {
      continue;
    }
    ConlluWord w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    if (!absl::SimpleAtoi(cols[6], &w.head)) {
      return absl::InvalidArgumentError(absl::StrCat(
          name, ":", line_number, ": head \"", cols[6], "\" is not a number"));
    }
    w.deprel = std::string(cols[7]);
    w.misc = std::string(cols[9]);
    current.doc_id = doc_id;
    current.words.push_back(std::move(w));
  }
  if (!current.words.empty()) {
    absl::Status st = Finish(&current, name, line_number);
    if (!st.ok()) return st;
    out.push_back(std::move(current));
  }
  return out;
}

absl::StatusOr<std::vector<ConlluSentence>> ReadConlluFile(
    const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseConllu(buffer.str(), path);
}

}  // namespace factcheck
