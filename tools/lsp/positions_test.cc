#include "tools/lsp/positions.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace lsp {
namespace {

// "Zoë paid €5 😀 for tea." on line 0, bytes:
//   Z o ë(2) ' ' p a i d ' ' €(3) 5 ' ' 😀(4) ' ' f ...
const std::string kLine = "Zo\xc3\xab paid \xe2\x82\xac" "5 \xf0\x9f\x98\x80 for tea.";

TEST(PositionIndex, CountsUtf16CodeUnitsNotBytes) {
  PositionIndex index(kLine + "\nnext");
  EXPECT_EQ(index.PositionOf(0), (Position{0, 0}));
  EXPECT_EQ(index.PositionOf(2), (Position{0, 2}));    // ë
  EXPECT_EQ(index.PositionOf(4), (Position{0, 3}));    // the space after ë: 2 bytes, 1 unit
  EXPECT_EQ(index.PositionOf(10), (Position{0, 9}));   // €
  EXPECT_EQ(index.PositionOf(13), (Position{0, 10}));  // 5: € is 3 bytes, 1 unit
  EXPECT_EQ(index.PositionOf(15), (Position{0, 12}));  // 😀
  EXPECT_EQ(index.PositionOf(19), (Position{0, 14}));  // the space after it: 4 bytes, 2 units
  EXPECT_EQ(index.PositionOf(20), (Position{0, 15}));  // "for"
  const int64_t next = static_cast<int64_t>(kLine.size()) + 1;
  EXPECT_EQ(index.PositionOf(next), (Position{1, 0}));
  EXPECT_EQ(index.PositionOf(next + 4), (Position{1, 4}));  // the end
}

TEST(PositionIndex, AnOffsetInsideACharacterCountsFromItsStart) {
  PositionIndex index(kLine);
  EXPECT_EQ(index.PositionOf(3), (Position{0, 2}));   // second byte of ë
  EXPECT_EQ(index.PositionOf(17), (Position{0, 12}));  // inside 😀
}

TEST(PositionIndex, LinesEndAtLfCrLfAndLoneCr) {
  PositionIndex index("a\r\nb\rc\nd");
  EXPECT_EQ(index.line_count(), 4);
  EXPECT_EQ(index.PositionOf(3), (Position{1, 0}));  // b
  EXPECT_EQ(index.PositionOf(5), (Position{2, 0}));  // c
  EXPECT_EQ(index.PositionOf(7), (Position{3, 0}));  // d
  EXPECT_EQ(index.PositionOf(1), (Position{0, 1}));  // the \r
  EXPECT_EQ(index.PositionOf(2), (Position{0, 1}));  // the \n of \r\n: still the line's end
  EXPECT_EQ(index.OffsetOf({0, 99}), 1);             // clamped before the line break
  EXPECT_EQ(index.OffsetOf({3, 0}), 7);
  EXPECT_EQ(index.OffsetOf({9, 0}), 8);              // past the last line: the end
}

TEST(PositionIndex, OffsetOfInvertsPositionOfAtEveryCharacter) {
  const std::string text = kLine + "\r\n\xe6\x97\xa5\xe6\x9c\xac \xf0\x9d\x84\x9e\rend\n";
  PositionIndex index(text);
  for (int64_t offset = 0; offset <= static_cast<int64_t>(text.size()); ++offset) {
    const bool starts_character = offset == static_cast<int64_t>(text.size()) ||
                                  (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
    const bool in_line_break = offset > 0 && text[offset - 1] == '\r' && text[offset] == '\n';
    if (!starts_character || in_line_break) continue;
    EXPECT_EQ(index.OffsetOf(index.PositionOf(offset)), offset) << "offset " << offset;
  }
}

TEST(PositionIndex, ACharacterInsideASurrogatePairMovesToTheNextCharacter) {
  PositionIndex index("\xf0\x9f\x98\x80x");
  EXPECT_EQ(index.OffsetOf({0, 1}), 4);
  EXPECT_EQ(index.OffsetOf({0, 2}), 4);
  EXPECT_EQ(index.OffsetOf({0, 3}), 5);
}

TEST(PositionIndex, LineAndCharacterColumnsConvertToUtf16) {
  PositionIndex index("x\n" + kLine);
  // Column 14 is the 14th character, the space after 😀: 13 characters
  // before it, one of them two units.
  EXPECT_EQ(index.PositionOfLineColumn(2, 14), (Position{1, 14}));
  EXPECT_EQ(index.PositionOfLineColumn(2, 1), (Position{1, 0}));
  EXPECT_EQ(index.PositionOfLineColumn(1, 50), (Position{0, 1}));  // past the line's end
  EXPECT_EQ(index.PositionOfLineColumn(0, 1), (Position{0, 0}));
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
