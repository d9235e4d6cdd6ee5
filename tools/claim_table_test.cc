#include "tools/claim_table.h"

#include <algorithm>

#include "gtest/gtest.h"
#include "tools/report_test_support.h"

namespace factcheck {
namespace {

TEST(ClaimTable, DerivesOneRowPerFindingConflictsFirst) {
  std::vector<ClaimGroup> rows = ClaimTable(SampleReport());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(rows[0].conflict());
  EXPECT_EQ(rows[0].kind(), ROLE_CONFLICT);
  ASSERT_EQ(rows[0].cells_size(), 2);
  EXPECT_EQ(rows[0].cells(0).path(), "a.txt");
  EXPECT_EQ(rows[0].cells(0).state(), AGREE);
  EXPECT_EQ(rows[0].cells(0).value(), "Mayor");
  EXPECT_EQ(rows[0].cells(1).state(), CONFLICT);
  EXPECT_EQ(rows[0].cells(1).value(), "Governor");
  EXPECT_EQ(rows[0].finding_fingerprints(0), "00112233aabbccdd");
  // A spelling variant is no conflict.
  EXPECT_FALSE(rows[1].conflict());
  EXPECT_EQ(rows[1].cells(0).state(), AGREE);
  EXPECT_EQ(rows[1].cells(1).state(), AGREE);
}

TEST(ClaimTable, MarksSourcesWithoutEvidenceAbsent) {
  Report report = SampleReport();
  report.add_paths("c.txt");
  std::vector<ClaimGroup> rows = ClaimTable(report);
  ASSERT_EQ(rows[0].cells_size(), 3);
  EXPECT_EQ(rows[0].cells(2).path(), "c.txt");
  EXPECT_EQ(rows[0].cells(2).state(), ABSENT);
}

TEST(ClaimTable, AddsTheComparisonsRowsThatNoFindingShows) {
  Report report = SampleReport();
  // A row the finding already shows, and one it does not, with its cells
  // out of column order and one column missing.
  ClaimGroup* shown = report.add_groups();
  shown->set_subject("mayor");
  shown->add_finding_fingerprints("00112233aabbccdd");
  ClaimGroup* g = report.add_groups();
  g->set_subject("bridge: opening day");
  g->set_kind(DATE_CONFLICT);
  SourceCell* cell = g->add_cells();
  cell->set_path("b.txt");
  cell->set_state(AGREE);
  cell->set_value("2021-05-01");
  std::vector<ClaimGroup> rows = ClaimTable(report);
  ASSERT_EQ(rows.size(), 3u);
  auto it = std::find_if(rows.begin(), rows.end(), [](const ClaimGroup& row) {
    return row.subject() == "bridge: opening day";
  });
  ASSERT_NE(it, rows.end());
  const ClaimGroup& added = *it;
  ASSERT_EQ(added.cells_size(), 2);
  EXPECT_EQ(added.cells(0).path(), "a.txt");
  EXPECT_EQ(added.cells(0).state(), ABSENT);
  EXPECT_EQ(added.cells(1).path(), "b.txt");
  EXPECT_EQ(added.cells(1).value(), "2021-05-01");
  EXPECT_NE(TableText(report).find("bridge: opening day"), std::string::npos);
}

TEST(TablePaths, FallsBackToThePathsTheFindingsName) {
  Report report = SampleReport();
  report.clear_paths();
  EXPECT_EQ(TablePaths(report), (std::vector<std::string>{"b.txt", "a.txt"}));
}

}  // namespace
}  // namespace factcheck
