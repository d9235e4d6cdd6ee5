#include "claims/utf8.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(Utf8, DecodesMultiByteCharacters) {
  int length = 0;
  EXPECT_EQ(DecodeUtf8("\xC3\xA7", 0, &length), U'\u00E7');
  EXPECT_EQ(length, 2);
  EXPECT_EQ(DecodeUtf8("\xE2\x80\x9C", 0, &length), U'\u201C');
  EXPECT_EQ(length, 3);
  EXPECT_EQ(DecodeUtf8("\xF0\x9F\x98\x80", 0, &length), U'\U0001F600');
  EXPECT_EQ(length, 4);
}

TEST(Utf8, ClassifiesCaseAcrossLatinGreekAndCyrillic) {
  EXPECT_TRUE(IsUpperLetter(U'\u00C7'));   // Ç
  EXPECT_TRUE(IsLowerLetter(U'\u00E7'));   // ç
  EXPECT_TRUE(IsUpperLetter(U'\u0160'));   // Š
  EXPECT_TRUE(IsLowerLetter(U'\u0161'));   // š
  EXPECT_TRUE(IsUpperLetter(U'\u041A'));   // К
  EXPECT_TRUE(IsLowerLetter(U'\u0438'));   // и
  EXPECT_FALSE(IsUpperLetter(U'\u00D7'));  // ×
  EXPECT_TRUE(IsLetter(U'\u4E2D'));        // 中, caseless
  EXPECT_FALSE(IsLetter(U'\U0001F600'));   // emoji
}

TEST(Utf8, StepsBackOverWholeCharacters) {
  absl::string_view text = "a\xE2\x80\x9D" "b";
  EXPECT_EQ(PreviousCharStart(text, 4), 1);
  EXPECT_EQ(PreviousCharStart(text, 1), 0);
}

}  // namespace
}  // namespace factcheck
