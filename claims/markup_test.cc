#include "claims/markup.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::string BlockText(const IngestedText& in, size_t i) {
  const TextBlock& b = in.blocks.at(i);
  return in.clean.text().substr(b.begin, b.end - b.begin);
}

// The original text that block i maps back to.
std::string BlockOriginal(const IngestedText& in, absl::string_view original, size_t i) {
  const TextBlock& b = in.blocks.at(i);
  auto [from, to] = in.clean.OriginalRange(b.begin, b.end);
  return std::string(original.substr(from, to - from));
}

TEST(IngestPlainText, MakesEachLineABlockAndSkipsTheBom) {
  std::string text = "\xEF\xBB\xBFHeadline here\r\nFirst paragraph.\r\n\r\nSecond one.";
  IngestedText in = IngestPlainText(text);
  ASSERT_EQ(in.blocks.size(), 3u);
  EXPECT_EQ(BlockText(in, 0), "Headline here");
  EXPECT_EQ(BlockText(in, 2), "Second one.");
  EXPECT_EQ(BlockOriginal(in, text, 1), "First paragraph.");
}

TEST(IngestPlainText, JoinsAHardWrappedParagraph) {
  std::string text =
      "The talks began late in the afternoon and lasted for less\n"
      "than two hours, officials said, before the delegations left\n"
      "the palace.\n\nNext paragraph.";
  IngestedText in = IngestPlainText(text);
  ASSERT_EQ(in.blocks.size(), 2u);
  EXPECT_EQ(BlockOriginal(in, text, 0).substr(0, 9), "The talks");
  EXPECT_NE(BlockText(in, 0).find("the palace."), std::string::npos);
}

TEST(IngestPlainText, RecognisesListItems) {
  IngestedText in = IngestPlainText("Demands:\n- a ceasefire\n- an exchange\n");
  ASSERT_EQ(in.blocks.size(), 3u);
  EXPECT_EQ(in.blocks[1].kind, SENTENCE_KIND_LIST_ITEM);
  EXPECT_EQ(BlockText(in, 1), "a ceasefire");
}

TEST(IngestHtml, DropsTagsScriptsAndDecodesEntities) {
  std::string html =
      "<html><head><title>Talks &amp; swaps</title>"
      "<script>var x = \"<p>no</p>\";</script><style>p{}</style></head>"
      "<body><h1>Headline</h1><p>One &ldquo;two&rdquo;\n three.<br>Four.</p>"
      "<!-- note --></body></html>";
  IngestedText in = IngestHtml(html);
  EXPECT_EQ(in.title, "Talks & swaps");
  ASSERT_EQ(in.blocks.size(), 3u);
  EXPECT_EQ(in.blocks[0].kind, SENTENCE_KIND_HEADING);
  EXPECT_EQ(BlockText(in, 0), "Headline");
  EXPECT_EQ(BlockText(in, 1), "One \xE2\x80\x9Ctwo\xE2\x80\x9D three.");
  EXPECT_EQ(BlockText(in, 2), "Four.");
  // The decoded entity maps back to the whole entity.
  EXPECT_EQ(BlockOriginal(in, html, 1), "One &ldquo;two&rdquo;\n three.");
  int scripts = 0;
  for (const SkippedRange& s : in.skipped) scripts += s.reason == SKIP_REASON_MARKUP;
  EXPECT_EQ(scripts, 3);  // script, style, comment
}

// One line: title{...} date{...}, each block's clean text in [], each
// skipped range as reason{original bytes}.
std::string HtmlDump(absl::string_view html) {
  IngestedText in = IngestHtml(html);
  std::string out;
  if (!in.title.empty()) out += "title{" + in.title + "} ";
  if (!in.date.empty()) {
    out += "date{" + in.date + "}";
    out += std::string(html.substr(in.date_begin, in.date_end - in.date_begin)) == in.date
               ? " "
               : "(range wrong) ";
  }
  for (const TextBlock& b : in.blocks) {
    out += "[" + in.clean.text().substr(b.begin, b.end - b.begin) + "]";
  }
  for (const SkippedRange& s : in.skipped) {
    out += std::string(" ") + SkipReason_Name(s.reason).substr(12) + "{" +
           std::string(html.substr(s.begin, s.end - s.begin)) + "}";
  }
  return out;
}

TEST(IngestHtml, SkipsPageFurnitureAndReadsThePublishedTime) {
  struct {
    const char* html;
    const char* dump;
  } cases[] = {
      {"<title>Floods</title><meta property=\"article:published_time\" "
       "content=\"2024-11-02T07:15:00Z\"><body><nav><a>Home</a> <nav>Sub</nav></nav>"
       "<p>Rivers rose.</p><footer>Contact us</footer></body>",
       "title{Floods} date{2024-11-02T07:15:00Z} [Rivers rose.] "
       "PAGE_FURNITURE{<nav><a>Home</a> <nav>Sub</nav></nav>} "
       "PAGE_FURNITURE{<footer>Contact us</footer>}"},
      {"<body><header>Site logo</header><article><header><h1>Rivers rise</h1></header>"
       "<p>Text.</p><aside>Related</aside></article></body>",
       "[Rivers rise][Text.] PAGE_FURNITURE{<header>Site logo</header>} "
       "PAGE_FURNITURE{<aside>Related</aside>}"},
      {"<meta name='article:published_time' content='2024-11-03'><p>A.</p><aside>never closed",
       "date{2024-11-03} [A.] PAGE_FURNITURE{<aside>never closed}"},
      {"<meta property=\"og:title\" content=\"x\"><navigation>Kept</navigation>",
       "[Kept]"},
  };
  for (const auto& c : cases) EXPECT_EQ(HtmlDump(c.html), c.dump) << c.html;
}

TEST(DecodeHtmlEntity, DecodesNamedAndNumericReferences) {
  std::string out;
  EXPECT_EQ(DecodeHtmlEntity("&amp; rest", &out), 5);
  EXPECT_EQ(out, "&");
  EXPECT_EQ(DecodeHtmlEntity("&#8217;", &out), 7);
  EXPECT_EQ(out, "\xE2\x80\x99");
  EXPECT_EQ(DecodeHtmlEntity("&#x e;", &out), 0);
  EXPECT_EQ(DecodeHtmlEntity("&unknown;", &out), 0);
  EXPECT_EQ(DecodeHtmlEntity("&#0;", &out), 0);
}

}  // namespace
}  // namespace factcheck
