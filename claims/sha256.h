// File: claims/sha256.h
//
// SHA-256 of a byte string, as lowercase hex. Used for the text digest of
// each source document and for finding fingerprints, which must be stable
// across runs, builds and machines (absl::Hash is not).
//
// The digest is OpenSSL's (libcrypto's EVP interface, Debian's libssl-dev),
// which picks the fastest code the CPU runs (SHA extensions, AVX2, ...) and
// is validated far beyond anything this project could test by itself.
//
// Example:
//   Sha256Hex("abc") ==
//     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

#ifndef FACTCHECK_CLAIMS_SHA256_H_
#define FACTCHECK_CLAIMS_SHA256_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// Returns the SHA-256 digest of `data` as 64 lowercase hex characters.
std::string Sha256Hex(absl::string_view data);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_SHA256_H_
