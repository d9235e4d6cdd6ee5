#include "compare/sentence_text.h"

#include <algorithm>
#include <cstdint>

namespace factcheck {
namespace {

struct Point {
  int64_t begin;
  int32_t line;
  int32_t column;
};

// Number of UTF-8 characters in text[from, to).
int32_t CharsBetween(const std::string& text, int from, int to) {
  int32_t chars = 0;
  for (int i = from; i < to; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

// The original position of text offset `offset`, continuing linearly from
// the last anchor at or before `from_anchor_of` (which is `offset` itself
// for a begin, and the last character's offset for an end).
Point PointAt(const Sentence& sentence, int offset, int from_anchor_of) {
  Point point{sentence.span().begin(), sentence.span().line(), sentence.span().column()};
  int anchor_offset = 0;
  for (const TextAnchor& anchor : sentence.anchors()) {
    if (anchor.offset() > from_anchor_of) break;
    point = {anchor.begin(), anchor.line(), anchor.column()};
    anchor_offset = anchor.offset();
  }
  point.begin += offset - anchor_offset;
  point.column += CharsBetween(sentence.text(), anchor_offset, offset);
  return point;
}

}  // namespace

Location SentenceTextLocation(const SourceDocument& document, const Sentence& sentence,
                              int begin, int end) {
  const int size = static_cast<int>(sentence.text().size());
  begin = std::clamp(begin, 0, size);
  end = std::clamp(end, begin, size);
  Point first = PointAt(sentence, begin, begin);
  Point last = end > begin ? PointAt(sentence, end, end - 1) : first;
  Location location;
  location.set_path(document.path());
  location.set_line(first.line);
  location.set_column(first.column);
  location.set_end_line(last.line);
  location.set_end_column(last.column);
  location.set_begin(first.begin);
  location.set_end(last.begin);
  return location;
}

}  // namespace factcheck
