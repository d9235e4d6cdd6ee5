// File: claims/extract/quantities.h
//
// What a number counts, read from the parse rather than from the next
// word: the noun the number is a numeric modifier of (UD `nummod`), when
// that noun comes after it. "16 eye-wateringly expensive timepieces"
// counts timepieces, not "eye-wateringly"; "40 new jobs" counts jobs.
// Comparison keys counts by what they count (compare/unstated_value.h,
// compare/claim_values.h), so the noun decides which figures meet.
//
// Only a common noun after the number qualifies, at most kMaxCountedGap
// tokens on: a number before a name ("2 Broke Girls"), after its noun
// ("Chapter 11"), or hung by the parse on a verb or a preposition counts
// nothing here, and the extractor keeps its own reading.
//
// Example:
//   ParsedSentence s = ParseForTest("She owns 16 very rare watches.");
//   int n = CountedNounToken(s, begin_of("16"), end_of("16"));  // "watches"

#ifndef FACTCHECK_CLAIMS_EXTRACT_QUANTITIES_H_
#define FACTCHECK_CLAIMS_EXTRACT_QUANTITIES_H_

#include <cstdint>

#include "claims/extract/parsed_sentence.h"

namespace factcheck {

// Tokens at most between a number and the noun it counts.
inline constexpr int kMaxCountedGap = 4;

// The token of the noun that the first number in the text [begin, end)
// counts (see the file comment), or -1.
int CountedNounToken(const ParsedSentence& s, int64_t begin, int64_t end);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_QUANTITIES_H_
