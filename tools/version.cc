#include "tools/version.h"

#include "absl/strings/str_cat.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/analysis/compile_model.h"
#include "claims/lexicon.h"
#include "claims/sha256.h"

namespace factcheck {

std::string ShortDigest(absl::string_view bytes) { return Sha256Hex(bytes).substr(0, 12); }

// The built-in model is compiled (claims/analysis/compile_model.h); it names
// the trained file it was compiled from, which is what users compare.
std::string ModelLine() {
  const absl::string_view model = BuiltinAnalysisModel();
  AnalysisModelProto proto;
  absl::string_view tables;
  if (!SplitCompiledModel(model, &proto, &tables).ok() || proto.trained_sha256().empty()) {
    return absl::StrCat("analysis model: sha256 ", ShortDigest(model), " (built in, ",
                        model.size(), " bytes)\n");
  }
  return absl::StrCat("analysis model: sha256 ", proto.trained_sha256().substr(0, 12),
                      " (claims/data/analysis.model, ", proto.trained_size(), " bytes)\n");
}

std::string VersionText() {
  const absl::string_view vocabulary = Lexicon::BuiltinData();
  return absl::StrCat("factcheck ", kFactcheckVersion, "\n", ModelLine(),
                      "vocabulary: sha256 ", ShortDigest(vocabulary),
                      " (claims/data/*.textproto as built in, ", vocabulary.size(), " bytes)\n");
}

}  // namespace factcheck
