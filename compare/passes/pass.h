// File: compare/passes/pass.h
//
// The interface of a comparison pass: one way of finding where a target
// document contradicts the others (a person's office, an event's
// attribute, a quote's speaker, ...). Each pass lives in its own file pair
// beside this one, with its own test.
//
// A pass reads the shared ComparisonContext (compare/passes/context.h),
// which no pass writes, and its own index built in Prepare; it writes only
// to the FindingSink (compare/passes/sink.h), which decides severity,
// de-duplicates, and writes messages and fingerprints. No pass reads
// another's index or findings, so passes can be tested one by one; the
// driver (compare/comparator.cc) runs them in a fixed order for each
// target, and the order only matters where the sink de-duplicates (one
// finding per claim and kind; a swapped word where a finding already
// points is not reported again).
//
// Lifecycle: Prepare once, single-threaded, before any target; then
// CompareTarget for each target document, from several threads at once
// (it is const). NewCache gives each thread a scratch object that lives
// from one target to the next (a pass's bounded caches); the findings
// must not depend on it.
//
// Example:
//   RolesPass roles;
//   roles.Prepare(context);
//   FindingSink sink(context);
//   std::unique_ptr<PassCache> cache = roles.NewCache();
//   roles.CompareTarget(context, context.Target(0), sink, cache.get());
//   std::vector<Finding> findings = sink.TakeFindings();

#ifndef FACTCHECK_COMPARE_PASSES_PASS_H_
#define FACTCHECK_COMPARE_PASSES_PASS_H_

#include <memory>

#include "absl/strings/string_view.h"
#include "compare/passes/context.h"
#include "compare/passes/sink.h"

namespace factcheck {
namespace passes {

// A pass's per-thread scratch (see NewCache).
class PassCache {
 public:
  virtual ~PassCache() = default;
};

class ComparisonPass {
 public:
  virtual ~ComparisonPass() = default;

  // A short lowercase name ("roles"), for tests and diagnostics.
  virtual absl::string_view name() const = 0;

  // Builds the pass's index over all documents. Default: nothing.
  virtual void Prepare(const ComparisonContext& context) {}

  // A new scratch object for one thread, or null when the pass keeps
  // none. Default: null.
  virtual std::unique_ptr<PassCache> NewCache() const { return nullptr; }

  // Compares document `target.doc` with its sources and emits to `sink`.
  // `cache` is what NewCache returned for this thread (may be null).
  virtual void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                             FindingSink& sink, PassCache* cache) const = 0;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_PASS_H_
