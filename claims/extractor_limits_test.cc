// Regression tests for hostile input to claim extraction (issue 7): the
// quote rules must keep the work and the output linear in the input, and
// the bounds that ensure it must not change what ordinary sentences give.
// Found with the hostile-input suite (tools/hostile_input_test.py): a
// 400 KB line of '"a" ' took 19 s and a 1 MB run-on sentence 6 s before.

#include <string>
#include <vector>

#include "claims/extractor.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::vector<const QuoteClaim*> Quotes(const SourceDocument& doc) {
  std::vector<const QuoteClaim*> quotes;
  for (const Claim& claim : doc.claims()) {
    if (claim.has_quote()) quotes.push_back(&claim.quote());
  }
  return quotes;
}

TEST(ExtractorLimits, UnclosedQuoteEndsAtTheNextOpeningMark) {
  const std::string text =
      "She said \xE2\x80\x9Cthe talks were long and hard "
      "\xE2\x80\x9Cwe will return next week\xE2\x80\x9D, Jane Roe said.\n";
  SourceDocument doc = ExtractForTest("a.txt", text);
  std::vector<const QuoteClaim*> quotes = Quotes(doc);
  ASSERT_EQ(quotes.size(), 2u) << doc.DebugString();
  EXPECT_EQ(quotes[0]->text(), "the talks were long and hard");
  EXPECT_EQ(quotes[1]->text(), "we will return next week");
  // The unclosed quote's span stops before the next mark, not at the
  // paragraph's end.
  const Span& span = quotes[0]->quote_span();
  EXPECT_EQ(text.substr(span.begin(), span.end() - span.begin()), "the talks were long and hard");
}

TEST(ExtractorLimits, ManyUnclosedQuotesDoNotOverlap) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "\xE2\x80\x9Cone two ";
  text += "\n";
  SourceDocument doc = ExtractForTest("a.txt", text);
  size_t total = 0;
  for (const QuoteClaim* q : Quotes(doc)) total += q->text().size();
  // Each quote is its own "one two"; overlapping quotes to the end of the
  // paragraph would total about 2000 * 2000 * 6 bytes.
  EXPECT_EQ(Quotes(doc).size(), 2000u);
  EXPECT_EQ(total, 2000u * 7);
}

TEST(ExtractorLimits, SpeakerBeforeTheQuoteStillFoundInALongSentence) {
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += "and the talks went on ";
  // The speaker is 150 tokens before the 100th quote, but each quote is
  // close to the one before, whose speaker carries over.
  const std::string text = "Jane Roe said \xE2\x80\x9Cwe will stay here\xE2\x80\x9D " + filler +
                           "and \xE2\x80\x9Cwe will not leave\xE2\x80\x9D.\n";
  SourceDocument doc = ExtractForTest("a.txt", text);
  std::vector<const QuoteClaim*> quotes = Quotes(doc);
  ASSERT_EQ(quotes.size(), 2u) << doc.DebugString();
  EXPECT_EQ(quotes[0]->speaker(), "Jane Roe");
}

TEST(ExtractorLimits, PronounSpeakerResolvesToTheNearestName) {
  const std::string text =
      "Jane Roe met John Doe, and he said \xE2\x80\x9Cwe are ready to sign\xE2\x80\x9D.\n";
  SourceDocument doc = ExtractForTest("a.txt", text);
  std::vector<const QuoteClaim*> quotes = Quotes(doc);
  ASSERT_EQ(quotes.size(), 1u) << doc.DebugString();
  EXPECT_EQ(quotes[0]->speaker(), "John Doe");
}

}  // namespace
}  // namespace factcheck
