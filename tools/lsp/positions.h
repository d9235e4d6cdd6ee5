// File: tools/lsp/positions.h
//
// LSP positions over a document's UTF-8 bytes. LSP counts lines from 0 and
// characters in UTF-16 code units (the protocol's default position
// encoding): "é" is one unit, "😀" (outside the Basic Multilingual Plane)
// two, while factcheck's offsets count bytes ("é" two, "😀" four). Lines
// end at "\n", "\r\n" or a lone "\r", as LSP and proto/span.proto both say.
//
// Example:
//   PositionIndex index("a\xc3\xa9\xf0\x9f\x98\x80z\nb");  // "aé😀z", "b"
//   index.PositionOf(7) == Position{0, 4};   // 'z': a, é, two for 😀
//   index.OffsetOf({1, 0}) == 9;             // 'b'
//   index.PositionOfLineColumn(1, 4) == Position{0, 4};  // 1-based, characters

#ifndef FACTCHECK_TOOLS_LSP_POSITIONS_H_
#define FACTCHECK_TOOLS_LSP_POSITIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck {
namespace lsp {

struct Position {
  int line = 0;       // 0-based
  int character = 0;  // UTF-16 code units from the line's start
  bool operator==(const Position& other) const {
    return line == other.line && character == other.character;
  }
};

class PositionIndex {
 public:
  // Copies `text`.
  explicit PositionIndex(absl::string_view text);

  // The position of byte `offset`, clamped to [0, size]. An offset inside
  // a multi-byte character, or between the "\r" and "\n" of a line end,
  // counts from that character's start.
  Position PositionOf(int64_t offset) const;

  // The byte offset of `position`. A line past the end is the end of the
  // text; a character past the line's end (or inside a surrogate pair) is
  // the line's end (the next character's start), as LSP asks.
  int64_t OffsetOf(const Position& position) const;

  // The position of a 1-based line and column counted in Unicode
  // characters (the rule of proto/span.proto), for locations that carry
  // no byte offsets. Clamped like OffsetOf.
  Position PositionOfLineColumn(int line, int column) const;

  int line_count() const { return static_cast<int>(line_starts_.size()); }
  const std::string& text() const { return text_; }

 private:
  // Where the line's content ends (before its line break).
  int64_t LineEnd(int line) const;

  std::string text_;
  std::vector<int64_t> line_starts_;
};

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_POSITIONS_H_
