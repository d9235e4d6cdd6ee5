// File: compare/passes/clause_polarity.h
//
// The same verb stated with the opposite polarity in clauses that share
// their words: "a gunman had not opened fire on the team" against "a lone
// gunman opened fire on a group of lawmakers", POLARITY_CONFLICT, when the
// parse gave neither side a frame to key by (compare/passes/polarity.h
// keys by subject or theme). Each asserted or negated event claim is keyed
// by its verb's meaning (Lexicon::VerbKey) and described by its clause:
// the content terms (compare/alignment.h ContentTerm; not stopwords, not
// negation cues, not the verb) of the kClauseWords words on either side of
// the verb in its sentence. A source claim with the same verb key and at
// least kMinShared of those terms is about the same event: with the same
// polarity it supports, with the opposite one it contradicts.
//
// Left out, as in the polarity pass: claims inside quotes (the quotes and
// swaps passes judge quoted words), said-verbs and predicates shorter than
// four letters. A claim both passes judge is reported once (the sink keeps
// the first finding per claim and kind; the polarity pass runs first).
//
// Cost: Prepare is linear in the claims; a target claim is compared with
// at most kMaxPanel claims of the same verb key.
//
// Example:
//   ClausePolarityPass pass;
//   pass.Prepare(context);
//   pass.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_CLAUSE_POLARITY_H_
#define FACTCHECK_COMPARE_PASSES_CLAUSE_POLARITY_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class ClausePolarityPass : public ComparisonPass {
 public:
  // Words on either side of the verb that describe its clause.
  static constexpr int kClauseWords = 10;
  // Clause terms two claims must share to be about one event.
  static constexpr int kMinShared = 3;

  absl::string_view name() const override { return "clause_polarity"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  struct ClauseFact {
    ClaimRef ref;
    Polarity polarity;
    std::vector<std::string> terms;  // sorted, unique
  };
  // Facts by verb key, and each document's indices into them.
  absl::flat_hash_map<std::string, std::vector<ClauseFact>> by_verb_;
  std::vector<std::vector<std::pair<std::string, int>>> of_doc_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_CLAUSE_POLARITY_H_
