#include "tools/source_text.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

SourceText Text(const std::string& bytes, std::vector<std::pair<int, int>> sentences) {
  SourceText text;
  text.bytes = bytes;
  for (auto [b, e] : sentences) {
    Span span;
    span.set_begin(b);
    span.set_end(e);
    text.sentences.push_back(span);
  }
  return text;
}

Location At(int64_t begin, int64_t end) {
  Location at;
  at.set_begin(begin);
  at.set_end(end);
  return at;
}

TEST(SentenceAround, ShowsTheSentenceHoldingTheClaimWithItsColumns) {
  // Two sentences; the second wraps over a line break.
  SourceText text = Text("It rained. The mayor,\n  Jo Ames, spoke.\n", {{0, 10}, {11, 39}});
  SentenceView view;
  ASSERT_TRUE(SentenceAround(text, At(24, 31), &view));
  EXPECT_EQ(view.text, "The mayor, Jo Ames, spoke.");
  EXPECT_EQ(view.claim_column, 11);
  EXPECT_EQ(view.claim_width, 7);
}

TEST(SentenceAround, CountsCharactersNotBytes) {
  SourceText text = Text("Caf\xC3\xA9 owner Jo Ames.\n", {{0, 20}});
  SentenceView view;
  ASSERT_TRUE(SentenceAround(text, At(12, 19), &view));
  EXPECT_EQ(view.claim_column, 11);
  EXPECT_EQ(view.claim_width, 7);
}

TEST(SentenceAround, FallsBackToTheLineWithoutSentences) {
  SourceText text = Text("first\nsecond line here\nthird\n", {});
  SentenceView view;
  ASSERT_TRUE(SentenceAround(text, At(13, 17), &view));
  EXPECT_EQ(view.text, "second line here");
  EXPECT_EQ(view.claim_column, 7);
  EXPECT_EQ(view.claim_width, 4);
}

TEST(SentenceAround, RefusesALocationOutsideTheText) {
  SourceText text = Text("short\n", {});
  SentenceView view;
  EXPECT_FALSE(SentenceAround(text, At(3, 40), &view));
}

}  // namespace
}  // namespace factcheck
