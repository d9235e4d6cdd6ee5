#include "claims/input_file.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = std::string(getenv("TEST_TMPDIR")) + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(ReadInputFile, ReadsUtf8TextAndDetectsFormatFromExtension) {
  std::string path = WriteTemp("draft.md", "# Title\n\nText \xC3\xA7.\n");
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_TRUE(input.ok()) << input.status();
  EXPECT_EQ(input->format, INPUT_FORMAT_MARKDOWN);
  EXPECT_EQ(input->bytes, "# Title\n\nText \xC3\xA7.\n");
}

TEST(ReadInputFile, RejectsANulByteAsBinaryWithItsOffset) {
  std::string path = WriteTemp("binary.txt", std::string("abc\0def", 7));
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(input.status().message().find("binary file"), std::string::npos);
  EXPECT_NE(input.status().message().find("offset 3"), std::string::npos);
  EXPECT_NE(input.status().message().find(path), std::string::npos);
}

TEST(ReadInputFile, RejectsInvalidUtf8WithTheFirstBadOffset) {
  std::string path = WriteTemp("latin1.txt", "caf\xE9 au lait");
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_FALSE(input.ok());
  EXPECT_NE(input.status().message().find("invalid UTF-8 at byte offset 3"),
            std::string::npos)
      << input.status();
}

TEST(ValidateText, RejectsOverlongFormsSurrogatesAndTruncation) {
  EXPECT_FALSE(ValidateText("x", "\xC0\xAF").ok());          // overlong '/'
  EXPECT_FALSE(ValidateText("x", "\xED\xA0\x80").ok());      // surrogate
  EXPECT_FALSE(ValidateText("x", "ab\xE2\x80").ok());        // truncated
  EXPECT_FALSE(ValidateText("x", "\xF4\x90\x80\x80").ok());  // > U+10FFFF
  EXPECT_TRUE(ValidateText("x", "\xF0\x9F\x98\x80 ok").ok());  // emoji
}

TEST(ReadInputFile, ReportsAMissingPathAsNotFound) {
  absl::StatusOr<InputFile> input = ReadInputFile("/no/such/file.txt", {});
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(input.status().message(), "/no/such/file.txt: no such file or directory");
}

TEST(ReadInputFile, RefusesADirectory) {
  absl::StatusOr<InputFile> input = ReadInputFile(getenv("TEST_TMPDIR"), {});
  ASSERT_FALSE(input.ok());
  EXPECT_NE(input.status().message().find("is a directory"), std::string::npos);
}

TEST(ReadInputFile, RefusesFilesOverTheSizeLimit) {
  std::string path = WriteTemp("big.txt", std::string(2000, 'a'));
  ReadOptions options;
  options.max_bytes = 1000;
  absl::StatusOr<InputFile> input = ReadInputFile(path, options);
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(ReadInputFile, AcceptsAnEmptyFile) {
  std::string path = WriteTemp("empty.txt", "");
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_TRUE(input.ok());
  EXPECT_TRUE(input->bytes.empty());
}

TEST(DetectFormat, SniffsHtmlOnStandardInput) {
  EXPECT_EQ(DetectFormat("<stdin>", "  <!DOCTYPE html><p>x</p>"), INPUT_FORMAT_HTML);
  EXPECT_EQ(DetectFormat("<stdin>", "Plain words."), INPUT_FORMAT_TEXT);
  EXPECT_EQ(DetectFormat("a.HTM", ""), INPUT_FORMAT_HTML);
}

}  // namespace
}  // namespace factcheck
