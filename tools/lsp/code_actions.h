// File: tools/lsp/code_actions.h
//
// Quick fixes for factcheck's diagnostics, written in the project's own
// inline suppression syntax (tools/gate.h):
//   Markdown, HTML:  <!-- factcheck-disable-next-line KIND[,KIND] -->
//   plain text:      [factcheck-disable-next-line KIND[,KIND]]
// "Suppress KIND on this line" inserts the directive on a line of its own
// just above the finding's first line, indented like it; when a directive
// already applies to that line, the kind is added to it instead (a second
// directive above it would make the first apply to the second, not to the
// finding). An UNUSED_SUPPRESSION offers "Remove the unused suppression".
//
// Example:
//   SourceText draft{text, INPUT_FORMAT_MARKDOWN, {}};
//   PositionIndex index(text);
//   std::optional<TextEdit> edit = SuppressionEdit("d.md", draft, index, 4, ROLE_CONFLICT);
//   // edit->new_text == "<!-- factcheck-disable-next-line ROLE_CONFLICT -->\n" at {4, 0}
//   Json actions = CodeActionsFor(uri, "d.md", draft, index, request_params);

#ifndef FACTCHECK_TOOLS_LSP_CODE_ACTIONS_H_
#define FACTCHECK_TOOLS_LSP_CODE_ACTIONS_H_

#include <optional>
#include <set>
#include <string>

#include "proto/report.pb.h"
#include "tools/lsp/json.h"
#include "tools/lsp/positions.h"
#include "tools/source_text.h"

namespace factcheck {
namespace lsp {

struct TextEdit {
  Position start;
  Position end;
  std::string new_text;
};

// The directive for `format` ("" kinds: every kind), kinds in enum order.
std::string SuppressionDirective(InputFormat format, const std::set<FindingKind>& kinds);

// The edit that suppresses `kind` on 0-based `line` of the draft, or
// nullopt when a directive there already covers it.
std::optional<TextEdit> SuppressionEdit(const std::string& path, const SourceText& draft,
                                        const PositionIndex& index, int line, FindingKind kind);

// The edit that removes the directive starting on 0-based `line` (its
// whole line when nothing else is on it), or nullopt when there is none.
std::optional<TextEdit> RemovalEdit(const std::string& path, const SourceText& draft,
                                    const PositionIndex& index, int line);

// The result of a textDocument/codeAction request (`params` as sent):
// an array of quick fixes, one per kind and line, for the factcheck
// diagnostics in params.context.diagnostics; empty when
// params.context.only asks for other kinds of action.
Json CodeActionsFor(const std::string& uri, const std::string& path, const SourceText& draft,
                    const PositionIndex& index, const Json& params);

Json TextEditJson(const TextEdit& edit);

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_CODE_ACTIONS_H_
