#include "claims/document_reader.h"

#include <memory>
#include <string>

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

class DocumentReaderTest : public ::testing::Test {
 protected:
  static SourceDocument Read(const std::string& path, const std::string& bytes) {
    InputFile input;
    input.path = path;
    input.bytes = bytes;
    input.format = DetectFormat(path, bytes);
    return DocumentReader(ShippedLexicon()).Read(input).document;
  }
};

TEST_F(DocumentReaderTest, ReadsTitleBylineDatelineAndDateMarker) {
  std::string text =
      " date 2024-03-01 Caption of a photo.\n\nHarbour talks end in a deal\n\n"
      "By Jane Roe and John Doe\n\nOSLO \xE2\x80\x93 Delegates met on Friday. They agreed.\n";
  SourceDocument doc = Read("a.txt", text);
  EXPECT_EQ(doc.publication_date(), "2024-03-01");
  EXPECT_EQ(doc.byline(), "Jane Roe and John Doe");
  EXPECT_EQ(doc.dateline(), "OSLO");
  ASSERT_EQ(doc.sentences_size(), 4);
  EXPECT_EQ(doc.sentences(0).text(), "Caption of a photo.");
  EXPECT_EQ(doc.sentences(1).kind(), SENTENCE_KIND_HEADING);
  EXPECT_EQ(doc.sentences(2).text(), "Delegates met on Friday.");
  // The dateline's span points at "OSLO" on line 7.
  EXPECT_EQ(doc.dateline_span().line(), 7);
  EXPECT_EQ(doc.dateline_span().column(), 1);
  int metadata = 0;
  for (const SkippedSpan& s : doc.skipped()) metadata += s.reason() == SKIP_REASON_METADATA;
  EXPECT_EQ(metadata, 3);
}

TEST_F(DocumentReaderTest, ReadsFrontMatterTitleAndDateAsMetadataNotSentences) {
  std::string md =
      "---\ntitle: 'Bridge reopens'\ndate: 2023-09-14 06:00\nauthor: desk\n---\n"
      "# Heading\n\nTraffic resumed.\n";
  SourceDocument doc = Read("a.md", md);
  EXPECT_EQ(doc.title(), "Bridge reopens");
  EXPECT_EQ(doc.title_span().line(), 2);
  EXPECT_EQ(doc.title_span().column(), 9);
  EXPECT_EQ(doc.publication_date(), "2023-09-14");
  EXPECT_EQ(doc.publication_date_span().line(), 3);
  EXPECT_EQ(doc.publication_date_span().column(), 7);
  ASSERT_EQ(doc.sentences_size(), 2);
  EXPECT_EQ(doc.sentences(0).text(), "Heading");
  EXPECT_EQ(doc.sentences(1).text(), "Traffic resumed.");
}

TEST_F(DocumentReaderTest, ReadsThePublishedTimeOfAnHtmlPage) {
  SourceDocument doc = Read(
      "a.html",
      "<html><head><meta property=\"article:published_time\" content=\"2022-01-05T10:00:00Z\">"
      "</head><body><nav>Home | World</nav><p>Snow fell.</p></body></html>");
  EXPECT_EQ(doc.publication_date(), "2022-01-05");
  ASSERT_EQ(doc.sentences_size(), 1);
  EXPECT_EQ(doc.sentences(0).text(), "Snow fell.");
  ASSERT_EQ(doc.skipped_size(), 1);
  EXPECT_EQ(doc.skipped(0).reason(), SKIP_REASON_PAGE_FURNITURE);
  EXPECT_EQ(doc.skipped(0).text(), "<nav>Home | World</nav>");
}

TEST_F(DocumentReaderTest, FindsAnExplicitFullDate) {
  SourceDocument doc = Read("a.txt", "Crowds gathered on Friday, May 16, 2025, in the square.\n");
  EXPECT_EQ(doc.publication_date(), "2025-05-16");
  EXPECT_EQ(doc.publication_date_span().column(), 20);
  int64_t b, e;
  EXPECT_EQ(FindFullDate("on 3 March 2022 at", ShippedLexicon(), &b, &e), "2022-03-03");
  EXPECT_EQ(FindFullDate("no date here, May 5", ShippedLexicon(), &b, &e), "");
}

TEST_F(DocumentReaderTest, WarnsOnAnEmptyFile) {
  SourceDocument doc = Read("empty.txt", "");
  ASSERT_EQ(doc.warnings_size(), 1);
  EXPECT_EQ(doc.warnings(0), "empty file");
  EXPECT_EQ(doc.sentences_size(), 0);
}

TEST_F(DocumentReaderTest, MapsMarkdownSentencesToOriginalLinesAndColumns) {
  std::string md = "# A headline\n\nIt was *very* late. The talks \xC3\xA7" "ended.\n";
  SourceDocument doc = Read("d.md", md);
  EXPECT_EQ(doc.title(), "A headline");
  ASSERT_EQ(doc.sentences_size(), 3);
  EXPECT_EQ(doc.sentences(1).text(), "It was very late.");
  EXPECT_EQ(doc.sentences(2).span().line(), 3);
  EXPECT_EQ(doc.sentences(2).span().column(), 21);
  EXPECT_EQ(md.substr(doc.sentences(1).span().begin(),
                      doc.sentences(1).span().end() - doc.sentences(1).span().begin()),
            "It was *very* late.");
}

TEST_F(DocumentReaderTest, ReportsFurnitureAsSkippedNotAsSentences) {
  SourceDocument doc =
      Read("a.txt", "One fact.\nLoading\nThis article originally appeared in The Post.\n");
  ASSERT_EQ(doc.sentences_size(), 1);
  ASSERT_EQ(doc.skipped_size(), 2);
  EXPECT_EQ(doc.skipped(0).text(), "Loading");
  EXPECT_EQ(doc.skipped(0).span().line(), 2);
}

}  // namespace
}  // namespace factcheck
