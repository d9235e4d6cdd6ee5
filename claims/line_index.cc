#include "claims/line_index.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace factcheck {
namespace {

inline bool IsLeadByte(unsigned char c) { return (c & 0xC0) != 0x80; }

// Characters (UTF-8 lead bytes) in [p, p + n), eight bytes at a time: a
// continuation byte is 10xxxxxx, so bit 7 set and bit 6 clear.
int64_t CountLeadBytes(const char* p, int64_t n) {
  int64_t count = n;
  while (n >= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    uint64_t continuation = word & ~(word << 1) & 0x8080808080808080ULL;
    // One bit per byte at bit 7: summing the bytes by a multiply counts
    // them without a popcount instruction (not in the baseline x86-64).
    count -= static_cast<int64_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
    p += 8;
    n -= 8;
  }
  for (; n > 0; ++p, --n) count -= !IsLeadByte(static_cast<unsigned char>(*p));
  return count;
}

}  // namespace

LineIndex::LineIndex(absl::string_view text) : text_(text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") bom_bytes_ = 3;
  line_starts_.push_back(0);
  const int64_t size = static_cast<int64_t>(text.size());
  chars_before_block_.reserve(size / kBlock + 2);
  int64_t chars = 0;
  for (int64_t block = 0; block < size; block += kBlock) {
    chars_before_block_.push_back(chars);
    chars += CountLeadBytes(text.data() + block, std::min(kBlock, size - block));
  }
  if (size % kBlock == 0) chars_before_block_.push_back(chars);
  // Line breaks: memchr-speed scans for '\n' and '\r'.
  const char* data = text.data();
  const char* end = data + size;
  for (const char* p = data; p < end; ++p) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
    const char* cr = static_cast<const char*>(std::memchr(p, '\r', (nl ? nl : end) - p));
    const char* at = cr != nullptr ? cr : nl;
    if (at == nullptr) break;
    if (*at == '\r' && at + 1 < end && at[1] == '\n') ++at;  // "\r\n" ends at the '\n'
    line_starts_.push_back(at + 1 - data);
    p = at;
  }
}

int64_t LineIndex::CharsBefore(int64_t offset) const {
  int64_t block = offset / kBlock;
  int64_t from = block * kBlock;
  return chars_before_block_[block] + CountLeadBytes(text_.data() + from, offset - from);
}

LinePosition LineIndex::Position(int64_t offset) const {
  offset = std::clamp<int64_t>(offset, 0, static_cast<int64_t>(text_.size()));
  // Step back to the lead byte of the character that contains `offset`.
  while (offset > 0 && offset < static_cast<int64_t>(text_.size()) &&
         !IsLeadByte(static_cast<unsigned char>(text_[offset]))) {
    --offset;
  }
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int64_t line_start = *(it - 1);
  LinePosition position;
  position.line = static_cast<int32_t>(it - line_starts_.begin());
  int64_t start = std::max(line_start, line_start == 0 ? bom_bytes_ : 0);
  if (offset < start) offset = start;
  position.column =
      static_cast<int32_t>(CharsBefore(offset) - CharsBefore(start) + 1);
  return position;
}

Span LineIndex::MakeSpan(int64_t begin, int64_t end) const {
  Span span;
  span.set_begin(begin);
  span.set_end(end);
  LinePosition from = Position(begin);
  LinePosition to = Position(end);
  span.set_line(from.line);
  span.set_column(from.column);
  span.set_end_line(to.line);
  span.set_end_column(to.column);
  return span;
}

}  // namespace factcheck
