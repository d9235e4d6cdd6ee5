// File: claims/extract/doers.h
//
// Who did it, by the parse: the subject of a verb. A person event (a
// named person's negated, hedged or past-tense verb: "Smith did not
// resign") is that person's only when the parse makes the person the
// verb's subject. The nearest name before a verb is often someone else:
// the speaker of a report ("Jones said the theft forced her to see a
// therapist": the theft forced, not Jones), a name inside a noun phrase,
// or the object of an earlier verb.
//
// The subject of a verb is its own nsubj or nsubj:pass child. A verb
// without one shares the subject of the verb it is coordinated with ("She
// resigned and left") or is the complement (xcomp) of ("He refused to
// resign"); a relative clause's subject pronoun stands for the noun the
// clause modifies ("Smith, who resigned"). An auxiliary or copula stands
// for its head ("had been", "was not happy"). Only verbs and adjectival
// predicates have doers: a negation word, a noun or a preposition has
// none.
//
// Example:
//   const int verb = ...;                       // "resigned"
//   if (IsDoer(sentence, verb, name_first, name_last)) ...

#ifndef FACTCHECK_CLAIMS_EXTRACT_DOERS_H_
#define FACTCHECK_CLAIMS_EXTRACT_DOERS_H_

#include <string>

#include "claims/extract/parsed_sentence.h"

namespace factcheck {

// Whether `verb` (or the head of an auxiliary or copula) is a verb or an
// adjectival predicate, the words that can have a doer.
bool IsPredicate(const ParsedSentence& s, int verb);

// The token of the subject of `verb` (see above), or -1.
int DoerOf(const ParsedSentence& s, int verb);

// Whether the subject of `verb` is one of the tokens [first, last], or
// one of them is in apposition to it or part of its name ("Mayor Jane
// Roe" parsed with "Mayor" as head).
bool IsDoer(const ParsedSentence& s, int verb, int first, int last);

// "DOER verb <- subject" or "DOER verb <- none", for tables.
std::string DumpDoer(const ParsedSentence& s, int verb);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_DOERS_H_
