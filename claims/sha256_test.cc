#include "claims/sha256.h"

#include <set>
#include <string>

#include "absl/strings/string_view.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Vectors from FIPS 180-2, appendix B, and the empty string.
TEST(Sha256Hex, MatchesPublishedVectors) {
  EXPECT_EQ(Sha256Hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Hex, PadsMessagesThatEndNearABlockBoundary) {
  // 55 and 56 bytes straddle the one-block / two-block padding split.
  EXPECT_EQ(Sha256Hex(std::string(55, 'a')),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(Sha256Hex(std::string(56, 'a')),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

TEST(Sha256Hex, EveryLengthAroundTheBlockBoundariesIsDistinctAndStable) {
  // OpenSSL switches code paths on length (partial blocks, one or two
  // padding blocks); every prefix gives 64 hex digits, a new digest, and
  // the same digest when computed again.
  std::string data;
  std::set<std::string> seen;
  for (int n = 0; n < 300; ++n) {
    data.push_back(static_cast<char>('a' + (n * 7) % 26));
    std::string digest = Sha256Hex(data);
    ASSERT_EQ(digest.size(), 64u) << "length " << n + 1;
    EXPECT_EQ(digest.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_TRUE(seen.insert(digest).second) << "length " << n + 1;
    EXPECT_EQ(Sha256Hex(data), digest);
  }
}

TEST(Sha256Hex, HashesBytesNotCharacters) {
  // NUL and bytes above 0x7F are data like any other.
  EXPECT_EQ(Sha256Hex(absl::string_view("\0", 1)),
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  EXPECT_NE(Sha256Hex(std::string(100000, '\xE2')), Sha256Hex(std::string(100000, '\xE3')));
}

}  // namespace
}  // namespace factcheck
