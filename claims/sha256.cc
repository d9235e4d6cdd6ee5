#include "claims/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>
#include <cstdio>

#include "absl/strings/escaping.h"

namespace factcheck {

std::string Sha256Hex(absl::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  // EVP_Digest is one-shot: context, init, update and final in one call.
  // It fails only when libcrypto cannot allocate or has no SHA-256, which
  // leaves no digest to return: stop rather than print a wrong one.
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1 ||
      length != 32) {
    std::fprintf(stderr, "factcheck: OpenSSL could not compute SHA-256\n");
    std::abort();
  }
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), length));
}

}  // namespace factcheck
