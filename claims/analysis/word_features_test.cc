#include "claims/analysis/word_features.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

SentenceCase CaseOf(const std::string& sentence) {
  std::vector<std::string> words = absl::StrSplit(sentence, ' ');
  std::vector<absl::string_view> views(words.begin(), words.end());
  return DetectSentenceCase(views);
}

TEST(DetectSentenceCase, TellsHeadlinesFromRunningText) {
  struct Case {
    const char* sentence;
    SentenceCase expected;
  } cases[] = {
      {"The minister said on Tuesday that talks would resume .",
       SentenceCase::kNormal},
      {"Police Say Gunman Fired Twelve Shots Near Station",
       SentenceCase::kTitle},
      {"Flood Waters Rise as Storm Hits the Coast", SentenceCase::kTitle},
      {"POLICE SAY GUNMAN FIRED TWELVE SHOTS", SentenceCase::kUpper},
      {"WASHINGTON — The Senate voted on Monday to approve the bill .",
       SentenceCase::kNormal},
      {"NASA and the FBI met officials from Ukraine .", SentenceCase::kNormal},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CaseOf(c.sentence), c.expected) << c.sentence;
  }
}

TEST(WordShape, ClassesCharacters) {
  EXPECT_EQ(WordShape("Istanbul"), "Xxxxx");
  EXPECT_EQ(WordShape("U.S."), "X.X.");
  EXPECT_EQ(WordShape("1,000"), "d,dd");
  EXPECT_EQ(WordShape("COVID-19"), "XXXX-dd");
  EXPECT_EQ(WordShape("\xC5\x81ukasz"), "Xxxxx");  // Łukasz
  EXPECT_EQ(WordShape("\xE2\x80\x94"), "u");        // em dash
}

TEST(LowerWord, LowersAsciiAndLatinCapitals) {
  EXPECT_EQ(LowerWord("WASHINGTON"), "washington");
  EXPECT_EQ(LowerWord("\xC3\x89MILE"), "\xC3\xA9mile");    // ÉMILE
  EXPECT_EQ(LowerWord("\xC5\x81UKASZ"), "\xC5\x82ukasz");  // ŁUKASZ
  EXPECT_EQ(LowerWord("\xE2\x80\x9C"), "\xE2\x80\x9C");    // “ unchanged
}

TEST(CaseCopies, TitleAndUpperCase) {
  std::vector<std::string> words = {"police", "say", "the", "gunman", "fled"};
  EXPECT_EQ(absl::StrJoin(TitleCased(words), " "), "Police Say the Gunman Fled");
  EXPECT_EQ(absl::StrJoin(UpperCased(words), " "), "POLICE SAY THE GUNMAN FLED");
  EXPECT_EQ(absl::StrJoin(UpperCased({"\xC3\xA9t\xC3\xA9"}), " "),
            "\xC3\x89T\xC3\x89");  // été -> ÉTÉ
}

TEST(DescribeWord, SeparatesFormFromLowercase) {
  WordInfo upper = DescribeWord("POLICE", SentenceCase::kUpper);
  WordInfo lower = DescribeWord("police", SentenceCase::kNormal);
  EXPECT_EQ(upper.lower, lower.lower);
  EXPECT_NE(upper.form, lower.form);
  EXPECT_NE(upper.shape, lower.shape);
  EXPECT_TRUE(upper.flags & kAllCaps);
  EXPECT_TRUE(DescribeWord("30-day", SentenceCase::kNormal).flags & kHasDigit);
}

}  // namespace
}  // namespace factcheck
