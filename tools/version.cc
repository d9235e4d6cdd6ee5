#include "tools/version.h"

#include "absl/strings/str_cat.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/lexicon.h"
#include "claims/sha256.h"

namespace factcheck {

std::string ShortDigest(absl::string_view bytes) { return Sha256Hex(bytes).substr(0, 12); }

std::string VersionText() {
  const absl::string_view model = BuiltinAnalysisModel();
  const absl::string_view vocabulary = Lexicon::BuiltinData();
  return absl::StrCat("factcheck ", kFactcheckVersion, "\n",
                      "analysis model: sha256 ", ShortDigest(model),
                      " (claims/data/analysis.model, ", model.size(), " bytes)\n",
                      "vocabulary: sha256 ", ShortDigest(vocabulary),
                      " (claims/data/*.textproto as built in, ", vocabulary.size(), " bytes)\n");
}

}  // namespace factcheck
