#include "claims/utf8.h"

#include <cstdint>
#include <string>

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

// One row per character: its class as a canonical string, "U" uppercase
// letter, "L" lowercase letter, "C" caseless letter, "M" combining mark,
// "S" space, "-" none of them.
std::string ClassOf(char32_t c) {
  if (IsUpperLetter(c)) return "U";
  if (IsLowerLetter(c)) return "L";
  if (IsLetter(c)) return "C";
  if (IsCombiningMark(c)) return "M";
  if (IsSpace(c)) return "S";
  return "-";
}

struct ClassTest {
  char32_t c;
  const char* what;
  const char* want;
};

constexpr ClassTest kClassTests[] = {
    {U'A', "A", "U"},
    {U'z', "z", "L"},
    {U'7', "7", "-"},
    {U' ', "space", "S"},
    {U'\u00C7', "C cedilla", "U"},
    {U'\u00E7', "c cedilla", "L"},
    {U'\u00D7', "multiplication sign", "-"},
    {U'\u00DF', "sharp s", "L"},
    {U'\u0160', "S caron", "U"},
    {U'\u0161', "s caron", "L"},
    // Latin Extended-A does not alternate upper/lower at even/odd code
    // points throughout: L stroke and Z dot above sit at odd ones.
    {U'\u0141', "L stroke", "U"},
    {U'\u0142', "l stroke", "L"},
    {U'\u017B', "Z dot above", "U"},
    {U'\u017C', "z dot above", "L"},
    {U'\u0179', "Z acute", "U"},
    {U'\u0138', "kra", "L"},
    {U'\u01C5', "titlecase Dz caron", "U"},
    {U'\u1EC5', "e circumflex tilde (Vietnamese)", "L"},
    {U'\u1EC4', "E circumflex tilde (Vietnamese)", "U"},
    {U'\u0302', "combining circumflex", "M"},
    {U'\u0303', "combining tilde", "M"},
    {U'\u093E', "Devanagari vowel sign aa", "M"},
    {U'\u0394', "Greek Delta", "U"},
    {U'\u03C9', "Greek omega", "L"},
    {U'\u041A', "Cyrillic Ka", "U"},
    {U'\u0438', "Cyrillic i", "L"},
    {U'\u0419', "Cyrillic short I", "U"},
    {U'\u0531', "Armenian Ayb", "U"},
    {U'\u05D0', "Hebrew alef", "C"},
    {U'\u0627', "Arabic alef", "C"},
    {U'\u4E2D', "CJK middle", "C"},
    {U'\uAC00', "Hangul ga", "C"},
    {U'\U0001F600', "emoji", "-"},
    {U'\u00A0', "no-break space", "S"},
    {U'\u2003', "em space", "S"},
    {U'\u3000', "ideographic space", "S"},
    {U'\u200B', "zero-width space", "S"},
    {U'\u2028', "line separator", "S"},
    {U'\u200F', "right-to-left mark", "-"},
    {U'\u201C', "left double quote", "-"},
};

TEST(Utf8, ClassifiesEveryScriptByUnicodeCategory) {
  for (const ClassTest& t : kClassTests) {
    EXPECT_EQ(ClassOf(t.c), t.want) << t.what << " U+" << std::hex
                                    << static_cast<uint32_t>(t.c);
  }
}

TEST(Utf8, LettersAndMarksContinueWordsButMarksAreNotLetters) {
  EXPECT_TRUE(IsLetterOrMark(U'\u0303'));
  EXPECT_FALSE(IsLetter(U'\u0303'));
  EXPECT_TRUE(IsLetterOrMark(U'n'));
  EXPECT_FALSE(IsLetterOrMark(U'-'));
  EXPECT_FALSE(IsCombiningMark(U'a'));
}

TEST(Utf8, StepsBackOverWholeCharacters) {
  absl::string_view text = "a\xE2\x80\x9D" "b";
  EXPECT_EQ(PreviousCharStart(text, 4), 1);
  EXPECT_EQ(PreviousCharStart(text, 1), 0);
}

}  // namespace
}  // namespace factcheck
