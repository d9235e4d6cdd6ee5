// File: tools/lsp/diagnostics.h
//
// A Report's findings as LSP Diagnostics of the draft they were found in:
//   range               the finding's location, from its byte offsets over
//                       the draft's text to 0-based lines and UTF-16 units
//                       (tools/lsp/positions.h);
//   severity            ERROR 1 (Error), WARNING 2 (Warning), INFO 3
//                       (Information);
//   source, code        "factcheck" and the kind ("ROLE_CONFLICT");
//   message             the finding's message;
//   relatedInformation  each evidence span, at its file's URI and range,
//                       "against: VALUE (“TEXT”)" for a contradicting source
//                       and "with: ..." for a supporting one;
//   data                {"fingerprint": ...}, the finding's fingerprint.
// Evidence in a file the context cannot show (not read, or changed since)
// is placed by its 1-based line and character column instead.
//
// Example:
//   PositionIndex draft(text);
//   DiagnosticContext context{"/home/me/d.md", "file:///home/me/d.md", &draft, lookup};
//   Json diagnostics = DiagnosticsOf(report, context);  // a JSON array

#ifndef FACTCHECK_TOOLS_LSP_DIAGNOSTICS_H_
#define FACTCHECK_TOOLS_LSP_DIAGNOSTICS_H_

#include <functional>
#include <string>

#include "absl/status/status.h"
#include "proto/report.pb.h"
#include "tools/lsp/json.h"
#include "tools/lsp/positions.h"

namespace factcheck {
namespace lsp {

struct DiagnosticContext {
  // The draft: its path in the report, the URI the editor calls it, and
  // its text.
  std::string path;
  std::string uri;
  const PositionIndex* text = nullptr;
  // The text of another file evidence points into, by the path written in
  // its Location, or nullptr. May be empty (no other text).
  std::function<const PositionIndex*(const std::string& path)> lookup;
};

// 1 Error, 2 Warning, 3 Information; INFO for an unspecified severity.
int LspSeverity(Severity severity);

// {"start": {"line", "character"}, "end": {...}} of `at` over `text`
// (nullptr: from its line and column alone, as if each character were one
// UTF-16 unit).
Json RangeOf(const Location& at, const PositionIndex* text);

Json DiagnosticOf(const Finding& finding, const DiagnosticContext& context);

// The diagnostics of the findings located in context.path, as an array.
Json DiagnosticsOf(const Report& report, const DiagnosticContext& context);

// A draft that could not be checked, as one Error diagnostic: at the
// place a "PATH:LINE:COL: reason" message names, else at the start.
Json ErrorDiagnostic(const absl::Status& status, const DiagnosticContext& context);

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_DIAGNOSTICS_H_
