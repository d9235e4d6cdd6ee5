#include "compare/claim_values.h"

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// The first claim of `type` extracted from `text`.
Claim First(const std::string& text, ClaimType type) {
  SourceDocument doc = ExtractForTest("a.txt", text);
  for (const Claim& c : doc.claims()) {
    if (c.type() == type) return c;
  }
  ADD_FAILURE() << "no claim of type " << type << " in: " << text;
  return Claim();
}

TEST(ClaimValuesTest, QuantitiesAreIntervals) {
  Claim exact = First("The talks lasted an hour and 40 minutes.\n", CLAIM_TYPE_QUANTITY);
  Claim bound = First("The talks lasted less than two hours.\n", CLAIM_TYPE_QUANTITY);
  Claim longer = First("The talks lasted three hours.\n", CLAIM_TYPE_QUANTITY);
  EXPECT_TRUE(Overlaps(exact.quantity(), bound.quantity()));
  EXPECT_FALSE(Overlaps(longer.quantity(), bound.quantity()));
  EXPECT_TRUE(ExcludesUpperBound(bound.quantity()));
  EXPECT_EQ(QuantityText(bound.quantity()), "less than 2 hours");
  Claim other_bound = First("The talks lasted less than one hour.\n", CLAIM_TYPE_QUANTITY);
  EXPECT_TRUE(OnlySameSidedBounds(bound.quantity(), other_bound.quantity()));
}

TEST(ClaimValuesTest, DatesWithAndWithoutTheirYear) {
  Claim full = First("date 2014-03-02\n\nThe hearing was on January 7, 2012.\n", CLAIM_TYPE_TIME);
  Claim short_form = First("date 2014-03-02\n\nThe hearing was on January 7.\n", CLAIM_TYPE_TIME);
  Claim other = First("date 2014-03-02\n\nThe hearing was on January 9.\n", CLAIM_TYPE_TIME);
  EXPECT_TRUE(WritesYear(full.time()));
  EXPECT_FALSE(WritesYear(short_form.time()));
  EXPECT_EQ(CompareTimes(full.time(), short_form.time()), TimeVerdict::kAgree);
  EXPECT_EQ(CompareTimes(full.time(), other.time()), TimeVerdict::kDisagree);
}

TEST(ClaimValuesTest, TextForMessages) {
  EXPECT_EQ(TitleCase("minister of foreign affairs"), "Minister of Foreign Affairs");
  EXPECT_EQ(FormatNumber(1000), "1,000");
  EXPECT_EQ(FormatNumber(-1234567), "-1,234,567");
  EXPECT_EQ(QuoteWords("\xE2\x80\x9CWe don\xE2\x80\x99t agree,\xE2\x80\x9D"),
            (std::vector<std::string>{"we", "don't", "agree"}));
  EXPECT_TRUE(ContainsRun({"we", "do", "not", "agree"}, {"not", "agree"}));
  EXPECT_FALSE(ContainsRun({"we", "do", "not", "agree"}, {"we", "agree"}));
}

}  // namespace
}  // namespace factcheck
