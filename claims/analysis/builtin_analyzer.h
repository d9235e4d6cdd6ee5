// File: claims/analysis/builtin_analyzer.h
//
// The analyzer of the model built into the binary (claims/data/
// analysis.model, linked in as data by //claims/analysis:builtin_model),
// parsed on first use and kept for the life of the process, with the
// shipped vocabulary it was trained with (a user's --lexicon does not
// change the analysis). Thread-safe.
//
// Example:
//   absl::StatusOr<const Analyzer*> analyzer = BuiltinAnalyzer();
//   if (!analyzer.ok()) return analyzer.status();
//   SentenceAnalysis a = (*analyzer)->Analyze(text, 0, text.size());

#ifndef FACTCHECK_CLAIMS_ANALYSIS_BUILTIN_ANALYZER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_BUILTIN_ANALYZER_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/analysis/analyzer.h"
#include "claims/lexicon.h"

namespace factcheck {

// Thread-safe. The first call's lexicon is the one used, and must outlive
// the process's use of the analyzer. Returns the model's InvalidArgument
// error when the built-in model does not load (a broken build).
absl::StatusOr<const Analyzer*> BuiltinAnalyzer();

// The model's bytes, for tools that report on it.
absl::string_view BuiltinAnalysisModel();

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_BUILTIN_ANALYZER_H_
