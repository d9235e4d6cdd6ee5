#include "tools/document_loader.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "claims/lexicon.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

const Lexicon& TestLexicon() {
  static const Lexicon* const lexicon = [] {
    auto loaded = Lexicon::Load({});
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status();
      std::abort();
    }
    return loaded->release();
  }();
  return *lexicon;
}

std::vector<std::string> SeedFiles() {
  auto files = ExpandPaths({"testdata/seeds"});
  EXPECT_TRUE(files.ok()) << files.status();
  return files.ok() ? *files : std::vector<std::string>{};
}

// Each consumed document, serialized, in the order ExtractEach gave them.
std::vector<std::string> ExtractAll(const std::vector<std::string>& files, int jobs,
                                    bool* had_errors) {
  LoadOptions options;
  options.jobs = jobs;
  options.progress = false;
  std::vector<std::string> out;
  absl::Status status = ExtractEach(
      files, TestLexicon(), options,
      [&](SourceDocument& document) {
        out.push_back(document.path() + "\n" + document.SerializeAsString());
        return absl::OkStatus();
      },
      had_errors);
  EXPECT_TRUE(status.ok()) << status;
  return out;
}

TEST(ExtractEach, SameDocumentsInSameOrderForAnyNumberOfJobs) {
  // The seeds several times over, so that threads really overlap.
  std::vector<std::string> files;
  for (int round = 0; round < 4; ++round) {
    for (const std::string& f : SeedFiles()) files.push_back(f);
  }
  ASSERT_EQ(files.size(), 20u);
  bool errors = true;
  std::vector<std::string> one = ExtractAll(files, 1, &errors);
  EXPECT_FALSE(errors);
  ASSERT_EQ(one.size(), files.size());
  for (int jobs : {2, 3, 8}) {
    std::vector<std::string> many = ExtractAll(files, jobs, &errors);
    EXPECT_FALSE(errors);
    EXPECT_EQ(many, one) << "--jobs=" << jobs;
  }
}

TEST(ExtractEach, SkipsAnUnreadableFileAndKeepsTheOthersInOrder) {
  std::vector<std::string> seeds = SeedFiles();
  ASSERT_GE(seeds.size(), 2u);
  std::vector<std::string> files = {seeds[0], "testdata/no_such_file.txt", seeds[1]};
  for (int jobs : {1, 2}) {
    bool errors = false;
    std::vector<std::string> out = ExtractAll(files, jobs, &errors);
    EXPECT_TRUE(errors) << "--jobs=" << jobs;
    ASSERT_EQ(out.size(), 2u) << "--jobs=" << jobs;
    EXPECT_EQ(out[0].substr(0, seeds[0].size()), seeds[0]);
    EXPECT_EQ(out[1].substr(0, seeds[1].size()), seeds[1]);
  }
}

TEST(LoadDocuments, ListsEachSkippedFileWithItsReason) {
  std::vector<std::string> seeds = SeedFiles();
  ASSERT_GE(seeds.size(), 2u);
  LoadOptions options;
  options.progress = false;
  LoadedDocuments loaded =
      LoadDocuments({seeds[0], "testdata/no_such_file.txt", seeds[1]}, TestLexicon(), options);
  EXPECT_TRUE(loaded.had_errors);
  ASSERT_EQ(loaded.documents.size(), 2u);
  EXPECT_EQ(loaded.documents[1].path(), seeds[1]);
  ASSERT_EQ(loaded.skipped.size(), 1u);
  EXPECT_EQ(loaded.skipped[0].path(), "testdata/no_such_file.txt");
  // The reason without the path the message starts with.
  EXPECT_EQ(loaded.skipped[0].reason(), "no such file or directory");
}

TEST(ExtractEach, StopsAtTheFirstConsumerError) {
  std::vector<std::string> files = SeedFiles();
  LoadOptions options;
  options.jobs = 2;
  options.progress = false;
  int consumed = 0;
  bool errors = false;
  absl::Status status = ExtractEach(
      files, TestLexicon(), options,
      [&](SourceDocument&) {
        ++consumed;
        return consumed == 2 ? absl::UnavailableError("disk full") : absl::OkStatus();
      },
      &errors);
  EXPECT_EQ(status.code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(consumed, 2);
}

TEST(ResolveJobs, ZeroMeansAtLeastOneThread) {
  EXPECT_GE(ResolveJobs(0), 1);
  EXPECT_EQ(ResolveJobs(3), 3);
}

}  // namespace
}  // namespace factcheck
