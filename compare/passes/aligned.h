// File: compare/passes/aligned.h
//
// Aligned sentences (compare/alignment.h): for each sentence of the
// target with a quantity, time, place or quote claim, the best-aligned
// sentence of each source (score at least CompareOptions.min_alignment)
// is compared claim by claim:
//
//  - quantities as intervals ("an hour and 40 minutes" agrees with "less
//    than two hours"): QUANTITY_CONFLICT;
//  - times (weekdays, dates, years): DATE_CONFLICT, unless the target's
//    sentence gives the source's date to something else;
//  - known places, with containment from the gazetteer: LOCATION_CONFLICT
//    for two different cities neither sentence names both of;
//  - quotes of the same speaker in the same frame with changed words:
//    QUOTE_ALTERED. Such quotes are marked judged in the sink
//    (FindingSink::MarkQuoteJudged) for the cross-document quote pass.
//
// A source votes once per claim: with it when any of its aligned claims
// agrees, else against it when one disagrees.
//
// Cost: per target sentence, one pass over the aligned sentences' claims.
//
// Example:
//   AlignedPass aligned;
//   aligned.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_ALIGNED_H_
#define FACTCHECK_COMPARE_PASSES_ALIGNED_H_

#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class AlignedPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "aligned"; }
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_ALIGNED_H_
