#include "tools/flag_parser.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "gtest/gtest.h"

ABSL_FLAG(std::string, test_format, "text", "A string flag.");
ABSL_FLAG(bool, test_progress, true, "A bool flag.");
ABSL_FLAG(int, test_jobs, 0, "An int flag.");
ABSL_FLAG(int64_t, test_max_size, 10, "An int64 flag.");
ABSL_FLAG(std::vector<std::string>, test_sources, {}, "A list flag.");
ABSL_FLAG(bool, hidden_flag, false, "Known to Abseil, not to the command line.");

namespace factcheck {
namespace {

bool OnlyTestFlags(const absl::CommandLineFlag& flag) {
  return flag.Name().substr(0, 5) == "test_";
}

class FlagParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::SetFlag(&FLAGS_test_format, "text");
    absl::SetFlag(&FLAGS_test_progress, true);
    absl::SetFlag(&FLAGS_test_jobs, 0);
    absl::SetFlag(&FLAGS_test_max_size, 10);
    absl::SetFlag(&FLAGS_test_sources, {});
    absl::SetFlag(&FLAGS_hidden_flag, false);
  }
  absl::StatusOr<std::vector<std::string>> Parse(const std::vector<std::string>& args) {
    return ParseFlags(args, OnlyTestFlags);
  }
};

TEST_F(FlagParserTest, SetsFlagsInEveryFormAndKeepsPositionalsInOrder) {
  auto files = Parse({"a.txt", "--test-format=json", "-", "--test_jobs", "3", "-test-max-size=99",
                      "--test-sources=x,y", "--notest-progress", "b.md"});
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(*files, (std::vector<std::string>{"a.txt", "-", "b.md"}));
  EXPECT_EQ(absl::GetFlag(FLAGS_test_format), "json");
  EXPECT_EQ(absl::GetFlag(FLAGS_test_jobs), 3);
  EXPECT_EQ(absl::GetFlag(FLAGS_test_max_size), 99);
  EXPECT_EQ(absl::GetFlag(FLAGS_test_sources), (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(absl::GetFlag(FLAGS_test_progress));
}

TEST_F(FlagParserTest, BoolFlagsTakeNoSeparateValue) {
  auto files = Parse({"--test-progress=false", "--test-progress", "true"});
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_TRUE(absl::GetFlag(FLAGS_test_progress));
  EXPECT_EQ(*files, std::vector<std::string>{"true"});
}

TEST_F(FlagParserTest, EverythingAfterDoubleDashIsPositional) {
  auto files = Parse({"--test-jobs=2", "--", "--test-jobs=5", "-x.txt"});
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(*files, (std::vector<std::string>{"--test-jobs=5", "-x.txt"}));
  EXPECT_EQ(absl::GetFlag(FLAGS_test_jobs), 2);
}

TEST_F(FlagParserTest, UnknownFlagIsAnErrorWithAHint) {
  auto files = Parse({"a.txt", "--test-fromat=json"});
  ASSERT_EQ(files.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(files.status().message(),
            "unknown flag --test-fromat (did you mean --test-format?); see --help");
  EXPECT_EQ(Parse({"--frobnicate"}).status().message(), "unknown flag --frobnicate; see --help");
}

TEST_F(FlagParserTest, FlagsTheFilterRejectsAreUnknown) {
  auto files = Parse({"--hidden-flag"});
  EXPECT_EQ(files.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(absl::GetFlag(FLAGS_hidden_flag));
  // Abseil's own flags are not the command line's either.
  EXPECT_EQ(Parse({"--flagfile=/etc/passwd"}).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(FlagParserTest, BadValuesNameTheFlagAndTheReason) {
  EXPECT_EQ(Parse({"--test-jobs=two"}).status().message(), "--test-jobs=two: not an integer in range");
  EXPECT_EQ(Parse({"--test-max-size=99999999999999999999"}).status().message(),
            "--test-max-size=99999999999999999999: not an integer in range");
  EXPECT_EQ(Parse({"--test-progress=maybe"}).status().message(),
            "--test-progress=maybe: use true or false");
  EXPECT_EQ(Parse({"--test-format"}).status().message(),
            "--test-format needs a value (--test-format=VALUE)");
}

TEST(ClosestFlag, OnlyWithinTwoEdits) {
  EXPECT_EQ(ClosestFlag("test-jbos", OnlyTestFlags), "--test-jobs");
  EXPECT_EQ(ClosestFlag("colour", OnlyTestFlags), "");
}

}  // namespace
}  // namespace factcheck
