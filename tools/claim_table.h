// File: tools/claim_table.h
//
// The rows of the claim-by-claim table that `diff`, the markdown and the
// html reports show: one row per finding, derived from the finding's claim
// and its evidence, then the comparison's own rows (Report.groups: slots
// two or more sources state, agreeing or not) that no finding row shows.
//
// A `check` report (Report.drafts set) is about the drafts: a comparison
// row that no draft states (two sources disagreeing between themselves)
// is left out, and a row is in conflict only when a draft's cell is.
//
// Example:
//   for (const ClaimGroup& row : ClaimTable(report)) ...

#ifndef FACTCHECK_TOOLS_CLAIM_TABLE_H_
#define FACTCHECK_TOOLS_CLAIM_TABLE_H_

#include <string>
#include <vector>

#include "proto/report.pb.h"

namespace factcheck {

// The columns: Report.paths, or when empty every path the findings name,
// in order of first mention.
std::vector<std::string> TablePaths(const Report& report);

// The rows, conflicts first, then by kind and subject; each row has one
// cell per TablePaths() entry.
//
// Derived from a finding: the claim's cell is CONFLICT (value: what it
// claims), a source whose evidence contradicts it is AGREE (it states what
// the others state), a source whose evidence supports it is CONFLICT too,
// every other source ABSENT. An INFO finding (a spelling variant) is no
// conflict: all its cells are AGREE.
std::vector<ClaimGroup> ClaimTable(const Report& report);

// Whether `path` is one of the report's drafts (Report.drafts).
bool IsDraft(const Report& report, const std::string& path);

// The table for a terminal (`factcheck diff`): a header line, then per row
// a line "conflict|agree  KIND  subject" and one line per source with its
// state, value and "(line:column "text")"; a draft's path is followed by
// " (draft)".
std::string TableText(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_CLAIM_TABLE_H_
