#include "tools/lsp/uri.h"

#include <unistd.h>

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace lsp {
namespace {

TEST(PathFromUri, DecodesFileUris) {
  EXPECT_EQ(PathFromUri("file:///tmp/My%20draft.md"), "/tmp/My draft.md");
  EXPECT_EQ(PathFromUri("file:///tmp/caf%C3%A9.md"), "/tmp/caf\xc3\xa9.md");
  EXPECT_EQ(PathFromUri("FILE://localhost/tmp/a.md"), "/tmp/a.md");
  EXPECT_EQ(PathFromUri("file:/tmp/a.md"), "/tmp/a.md");
  EXPECT_EQ(PathFromUri("file:///tmp/a.md#part"), "/tmp/a.md");
  EXPECT_EQ(PathFromUri("file:///tmp/100%.md"), "/tmp/100%.md");  // not an escape
}

TEST(PathFromUri, OtherSchemesAndHostsHaveNoPath) {
  EXPECT_EQ(PathFromUri("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(PathFromUri("https://example.org/a.md"), std::nullopt);
  EXPECT_EQ(PathFromUri("file://server/share/a.md"), std::nullopt);
  EXPECT_EQ(PathFromUri("file:///tmp/a%00.md"), std::nullopt);
  EXPECT_EQ(PathFromUri("file:///tmp/a%FF.md"), std::nullopt);
  EXPECT_EQ(PathFromUri("file:relative.md"), std::nullopt);
}

TEST(UriFromPath, EncodesAndRoundTrips) {
  EXPECT_EQ(UriFromPath("/tmp/My draft (2).md"), "file:///tmp/My%20draft%20%282%29.md");
  EXPECT_EQ(UriFromPath("/tmp/caf\xc3\xa9.md"), "file:///tmp/caf%C3%A9.md");
  EXPECT_EQ(UriFromPath("/tmp/./x/../a.md"), "file:///tmp/a.md");
  for (const std::string path : {"/tmp/a b#c?d%e.md", "/tmp/\xe6\x97\xa5.txt"}) {
    EXPECT_EQ(PathFromUri(UriFromPath(path)), path);
  }
}

TEST(UriFromPath, MakesRelativePathsAbsolute) {
  char cwd[4096];
  ASSERT_NE(::getcwd(cwd, sizeof cwd), nullptr);
  EXPECT_EQ(PathFromUri(UriFromPath("notes/a.md")), std::string(cwd) + "/notes/a.md");
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
