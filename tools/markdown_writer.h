// File: tools/markdown_writer.h
//
// The report as a claim-diff in Markdown (GitHub flavour), for a pull
// request comment or a newsroom wiki: the totals; a summary table per
// finding kind; the claim table (tools/claim_table.h), one row per aligned
// claim and one column per source (agree / conflict / absent), conflicts
// first; then each finding with its message and quoted evidence.
//
// Example:
//   std::string md = WriteMarkdown(report, "audit");

#ifndef FACTCHECK_TOOLS_MARKDOWN_WRITER_H_
#define FACTCHECK_TOOLS_MARKDOWN_WRITER_H_

#include <string>

#include "proto/report.pb.h"

namespace factcheck {

// Returns the Markdown text; `command` names the run in the title.
std::string WriteMarkdown(const Report& report, const std::string& command);

// Text made safe inside a Markdown table cell: "|" escaped, line breaks
// folded to spaces, HTML-significant "<" and "&" escaped.
std::string MarkdownCell(const std::string& text);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_MARKDOWN_WRITER_H_
