// File: claims/analysis/parser.h
//
// Dependency parsing: a greedy arc-eager parser (transitions.h) scored by
// averaged perceptrons over the feature set of Zhang & Nivre (2011): words
// and tags of the stack top, its head and dependents, the next buffer words,
// distance, valency and the labels already attached. One model picks the
// transition (shift, reduce, left arc, right arc), a second the relation of
// an arc, which is far cheaper than one model over every labelled
// transition. Labels are UD relations with their subtypes ("nsubj:pass").
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

// Unlabelled transitions: the action model's classes.
constexpr int kMoveShift = 0;
constexpr int kMoveReduce = 1;
constexpr int kMoveLeft = 2;
constexpr int kMoveRight = 3;
constexpr int kNumMoves = 4;

// Which moves the state allows (the root takes one dependent, with the root
// relation).
void ValidMoves(const ArcEagerState& s, int root_label, bool valid[kNumMoves]);

// The relation model's features for an arc made by `move` in the state the
// action features were computed in.
void LabelFeatures(const std::vector<uint64_t>& action_features, int move,
                   std::vector<uint64_t>* out);

// The labelled action of a move with a relation.
inline int MoveAction(int move, int label) {
  return move == kMoveShift    ? kShift
         : move == kMoveReduce ? kReduce
         : move == kMoveLeft   ? LeftArc(label)
                               : RightArc(label);
}

class Parser {
 public:
  // InvalidArgument when the parser's classes do not match the relations, or
  // there is no "root" relation.
  static absl::StatusOr<Parser> FromProto(const AnalysisModelProto& model,
                                          absl::string_view tables = {});

  int num_labels() const { return static_cast<int>(deprels_.size()); }
  const std::string& deprel(int label) const { return deprels_[label]; }

  // Fills heads (1-based, 0 = root) and label indices, one per word.
  void Parse(const std::vector<WordInfo>& words, const std::vector<int>& tags,
             std::vector<int>* heads, std::vector<int>* labels) const;

 private:
  std::vector<std::string> deprels_;
  int root_label_ = 0;
  int fallback_label_ = 0;
  PerceptronModel moves_;
  PerceptronModel labels_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_PARSER_H_
