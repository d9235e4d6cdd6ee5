// File: claims/extract/predicates.h
//
// The predicate a value belongs to: the verb the parse attaches a phrase
// to. "The council said on Monday that the bridge closed in 2019": "on
// Monday" belongs to "say", "in 2019" to "close". Comparison asks two
// sources for a value of the same predicate only (compare/passes/
// aligned.h), not of whatever lies nearest.
//
// The phrase's head (its one token whose parse head lies outside the
// phrase) when it is a verb, else the word the head depends on when that
// is a verb; the verb's lemma, lowercase. Said-verbs of the vocabulary are
// all "say" ("told", "announced", "stated"), so that reports of one
// statement meet. A phrase that qualifies a noun ("a 2010 measure", "the
// 2016 campaign") or stands under no verb (a headline) has none: empty,
// and compares with any predicate.
//
// Example:
//   ParsedSentence s = ...;   // "The bridge closed in 2019, officials said."
//   GoverningPredicate(s, begin_of("in"), end_of("2019"), lexicon)  // "close"

#ifndef FACTCHECK_CLAIMS_EXTRACT_PREDICATES_H_
#define FACTCHECK_CLAIMS_EXTRACT_PREDICATES_H_

#include <cstdint>
#include <string>

#include "claims/extract/parsed_sentence.h"
#include "claims/lexicon.h"

namespace factcheck {

// The lemma of the verb governing the text [begin, end) (offsets as the
// sentence's tokens give them), or empty.
std::string GoverningPredicate(const ParsedSentence& s, int64_t begin, int64_t end,
                               const Lexicon& lexicon);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_PREDICATES_H_
