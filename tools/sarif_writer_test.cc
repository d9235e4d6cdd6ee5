#include "tools/sarif_writer.h"

#include "gtest/gtest.h"
#include "tools/report_test_support.h"

namespace factcheck {
namespace {

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

SarifOptions InRepo() {
  SarifOptions options;
  options.source_root = "/src/news";
  options.working_directory = "/src/news";
  return options;
}

TEST(SarifWriter, DeclaresOneRulePerKindWithHelpAndDefaultLevel) {
  std::string sarif = WriteSarif(SampleReport(), InRepo());
  EXPECT_TRUE(Has(sarif, "\"version\": \"2.1.0\"")) << sarif;
  EXPECT_TRUE(Has(sarif, "\"id\": \"ROLE_CONFLICT\",\n              \"name\": \"RoleConflict\""))
      << sarif;
  EXPECT_TRUE(Has(sarif, "\"fullDescription\": {\n                \"text\": \"The claim gives a "
                         "person an office"))
      << sarif;
  EXPECT_TRUE(Has(sarif, "\"help\": {\n                \"text\": ")) << sarif;
  EXPECT_TRUE(Has(sarif, "\"markdown\": \"**Sources give a person different offices or titles.**"))
      << sarif;
  EXPECT_TRUE(Has(sarif, "factcheck-disable-next-line ROLE_CONFLICT -->")) << sarif;
  // NAME_VARIANT is a note, as its results are; UNSUPPORTED_CLAIM too.
  size_t variant = sarif.find("\"id\": \"NAME_VARIANT\"");
  ASSERT_NE(variant, std::string::npos);
  EXPECT_TRUE(Has(sarif.substr(variant, 3000), "\"level\": \"note\"")) << sarif;
}

TEST(SarifWriter, DefaultLevelFollowsTheRunsResultsWhenTheyAgree) {
  Report report = SampleReport();
  report.mutable_findings(0)->set_severity(WARNING);  // as a project file would set it
  std::string sarif = WriteSarif(report, InRepo());
  size_t rule = sarif.find("\"id\": \"ROLE_CONFLICT\"");
  size_t next = sarif.find("\"id\": \"QUANTITY_CONFLICT\"");
  ASSERT_LT(rule, next);
  EXPECT_TRUE(Has(sarif.substr(rule, next - rule), "\"level\": \"warning\"")) << sarif;
  // A kind with no result keeps its usual level.
  size_t after = sarif.find("\"id\": \"DATE_CONFLICT\"");
  EXPECT_TRUE(Has(sarif.substr(next, after - next), "\"level\": \"error\"")) << sarif;
}

TEST(SarifWriter, WritesRegionsSnippetsEvidenceAndFingerprints) {
  std::string sarif = WriteSarif(SampleReport(), InRepo());
  EXPECT_TRUE(Has(sarif, "\"ruleId\": \"ROLE_CONFLICT\",\n          \"ruleIndex\": 0,\n"
                         "          \"level\": \"error\""))
      << sarif;
  const std::string pad(18, ' ');
  EXPECT_TRUE(Has(sarif, "\"startLine\": 1,\n" + pad + "\"startColumn\": 1,\n" + pad +
                             "\"endLine\": 1,\n" + pad + "\"endColumn\": 17,\n" + pad +
                             "\"snippet\": {\n" + pad + "  \"text\": \"Governor Jo Ames\""))
      << sarif;
  EXPECT_TRUE(Has(sarif, "\"relatedLocations\"")) << sarif;
  EXPECT_TRUE(Has(sarif, "against: \u201CMayor Jo Ames\u201D")) << sarif;
  EXPECT_TRUE(Has(sarif, "\"factcheckFingerprint/v1\": \"00112233aabbccdd\"")) << sarif;
}

TEST(SarifWriter, PathsAreRelativeToTheSourceRoot) {
  Report report = SampleReport();
  SarifOptions options = InRepo();
  options.working_directory = "/src/news/desk";  // run from a subfolder
  std::string sarif = WriteSarif(report, options);
  EXPECT_TRUE(Has(sarif, "\"originalUriBaseIds\": {\n        \"%SRCROOT%\": {\n"
                         "          \"uri\": \"file:///src/news/\""))
      << sarif;
  EXPECT_TRUE(Has(sarif, "\"uri\": \"desk/b.txt\",\n                  \"uriBaseId\": \"%SRCROOT%\",\n"
                         "                  \"index\": 1"))
      << sarif;
  // One artifact per input; in an audit every input is an analysis target.
  EXPECT_TRUE(Has(sarif, "\"location\": {\n            \"uri\": \"desk/a.txt\",\n"
                         "            \"uriBaseId\": \"%SRCROOT%\"\n          },\n"
                         "          \"roles\": [\n            \"analysisTarget\""))
      << sarif;
}

TEST(SarifWriter, InACheckOnlyTheDraftsAreAnalysisTargets) {
  Report report = SampleReport();
  report.add_drafts("b.txt");
  std::string sarif = WriteSarif(report, InRepo());
  EXPECT_TRUE(Has(sarif, "\"uri\": \"a.txt\",\n            \"uriBaseId\": \"%SRCROOT%\"\n          }\n"))
      << sarif;
  EXPECT_TRUE(Has(sarif, "\"uri\": \"b.txt\",\n            \"uriBaseId\": \"%SRCROOT%\"\n          },\n"
                         "          \"roles\""))
      << sarif;
}

TEST(SarifWriter, InvocationCarriesTheExitCodeAndSkippedInputs) {
  Report report = SampleReport();
  SarifOptions options = InRepo();
  options.exit_code = 1;
  std::string sarif = WriteSarif(report, options);
  EXPECT_TRUE(Has(sarif, "\"executionSuccessful\": true,\n          \"exitCode\": 1\n")) << sarif;
  SkippedInput* skipped = report.add_skipped();
  skipped->set_path("bad.txt");
  skipped->set_reason("file is not valid UTF-8");
  options.exit_code = 2;
  sarif = WriteSarif(report, options);
  EXPECT_TRUE(Has(sarif, "\"executionSuccessful\": false,\n          \"exitCode\": 2,\n")) << sarif;
  EXPECT_TRUE(Has(sarif, "\"text\": \"bad.txt: file is not valid UTF-8 (skipped: --keep-going)\""))
      << sarif;
}

TEST(SarifWriter, EscapesJsonStrings) {
  Report report = SampleReport();
  report.mutable_findings(0)->set_message("said \"no\"\\\n\x01");
  std::string sarif = WriteSarif(report, InRepo());
  EXPECT_TRUE(Has(sarif, "\"text\": \"said \\\"no\\\"\\\\\\n\\u0001\"")) << sarif;
}

TEST(SarifWriter, WritesAnEmptyResultListForNoFindings) {
  Report report;
  EXPECT_TRUE(Has(WriteSarif(report, SarifOptions()), "\"results\": []"));
}

TEST(PathToUri, PercentEncodesAllButUnreservedAndSlash) {
  EXPECT_EQ(PathToUri("drafts/a b#1.txt"), "drafts/a%20b%231.txt");
  EXPECT_EQ(PathToUri("caf\xC3\xA9.md"), "caf%C3%A9.md");
}

TEST(PathInRoot, InsideOutsideAndStdin) {
  EXPECT_EQ(PathInRoot("drafts/../wire/a.txt", "/src/news", "/src/news"), "wire/a.txt");
  EXPECT_EQ(PathInRoot("a.txt", "/src/news/desk", "/src/news/"), "desk/a.txt");
  EXPECT_EQ(PathInRoot("/src/news/a.txt", "/elsewhere", "/src/news"), "a.txt");
  EXPECT_EQ(PathInRoot("../a.txt", "/src/news", "/src/news"), "");
  EXPECT_EQ(PathInRoot("/tmp/a.txt", "/src/news", "/src/news"), "");
  EXPECT_EQ(PathInRoot("<stdin>", "/src/news", "/src/news"), "");
  EXPECT_EQ(PathInRoot("a.txt", "/src/news", ""), "");
}

}  // namespace
}  // namespace factcheck
