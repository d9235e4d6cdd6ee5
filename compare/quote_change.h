// File: compare/quote_change.h
//
// Whether two quotations of the same words differ in what they say, or
// only in how an outlet transcribed or cut them. Outlets quoting one
// statement differ all the time: a spelling ("Gadhafi"), a bracketed
// insertion ("these (local) supervisors"), a plural, a dropped "and", an
// excerpt that starts or stops elsewhere. None of that is an altered
// quote. A quote is altered when, between words the two quotations share,
// one side is negated and the other is not ("was seeking them" / "was not
// seeking them"), a word is swapped for its opposite (the vocabulary's
// opposites, "win" / "lose", or its negative prefixes, "agree" /
// "disagree"), or a number is changed.
//
// Words are those of QuoteWords (compare/claim_values.h): lowercase,
// punctuation dropped. They are matched by their longest common
// subsequence; only the short stretches that differ between shared words
// are read (and the end, where both quotations go on past their last
// shared word), so a longer excerpt never counts against a shorter one.
// Two short fragments that share no word are read whole: the caller has
// found them in one frame ("called the offer 'X'").
//
// Example:
//   QuoteChangesMeaning(QuoteWords("we will win this race"),
//                       QuoteWords("we will lose this race"), lexicon)  // true
//   QuoteChangesMeaning(QuoteWords("to beat the United States"),
//                       QuoteWords("to beat the U.S."), lexicon)        // false

#ifndef FACTCHECK_COMPARE_QUOTE_CHANGE_H_
#define FACTCHECK_COMPARE_QUOTE_CHANGE_H_

#include <string>
#include <vector>

#include "claims/lexicon.h"

namespace factcheck {

// True when two quotations are one, word for word but for a few words:
// the shorter has at least six words, the longer lacks at most one of
// them (two from eight words, three from sixteen) and, from its first to
// its last shared word, adds at most three ("was seeking them" / "was not
// seeking them"). Outlets that give one
// statement to different speakers, or to none, still quote it so.
//   NearCopy(QuoteWords("the agency was seeking them out here"),
//            QuoteWords("who at the agency was not seeking them out here"))  // true
bool NearCopy(const std::vector<std::string>& a, const std::vector<std::string>& b);

// True when `draft` and `source`, two quotations of one statement, differ
// by a negation, an opposite or a number between words they share.
bool QuoteChangesMeaning(const std::vector<std::string>& draft,
                         const std::vector<std::string>& source, const Lexicon& lexicon);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_QUOTE_CHANGE_H_
