#include "claims/furniture.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Splits `text` into one block per line and runs RemoveFurniture.
struct Result {
  std::vector<std::string> kept;
  std::vector<std::pair<std::string, SkipReason>> skipped;
};

Result RemoveFrom(const std::string& text) {
  std::vector<TextBlock> blocks;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) blocks.push_back({static_cast<int64_t>(start), static_cast<int64_t>(end), SENTENCE_KIND_BODY});
    start = end + 1;
  }
  Result result;
  for (const CleanSkip& s : RemoveFurniture(text, blocks)) {
    result.skipped.emplace_back(text.substr(s.begin, s.end - s.begin), s.reason);
  }
  for (const TextBlock& b : blocks) result.kept.push_back(text.substr(b.begin, b.end - b.begin));
  return result;
}

TEST(RemoveFurniture, DropsLonePlaceholders) {
  Result r = RemoveFrom("First.\nLoading\nAdvertisement\nSecond.");
  EXPECT_EQ(r.kept, (std::vector<std::string>{"First.", "Second."}));
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].second, SKIP_REASON_PLACEHOLDER);
}

TEST(RemoveFurniture, CutsAPhotoCreditGluedToASentence) {
  Result r = RemoveFrom("The aide (left) leads the team.Credit: Reuters");
  EXPECT_EQ(r.kept, (std::vector<std::string>{"The aide (left) leads the team."}));
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].first, "Credit: Reuters");
  EXPECT_EQ(r.skipped[0].second, SKIP_REASON_PHOTO_CREDIT);
}

TEST(RemoveFurniture, CutsParenthesisedCredits) {
  Result r = RemoveFrom("A man walks past a shop. (Jane Roe/The Daily Post) (JANE ROE)");
  EXPECT_EQ(r.kept, (std::vector<std::string>{"A man walks past a shop."}));
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].first, "(Jane Roe/The Daily Post) (JANE ROE)");
}

TEST(RemoveFurniture, KeepsParenthesesThatAreNotCredits) {
  Result r = RemoveFrom("The aide (second left) spoke and/or left (see above).");
  EXPECT_EQ(r.kept.size(), 1u);
  EXPECT_TRUE(r.skipped.empty());
}

TEST(RemoveFurniture, DropsNewsletterPromptsAndSyndicationNotes) {
  Result r = RemoveFrom(
      "Real sentence.\nThis article originally appeared in The Daily Post.\n"
      "Get the news first. Sign up for our morning newsletter.");
  EXPECT_EQ(r.kept, (std::vector<std::string>{"Real sentence."}));
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].second, SKIP_REASON_SYNDICATION_NOTE);
  EXPECT_EQ(r.skipped[1].second, SKIP_REASON_NEWSLETTER_PROMPT);
}

TEST(RemoveFurniture, KeepsArticleSentencesAboutNewsletters) {
  Result r = RemoveFrom(
      "The company said on Monday that more than two million readers had "
      "signed up for its newsletter since January, a record for the "
      "publisher, which has been struggling with falling print sales for a "
      "decade and has cut hundreds of jobs across its regional titles, "
      "according to figures released by the industry body that tracks "
      "circulation and subscription numbers for every national title in the "
      "country and publishes them every quarter for advertisers.");
  EXPECT_EQ(r.kept.size(), 1u);
}

}  // namespace
}  // namespace factcheck
