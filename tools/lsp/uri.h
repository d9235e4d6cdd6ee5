// File: tools/lsp/uri.h
//
// Between LSP document URIs and file paths. Editors name a file
// "file:///home/me/My%20draft.md"; the finding locations factcheck writes
// name it "/home/me/My draft.md". Other schemes (an unsaved buffer is
// "untitled:Untitled-1") have no path and keep their URI as their name.
//
// Example:
//   PathFromUri("file:///tmp/a%20b.md") == "/tmp/a b.md"
//   UriFromPath("/tmp/a b.md") == "file:///tmp/a%20b.md"
//   UriFromPath("notes/a.md")  // made absolute from the current folder first

#ifndef FACTCHECK_TOOLS_LSP_URI_H_
#define FACTCHECK_TOOLS_LSP_URI_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {
namespace lsp {

// The path of a "file:" URI, percent-decoded ("file://localhost/x" and
// "file:/x" too), or nullopt for another scheme, another host, or a
// decoded path that is not UTF-8 text (a NUL byte, "%FF").
std::optional<std::string> PathFromUri(absl::string_view uri);

// The "file://" URI of `path`, made absolute and normalised, with every
// byte but letters, digits, "/" and -._~ percent-encoded.
std::string UriFromPath(absl::string_view path);

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_URI_H_
