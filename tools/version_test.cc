#include "tools/version.h"

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "claims/sha256.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(Version, IsSemantic) {
  std::vector<std::string> parts = absl::StrSplit(kFactcheckVersion, '.');
  ASSERT_EQ(parts.size(), 3u);
  for (const std::string& p : parts) {
    EXPECT_FALSE(p.empty());
    EXPECT_EQ(p.find_first_not_of("0123456789"), std::string::npos) << p;
  }
}

TEST(Version, ShortDigestIsThePrefixOfSha256) {
  EXPECT_EQ(ShortDigest("abc"), "ba7816bf8f01");
}

// The digests are of the files as the build linked them: the model file
// byte for byte, and the vocabulary as protoc encoded it.
TEST(VersionText, NamesTheVersionAndTheDigestsOfTheLinkedData) {
  const std::string model = ReadFile("claims/data/analysis.model");
  const std::string vocabulary = ReadFile("claims/builtin_lexicon.binpb");
  ASSERT_GT(model.size(), 1000u);
  ASSERT_GT(vocabulary.size(), 1000u);
  const std::string text = VersionText();
  std::vector<std::string> lines = absl::StrSplit(text, '\n');
  ASSERT_EQ(lines.size(), 4u) << text;  // three lines and the final newline
  EXPECT_EQ(lines[0], absl::StrCat("factcheck ", kFactcheckVersion));
  EXPECT_EQ(lines[1], absl::StrCat("analysis model: sha256 ", Sha256Hex(model).substr(0, 12),
                                   " (claims/data/analysis.model, ", model.size(), " bytes)"));
  EXPECT_EQ(lines[2], absl::StrCat("vocabulary: sha256 ", Sha256Hex(vocabulary).substr(0, 12),
                                   " (claims/data/*.textproto as built in, ", vocabulary.size(),
                                   " bytes)"));
}

}  // namespace
}  // namespace factcheck
