// File: claims/test_support.h
//
// Test-only helpers shared by the claims/ and compare/ tests: the shipped
// lexicon, loaded once per test binary, and text run through the whole
// reading and extraction pipeline.
//
// Example:
//   SourceDocument doc = ExtractForTest("a.txt", "Mayor Jo Ames said no.\n");
//   EXPECT_EQ(doc.claims(0).type(), CLAIM_TYPE_ROLE);

#ifndef FACTCHECK_CLAIMS_TEST_SUPPORT_H_
#define FACTCHECK_CLAIMS_TEST_SUPPORT_H_

#include <string>

#include "claims/lexicon.h"
#include "proto/document.pb.h"

namespace factcheck {

// The shipped vocabulary. Aborts the test binary, with the reason, if the
// shipped data does not load (every test would fail anyway).
const Lexicon& ShippedLexicon();

// Reads `text` as the file `path` (the extension picks the format) and
// extracts its claims with the shipped lexicon.
SourceDocument ExtractForTest(const std::string& path, const std::string& text);
// The same with another vocabulary (the shipped one and a user's --lexicon).
SourceDocument ExtractForTest(const std::string& path, const std::string& text,
                              const Lexicon& lexicon);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_TEST_SUPPORT_H_
