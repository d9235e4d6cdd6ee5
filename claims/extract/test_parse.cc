#include "claims/extract/test_parse.h"

#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/extract/names.h"
#include "claims/test_support.h"

namespace factcheck {

ParsedSentence ParseForTest(const std::string& text) {
  absl::StatusOr<const Analyzer*> analyzer = BuiltinAnalyzer();
  if (!analyzer.ok()) std::abort();
  std::vector<ParsedSentence> parsed = ParseDocument(
      **analyzer, text, {{0, static_cast<int64_t>(text.size())}}, {false});
  return std::move(parsed[0]);
}

std::string ExplainForTest(const ParsedSentence& s) {
  std::string out;
  for (int i = 0; i < s.size(); ++i) {
    absl::StrAppend(&out, i, ":", s.word(i), "/", s.upos(i), "/", s.full_deprel(i), "->",
                    s.head(i), s.EntityAt(i) >= 0 ? "/" + s.entities()[s.EntityAt(i)].type : "",
                    " ");
  }
  for (const PersonName& n : FindPersonNames(s, ShippedLexicon())) {
    absl::StrAppend(&out, "\n  name [", n.first, ",", n.last, "] ", n.text);
  }
  return out;
}

}  // namespace factcheck
