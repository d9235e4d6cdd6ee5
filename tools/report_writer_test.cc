#include "tools/report_writer.h"

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
            "::error file=b.txt,line=1,col=1,endLine=1,endColumn=17,title=factcheck "
            "ROLE_CONFLICT::b calls Jo Ames Governor; 1 other source disagrees: a calls Jo Ames "
            "Mayor%0Aa.txt:1:1: against \"Mayor Jo Ames\"\n"
            "::notice file=a.txt,line=1,col=7,endLine=1,endColumn=14,title=factcheck "
            "NAME_VARIANT::a spells \u201CJo Ames\u201D; also written Jo Ames (the same "
            "name)%0Ab.txt:1:10: with \"Jo Ames\"\n");
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
