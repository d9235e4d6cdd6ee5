// File: tools/report_writer.h
//
// Renders a Report for people and machines. Formats:
//   text       compiler style: "path:line:col: severity: message [KIND]",
//              the claim's sentence with the claim underlined (when the
//              source text is given), each evidence line
//              "  path:line:col: "text"", then a summary line; ANSI colour
//              only when `color` is set;
//   json       the Report as protobuf JSON (lowerCamelCase field names,
//              enums as names), every field printed, zeros and empty lists
//              included ("findings": [], "begin": 0); offsets are numbers;
//              testdata/schema/report.schema.json describes it;
//   textproto  the Report as protobuf text format;
//   sarif      SARIF 2.1.0 (tools/sarif_writer.h);
//   github     GitHub Actions workflow commands, one per finding
//              ("::error file=...,line=...,col=...,title=...::message"),
//              the path relative to the source root; col and endColumn
//              only when the claim starts and ends on one line (GitHub
//              refuses them otherwise). GitHub shows 10 error and 10
//              warning annotations per step, so at most kGithubAnnotations
//              of each level (errors, warnings, notices) are annotations:
//              the others follow as plain log lines in the text format,
//              then one ::notice:: counts what was not annotated;
//   markdown   the claim-by-claim table (tools/markdown_writer.h);
//   html       one self-contained page (tools/html_writer.h).
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
#include "tools/source_text.h"

namespace factcheck {

struct ReportWriterOptions {
  // text, json, textproto, sarif, github, markdown or html. Default: text.
  std::string format = "text";
  // The subcommand, for titles. Default: audit.
  std::string command = "audit";
  // ANSI colours in text output. Default: false.
  bool color = false;
  // The original text of the inputs, for the claim's sentence (text) and
  // the sources side by side (html). Default: empty (text prints the
  // claim's own text; html shows the table alone).
  SourceTexts sources;
  // sarif and github: paths are written relative to this absolute folder
  // (the git checkout's top) when inside it, relative paths being relative
  // to `working_directory`. Default: empty (paths as given).
  std::string source_root;
  std::string working_directory;
  // sarif: the exit code the run ends with. Default: 0.
  int exit_code = 0;
};

// Annotations of each level the github format writes (GitHub shows 10
// errors and 10 warnings per step; one notice is kept for the summary).
inline constexpr int kGithubAnnotations = 10;

// The formats WriteReport knows, in the order of its documentation.
const std::vector<std::string>& ReportFormats();

// Returns InvalidArgumentError for an unknown format.
absl::StatusOr<std::string> WriteReport(const Report& report,
                                        const ReportWriterOptions& options);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_REPORT_WRITER_H_
