#include "tools/report_writer.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case ERROR: return "error";
    case WARNING: return "warning";
    case INFO: return "info";
    default: return "note";
  }
}

std::string WriteText(const Report& report, const ReportWriterOptions& options) {
  const bool color = options.color;
  auto paint = [&](const char* code, const std::string& text) {
    return color ? absl::StrCat("\x1b[", code, "m", text, "\x1b[0m") : text;
  };
  std::string out;
  for (const Finding& f : report.findings()) {
    const Location& at = f.location();
    const char* severity_color = f.severity() == ERROR ? "1;31" : f.severity() == WARNING ? "1;33" : "1;36";
    absl::StrAppend(&out, paint("1", absl::StrCat(at.path(), ":", at.line(), ":", at.column(), ":")),
                    " ", paint(severity_color, absl::StrCat(SeverityName(f.severity()), ":")), " ",
                    f.message(), " [", FindingKind_Name(f.kind()), "]\n");
    absl::StrAppend(&out, "    ", f.text(), "\n");
    for (const Evidence& e : f.evidence()) {
      const Location& where = e.location();
      absl::StrAppend(&out, "  ", where.path(), ":", where.line(), ":", where.column(), ": ",
                      e.stance() == STANCE_CONTRADICTS ? paint("31", "against") : paint("32", "with"),
                      " \"", e.text(), "\"\n");
    }
  }
  const ReportSummary& s = report.summary();
  absl::StrAppend(&out, absl::StrFormat(
                            "%d document%s, %d sentences, %d claims: %d error%s, %d warning%s, %d info\n",
                            s.documents(), s.documents() == 1 ? "" : "s", s.sentences(), s.claims(),
                            s.errors(), s.errors() == 1 ? "" : "s", s.warnings(),
                            s.warnings() == 1 ? "" : "s", s.infos()));
  return out;
}

}  // namespace

absl::StatusOr<std::string> WriteReport(const Report& report,
                                        const ReportWriterOptions& options) {
  if (options.format == "text") return WriteText(report, options);
  if (options.format == "json") {
    std::string out;
    google::protobuf::util::JsonPrintOptions json;
    json.add_whitespace = true;
    auto status = google::protobuf::util::MessageToJsonString(report, &out, json);
    if (!status.ok()) return absl::InternalError(status.ToString());
    return out;
  }
  if (options.format == "textproto") {
    std::string out;
    google::protobuf::TextFormat::PrintToString(report, &out);
    return out;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown --format=", options.format, "; use text, json or textproto"));
}

}  // namespace factcheck
