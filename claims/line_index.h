// File: claims/line_index.h
//
// Turns byte offsets of an original file into the 1-based line and column
// (in Unicode characters) that the span rule of proto/span.proto asks for.
// Lines end at "\n", "\r\n" or a lone "\r"; a UTF-8 BOM at the start of the
// file is not a character of line 1.
//
// Looking up a column costs O(kBlock) whatever the line length, so that one
// 10-million-character line does not make span filling quadratic.
//
// Example:
//   LineIndex index("ab\r\ncd\xc3\xa9f");   // "ab", "cdéf"
//   index.Position(4) == {2, 1};          // 'c'
//   index.Position(8) == {2, 4};          // 'f', after the two-byte 'é'
//   Span span = index.MakeSpan(4, 9);     // "cdéf": line 2, col 1 to col 5

#ifndef FACTCHECK_CLAIMS_LINE_INDEX_H_
#define FACTCHECK_CLAIMS_LINE_INDEX_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/span.pb.h"

namespace factcheck {

struct LinePosition {
  int32_t line = 1;
  int32_t column = 1;
  bool operator==(const LinePosition& other) const {
    return line == other.line && column == other.column;
  }
};

class LineIndex {
 public:
  // `text` must outlive the index; it is the original file's bytes.
  explicit LineIndex(absl::string_view text);

  // Position of the character starting at byte `offset` (0 <= offset <=
  // size). An offset inside a multi-byte character counts that character.
  LinePosition Position(int64_t offset) const;

  // A Span for the half-open byte range [begin, end) with both positions.
  Span MakeSpan(int64_t begin, int64_t end) const;

  int32_t line_count() const { return static_cast<int32_t>(line_starts_.size()); }

 private:
  // Every span of every claim looks up two columns, each counting from a
  // block start: 64 bytes, eight at a time, is at most 8 word steps, and
  // the table costs 8 bytes per 64 bytes of input (1/8 of its size).
  static constexpr int64_t kBlock = 64;

  // Number of characters in [0, offset).
  int64_t CharsBefore(int64_t offset) const;

  absl::string_view text_;
  int64_t bom_bytes_ = 0;
  std::vector<int64_t> line_starts_;
  // chars_before_block_[i] = characters in [0, i * kBlock).
  std::vector<int64_t> chars_before_block_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_LINE_INDEX_H_
