// File: claims/extract/quantities.h
//
// The quantities of a sentence: counts, durations, money and percentages,
// with the bounds their qualifier gives them and the thing they count.
//
// FindQuantities reads the sentence's tokens. A number is digits ("5,000",
// "$105"), a cardinal number word ("forty two"), or "a"/"an" before a
// multiplier or a duration unit ("a thousand prisoners", "an hour"); years,
// dates and clock times are times (claims/extract/times.h), not quantities.
// Multipliers scale it ("three million"), a unit after it sets its
// dimension ("hours", "percent", "%", "-day", "per cent"; durations are in
// minutes, "an hour and 40 minutes" is 100), and a qualifier before it
// gives its bounds: "more than" and "at least" leave it open above, "up to"
// and "under" below, "about" is ±15% and "nearly" the 15% under it. What it
// counts is the next lowercase noun within three tokens ("1,000 prisoners",
// "two regional capitals"), past capitalised words ("1,000 Ukrainian
// families") and distributive words; "each" after it is noted in the
// qualifier. A number with neither unit nor counted noun is no quantity.
// The anchor is the verb before the quantity ("lasted", "exchange") and the
// event noun is the one within six words before that verb. Every cue word
// is vocabulary (number_words, units, qualifiers, counted_noun_stops, ...).
//
// CountedNounToken then corrects what a number counts from the parse: the
// noun the number is a numeric modifier of (UD `nummod`), when that noun
// comes after it. "16 eye-wateringly expensive timepieces" counts
// timepieces, not "eye-wateringly"; "40 new jobs" counts jobs. Comparison
// keys counts by what they count (compare/unstated_value.h,
// compare/claim_values.h), so the noun decides which figures meet. Only a
// common noun after the number qualifies, at most kMaxCountedGap tokens on:
// a number before a name ("2 Broke Girls"), after its noun ("Chapter 11"),
// or hung by the parse on a verb or a preposition counts nothing here, and
// the surface reading stands.
//
// Example:
//   std::vector<QuantityMention> q = FindQuantities(tokens, lower, lexicon);
//   // "more than 1,000 prisoners": q[0].quantity.value() == 1000,
//   // has_high() == false, counted() == "prisoner"
//   ParsedSentence s = ParseForTest("She owns 16 very rare watches.");
//   int n = CountedNounToken(s, begin_of("16"), end_of("16"));  // "watches"

#ifndef FACTCHECK_CLAIMS_EXTRACT_QUANTITIES_H_
#define FACTCHECK_CLAIMS_EXTRACT_QUANTITIES_H_

#include <cstdint>
#include <vector>

#include "claims/extract/parsed_sentence.h"
#include "claims/extract/sentence_words.h"
#include "claims/lexicon.h"
#include "claims/tokenizer.h"
#include "proto/claim.pb.h"

namespace factcheck {

// One quantity of a sentence.
struct QuantityMention {
  int first = 0;  // first token, the qualifier or "$" included
  int last = 0;   // last token, inclusive: the unit, counted noun or "each"
  // Value, bounds, unit, counted noun, qualifier, anchor and event; `text`
  // is left to the caller, who knows the sentence's text.
  QuantityClaim quantity;
};

// The quantities of one sentence's tokens, in order, not overlapping.
// `lower[i]` is Lower(tokens[i].text).
std::vector<QuantityMention> FindQuantities(const std::vector<Token>& tokens,
                                            const std::vector<LowerToken>& lower,
                                            const Lexicon& lexicon);

// Tokens at most between a number and the noun it counts.
inline constexpr int kMaxCountedGap = 4;

// The token of the noun that the first number in the text [begin, end)
// counts (see the file comment), or -1.
int CountedNounToken(const ParsedSentence& s, int64_t begin, int64_t end);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_QUANTITIES_H_
