// File: tools/lsp/framing.h
//
// The base protocol's framing: each message is a header block of
// "Name: value\r\n" lines ended by an empty line, then exactly
// Content-Length bytes of JSON. Content-Type is accepted and ignored (the
// body is UTF-8 JSON). A MessageReader takes bytes as they arrive, in any
// pieces, and hands out whole bodies; a broken header block is skipped and
// reported, and the reader goes on with what follows.
//
// Example:
//   MessageReader reader;
//   reader.Append("Content-Length: 2\r\n\r\n{}Content-Le");
//   absl::StatusOr<std::optional<std::string>> body = reader.Next();  // "{}"
//   body = reader.Next();  // nullopt: the next message is not complete yet
//   std::string out = FrameMessage("{}");  // "Content-Length: 2\r\n\r\n{}"

#ifndef FACTCHECK_TOOLS_LSP_FRAMING_H_
#define FACTCHECK_TOOLS_LSP_FRAMING_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck {
namespace lsp {

// Larger bodies are refused (and skipped): an editor's message is a
// document's text at most, and drafts are refused over 16 MiB anyway.
inline constexpr int64_t kMaxBodyBytes = int64_t{64} << 20;
// A header block longer than this without its empty line is refused.
inline constexpr size_t kMaxHeaderBytes = 8192;

class MessageReader {
 public:
  void Append(absl::string_view bytes);

  // The next whole body, or nullopt when more bytes are needed. Returns
  // InvalidArgumentError for a header block with no valid Content-Length,
  // a header line without a colon, or one longer than kMaxHeaderBytes (the
  // block is dropped), and ResourceExhaustedError for a body over
  // kMaxBodyBytes (its bytes are dropped as they arrive). Call again after
  // an error: the reader has moved past the bad message.
  absl::StatusOr<std::optional<std::string>> Next();

  // Bytes received and not yet handed out.
  size_t buffered() const { return buffer_.size(); }

 private:
  std::string buffer_;
  // Bytes of a refused body still to drop.
  int64_t skip_ = 0;
};

// The body with its header.
std::string FrameMessage(absl::string_view body);

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_FRAMING_H_
