// File: claims/analysis/lemmatizer.h
//
// Lemmas and morphological features (UD FEATS) for tagged words. A word seen
// in training with its tag takes the lemma and features it had most often;
// an unseen word takes the suffix rule learnt for its tag ("-ies" -> "-y"
// for NNS, the longest suffix with a rule wins) and its tag's most frequent
// features. Proper nouns are their own lemma.
//
// Example:
//   Lemmatizer lemmatizer = ...;  // Lemmatizer::FromProto(model)
//   lemmatizer.Lemma("Talks", tag_of_NNS);  // "talk"
//   lemmatizer.Feats("talks", tag_of_NNS);  // "Number=Plur"

#ifndef FACTCHECK_CLAIMS_ANALYSIS_LEMMATIZER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_LEMMATIZER_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

class Lemmatizer {
 public:
  // InvalidArgument when a lexeme or rule names a tag or feature set the
  // model does not have.
  static absl::StatusOr<Lemmatizer> FromProto(const AnalysisModelProto& model);

  std::string Lemma(absl::string_view word, int tag) const;
  const std::string& Feats(absl::string_view word, int tag) const;

 private:
  struct Entry {
    std::string lemma;
    int feats = 0;
  };
  struct Rule {
    int strip = 0;
    std::string append;
  };
  const Entry* Find(const std::string& lower, int tag) const;

  std::vector<std::string> feats_;
  std::vector<int> default_feats_;
  std::vector<bool> proper_;  // per tag: PROPN
  absl::flat_hash_map<std::string, Entry> entries_;  // "lower\ttag"
  absl::flat_hash_map<std::string, Rule> rules_;     // "tag\tsuffix"
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_LEMMATIZER_H_
