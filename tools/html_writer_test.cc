#include "tools/html_writer.h"

#include "gtest/gtest.h"
#include "tools/report_test_support.h"

namespace factcheck {
namespace {

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

SourceTexts Texts() {
  SourceTexts texts;
  for (const auto& [path, bytes] : SampleTexts()) texts[path].bytes = bytes;
  return texts;
}

TEST(HtmlWriter, IsSelfContained) {
  std::string html = WriteHtml(SampleReport(), "audit", Texts());
  EXPECT_TRUE(Has(html, "<meta name=\"viewport\"")) << html;
  EXPECT_FALSE(Has(html, "http://"));
  EXPECT_FALSE(Has(html, "https://"));
  EXPECT_FALSE(Has(html, "src="));
  EXPECT_FALSE(Has(html, "<link"));
}

TEST(HtmlWriter, HighlightsConflictingSpansInTheSourcesAndLinksThem) {
  std::string html = WriteHtml(SampleReport(), "audit", Texts());
  // The claim in b.txt (path index 1, byte 0) and the evidence in a.txt.
  EXPECT_TRUE(Has(html, "<mark id=\"m1-0\" class=\"conflict\">Governor Jo Ames</mark> opened"))
      << html;
  EXPECT_TRUE(Has(html, "<mark id=\"m0-0\" class=\"against\">Mayor Jo Ames</mark> opened"))
      << html;
  EXPECT_TRUE(Has(html, "<a href=\"#m1-0\">b.txt:1:1</a>")) << html;
  EXPECT_TRUE(Has(html, "<td class=\"conflict\">conflict: <a href=\"#m1-0\">Governor</a></td>"))
      << html;
}

TEST(HtmlWriter, TagsRowsAndFindingsForTheFilters) {
  std::string html = WriteHtml(SampleReport(), "audit", Texts());
  EXPECT_TRUE(Has(html, "data-filter=\"kind\" value=\"ROLE_CONFLICT\" checked> ROLE_CONFLICT (1)"))
      << html;
  EXPECT_TRUE(Has(html, "data-filter=\"severity\" value=\"info\" checked> info (1)")) << html;
  EXPECT_TRUE(Has(html, "<article class=\"finding\" id=\"f1\" data-kind=\"ROLE_CONFLICT\" "
                        "data-severity=\"error\">"))
      << html;
  EXPECT_TRUE(Has(html, "<tr class=\"row conflict\" data-kind=\"ROLE_CONFLICT\" "
                        "data-severity=\"error\">"))
      << html;
}

TEST(HtmlWriter, ACheckMarksTheDraftsColumnAndText) {
  Report report = SampleReport();
  report.add_drafts("b.txt");
  std::string html = WriteHtml(report, "check", Texts());
  EXPECT_TRUE(Has(html, "<th class=\"draft\" title=\"b.txt (draft)\">b<span class=\"tag\">draft</span></th>"))
      << html;
  EXPECT_TRUE(Has(html, "<th title=\"a.txt\">a</th>")) << html;
  EXPECT_TRUE(Has(html, "<td class=\"conflict draft\">conflict: ")) << html;
  EXPECT_TRUE(Has(html, "<div class=\"source draft\"><h3 title=\"b.txt\">b.txt<span class=\"tag\">draft</span></h3>"))
      << html;
  // An audit marks nothing.
  EXPECT_FALSE(Has(WriteHtml(SampleReport(), "audit", Texts()), "class=\"tag\""));
}

TEST(HtmlWriter, EscapesSourceText) {
  SourceTexts texts = Texts();
  texts["a.txt"].bytes = "Mayor Jo Ames <script>x</script> & co.\n";
  std::string html = WriteHtml(SampleReport(), "audit", texts);
  EXPECT_TRUE(Has(html, "&lt;script&gt;x&lt;/script&gt; &amp; co.")) << html;
}

TEST(HtmlWriter, ListsASourceWithoutTextPlainly) {
  std::string html = WriteHtml(SampleReport(), "audit", SourceTexts());
  EXPECT_TRUE(Has(html, "(text not available)")) << html;
}

}  // namespace
}  // namespace factcheck
