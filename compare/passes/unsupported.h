// File: compare/passes/unsupported.h
//
// check only: the drafts' claims that no source states (UNSUPPORTED_
// CLAIM, INFO). A draft claim is supported by any source claim of the same
// type with a compatible value: the same person with the same or no
// country, an overlapping quantity of the same unit, an agreeing time, the
// same or a containing place, a quote whose words run inside the other's.
// Only claims worth a reader's look are reported (a role with a person and
// office not inferred, a quantity, a resolved time, a known place, a quote
// of at least four words), and none where a finding already points; the
// finding shows the closest statement of the sources, if any. Runs last.
//
// Cost: a scan of every source claim per draft claim (check compares a
// few drafts with their sources).
//
// Example:
//   UnsupportedPass unsupported;
//   unsupported.Prepare(context);   // nothing to do in an audit
//   unsupported.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_UNSUPPORTED_H_
#define FACTCHECK_COMPARE_PASSES_UNSUPPORTED_H_

#include <vector>

#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class UnsupportedPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "unsupported"; }
  void Prepare(const ComparisonContext& context) override;
  // Nothing in an audit (ComparisonContext::IsCheck false).
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  // Whether a source claim states a value compatible with `claim`'s.
  bool Supported(const ComparisonContext& context, const Claim& claim) const;

  // Every claim of every source.
  std::vector<ClaimRef> source_claims_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_UNSUPPORTED_H_
