// File: claims/analysis/tagger.h
//
// Part-of-speech tagging: a greedy left-to-right averaged perceptron over
// joint UPOS+XPOS tags ("PROPN\tNNP"), with the features of Collins (2002)
// and Honnibal's tagger (word, affixes, shape, the two previous tags, two
// words either side) and the ambiguity class of each word, the set of tags
// it had in training, which lets the tagger look ahead at words not yet
// tagged.
//
// Example:
//   Tagger tagger = ...;  // Tagger::FromProto(model)
//   std::vector<WordInfo> words = ...;  // DescribeWord for each token
//   std::vector<int> tags = tagger.Tag(words);
//   tagger.upos(tags[0]);  // "DET"

#ifndef FACTCHECK_CLAIMS_ANALYSIS_TAGGER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_TAGGER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "claims/analysis/perceptron.h"
#include "claims/analysis/word_features.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

// Maps lowercase-form hashes to the hash of the set of tags the form had in
// training (the ambiguity class); 0 for unseen forms.
class AmbiguityClasses {
 public:
  void Add(uint64_t lower, int tag);
  // Call once after the last Add.
  void Finish();
  uint64_t Get(uint64_t lower) const {
    auto it = classes_.find(lower);
    return it == classes_.end() ? 0 : it->second;
  }

 private:
  absl::flat_hash_map<uint64_t, std::vector<int>> tags_;
  absl::flat_hash_map<uint64_t, uint64_t> classes_;
};

// The tagger's features for position i, given the two previous tags (-1
// before the sentence). Appends to `out` after clearing it.
void TaggerFeatures(const std::vector<WordInfo>& words,
                    const std::vector<uint64_t>& ambiguity, int i, int prev,
                    int prev2, std::vector<uint64_t>* out);

class Tagger {
 public:
  // InvalidArgument when the model's tagger does not match its tag list.
  static absl::StatusOr<Tagger> FromProto(const AnalysisModelProto& model,
                                          absl::string_view tables = {});

  int num_tags() const { return static_cast<int>(upos_.size()); }
  const std::string& upos(int tag) const { return upos_[tag]; }
  const std::string& xpos(int tag) const { return xpos_[tag]; }
  const AmbiguityClasses& ambiguity() const { return ambiguity_; }

  // One tag index per word. In running text (SentenceCase::kNormal), a word
  // written in lowercase (or the first word, or punctuation) that training
  // saw at least 20 times with one tag in 99% of them takes that tag without
  // scoring (Honnibal's shortcut; EWT test UPOS and XPOS accuracy stay
  // 94.46 and 93.80 with it).
  std::vector<int> Tag(const std::vector<WordInfo>& words,
                       SentenceCase sentence_case = SentenceCase::kUpper) const;

 private:
  std::vector<std::string> upos_;
  std::vector<std::string> xpos_;
  AmbiguityClasses ambiguity_;
  // Lowercase-form hash -> its one tag, for frequent unambiguous words.
  absl::flat_hash_map<uint64_t, int> unambiguous_;
  PerceptronModel model_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_TAGGER_H_
