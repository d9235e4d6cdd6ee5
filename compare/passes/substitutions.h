// File: compare/passes/substitutions.h
//
// Two passes over aligned sentences, where the extractor has no claim to
// compare. SubstitutionsPass(kSwaps), "swaps": typed values swapped inside
// sentences that restate each other (compare/substitution.h: an age, a
// team, a name, a negation). SubstitutionsPass(kUnstatedValues),
// "unstated_values": values the target states that a source of the same
// story never states, against the value of the source's sentence about
// the same thing (compare/unstated_value.h). Each finding points at the swapped
// words of the target's sentence and shows the source's words as
// evidence. A name swapped for a name (ROLE_CONFLICT) counts only where
// the target restates the source (half its sentences align: a summary or
// a draft of it), not between independent reports. In an audit, where
// no report is the authority, unstated values of every kind count only
// where the target restates the source: a weekday or figure that one
// independent report gives and another never does is how such reports
// differ (in a check the sources are the authority and any source of the
// story counts). A finding's kind follows the value (QUANTITY_CONFLICT,
// DATE_CONFLICT, LOCATION_CONFLICT, ROLE_CONFLICT, POLARITY_CONFLICT, ...).
//
// A source stands with the target when it states the target's value in
// another sentence (or, for a weak swap, anywhere); a swap in a sentence
// another pass already reported on is left out (FindingSink::
// EmitInSentence). Runs after the claim passes for that reason.
//
// Cost: at most 16 aligned sentences per target sentence; the cache
// (NewCache) keeps at most 20000 sentences' typed words and what 1024
// documents state, per thread.
//
// Example:
//   SubstitutionsPass swaps;
//   std::unique_ptr<PassCache> cache = swaps.NewCache();
//   swaps.CompareTarget(context, context.Target(0), sink, cache.get());

#ifndef FACTCHECK_COMPARE_PASSES_SUBSTITUTIONS_H_
#define FACTCHECK_COMPARE_PASSES_SUBSTITUTIONS_H_

#include <memory>

#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class SubstitutionsPass : public ComparisonPass {
 public:
  enum Which { kSwaps, kUnstatedValues };
  explicit SubstitutionsPass(Which which) : which_(which) {}

  absl::string_view name() const override {
    return which_ == kSwaps ? "swaps" : "unstated_values";
  }
  std::unique_ptr<PassCache> NewCache() const override;
  // `cache` must come from NewCache, or be null (no reuse across targets).
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  Which which_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_SUBSTITUTIONS_H_
