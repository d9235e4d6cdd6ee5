#include "claims/line_index.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(LineIndex, CountsColumnsInCharactersNotBytes) {
  // "Dolmabahçe Palace": 'ç' is two bytes but one column.
  std::string text = "at Dolmabah\xC3\xA7" "e Palace";
  LineIndex index(text);
  EXPECT_EQ(index.Position(text.find("e Palace")), (LinePosition{1, 13}));
  EXPECT_EQ(index.Position(text.find("Palace")), (LinePosition{1, 15}));
}

TEST(LineIndex, AcceptsLfCrlfAndLoneCrLineEnds) {
  std::string text = "one\ntwo\r\nthree\rfour";
  LineIndex index(text);
  EXPECT_EQ(index.Position(text.find("two")), (LinePosition{2, 1}));
  EXPECT_EQ(index.Position(text.find("three")), (LinePosition{3, 1}));
  EXPECT_EQ(index.Position(text.find("four")), (LinePosition{4, 1}));
  EXPECT_EQ(index.Position(text.find("our")), (LinePosition{4, 2}));
  EXPECT_EQ(index.line_count(), 4);
}

TEST(LineIndex, DoesNotCountTheByteOrderMark) {
  std::string text = "\xEF\xBB\xBFTitle\nBody";
  LineIndex index(text);
  EXPECT_EQ(index.Position(3), (LinePosition{1, 1}));
  EXPECT_EQ(index.Position(text.find("itle")), (LinePosition{1, 2}));
  EXPECT_EQ(index.Position(text.find("Body")), (LinePosition{2, 1}));
}

TEST(LineIndex, MakesSpansWithExclusiveEndColumn) {
  std::string text = "He said \xE2\x80\x9Cyes\xE2\x80\x9D.";  // curly quotes
  LineIndex index(text);
  int64_t begin = text.find("\xE2\x80\x9C");
  int64_t end = text.size() - 1;  // before the full stop
  Span span = index.MakeSpan(begin, end);
  EXPECT_EQ(span.line(), 1);
  EXPECT_EQ(span.column(), 9);
  EXPECT_EQ(span.end_column(), 14);  // "“yes”" is five characters
}

TEST(LineIndex, FindsColumnsFarIntoAVeryLongLine) {
  std::string text(100000, 'x');
  text += "\xC3\xA9z";
  LineIndex index(text);
  EXPECT_EQ(index.Position(text.size() - 1), (LinePosition{1, 100002}));
}

}  // namespace
}  // namespace factcheck
