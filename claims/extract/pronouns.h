// File: claims/extract/pronouns.h
//
// What the parse says about whom a "he" or "she" can stand for. The
// document's pronoun resolution (claims/extractor.cc) looks back for the
// nearest person and carries a subject from sentence to sentence; these
// tests, on one parsed sentence, rule out the names the grammar forbids
// or makes unlikely:
//  - a name in the pronoun's own clause: in "Of Roe, he said" and "he
//    told Roe", "he" is not Roe;
//  - a name inside a coordination: "he named Roe, Lee and Park" does not
//    make "he" Park;
// and say when a sentence keeps the subject it was given: its main clause's
// subject is itself a personal pronoun ("He recalled ..."), so the next
// sentence's "he" is the same person; and which word that main subject is.
//
// Example (tokens of "Of Roe, he said it was over."):
//   NameInPronounClause(s, 1, 3)   // true: Roe hangs on "said", as "he" does

#ifndef FACTCHECK_CLAIMS_EXTRACT_PRONOUNS_H_
#define FACTCHECK_CLAIMS_EXTRACT_PRONOUNS_H_

#include <cstdint>

#include "claims/extract/parsed_sentence.h"
#include "claims/lexicon.h"

namespace factcheck {

// The token that starts at `offset` of the clean text, or -1.
int TokenStartingAt(const ParsedSentence& s, int64_t offset);

// Whether the name whose first token is `name` belongs to the clause of
// which the pronoun at `pronoun` is the subject: its heads reach the
// pronoun's verb without passing a clause of their own.
bool NameInPronounClause(const ParsedSentence& s, int name, int pronoun);

// Whether the name whose first token is `name` is one of several joined
// by "and" or "or" ("Roe, Lee and Park").
bool NameInCoordination(const ParsedSentence& s, int name);

// Whether the subject of the sentence's main clause is a pronoun that
// says a person's sex ("he", "she": the vocabulary's gendered words).
bool MainSubjectIsPersonalPronoun(const ParsedSentence& s, const Lexicon& lexicon);

// The subject of the sentence's main clause (its root's nsubj, passive or
// not), or -1: the person a following "he" most likely means when the
// sentence has a subordinate clause of its own ("When Roe spoke, Lee
// left": Lee).
int MainSubject(const ParsedSentence& s);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_PRONOUNS_H_
