// File: tools/report_writer.h
//
// Renders a Report for people and machines. Formats:
//   text       compiler style: "path:line:col: severity: message [KIND]",
//              the claim's text, and each evidence line
//              "  path:line:col: "text"", then a summary line; ANSI colour
//              only when `color` is set (a terminal);
//   json       the Report as protobuf JSON (lowerCamelCase field names,
//              enums as names);
//   textproto  the Report as protobuf text format.
//
// Example:
//   ReportWriterOptions options;
//   options.format = "json";
//   absl::StatusOr<std::string> out = WriteReport(report, options);

#ifndef FACTCHECK_TOOLS_REPORT_WRITER_H_
#define FACTCHECK_TOOLS_REPORT_WRITER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "proto/document.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

struct ReportWriterOptions {
  // text, json or textproto. Default: text.
  std::string format = "text";
  // The subcommand, for titles. Default: audit.
  std::string command = "audit";
  // ANSI colours in text output. Default: false.
  bool color = false;
};

// Returns InvalidArgumentError for an unknown format.
absl::StatusOr<std::string> WriteReport(const Report& report,
                                        const ReportWriterOptions& options);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_REPORT_WRITER_H_
