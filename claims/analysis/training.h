// File: claims/analysis/training.h
//
// Trains every model of the linguistic layer from UD treebanks: the tag,
// relation and feature inventories, the lexemes and lemma rules, the tagger,
// the parser (dynamic-oracle training with exploration, Goldberg & Nivre
// 2012, on tags predicted by k-fold jackknifing so that it learns from tags
// as good as it will see) and the entity recogniser. Title Case and ALL CAPS
// copies of a share of the sentences teach the models headline typography.
//
// Deterministic: the same sentences, lexicon and options give the same model
// bytes (one thread, a seeded generator, sorted tables).
//
// Example:
//   TrainingOptions options;
//   absl::StatusOr<AnalysisModelProto> model =
//       TrainAnalysisModel(ewt_and_gum_train, lexicon, options);

#ifndef FACTCHECK_CLAIMS_ANALYSIS_TRAINING_H_
#define FACTCHECK_CLAIMS_ANALYSIS_TRAINING_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/analysis/conllu.h"
#include "claims/lexicon.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

struct TrainingOptions {
  // Passes over the data. Default: 8, 15, 12.
  int tagger_iterations = 8;
  int parser_iterations = 15;
  int entity_iterations = 12;
  // Folds for the parser's and recogniser's predicted tags; 0 trains them on
  // gold tags. Default: 5.
  int jackknife_folds = 5;
  // Share of sentences added again in Title Case / ALL CAPS. Default: 0.1
  // and 0.05.
  double title_case_share = 0.1;
  double upper_case_share = 0.05;
  // After this parser pass, follow the model's own (possibly wrong) action
  // with probability `explore` (Goldberg & Nivre's exploration). Default: 1, 0.9.
  int explore_after = 1;
  double explore = 0.9;
  // Features updated fewer times than this are left out of the models.
  // Default: 2.
  int min_feature_updates = 2;
  // Seeds the shuffles and the choice of case-altered sentences. Default: 1.
  uint64_t seed = 1;
  // Brown clusters (word, bit string) for cluster features, stored in the
  // model. Default: none.
  std::vector<std::pair<std::string, std::string>> clusters;
  // Stored in the model's `version`. Default: empty.
  std::string version;
  // Called with a line of progress ("tagger pass 3/8: 95.1% on train").
  std::function<void(const std::string&)> progress;
};

// Every sentence trains the tagger, lemmatizer and parser; those with entity
// annotation (GUM) also train the recogniser. InvalidArgument when there are
// no sentences, none with entities, more than 256 tags or more than 127
// relations.
absl::StatusOr<AnalysisModelProto> TrainAnalysisModel(
    const std::vector<ConlluSentence>& sentences, const Lexicon& lexicon,
    const TrainingOptions& options);

// The entity type a GUM type names ("person" -> "PERSON"), or empty.
std::string EntityTypeName(const std::string& gum_type);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_TRAINING_H_
