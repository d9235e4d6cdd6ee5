#include "tools/config.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(ProjectConfig, ReadsEveryFieldAndResolvesPathsAgainstItsFolder) {
  absl::StatusOr<ProjectConfig> config = ParseProjectConfig(
      "sources: \"wire/\"\nfail_on: \"warning\"\n"
      "kinds { kind: NAME_VARIANT disabled: true }\n"
      "kinds { kind: QUANTITY_CONFLICT severity: ERROR }\n"
      "lexicons: \"extra.textproto\"\nfacts: \"facts.textproto\"\nignore: \"archive/**\"\n",
      "proj/.factcheck.textproto", "proj");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->sources, std::vector<std::string>{"proj/wire/"});
  EXPECT_EQ(config->fail_on, "warning");
  EXPECT_EQ(config->lexicons, std::vector<std::string>{"proj/extra.textproto"});
  EXPECT_EQ(config->facts, std::vector<std::string>{"proj/facts.textproto"});
  EXPECT_EQ(config->ignore, std::vector<std::string>{"proj/archive/**"});
  EXPECT_TRUE(config->kinds.at(NAME_VARIANT).disabled());
  EXPECT_EQ(config->kinds.at(QUANTITY_CONFLICT).severity(), ERROR);
}

struct BadConfig {
  const char* text;
  const char* error;
};

TEST(ProjectConfig, NamesFileAndLineOfEachMistake) {
  const BadConfig cases[] = {
      {"sources: \"a\"\nsourcs: \"b\"\n", "c.textproto:2:7: Message type \"factcheck.Config\" has no field named \"sourcs\"."},
      {"\nfail_on: \"sometimes\"\n", "c.textproto:2:1: fail_on: \"sometimes\" is not one of never, info, warning, error"},
      {"kinds { kind: ROLE_CONFLICT }\nkinds { kind: ROLE_CONFLICT }\n", "c.textproto:2:1: kinds: ROLE_CONFLICT given twice"},
      {"kinds { severity: ERROR }\n", "c.textproto:1:1: kinds: entry without a kind"},
      {"kinds { kind: ROLE_CONFLIKT }\n", "c.textproto:1:29: Unknown enumeration value of \"ROLE_CONFLIKT\" for field \"kind\"."},
      {"ignore: \"\"\n", "c.textproto:1:1: ignore: empty path"},
  };
  for (const BadConfig& c : cases) {
    absl::StatusOr<ProjectConfig> config = ParseProjectConfig(c.text, "c.textproto", "");
    ASSERT_FALSE(config.ok()) << c.text;
    EXPECT_EQ(config.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(std::string(config.status().message()), c.error) << c.text;
  }
}

TEST(ProjectConfig, AGivenFileThatIsMissingIsAnError) {
  absl::StatusOr<ProjectConfig> config = LoadProjectConfig("/nonexistent/.factcheck.textproto");
  EXPECT_EQ(config.status().code(), absl::StatusCode::kNotFound);
}

TEST(GlobMatch, StarStaysInASegmentDoubleStarCrosses) {
  EXPECT_TRUE(GlobMatch("archive/*.txt", "archive/a.txt"));
  EXPECT_FALSE(GlobMatch("archive/*.txt", "archive/2024/a.txt"));
  EXPECT_TRUE(GlobMatch("archive/**", "archive/2024/a.txt"));
  EXPECT_TRUE(GlobMatch("**/draft?.md", "x/y/draft1.md"));
  EXPECT_FALSE(GlobMatch("drafts/**", "archive/a.txt"));
}

}  // namespace
}  // namespace factcheck
