#include "tools/report_writer.h"

#include <string>

#include "gtest/gtest.h"
#include "tools/report_test_support.h"

namespace factcheck {
namespace {

TEST(ReportWriter, TextUnderlinesTheClaimInItsSentence) {
  ReportWriterOptions options;
  for (const auto& [path, bytes] : SampleTexts()) {
    options.sources[path].bytes = bytes;
    Span sentence;
    sentence.set_begin(0);
    sentence.set_end(35);
    options.sources[path].sentences.push_back(sentence);
  }
  absl::StatusOr<std::string> out = WriteReport(SampleReport(), options);
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out->find("b.txt:1:1: error: b calls Jo Ames Governor; 1 other source disagrees: a "
                      "calls Jo Ames Mayor [ROLE_CONFLICT]\n"
                      "    Governor Jo Ames opened the bridge.\n"
                      "    ^~~~~~~~~~~~~~~~\n"
                      "  a.txt:1:1: against \"Mayor Jo Ames\"\n"),
            std::string::npos)
      << *out;
  EXPECT_NE(out->find("2 documents, 3 sentences, 4 claims: 1 error, 0 warnings, 1 info\n"),
            std::string::npos)
      << *out;
}

TEST(ReportWriter, TextWithoutSourcesPrintsTheClaimAlone) {
  absl::StatusOr<std::string> out = WriteReport(SampleReport(), ReportWriterOptions());
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out->find("[ROLE_CONFLICT]\n    Governor Jo Ames\n  a.txt"), std::string::npos) << *out;
}

TEST(ReportWriter, ColourOnlyWhenAsked) {
  ReportWriterOptions options;
  EXPECT_EQ(WriteReport(SampleReport(), options)->find('\x1b'), std::string::npos);
  options.color = true;
  EXPECT_NE(WriteReport(SampleReport(), options)->find("\x1b[1;31merror:\x1b[0m"),
            std::string::npos);
}

TEST(ReportWriter, GithubWritesOneWorkflowCommandPerFinding) {
  ReportWriterOptions options;
  options.format = "github";
  absl::StatusOr<std::string> out = WriteReport(SampleReport(), options);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out,
            "::error file=b.txt,line=1,endLine=1,col=1,endColumn=17,title=factcheck "
            "ROLE_CONFLICT::b calls Jo Ames Governor; 1 other source disagrees: a calls Jo Ames "
            "Mayor%0Aa.txt:1:1: against \"Mayor Jo Ames\"\n"
            "::notice file=a.txt,line=1,endLine=1,col=7,endColumn=14,title=factcheck "
            "NAME_VARIANT::a spells \u201CJo Ames\u201D; also written Jo Ames (the same "
            "name)%0Ab.txt:1:10: with \"Jo Ames\"\n");
}

TEST(ReportWriter, GithubLeavesOutColumnsForARegionOverSeveralLines) {
  Report report = SampleReport();
  Location* at = report.mutable_findings(0)->mutable_location();
  at->set_end_line(3);
  at->set_end_column(4);
  ReportWriterOptions options;
  options.format = "github";
  std::string out = *WriteReport(report, options);
  EXPECT_NE(out.find("::error file=b.txt,line=1,endLine=3,title=factcheck ROLE_CONFLICT::"),
            std::string::npos)
      << out;
}

TEST(ReportWriter, GithubWritesPathsRelativeToTheSourceRoot) {
  ReportWriterOptions options;
  options.format = "github";
  options.source_root = "/src/news";
  options.working_directory = "/src/news/desk";
  std::string out = *WriteReport(SampleReport(), options);
  EXPECT_NE(out.find("::error file=desk/b.txt,line=1,"), std::string::npos) << out;
}

// GitHub shows 10 error and 10 warning annotations per step: the rest are
// log lines, and one notice counts them.
TEST(ReportWriter, GithubAnnotatesTenOfEachLevelAndSummarisesTheRest) {
  Report report;
  for (int i = 1; i <= 25; ++i) {
    Finding* f = report.add_findings();
    f->set_kind(QUANTITY_CONFLICT);
    f->set_severity(i <= 12 ? ERROR : WARNING);
    f->set_message("m" + std::to_string(i));
    *f->mutable_location() = LineLocation("d.txt", i, 0, 0, 3);
    f->set_text("abc");
  }
  ReportWriterOptions options;
  options.format = "github";
  std::string out = *WriteReport(report, options);
  auto count = [&](const std::string& needle) {
    int n = 0;
    for (size_t at = out.find(needle); at != std::string::npos; at = out.find(needle, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("::error "), 10) << out;
  EXPECT_EQ(count("::warning "), 10) << out;
  EXPECT_EQ(count("::notice "), 1) << out;
  // The ones left out are still in the log, in the text format.
  EXPECT_NE(out.find("d.txt:11:1: error: m11 [QUANTITY_CONFLICT]\n"), std::string::npos) << out;
  EXPECT_NE(out.find("d.txt:25:1: warning: m25 [QUANTITY_CONFLICT]\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("::error file=d.txt,line=11,"), std::string::npos) << out;
  EXPECT_NE(out.find("::notice title=factcheck::5 more findings not shown as annotations (2 errors, "
                     "3 warnings, 0 notices): GitHub shows 10 error and 10 warning annotations "
                     "per step; each is in this step's log above\n"),
            std::string::npos)
      << out;
  // The notice is the last line.
  EXPECT_EQ(out.rfind("::notice"), out.rfind('\n', out.size() - 2) + 1) << out;
}

TEST(ReportWriter, JsonPrintsEveryFieldWithOffsetsAsNumbers) {
  Report report = SampleReport();
  report.set_version("1.2.3");
  report.mutable_findings(0)->mutable_location()->set_begin(0);
  ReportWriterOptions options;
  options.format = "json";
  std::string out = *WriteReport(report, options);
  EXPECT_NE(out.find("\"begin\": 0,"), std::string::npos) << out;
  EXPECT_NE(out.find("\"end\": 16\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\"moreSourcesAgainst\": 0"), std::string::npos) << out;
  EXPECT_NE(out.find("\"groups\": []"), std::string::npos) << out;
  EXPECT_NE(out.find("\"skipped\": []"), std::string::npos) << out;
  EXPECT_NE(out.find("\"version\": \"1.2.3\""), std::string::npos) << out;
}

TEST(ReportWriter, GithubEscapesPropertiesAndData) {
  Report report = SampleReport();
  report.mutable_findings(0)->mutable_location()->set_path("dir,x/a:b%.txt");
  report.mutable_findings(0)->set_message("100% sure\r\n");
  report.mutable_findings(0)->clear_evidence();
  ReportWriterOptions options;
  options.format = "github";
  std::string out = *WriteReport(report, options);
  EXPECT_NE(out.find("file=dir%2Cx/a%3Ab%25.txt,"), std::string::npos) << out;
  EXPECT_NE(out.find("::100%25 sure%0D%0A\n"), std::string::npos) << out;
}

TEST(ReportWriter, RejectsAnUnknownFormatNamingTheKnownOnes) {
  ReportWriterOptions options;
  options.format = "xml";
  absl::StatusOr<std::string> out = WriteReport(SampleReport(), options);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().message(),
            "unknown --format=xml; use text, json, textproto, sarif, github, markdown, html");
}

}  // namespace
}  // namespace factcheck
