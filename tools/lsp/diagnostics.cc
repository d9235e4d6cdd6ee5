#include "tools/lsp/diagnostics.h"

#include <algorithm>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "tools/lsp/uri.h"

namespace factcheck {
namespace lsp {
namespace {

Json PositionJson(const Position& p) {
  return Object({{"line", Number(p.line)}, {"character", Number(p.character)}});
}

Json RangeJson(const Position& start, const Position& end) {
  return Object({{"start", PositionJson(start)}, {"end", PositionJson(end)}});
}

// "against: VALUE (“TEXT”)", "with: “TEXT”", ...
std::string EvidenceMessage(const Finding& finding, const Evidence& evidence) {
  if (finding.kind() == UNUSED_SUPPRESSION) return "the line it applies to";
  std::string out = evidence.stance() == STANCE_CONTRADICTS ? "against:"
                    : evidence.stance() == STANCE_SUPPORTS  ? "with:"
                                                            : "see:";
  const std::string quoted =
      evidence.text().empty() ? "" : absl::StrCat("\u201c", evidence.text(), "\u201d");
  if (!evidence.value().empty()) {
    absl::StrAppend(&out, " ", evidence.value(), quoted.empty() ? "" : " (", quoted,
                    quoted.empty() ? "" : ")");
  } else if (!quoted.empty()) {
    absl::StrAppend(&out, " ", quoted);
  }
  return out;
}

}  // namespace

int LspSeverity(Severity severity) {
  switch (severity) {
    case ERROR:
      return 1;
    case WARNING:
      return 2;
    default:
      return 3;
  }
}

Json RangeOf(const Location& at, const PositionIndex* text) {
  if (text != nullptr && at.end() > at.begin()) {
    return RangeJson(text->PositionOf(at.begin()), text->PositionOf(at.end()));
  }
  if (text != nullptr) {
    Position start = text->PositionOfLineColumn(at.line(), at.column());
    Position end = at.end_line() > 0 ? text->PositionOfLineColumn(at.end_line(), at.end_column())
                                     : start;
    return RangeJson(start, end);
  }
  Position start{std::max(0, at.line() - 1), std::max(0, at.column() - 1)};
  Position end = at.end_line() > 0
                     ? Position{std::max(0, at.end_line() - 1), std::max(0, at.end_column() - 1)}
                     : start;
  return RangeJson(start, end);
}

Json DiagnosticOf(const Finding& finding, const DiagnosticContext& context) {
  Json diagnostic = Object({
      {"range", RangeOf(finding.location(), context.text)},
      {"severity", Number(LspSeverity(finding.severity()))},
      {"source", String("factcheck")},
      {"code", String(FindingKind_Name(finding.kind()))},
      {"message", String(finding.message())},
  });
  if (!finding.fingerprint().empty()) {
    Set(&diagnostic, "data", Object({{"fingerprint", String(finding.fingerprint())}}));
  }
  std::vector<Json> related;
  for (const Evidence& evidence : finding.evidence()) {
    const std::string& path = evidence.location().path();
    const bool own = path == context.path;
    const PositionIndex* text =
        own ? context.text : (context.lookup ? context.lookup(path) : nullptr);
    related.push_back(Object({
        {"location", Object({{"uri", String(own ? context.uri : UriFromPath(path))},
                             {"range", RangeOf(evidence.location(), text)}})},
        {"message", String(EvidenceMessage(finding, evidence))},
    }));
  }
  if (!related.empty()) Set(&diagnostic, "relatedInformation", Array(std::move(related)));
  return diagnostic;
}

Json DiagnosticsOf(const Report& report, const DiagnosticContext& context) {
  std::vector<Json> out;
  for (const Finding& finding : report.findings()) {
    if (finding.location().path() == context.path) out.push_back(DiagnosticOf(finding, context));
  }
  return Array(std::move(out));
}

Json ErrorDiagnostic(const absl::Status& status, const DiagnosticContext& context) {
  Position at;
  absl::string_view message = status.message();
  if (absl::StartsWith(message, context.path + ":") && context.text != nullptr) {
    std::vector<absl::string_view> parts =
        absl::StrSplit(message.substr(context.path.size() + 1), absl::MaxSplits(':', 2));
    int line = 0, column = 0;
    if (parts.size() == 3 && absl::SimpleAtoi(parts[0], &line) &&
        absl::SimpleAtoi(parts[1], &column)) {
      at = context.text->PositionOfLineColumn(line, column);
    }
  }
  return Object({
      {"range", RangeJson(at, at)},
      {"severity", Number(1)},
      {"source", String("factcheck")},
      {"message", String(absl::StrCat("cannot check this draft: ", message))},
  });
}

}  // namespace lsp
}  // namespace factcheck
