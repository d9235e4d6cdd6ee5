// File: tools/sarif_writer.h
//
// The report as SARIF 2.1.0 (OASIS), the format code-scanning services
// (GitHub code scanning, Azure DevOps, SonarQube) import: one rule per
// finding kind (id, name, short and full description, default level); one
// result per finding with its region (startLine, startColumn, endLine,
// endColumn, in characters as factcheck counts them), the evidence as
// relatedLocations, and partialFingerprints carrying Finding.fingerprint
// so that a service tracks a finding across commits even when its line
// moves. testdata/sarif/sarif-schema-2.1.0.json validates the output
// (tools/sarif_schema_test.sh).
//
// Example:
//   std::string sarif = WriteSarif(report);

#ifndef FACTCHECK_TOOLS_SARIF_WRITER_H_
#define FACTCHECK_TOOLS_SARIF_WRITER_H_

#include <string>

#include "proto/report.pb.h"

namespace factcheck {

// Returns the SARIF log as pretty-printed JSON, ending in a newline; keys
// in a fixed order, so that the output is byte-for-byte deterministic.
std::string WriteSarif(const Report& report);

// A path as a SARIF artifact URI (a relative reference): characters other
// than unreserved ones and "/" percent-encoded. "a b/c.txt" -> "a%20b/c.txt".
std::string PathToUri(const std::string& path);

// What a kind of finding means, in one sentence, for rule descriptions.
std::string KindDescription(FindingKind kind);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_SARIF_WRITER_H_
