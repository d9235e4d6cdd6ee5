#include "tools/markdown_writer.h"

#include "gtest/gtest.h"
#include "tools/report_test_support.h"

namespace factcheck {
namespace {

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(MarkdownWriter, SummarisesPerKind) {
  std::string md = WriteMarkdown(SampleReport(), "audit");
  EXPECT_TRUE(Has(md, "# factcheck audit report")) << md;
  EXPECT_TRUE(Has(md, "**1 error, 0 warnings, 1 info** in 2 documents")) << md;
  EXPECT_TRUE(Has(md, "| ROLE_CONFLICT | 1 | 0 | 0 | 1 |")) << md;
  EXPECT_TRUE(Has(md, "| NAME_VARIANT | 0 | 0 | 1 | 0 |")) << md;
}

TEST(MarkdownWriter, TableHasOneColumnPerSourceConflictsFirst) {
  std::string md = WriteMarkdown(SampleReport(), "audit");
  EXPECT_TRUE(Has(md, "| claim | kind | a | b |")) << md;
  size_t role = md.find("| **Governor Jo Ames** | ROLE_CONFLICT | agree: Mayor | "
                        "**conflict: Governor** |");
  size_t variant = md.find("| Jo Ames | NAME_VARIANT | agree: Jo Ames | agree: Jo Ames |");
  ASSERT_NE(role, std::string::npos) << md;
  ASSERT_NE(variant, std::string::npos) << md;
  EXPECT_LT(role, variant);
}

TEST(MarkdownWriter, QuotesEvidenceUnderEachFinding) {
  std::string md = WriteMarkdown(SampleReport(), "check");
  EXPECT_TRUE(Has(md, "### error: ROLE_CONFLICT at `b.txt:1:1`")) << md;
  EXPECT_TRUE(Has(md, "> Governor Jo Ames")) << md;
  EXPECT_TRUE(Has(md, "- against `a.txt:1:1`: \u201CMayor Jo Ames\u201D")) << md;
}

TEST(MarkdownWriter, ACheckMarksTheDraftAndLeavesOutRowsBetweenSources) {
  Report report = SampleReport();
  report.add_drafts("b.txt");
  ClaimGroup* g = report.add_groups();  // a.txt and a third source disagree
  g->set_subject("bridge: length");
  g->set_kind(QUANTITY_CONFLICT);
  g->set_conflict(true);
  report.add_paths("c.txt");
  for (const char* path : {"a.txt", "b.txt", "c.txt"}) {
    SourceCell* cell = g->add_cells();
    cell->set_path(path);
    cell->set_state(std::string(path) == "b.txt" ? ABSENT : std::string(path) == "a.txt" ? AGREE : CONFLICT);
  }
  std::string md = WriteMarkdown(report, "check");
  EXPECT_TRUE(Has(md, "| claim | kind | a | b (draft) | c |")) << md;
  EXPECT_FALSE(Has(md, "bridge: length")) << md;
  EXPECT_TRUE(Has(md, "| **Governor Jo Ames** | ROLE_CONFLICT |")) << md;
}

TEST(MarkdownCell, EscapesPipesAndMarkup) {
  EXPECT_EQ(MarkdownCell("a|b <i>\nc"), "a\\|b &lt;i> c");
}

}  // namespace
}  // namespace factcheck
