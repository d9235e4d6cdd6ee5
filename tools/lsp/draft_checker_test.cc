#include "tools/lsp/draft_checker.h"

#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "tools/lsp/test_sources.h"

namespace factcheck {
namespace lsp {
namespace {

// The findings of `report` as "KIND line".
std::vector<std::string> Kinds(const Report& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings()) {
    out.push_back(FindingKind_Name(f.kind()) + " " + std::to_string(f.location().line()));
  }
  return out;
}

class DraftCheckerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sources_ = WriteTestSources("draft_checker");
    options_.config_path = sources_.config;
    options_.sources = {sources_.wire};
    options_.load.progress = false;
  }

  std::unique_ptr<DraftChecker> Load() {
    absl::StatusOr<std::unique_ptr<DraftChecker>> checker = DraftChecker::Load(options_);
    EXPECT_TRUE(checker.ok()) << checker.status();
    return checker.ok() ? std::move(*checker) : nullptr;
  }

  void WriteConfig(const std::string& text) {
    std::ofstream(sources_.config, std::ios::trunc) << text;
  }

  TestSources sources_;
  DraftCheckerOptions options_;
};

TEST_F(DraftCheckerTest, FindsTheContradictionInTheTextInMemory) {
  std::unique_ptr<DraftChecker> checker = Load();
  ASSERT_NE(checker, nullptr);
  EXPECT_EQ(checker->source_count(), 2u);
  absl::StatusOr<Report> report = checker->Check("/drafts/d.md", INPUT_FORMAT_MARKDOWN, kTestDraft);
  ASSERT_TRUE(report.ok()) << report.status();
  ASSERT_EQ(Kinds(*report), std::vector<std::string>{"QUANTITY_CONFLICT 3"});
  const Finding& f = report->findings(0);
  EXPECT_EQ(f.location().path(), "/drafts/d.md");
  EXPECT_EQ(f.text(), "six years");
  EXPECT_EQ(f.location().column(), 85);  // characters, 1-based
  ASSERT_GE(f.evidence_size(), 1);
  EXPECT_EQ(f.evidence(0).location().path(), sources_.wire + "/harbour.txt");
  EXPECT_EQ(f.evidence(0).text(), "four years");
  // The sources' text is kept for evidence positions.
  EXPECT_NE(FindSourceText(checker->source_texts(), sources_.wire + "/harbour.txt"), nullptr);

  // Each check reads the text it is given: fixed, nothing.
  report = checker->Check("/drafts/d.md", INPUT_FORMAT_MARKDOWN, kTestDraftFixed);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(Kinds(*report), std::vector<std::string>{});
}

TEST_F(DraftCheckerTest, AppliesTheDraftsSuppressionsAndTheConfig) {
  std::unique_ptr<DraftChecker> checker = Load();
  ASSERT_NE(checker, nullptr);
  std::string suppressed = kTestDraft;
  suppressed.insert(suppressed.find("Le caf"),
                    "<!-- factcheck-disable-next-line QUANTITY_CONFLICT -->\n");
  absl::StatusOr<Report> report = checker->Check("/drafts/d.md", INPUT_FORMAT_MARKDOWN, suppressed);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(Kinds(*report), std::vector<std::string>{});
  // One that suppresses nothing is reported.
  report = checker->Check("/drafts/d.md", INPUT_FORMAT_MARKDOWN,
                          "<!-- factcheck-disable-next-line ROLE_CONFLICT -->\n" +
                              std::string(kTestDraftFixed));
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(Kinds(*report), std::vector<std::string>{"UNUSED_SUPPRESSION 1"});
  // An unknown kind is an error with its place.
  report = checker->Check("/drafts/d.md", INPUT_FORMAT_MARKDOWN,
                          "<!-- factcheck-disable-next-line NO_SUCH_KIND -->\nText.\n");
  EXPECT_EQ(report.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StartsWith(report.status().message(), "/drafts/d.md:1:1: unknown finding kind"))
      << report.status();

  WriteConfig("kinds { kind: QUANTITY_CONFLICT disabled: true }\n");
  checker = Load();
  ASSERT_NE(checker, nullptr);
  report = checker->Check("/drafts/d.md", INPUT_FORMAT_MARKDOWN, kTestDraft);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(Kinds(*report), std::vector<std::string>{});
}

TEST_F(DraftCheckerTest, ADraftAtASourcesPathIsNotCheckedAgainstItsOldSelf) {
  std::unique_ptr<DraftChecker> checker = Load();
  ASSERT_NE(checker, nullptr);
  const std::string path = sources_.wire + "/harbour.txt";
  std::string edited =
      "The new harbour bridge in Eastmere opened on Tuesday after six years of work, the city "
      "council said.\n";
  absl::StatusOr<Report> report = checker->Check(path, INPUT_FORMAT_TEXT, edited);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(Kinds(*report), std::vector<std::string>{"QUANTITY_CONFLICT 1"});
  for (const Evidence& e : report->findings(0).evidence()) {
    EXPECT_EQ(e.location().path(), sources_.wire + "/gazette.txt");
  }
}

TEST_F(DraftCheckerTest, SourcesComeFromTheConfigWhenNotGiven) {
  options_.sources.clear();
  EXPECT_EQ(DraftChecker::Load(options_).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(DraftChecker::Load(options_).status().message(), "--sources"));
  WriteConfig("sources: \"wire/\"\n");
  std::unique_ptr<DraftChecker> checker = Load();
  ASSERT_NE(checker, nullptr);
  EXPECT_EQ(checker->source_count(), 2u);
}

TEST_F(DraftCheckerTest, RefusesWhatCheckRefuses) {
  std::unique_ptr<DraftChecker> checker = Load();
  ASSERT_NE(checker, nullptr);
  EXPECT_EQ(checker->Check("/d.txt", INPUT_FORMAT_TEXT, std::string("a\0b", 3)).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(checker->Check("/d.txt", INPUT_FORMAT_TEXT, "bad \xff byte").status().code(),
            absl::StatusCode::kInvalidArgument);
  options_.load.max_bytes = 400;  // over each source
  checker = Load();
  ASSERT_NE(checker, nullptr);
  EXPECT_EQ(checker->Check("/d.txt", INPUT_FORMAT_TEXT, std::string(401, 'a')).status().code(),
            absl::StatusCode::kResourceExhausted);
  options_.sources = {sources_.wire + "/missing.txt"};
  EXPECT_EQ(DraftChecker::Load(options_).status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
