#include "tools/report_writer.h"

#include "tools/claim_table.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "tools/html_writer.h"
#include "tools/markdown_writer.h"
#include "tools/sarif_writer.h"

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

// "  and 12 more sources against\n" for the sources whose evidence the
// finding leaves out; empty when none.
std::string MoreSources(const Finding& f) {
  std::string out;
  auto line = [&](int n, const char* side) {
    if (n > 0) absl::StrAppend(&out, "  and ", n, " more source", n == 1 ? "" : "s", " ", side, "\n");
  };
  line(f.more_sources_against(), "against");
  line(f.more_sources_for(), "with");
  return out;
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
    // The claim in its sentence, underlined as compilers underline code.
    SentenceView view;
    const SourceText* source = FindSourceText(options.sources, at.path());
    if (source != nullptr && SentenceAround(*source, at, &view) && view.claim_width > 0) {
      absl::StrAppend(&out, "    ", view.text, "\n    ", std::string(view.claim_column, ' '),
                      paint(severity_color, absl::StrCat("^", std::string(view.claim_width - 1, '~'))),
                      "\n");
    } else {
      absl::StrAppend(&out, "    ", f.text(), "\n");
    }
    for (const Evidence& e : f.evidence()) {
      const Location& where = e.location();
      absl::StrAppend(&out, "  ", where.path(), ":", where.line(), ":", where.column(), ": ",
                      e.stance() == STANCE_CONTRADICTS ? paint("31", "against") : paint("32", "with"),
                      " \"", e.text(), "\"\n");
    }
    absl::StrAppend(&out, MoreSources(f));
  }
  for (const SourceCopy& copy : report.copies()) {
    absl::StrAppend(&out, copy.path(), ": note: ",
                    copy.identical()
                        ? absl::StrCat("the same bytes as ", copy.original())
                        : absl::StrFormat("near-identical to %s (%.0f%% of the shorter text is in the other)",
                                          copy.original(), 100 * copy.containment()),
                    "; they count as one source\n");
  }
  for (const SkippedInput& skipped : report.skipped()) {
    absl::StrAppend(&out, skipped.path(), ": note: left out (--keep-going): ", skipped.reason(), "\n");
  }
  const ReportSummary& s = report.summary();
  std::string sources;
  if (s.sources() > 0 && s.sources() < s.documents()) {
    sources = absl::StrCat(" (", s.sources(), " independent source", s.sources() == 1 ? "" : "s", ")");
  }
  absl::StrAppend(&out, absl::StrFormat(
                            "%d document%s%s, %d sentences, %d claims: %d error%s, %d warning%s, %d info\n",
                            s.documents(), s.documents() == 1 ? "" : "s", sources, s.sentences(), s.claims(),
                            s.errors(), s.errors() == 1 ? "" : "s", s.warnings(),
                            s.warnings() == 1 ? "" : "s", s.infos()));
  return out;
}

// Workflow-command escaping: data escapes %, CR and LF; property values
// also ":" and ",".
std::string GithubData(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out.push_back(c);
  }
  return out;
}

std::string GithubProperty(const std::string& text) {
  std::string out;
  for (char c : GithubData(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out.push_back(c);
  }
  return out;
}

// One finding as a workflow command. GitHub takes col and endColumn only
// for a region on one line.
std::string GithubAnnotation(const Finding& f, const std::string& path) {
  const Location& at = f.location();
  const char* command = f.severity() == ERROR ? "error" : f.severity() == WARNING ? "warning" : "notice";
  std::string message = f.message();
  for (const Evidence& e : f.evidence()) {
    absl::StrAppend(&message, "\n", e.location().path(), ":", e.location().line(), ":",
                    e.location().column(), ": ",
                    e.stance() == STANCE_CONTRADICTS ? "against" : "with", " \"", e.text(), "\"");
  }
  std::string more = MoreSources(f);
  if (!more.empty()) absl::StrAppend(&message, "\n", absl::StripSuffix(absl::StripPrefix(more, "  "), "\n"));
  std::string out = absl::StrCat("::", command, " file=", GithubProperty(path), ",line=", at.line());
  const bool has_end = at.end_line() >= at.line() && at.end_line() > 0;
  if (has_end) absl::StrAppend(&out, ",endLine=", at.end_line());
  if (!has_end || at.end_line() == at.line()) {
    absl::StrAppend(&out, ",col=", at.column());
    if (has_end && at.end_column() > at.column()) absl::StrAppend(&out, ",endColumn=", at.end_column());
  }
  absl::StrAppend(&out, ",title=", GithubProperty(absl::StrCat("factcheck ", FindingKind_Name(f.kind()))),
                  "::", GithubData(message), "\n");
  return out;
}

std::string WriteGithub(const Report& report, const ReportWriterOptions& options) {
  auto level = [](const Finding& f) { return f.severity() == ERROR ? 0 : f.severity() == WARNING ? 1 : 2; };
  int total[3] = {0, 0, 0};
  for (const Finding& f : report.findings()) ++total[level(f)];
  // Notices too are capped; when anything is left out, one notice says so.
  const bool overflow = total[0] > kGithubAnnotations || total[1] > kGithubAnnotations ||
                        total[2] > kGithubAnnotations;
  const int cap[3] = {kGithubAnnotations, kGithubAnnotations,
                      overflow ? kGithubAnnotations - 1 : kGithubAnnotations};
  int written[3] = {0, 0, 0};
  std::string out;
  Report rest;
  for (const Finding& f : report.findings()) {
    const int l = level(f);
    if (written[l] >= cap[l]) {
      *rest.add_findings() = f;
      continue;
    }
    ++written[l];
    std::string path = PathInRoot(f.location().path(), options.working_directory, options.source_root);
    out += GithubAnnotation(f, path.empty() ? f.location().path() : path);
  }
  if (rest.findings_size() > 0) {
    // The rest in the text format, so that the step's log still has them
    // all; without the summary line, which the notice replaces.
    ReportWriterOptions text;
    std::string lines = WriteText(rest, text);
    lines = lines.substr(0, lines.rfind('\n', lines.size() - 2) + 1);
    out += lines;
    const int left[3] = {total[0] - written[0], total[1] - written[1], total[2] - written[2]};
    absl::StrAppend(&out, "::notice title=factcheck::", rest.findings_size(),
                    " more finding", rest.findings_size() == 1 ? "" : "s",
                    " not shown as annotations (", left[0], " error", left[0] == 1 ? "" : "s", ", ",
                    left[1], " warning", left[1] == 1 ? "" : "s", ", ", left[2], " notice",
                    left[2] == 1 ? "" : "s",
                    "): GitHub shows 10 error and 10 warning annotations per step; each is in "
                    "this step's log above\n");
  }
  return out;
}

}  // namespace

const std::vector<std::string>& ReportFormats() {
  static const auto* formats = new std::vector<std::string>{
      "text", "json", "textproto", "sarif", "github", "markdown", "html"};
  return *formats;
}

absl::StatusOr<std::string> WriteReport(const Report& report,
                                        const ReportWriterOptions& options) {
  if (options.format == "text" && options.command == "diff") return TableText(report);
  if (options.format == "text") return WriteText(report, options);
  if (options.format == "json") {
    std::string out;
    google::protobuf::util::JsonPrintOptions json;
    json.add_whitespace = true;
    // Zeros, empty strings and empty lists too, so that every field is
    // there for jq and for the schema (testdata/schema/report.schema.json).
    json.always_print_primitive_fields = true;
    auto status = google::protobuf::util::MessageToJsonString(report, &out, json);
    if (!status.ok()) return absl::InternalError(status.ToString());
    return out;
  }
  if (options.format == "textproto") {
    std::string out;
    google::protobuf::TextFormat::PrintToString(report, &out);
    return out;
  }
  if (options.format == "sarif") {
    SarifOptions sarif;
    sarif.source_root = options.source_root;
    sarif.working_directory = options.working_directory;
    sarif.exit_code = options.exit_code;
    return WriteSarif(report, sarif);
  }
  if (options.format == "github") return WriteGithub(report, options);
  if (options.format == "markdown") return WriteMarkdown(report, options.command);
  if (options.format == "html") return WriteHtml(report, options.command, options.sources);
  return absl::InvalidArgumentError(absl::StrCat("unknown --format=", options.format, "; use ",
                                                 absl::StrJoin(ReportFormats(), ", ")));
}

}  // namespace factcheck
