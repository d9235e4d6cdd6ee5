// File: compare/passes/event_times.h
//
// The year of an event between the same people, compared across whole
// documents rather than only within aligned sentences: "the two leaders
// met only once, in 2019" and "their only encounter in 2021" share no
// words, yet date one event. A year claim is keyed by its predicate's
// verb class (Lexicon::VerbKey, WordNet: "meet" = "encounter") and the
// people its sentence or the one before names (two at least, by
// ComparisonContext::PersonKey); DATE_CONFLICT when sources date an event
// of the same key and the same two people in another year, and none in
// the claim's.
//
// Said-verbs, quoted claims and years the target sentence also gives to
// something else ("met in 2019 and again in 2021") are left alone.
//
// Cost: Prepare is linear in the claims; a target claim is compared with
// at most kMaxPanel claims of its key.
//
// Example:
//   EventTimesPass times;
//   times.Prepare(context);
//   times.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_EVENT_TIMES_H_
#define FACTCHECK_COMPARE_PASSES_EVENT_TIMES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class EventTimesPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "event_times"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  struct Dated {
    ClaimRef ref;
    std::vector<std::string> people;  // sorted person keys
  };
  // Year claims by verb key, and each document's.
  absl::flat_hash_map<std::string, std::vector<Dated>> by_verb_;
  std::vector<std::vector<Dated>> of_doc_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_EVENT_TIMES_H_
