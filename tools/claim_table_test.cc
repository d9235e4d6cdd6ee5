#include "tools/claim_table.h"

#include <algorithm>
#include <map>

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

// A check report: b.txt is the draft, a.txt and c.txt are sources.
Report CheckReport() {
  Report report = SampleReport();
  report.add_paths("c.txt");
  report.add_drafts("b.txt");
  auto add_row = [&](const std::string& subject, std::vector<std::pair<std::string, CellState>> cells) {
    ClaimGroup* g = report.add_groups();
    g->set_subject(subject);
    g->set_kind(QUANTITY_CONFLICT);
    for (const auto& [path, state] : cells) {
      SourceCell* cell = g->add_cells();
      cell->set_path(path);
      cell->set_state(state);
      if (state != ABSENT) cell->set_value(subject + " in " + path);
      if (state == CONFLICT) g->set_conflict(true);
    }
  };
  // The sources disagree between themselves; the draft says nothing.
  add_row("sources only", {{"a.txt", AGREE}, {"b.txt", ABSENT}, {"c.txt", CONFLICT}});
  // The draft states the majority's value; one source differs.
  add_row("draft agrees", {{"a.txt", AGREE}, {"b.txt", AGREE}, {"c.txt", CONFLICT}});
  // The draft differs from both sources.
  add_row("draft differs", {{"a.txt", AGREE}, {"b.txt", CONFLICT}, {"c.txt", AGREE}});
  return report;
}

TEST(ClaimTable, ACheckShowsOnlyTheRowsADraftStates) {
  std::vector<ClaimGroup> rows = ClaimTable(CheckReport());
  std::map<std::string, bool> conflict;
  for (const ClaimGroup& row : rows) conflict[row.subject()] = row.conflict();
  EXPECT_EQ(conflict.count("sources only"), 0u);
  ASSERT_EQ(conflict.count("draft agrees"), 1u);
  EXPECT_FALSE(conflict["draft agrees"]);
  ASSERT_EQ(conflict.count("draft differs"), 1u);
  EXPECT_TRUE(conflict["draft differs"]);
  // Without drafts (an audit) the same rows are all shown.
  Report audit = CheckReport();
  audit.clear_drafts();
  EXPECT_EQ(ClaimTable(audit).size(), rows.size() + 1);
}

TEST(TableText, MarksTheDraft) {
  std::string text = TableText(CheckReport());
  EXPECT_NE(text.find("  b.txt (draft)  CONFLICT"), std::string::npos) << text;
  EXPECT_NE(text.find("  a.txt          agree"), std::string::npos) << text;
  EXPECT_EQ(text.find("sources only"), std::string::npos) << text;
}

TEST(TablePaths, FallsBackToThePathsTheFindingsName) {
  Report report = SampleReport();
  report.clear_paths();
  EXPECT_EQ(TablePaths(report), (std::vector<std::string>{"b.txt", "a.txt"}));
}

}  // namespace
}  // namespace factcheck
