// File: tools/html_writer.h
//
// The report as one self-contained HTML page (inline CSS and script, no
// network, no external assets), readable on a phone: the totals, filters
// by kind and severity, the claim table (tools/claim_table.h) with one
// column per source, each finding with its evidence, and the sources side
// by side with every claim and piece of evidence highlighted (conflicts in
// red) and linked from the table and the findings.
//
// The filters also read the page's fragment, so that a link can open a
// filtered view: "report.html#severity=error,warning&kind=ROLE_CONFLICT".
// Once the script has run, <body> carries data-ready="1" and
// data-visible-findings="N" (what headless tests assert on).
//
// Example:
//   std::string html = WriteHtml(report, "audit", texts);

#ifndef FACTCHECK_TOOLS_HTML_WRITER_H_
#define FACTCHECK_TOOLS_HTML_WRITER_H_

#include <string>

#include "proto/report.pb.h"
#include "tools/source_text.h"

namespace factcheck {

// Returns the page. Sources missing from `texts` (standard input) are
// listed without their text.
std::string WriteHtml(const Report& report, const std::string& command, const SourceTexts& texts);

// Text made safe in HTML text and attribute values.
std::string HtmlEscape(const std::string& text);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_HTML_WRITER_H_
