// File: tools/version.h
//
// What `factcheck --version` prints, and the version the reports carry
// (JSON `version`, SARIF `semanticVersion`): the release number, kept here
// and nowhere else, and the identity of the data built into the binary,
// which changes the findings as much as the code does:
//
//   factcheck 0.1.0
//   analysis model: sha256 2fcf27f63cb1 (claims/data/analysis.model, 40213374 bytes)
//   vocabulary: sha256 9eb26e70ddb9 (claims/data/*.textproto as built in, 102424 bytes)
//
// Each digest is the first 12 hex digits of the SHA-256 of the bytes as
// linked into the binary: the model file itself, and the vocabulary as
// the build encoded it (binary LexiconFile). `sha256sum
// claims/data/analysis.model` gives the model's.
//
// Example:
//   std::fputs(VersionText().c_str(), stdout);

#ifndef FACTCHECK_TOOLS_VERSION_H_
#define FACTCHECK_TOOLS_VERSION_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// Semantic version of factcheck (https://semver.org).
inline constexpr char kFactcheckVersion[] = "0.1.0";

// The first 12 hex digits of the SHA-256 of `bytes`.
std::string ShortDigest(absl::string_view bytes);

// The three lines above, each ending in a newline.
std::string VersionText();

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_VERSION_H_
