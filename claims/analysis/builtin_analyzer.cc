#include "claims/analysis/builtin_analyzer.h"

#include <memory>
#include <mutex>

// The model file, linked in by //claims/analysis:builtin_model.
extern "C" const char _binary_analysis_model_start[];
extern "C" const char _binary_analysis_model_end[];

namespace factcheck {

absl::string_view BuiltinAnalysisModel() {
  return absl::string_view(
      _binary_analysis_model_start,
      static_cast<size_t>(_binary_analysis_model_end -
                          _binary_analysis_model_start));
}

absl::StatusOr<const Analyzer*> BuiltinAnalyzer() {
  static std::once_flag once;
  static absl::StatusOr<std::unique_ptr<Analyzer>>* loaded = nullptr;
  std::call_once(once, [] {
    // The model's vocabulary features were trained with the shipped
    // vocabulary; it is kept here, for the life of the process, so that no
    // caller's lexicon has to outlive the analyzer.
    absl::StatusOr<std::unique_ptr<Lexicon>> lexicon = Lexicon::Load({});
    if (!lexicon.ok()) {
      loaded = new absl::StatusOr<std::unique_ptr<Analyzer>>(lexicon.status());
      return;
    }
    const Lexicon* shipped = lexicon->release();
    loaded = new absl::StatusOr<std::unique_ptr<Analyzer>>(
        Analyzer::FromModel(BuiltinAnalysisModel(), *shipped));
  });
  if (!loaded->ok()) return loaded->status();
  return loaded->value().get();
}

}  // namespace factcheck
