#include "tools/progress.h"

#include <cstdio>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(FormatProgress, ShowsFilesRateAndTimeLeft) {
  ProgressState state{512, 941, 1600000, 2700000, 2.0};
  EXPECT_EQ(FormatProgress(state), "factcheck: 512/941 files, 0.8 MB/s, 0:02 left");
}

TEST(FormatProgress, MinutesAndSecondsLeft) {
  // 1 MB in 1 s, 125 MB to go: 2 minutes 5 seconds.
  ProgressState state{1, 100, 1000000, 126000000, 1.0};
  EXPECT_EQ(FormatProgress(state), "factcheck: 1/100 files, 1.0 MB/s, 2:05 left");
}

TEST(FormatProgress, UnknownTimeLeftBeforeAnyByte) {
  ProgressState state{0, 3, 0, 100, 0.5};
  EXPECT_EQ(FormatProgress(state), "factcheck: 0/3 files, 0.0 MB/s, ? left");
}

TEST(Progress, WritesNothingWhenStreamIsNotATerminal) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  {
    Progress progress(file, 2, 10);
    progress.Done(5);
    progress.Done(5);
  }
  EXPECT_EQ(std::ftell(file), 0);
  std::fclose(file);
}

}  // namespace
}  // namespace factcheck
