#include "tools/sarif_writer.h"

#include "gtest/gtest.h"
#include "tools/report_test_support.h"

namespace factcheck {
namespace {

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(SarifWriter, DeclaresOneRulePerKindWithDefaultLevel) {
  std::string sarif = WriteSarif(SampleReport());
  EXPECT_TRUE(Has(sarif, "\"version\": \"2.1.0\"")) << sarif;
  EXPECT_TRUE(Has(sarif, "\"id\": \"ROLE_CONFLICT\",\n              \"name\": \"RoleConflict\""))
      << sarif;
  EXPECT_TRUE(Has(sarif, "\"id\": \"NAME_VARIANT\"")) << sarif;
  EXPECT_TRUE(Has(sarif, "\"level\": \"note\"")) << sarif;
}

TEST(SarifWriter, WritesRegionsEvidenceAndFingerprints) {
  std::string sarif = WriteSarif(SampleReport());
  EXPECT_TRUE(Has(sarif, "\"ruleId\": \"ROLE_CONFLICT\",\n          \"ruleIndex\": 0,\n"
                         "          \"level\": \"error\""))
      << sarif;
  const std::string pad(18, ' ');
  EXPECT_TRUE(Has(sarif, "\"startLine\": 1,\n" + pad + "\"startColumn\": 1,\n" + pad +
                             "\"endLine\": 1,\n" + pad + "\"endColumn\": 17"))
      << sarif;
  EXPECT_TRUE(Has(sarif, "\"relatedLocations\"")) << sarif;
  EXPECT_TRUE(Has(sarif, "against: \u201CMayor Jo Ames\u201D")) << sarif;
  EXPECT_TRUE(Has(sarif, "\"factcheckFingerprint/v1\": \"00112233aabbccdd\"")) << sarif;
}

TEST(SarifWriter, EscapesJsonStrings) {
  Report report = SampleReport();
  report.mutable_findings(0)->set_message("said \"no\"\\\n\x01");
  std::string sarif = WriteSarif(report);
  EXPECT_TRUE(Has(sarif, "\"text\": \"said \\\"no\\\"\\\\\\n\\u0001\"")) << sarif;
}

TEST(SarifWriter, WritesAnEmptyResultListForNoFindings) {
  Report report;
  EXPECT_TRUE(Has(WriteSarif(report), "\"results\": []"));
}

TEST(PathToUri, PercentEncodesAllButUnreservedAndSlash) {
  EXPECT_EQ(PathToUri("drafts/a b#1.txt"), "drafts/a%20b%231.txt");
  EXPECT_EQ(PathToUri("caf\xC3\xA9.md"), "caf%C3%A9.md");
}

}  // namespace
}  // namespace factcheck
