// File: compare/mirrored_findings.h
//
// In an audit every document is a target, so a disagreement between two
// of them is found twice: once on A's claim with B's span as evidence
// against it, and once on B's claim with A's span against. That is one
// disagreement, and the first finding already shows both spans and both
// values; DropMirroredFindings keeps it and drops the mirror.
//
// A finding G mirrors an earlier kept finding F when both are of one kind,
// G's claim overlaps a span F cites against it, F's claim overlaps a span
// G cites against it, and G is no more severe than F. In a check the
// sources are no targets, so no finding there has a mirror.
//
// Cost: quadratic in the findings of one kind between two files, which
// are few.
//
// Example:
//   std::vector<Finding> findings = ...;  // every target's, in order
//   DropMirroredFindings(&findings);

#ifndef FACTCHECK_COMPARE_MIRRORED_FINDINGS_H_
#define FACTCHECK_COMPARE_MIRRORED_FINDINGS_H_

#include <vector>

#include "proto/report.pb.h"

namespace factcheck {

// Removes from `findings` every finding that mirrors an earlier one (see
// the file comment), keeping the order of the rest. Returns how many it
// removed.
int DropMirroredFindings(std::vector<Finding>* findings);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_MIRRORED_FINDINGS_H_
