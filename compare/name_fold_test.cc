#include "compare/name_fold.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// One row per name: its folded key.
struct FoldTest {
  const char* name;
  const char* want;
};

constexpr FoldTest kFoldTests[] = {
    {"Tchaikovskyy", "tchaikovsky"},
    {"Dolmabah\u00E7e Palace", "dolmabahce palace"},
    {"U.S.", "us"},
    {"  New   York ", "new york"},
    // Diacritics, precomposed and decomposed.
    {"M\u00FCller", "muler"},
    {"Mu\u0308ller", "muler"},
    {"Erdo\u011Fan", "erdogan"},
    {"Nguy\u1EC5n", "nguyen"},
    {"Nguye\u0302\u0303n", "nguyen"},
    // Letters Unicode does not decompose.
    {"\u0141ukasz \u017Burek", "lukasz zurek"},
    {"S\u00F8ren", "soren"},
    {"\u0110or\u0111e", "dorde"},
    // Case folding beyond ASCII.
    {"\u00C7ANAKKALE", "canakale"},
    {"Stra\u00DFe", "strase"},
    {"\u0130stanbul", "istanbul"},
    // Cyrillic and Greek stay in their script, lowercase, without marks
    // ("й" is "и" with a breve; the "ии" left is then a doubled letter).
    {"\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439",
     "\u0437\u0435\u043B\u0435\u043D\u0441\u043A\u0438"},
    {"\u0417\u0415\u041B\u0415\u041D\u0421\u041A\u0418\u0419",
     "\u0437\u0435\u043B\u0435\u043D\u0441\u043A\u0438"},
    {"\u0391\u03B8\u03AE\u03BD\u03B1", "\u03B1\u03B8\u03B7\u03BD\u03B1"},
    // Ignorable characters and spacing modifier letters are left out.
    {"Zelen\u00ADsky", "zelensky"},
    {"Hawai\u02BBi", "hawai"},
    // No-break space separates words.
    {"Kyiv\u00A0Oblast", "kyiv oblast"},
    {"", ""},
};

TEST(FoldForComparison, FoldsEachName) {
  for (const FoldTest& t : kFoldTests) {
    EXPECT_EQ(FoldForComparison(t.name), t.want) << "name: " << t.name;
  }
}

TEST(FoldForComparison, MeetsSpellingVariants) {
  EXPECT_EQ(FoldForComparison("Tchaikovskyy"), FoldForComparison("Tchaikovsky"));
  EXPECT_EQ(FoldForComparison("Erdo\u011Fan"), FoldForComparison("Erdogan"));
  EXPECT_EQ(FoldForComparison("M\u00FCller"), FoldForComparison("Muller"));
  EXPECT_EQ(FoldForComparison("\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439"),
            FoldForComparison("\u0417\u0415\u041B\u0415\u041D\u0421\u041A\u0418\u0419"));
  EXPECT_NE(FoldForComparison("Istanbul"), FoldForComparison("Ankara"));
}

TEST(FoldForComparison, KeepsDifferentCyrillicNamesApart) {
  // They used to fold to "" and so met.
  EXPECT_NE(FoldForComparison("\u041F\u0435\u0442\u0440\u043E\u0432"),
            FoldForComparison("\u0418\u0432\u0430\u043D\u043E\u0432"));
  EXPECT_FALSE(FoldForComparison("\u041F\u0435\u0442\u0440\u043E\u0432").empty());
}

TEST(FoldForComparison, MeetsDottedAbbreviations) {
  EXPECT_EQ(FoldForComparison("U.S."), FoldForComparison("US"));
  EXPECT_NE(FoldForComparison("U.S."), FoldForComparison("UK"));
}

TEST(FoldForComparison, KeepsTheLettersOfInvalidUtf8) {
  EXPECT_EQ(FoldForComparison("Ab\xFF" "c"), "abc");
}

}  // namespace
}  // namespace factcheck
