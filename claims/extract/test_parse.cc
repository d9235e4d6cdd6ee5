#include "claims/extract/test_parse.h"

#include <cstdlib>

#include "claims/analysis/builtin_analyzer.h"
#include "claims/test_support.h"

namespace factcheck {

ParsedSentence ParseForTest(const std::string& text) {
  absl::StatusOr<const Analyzer*> analyzer = BuiltinAnalyzer();
  if (!analyzer.ok()) std::abort();
  std::vector<ParsedSentence> parsed = ParseDocument(
      **analyzer, text, {{0, static_cast<int64_t>(text.size())}}, {false});
  return std::move(parsed[0]);
}

}  // namespace factcheck
