#include "tools/lsp/positions.h"

#include <algorithm>

namespace factcheck {
namespace lsp {
namespace {

// The length of the UTF-8 sequence a lead byte starts (1 for a stray
// continuation byte, so that bad input still moves forward).
int SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

PositionIndex::PositionIndex(absl::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' || (text_[i] == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n'))) {
      line_starts_.push_back(static_cast<int64_t>(i) + 1);
    }
  }
}

int64_t PositionIndex::LineEnd(int line) const {
  int64_t end = line + 1 < line_count() ? line_starts_[line + 1] : static_cast<int64_t>(text_.size());
  if (end > line_starts_[line] && text_[end - 1] == '\n') --end;
  if (end > line_starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

Position PositionIndex::PositionOf(int64_t offset) const {
  offset = std::clamp<int64_t>(offset, 0, static_cast<int64_t>(text_.size()));
  const int line = static_cast<int>(
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin() - 1);
  const int64_t end = std::min(offset, LineEnd(line));
  Position position{line, 0};
  for (int64_t i = line_starts_[line]; i < end;) {
    const int length = SequenceLength(static_cast<unsigned char>(text_[i]));
    if (i + length > end) break;  // `offset` is inside this character
    position.character += length == 4 ? 2 : 1;
    i += length;
  }
  return position;
}

int64_t PositionIndex::OffsetOf(const Position& position) const {
  if (position.line < 0) return 0;
  if (position.line >= line_count()) return static_cast<int64_t>(text_.size());
  const int64_t end = LineEnd(position.line);
  int64_t i = line_starts_[position.line];
  for (int units = 0; i < end && units < position.character;) {
    const int length = SequenceLength(static_cast<unsigned char>(text_[i]));
    units += length == 4 ? 2 : 1;
    i = std::min(i + length, end);
  }
  return i;
}

Position PositionIndex::PositionOfLineColumn(int line, int column) const {
  if (line < 1) return Position{0, 0};
  if (line > line_count()) return PositionOf(static_cast<int64_t>(text_.size()));
  const int64_t end = LineEnd(line - 1);
  int64_t i = line_starts_[line - 1];
  for (int c = 1; i < end && c < column; ++c) {
    i = std::min(i + SequenceLength(static_cast<unsigned char>(text_[i])), end);
  }
  return PositionOf(i);
}

}  // namespace lsp
}  // namespace factcheck
