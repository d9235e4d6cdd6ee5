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

absl::StatusOr<const Analyzer*> BuiltinAnalyzer(const Lexicon& lexicon) {
  static std::once_flag once;
  static absl::StatusOr<std::unique_ptr<Analyzer>>* loaded = nullptr;
  std::call_once(once, [&lexicon] {
    loaded = new absl::StatusOr<std::unique_ptr<Analyzer>>(
        Analyzer::FromModel(BuiltinAnalysisModel(), lexicon));
  });
  if (!loaded->ok()) return loaded->status();
  return loaded->value().get();
}

}  // namespace factcheck
