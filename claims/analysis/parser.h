// File: claims/analysis/parser.h
//
// Dependency parsing: a greedy arc-eager parser (transitions.h) scored by an
// averaged perceptron over the feature set of Zhang & Nivre (2011): words and
// tags of the stack top, its head and dependents, the next buffer words,
// distance, valency and the labels already attached. Labels are UD
// relations with their subtypes ("nsubj:pass", "obl:tmod").
//
// Example:
//   Parser parser = ...;  // Parser::FromProto(model)
//   std::vector<int> heads, labels;
//   parser.Parse(words, tags, &heads, &labels);
//   // heads[i]: 1-based head of word i, 0 for the root; parser.deprel(labels[i])

#ifndef FACTCHECK_CLAIMS_ANALYSIS_PARSER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_PARSER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/analysis/perceptron.h"
#include "claims/analysis/transitions.h"
#include "claims/analysis/word_features.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

// The parser's features in state `s` of a sentence with these words and tag
// indices (0-based; word w of the state is words[w - 1]).
void ParserFeatures(const ArcEagerState& s, const std::vector<WordInfo>& words,
                    const std::vector<int>& tags, std::vector<uint64_t>* out);

class Parser {
 public:
  // InvalidArgument when the parser's classes do not match the relations, or
  // there is no "root" relation.
  static absl::StatusOr<Parser> FromProto(const AnalysisModelProto& model);

  int num_labels() const { return static_cast<int>(deprels_.size()); }
  const std::string& deprel(int label) const { return deprels_[label]; }

  // Fills heads (1-based, 0 = root) and label indices, one per word.
  void Parse(const std::vector<WordInfo>& words, const std::vector<int>& tags,
             std::vector<int>* heads, std::vector<int>* labels) const;

 private:
  std::vector<std::string> deprels_;
  int root_label_ = 0;
  int fallback_label_ = 0;
  PerceptronModel model_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_PARSER_H_
