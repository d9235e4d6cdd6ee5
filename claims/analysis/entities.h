// File: claims/analysis/entities.h
//
// Named-entity recognition: a greedy left-to-right averaged perceptron over
// BIO labels (O, B-PERSON, I-PERSON, ...), with word, shape, affix, tag,
// vocabulary and document-evidence (gazetteer.h) features in a window of two
// words and the two previous labels (Ratinov & Roth 2009 is the classic account). A label I-X
// is allowed only after B-X or I-X, so every span is well formed. Trained
// on the named mentions of GUM (conllu.h says which).
//
// Example:
//   EntityRecognizer ner = ...;  // EntityRecognizer::FromProto(model)
//   std::vector<EntitySpan> spans = ner.Recognize(words, tags, gazetteer);
//   // {begin, end, type}: words [begin, end); ner.type_name(type) "PERSON"

#ifndef FACTCHECK_CLAIMS_ANALYSIS_ENTITIES_H_
#define FACTCHECK_CLAIMS_ANALYSIS_ENTITIES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/analysis/perceptron.h"
#include "claims/analysis/word_features.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

struct EntitySpan {
  int begin = 0;
  int end = 0;
  int type = 0;
};

// Label indices: 0 is O; type t has B = 1 + 2t and I = 2 + 2t.
inline int BeginLabel(int type) { return 1 + 2 * type; }
inline int InsideLabel(int type) { return 2 + 2 * type; }

// The recogniser's features for word i given the two previous labels;
// `gazetteer` holds EvidenceBits().
void EntityFeatures(const std::vector<WordInfo>& words,
                    const std::vector<int>& tags,
                    const std::vector<uint32_t>& gazetteer, int i, int prev,
                    int prev2, std::vector<uint64_t>* out);

// Whether `label` may follow `prev` (-1 at the start).
bool EntityLabelAllowed(int prev, int label);

// Reads the spans off a label sequence.
std::vector<EntitySpan> SpansFromLabels(const std::vector<int>& labels);

class EntityRecognizer {
 public:
  // InvalidArgument when the model's classes do not match its types.
  static absl::StatusOr<EntityRecognizer> FromProto(
      const AnalysisModelProto& model, absl::string_view tables = {});

  int num_types() const { return static_cast<int>(types_.size()); }
  const std::string& type_name(int type) const { return types_[type]; }

  std::vector<EntitySpan> Recognize(const std::vector<WordInfo>& words,
                                    const std::vector<int>& tags,
                                    const std::vector<uint32_t>& gazetteer) const;

 private:
  std::vector<std::string> types_;
  PerceptronModel model_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_ENTITIES_H_
