#include "compare/name_fold.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(FoldForComparison, MeetsSpellingVariants) {
  EXPECT_EQ(FoldForComparison("Tchaikovskyy"), FoldForComparison("Tchaikovsky"));
  EXPECT_EQ(FoldForComparison("Dolmabah\xC3\xA7" "e Palace"), "dolmabahce palace");
  EXPECT_NE(FoldForComparison("Istanbul"), FoldForComparison("Ankara"));
}

TEST(FoldForComparison, MeetsDottedAbbreviations) {
  EXPECT_EQ(FoldForComparison("U.S."), FoldForComparison("US"));
  EXPECT_NE(FoldForComparison("U.S."), FoldForComparison("UK"));
}

}  // namespace
}  // namespace factcheck
