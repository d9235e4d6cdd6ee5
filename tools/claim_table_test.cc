#include "tools/claim_table.h"

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

TEST(ClaimTable, UsesFilledGroupsAsTheyAre) {
  Report report = SampleReport();
  ClaimGroup* g = report.add_groups();
  g->set_subject("bridge: opening day");
  g->set_kind(DATE_CONFLICT);
  std::vector<ClaimGroup> rows = ClaimTable(report);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].subject(), "bridge: opening day");
}

TEST(TablePaths, FallsBackToThePathsTheFindingsName) {
  Report report = SampleReport();
  report.clear_paths();
  EXPECT_EQ(TablePaths(report), (std::vector<std::string>{"b.txt", "a.txt"}));
}

}  // namespace
}  // namespace factcheck
