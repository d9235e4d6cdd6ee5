#include "tools/gate.h"

#include "gtest/gtest.h"
#include "tools/report_test_support.h"

namespace factcheck {
namespace {

SourceText Text(const std::string& bytes, InputFormat format) {
  SourceText text;
  text.bytes = bytes;
  text.format = format;
  return text;
}

TEST(FindSuppressions, ReadsTheMarkdownCommentAndItsTargetLine) {
  absl::StatusOr<std::vector<Suppression>> found = FindSuppressions(
      "d.md", Text("Intro.\n<!-- factcheck-disable-next-line ROLE_CONFLICT, DATE_CONFLICT -->\n\n"
                   "Governor Jo Ames spoke.\n",
                   INPUT_FORMAT_MARKDOWN));
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].location.line(), 2);
  EXPECT_EQ((*found)[0].target_line, 4);
  EXPECT_EQ((*found)[0].kinds, (std::set<FindingKind>{ROLE_CONFLICT, DATE_CONFLICT}));
}

TEST(FindSuppressions, PlainTextFormStandsAlone) {
  absl::StatusOr<std::vector<Suppression>> found = FindSuppressions(
      "d.txt", Text("[factcheck-disable-next-line]\nA line.\n"
                    "Not [factcheck-disable-next-line] inside a sentence.\n",
                    INPUT_FORMAT_TEXT));
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_TRUE((*found)[0].kinds.empty());
  EXPECT_EQ((*found)[0].target_line, 2);
}

TEST(FindSuppressions, UnknownKindIsAnErrorWithItsPlace) {
  absl::StatusOr<std::vector<Suppression>> found = FindSuppressions(
      "d.txt", Text("x\n  [factcheck-disable-next-line ROLE_CONFLIKT]\ny\n", INPUT_FORMAT_TEXT));
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().message(),
            "d.txt:2:3: unknown finding kind ROLE_CONFLIKT in factcheck-disable-next-line");
}

SourceTexts SuppressedTexts(const std::string& b_prefix) {
  SourceTexts texts;
  texts["b.txt"] = Text(b_prefix + "Governor Jo Ames opened the bridge.\n", INPUT_FORMAT_TEXT);
  return texts;
}

Report ReportOnLine(int line) {
  Report report = SampleReport();
  report.mutable_findings(0)->mutable_location()->set_line(line);
  report.mutable_findings(0)->mutable_location()->set_end_line(line);
  return report;
}

TEST(ApplyGate, SuppressionDropsTheFindingOnTheNextLine) {
  Report report = ReportOnLine(2);
  ASSERT_TRUE(ApplyGate(GateOptions(), ProjectConfig(),
                        SuppressedTexts("[factcheck-disable-next-line ROLE_CONFLICT]\n"),
                        {"a.txt", "b.txt"}, &report)
                  .ok());
  ASSERT_EQ(report.findings_size(), 1);
  EXPECT_EQ(report.findings(0).kind(), NAME_VARIANT);
  EXPECT_EQ(report.summary().errors(), 0);
}

TEST(ApplyGate, UnusedSuppressionIsReported) {
  Report report = ReportOnLine(2);
  ASSERT_TRUE(ApplyGate(GateOptions(), ProjectConfig(),
                        SuppressedTexts("[factcheck-disable-next-line DATE_CONFLICT]\n"),
                        {"a.txt", "b.txt"}, &report)
                  .ok());
  ASSERT_EQ(report.findings_size(), 3);
  const Finding& unused = report.findings(2);
  EXPECT_EQ(unused.kind(), UNUSED_SUPPRESSION);
  EXPECT_EQ(unused.severity(), WARNING);
  EXPECT_EQ(unused.location().line(), 1);
  EXPECT_EQ(unused.message(), "suppression matches no finding on line 2");
  EXPECT_EQ(unused.evidence(0).location().line(), 2);
  EXPECT_EQ(report.summary().warnings(), 1);
}

TEST(ApplyGate, ConfigDisablesIgnoresAndOverrides) {
  ProjectConfig config;
  config.kinds[NAME_VARIANT].set_disabled(true);
  config.kinds[ROLE_CONFLICT].set_severity(WARNING);
  Report report = SampleReport();
  ASSERT_TRUE(ApplyGate(GateOptions(), config, {}, {}, &report).ok());
  ASSERT_EQ(report.findings_size(), 1);
  EXPECT_EQ(report.findings(0).severity(), WARNING);
  EXPECT_EQ(report.summary().warnings(), 1);
  config.ignore = {"b.*"};
  ASSERT_TRUE(ApplyGate(GateOptions(), config, {}, {}, &report).ok());
  EXPECT_EQ(report.findings_size(), 0);
}

TEST(ParseUnifiedDiff, KeepsAddedLinesOfTheNewFile) {
  absl::StatusOr<ChangedLines> changed = ParseUnifiedDiff(
      "diff --git a/d.txt b/d.txt\n--- a/d.txt\n+++ b/d.txt\n@@ -1,3 +1,4 @@\n one\n-two\n+TWO\n"
      "+2b\n three\n@@ -10 +11,0 @@\n-gone\n--- a/x.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n",
      "/r");
  ASSERT_TRUE(changed.ok()) << changed.status();
  ASSERT_EQ(changed->size(), 1u);
  EXPECT_EQ(changed->at("/r/d.txt"), (std::set<int>{2, 3}));
}

TEST(ParseUnifiedDiff, RejectsABrokenHunkHeader) {
  EXPECT_FALSE(ParseUnifiedDiff("+++ b/d.txt\n@@ -1 +x @@\n", "/r").ok());
}

TEST(ApplyGate, ChangedLinesKeepOnlyFindingsOnThem) {
  GateOptions options;
  options.changed_lines_only = true;
  options.diff_text = "+++ b/b.txt\n@@ -0,0 +1 @@\n+Governor Jo Ames opened the bridge.\n";
  Report report = SampleReport();
  ASSERT_TRUE(ApplyGate(options, ProjectConfig(), {}, {}, &report).ok());
  ASSERT_EQ(report.findings_size(), 1);
  EXPECT_EQ(report.findings(0).location().path(), "b.txt");
}

TEST(ApplyGate, BaselineWrittenThenReadReportsOnlyNewFindings) {
  const std::string path = ::testing::TempDir() + "/baseline.textproto";
  GateOptions write;
  write.write_baseline_path = path;
  Report report = SampleReport();
  ASSERT_TRUE(ApplyGate(write, ProjectConfig(), {}, {}, &report).ok());
  EXPECT_EQ(report.findings_size(), 0);

  GateOptions read;
  read.baseline_path = path;
  Report again = SampleReport();
  Finding* fresh = again.add_findings();
  *fresh = again.findings(0);
  fresh->set_fingerprint("ffffffffffffffff");
  ASSERT_TRUE(ApplyGate(read, ProjectConfig(), {}, {}, &again).ok());
  ASSERT_EQ(again.findings_size(), 1);
  EXPECT_EQ(again.findings(0).fingerprint(), "ffffffffffffffff");
  EXPECT_EQ(again.summary().errors(), 1);
}

TEST(FetchCommand, NamesTheCommandThatBringsTheBaseIn) {
  EXPECT_EQ(FetchCommand("origin/main", true),
            "git fetch --depth=1 origin main:refs/remotes/origin/main");
  EXPECT_EQ(FetchCommand("refs/remotes/origin/release/2.x", false),
            "git fetch origin release/2.x:refs/remotes/origin/release/2.x");
  EXPECT_EQ(FetchCommand("HEAD~3", true), "git fetch --deepen=3 origin");
  EXPECT_EQ(FetchCommand("HEAD^^", true), "git fetch --deepen=2 origin");
  EXPECT_EQ(FetchCommand("HEAD~", true), "git fetch --deepen=1 origin");
  EXPECT_EQ(FetchCommand("0123abcd4567", true), "git fetch --depth=1 origin 0123abcd4567");
  EXPECT_EQ(FetchCommand("v1.2", false), "git fetch origin v1.2:v1.2");
}

TEST(ReadBaseline, NamesTheLineOfASyntaxError) {
  const std::string path = ::testing::TempDir() + "/bad_baseline.textproto";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("findings {\n  fingerprint: 12\n}\n", f);
  std::fclose(f);
  absl::StatusOr<Baseline> b = ReadBaseline(path);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find(path + ":2:"), absl::string_view::npos) << b.status();
}

}  // namespace
}  // namespace factcheck
