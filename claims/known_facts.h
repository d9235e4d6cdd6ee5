// File: claims/known_facts.h
//
// Reads a file of known claims (proto/facts.proto, text format) into a
// SourceDocument whose claims compare like any report's, so that a
// newsroom's reference list of office holders is one more trusted source.
// Each claim's span points at its entry in the facts file, so a finding's
// evidence names the file, line and column of the fact.
//
// Example:
//   absl::StatusOr<SourceDocument> facts =
//       LoadKnownFacts("facts.textproto", lexicon, {"2025-05-16"});
//   if (!facts.ok()) ...  // "facts.textproto:3:12: unknown office ..."

#ifndef FACTCHECK_CLAIMS_KNOWN_FACTS_H_
#define FACTCHECK_CLAIMS_KNOWN_FACTS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/lexicon.h"
#include "proto/document.pb.h"

namespace factcheck {

// Reads `path`. `publication_dates` (YYYY-MM-DD, empty ones ignored) are the
// inputs' dates: a fact whose term covers none of them is left out; with no
// dates every fact is kept.
// Returns:
//   NotFoundError / PermissionDeniedError  the file cannot be read;
//   InvalidArgumentError  "PATH:LINE:COL: reason" for a parse error, an
//                         unknown field, an office or country the
//                         vocabulary does not know, a missing person or
//                         office, or a date that is not YYYY-MM-DD.
absl::StatusOr<SourceDocument> LoadKnownFacts(const std::string& path, const Lexicon& lexicon,
                                              const std::vector<std::string>& publication_dates);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_KNOWN_FACTS_H_
