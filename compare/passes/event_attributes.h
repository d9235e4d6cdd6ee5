// File: compare/passes/event_attributes.h
//
// Quantities and places attached to an event noun ("the talks, which
// lasted three hours", "talks in a city", "the city talks") are attributes
// of the event, compared across whole documents rather than only within
// aligned sentences: QUANTITY_CONFLICT when other sources give the same
// event's count or duration an interval that does not overlap, LOCATION_
// CONFLICT when they put the event in a city that neither contains nor is
// contained in the claim's.
//
// Cost: Prepare is linear in the claims; a target claim is compared with
// at most kMaxPanel claims on the same attribute.
//
// Example:
//   EventAttributesPass attributes;
//   attributes.Prepare(context);
//   attributes.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_EVENT_ATTRIBUTES_H_
#define FACTCHECK_COMPARE_PASSES_EVENT_ATTRIBUTES_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class EventAttributesPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "event_attributes"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  // Claims by attribute key ("q|anchor|unit|counted|duration", "p|event"),
  // and each document's (claim, key).
  absl::flat_hash_map<std::string, std::vector<ClaimRef>> by_key_;
  std::vector<std::vector<std::pair<int, std::string>>> of_doc_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_EVENT_ATTRIBUTES_H_
