// Regression tests for hostile input to ingestion (issue 7). Plain text
// decided paragraph extent and hard wrapping line by line over the rest of
// the paragraph, which was quadratic: a 2 MB file with no blank line took
// 14 s. These pin down that the one-pass version decides the same blocks.

#include <string>

#include "claims/markup.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::string Blocks(const std::string& text) {
  IngestedText in = IngestPlainText(text);
  std::string out;
  for (const TextBlock& b : in.blocks) {
    out += "[" + in.clean.text().substr(b.begin, b.end - b.begin) + "]";
  }
  return out;
}

TEST(MarkupLimits, HeadlineGluedToAWrappedParagraphStaysItsOwnBlock) {
  EXPECT_EQ(Blocks("Talks end\n"
                   "The delegations met for two hours on Friday and agreed to\n"
                   "exchange prisoners, but they did not agree on a ceasefire,\n"
                   "officials said after the meeting ended in the evening.\n"),
            "[Talks end][The delegations met for two hours on Friday and agreed to\n"
            "exchange prisoners, but they did not agree on a ceasefire,\n"
            "officials said after the meeting ended in the evening.]");
}

TEST(MarkupLimits, LinesThatEachEndASentenceAreSeparateBlocks) {
  EXPECT_EQ(Blocks("The delegations met for two hours on Friday afternoon.\n"
                   "They agreed to exchange a thousand prisoners each side.\n"),
            "[The delegations met for two hours on Friday afternoon.]"
            "[They agreed to exchange a thousand prisoners each side.]");
}

TEST(MarkupLimits, AListItemEndsTheWrappedParagraph) {
  EXPECT_EQ(Blocks("The delegations met for two hours on Friday and agreed to\n"
                   "exchange prisoners, officials said after the meeting.\n"
                   "- a list item\n"),
            "[The delegations met for two hours on Friday and agreed to\n"
            "exchange prisoners, officials said after the meeting.][a list item]");
}

TEST(MarkupLimits, LongParagraphWithoutBlankLinesGivesOneBlockPerLine) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "It rained, and 1,000 people waited.\n";
  IngestedText in = IngestPlainText(text);
  EXPECT_EQ(in.blocks.size(), 20000u);
}

}  // namespace
}  // namespace factcheck
