#include "claims/analysis/gazetteer.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::vector<uint32_t> Bits(const std::string& sentence) {
  static const Lexicon* lexicon = Lexicon::Load({}).value().release();
  std::vector<std::string> words = absl::StrSplit(sentence, ' ');
  std::vector<absl::string_view> views(words.begin(), words.end());
  return GazetteerBits(*lexicon, views);
}

TEST(GazetteerBits, MarksVocabularyWords) {
  std::vector<uint32_t> b = Bits("Mr. Smith met the Ukrainian president in Kyiv");
  EXPECT_TRUE(b[0] & kGazHonorific);
  EXPECT_EQ(b[1], 0u);
  EXPECT_TRUE(b[4] & kGazNationality);
  EXPECT_TRUE(b[5] & kGazOffice);
  EXPECT_EQ(b[6], 0u);
}

TEST(GazetteerBits, MatchesNamesOfSeveralWords) {
  std::vector<uint32_t> b = Bits("talks in the United States ended");
  EXPECT_TRUE(b[3] & kGazCountry);
  EXPECT_TRUE(b[3] & kGazBegin);
  EXPECT_TRUE(b[4] & kGazCountry);
  EXPECT_FALSE(b[4] & kGazBegin);
  EXPECT_EQ(b[2], 0u);
}

TEST(GazetteerBits, ReadsCapitalisedHeadlines) {
  std::vector<uint32_t> b = Bits("TALKS IN UKRAINE END");
  EXPECT_TRUE(b[2] & kGazCountry);
  EXPECT_EQ(b[0], 0u);
}

}  // namespace
}  // namespace factcheck
