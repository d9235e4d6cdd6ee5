// File: claims/extract/test_parse.h
//
// For tests of claims/extract: a sentence parsed by the built-in model with
// the shipped vocabulary, as a one-sentence document.
//
//   ParsedSentence s = ParseForTest("Sen. Jane Roe spoke.");

#ifndef FACTCHECK_CLAIMS_EXTRACT_TEST_PARSE_H_
#define FACTCHECK_CLAIMS_EXTRACT_TEST_PARSE_H_

#include <string>

#include "claims/extract/parsed_sentence.h"

namespace factcheck {

// `text` must outlive the result.
ParsedSentence ParseForTest(const std::string& text);

// Tokens with tags, relations, heads and entities, then the person-name
// candidates (names.h); printed when a table row fails.
std::string ExplainForTest(const ParsedSentence& s);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_TEST_PARSE_H_
