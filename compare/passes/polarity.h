// File: compare/passes/polarity.h
//
// The same subject and predicate stated with the opposite polarity ("the
// council approved the plan" against "the council did not approve the
// plan"), across whole documents: POLARITY_CONFLICT. Only asserted or
// negated events count; predicates shorter than four letters and said-
// verbs are left out (a report that someone did not say something is
// rarely the opposite of one that they did).
//
// Two kinds of event claim: a person's ("Senator Roe did not attend"),
// keyed by the person and the predicate, and a frame of the parse
// (EventClaim.theme set; claims/extract/frames.h), keyed by theme and
// predicate and compared only with frames that share one of its other
// words (EventClaim.arguments) and lie outside quotes, whose words the
// quotes and swaps passes judge.
//
// Cost: Prepare is linear in the claims; a target claim is compared with
// at most kMaxPanel claims on the same subject and predicate.
//
// Example:
//   PolarityPass polarity;
//   polarity.Prepare(context);
//   polarity.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_POLARITY_H_
#define FACTCHECK_COMPARE_PASSES_POLARITY_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class PolarityPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "polarity"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  struct EventFact {
    ClaimRef ref;
    Polarity polarity;
  };
  // Events by "person key|predicate" or "frame|theme|predicate", and each
  // document's (claim, key).
  absl::flat_hash_map<std::string, std::vector<EventFact>> by_key_;
  std::vector<std::vector<std::pair<int, std::string>>> of_doc_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_POLARITY_H_
