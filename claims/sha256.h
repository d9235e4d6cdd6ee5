// File: claims/sha256.h
//
// SHA-256 of a byte string, as lowercase hex. Used for the text digest of
// each source document and for finding fingerprints, which must be stable
// across runs, builds and machines (absl::Hash is not).
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
// Uses the x86 SHA extensions when the CPU has them (same digest).
std::string Sha256Hex(absl::string_view data);

namespace sha256_internal {
// For tests: the digest computed with the SHA extensions (when
// `use_sha_extensions` and the CPU has them) or with portable code.
std::string Sha256Hex(absl::string_view data, bool use_sha_extensions);
// Whether this CPU has the SHA extensions (SHA, SSSE3, SSE4.1).
bool CpuHasShaExtensions();
}  // namespace sha256_internal

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_SHA256_H_
