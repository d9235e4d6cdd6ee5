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
// statement meet. With `EventNouns::kFollow`, a phrase that qualifies an
// event noun belongs to the noun's verb (LexiconFile.derivations, from
// WordNet): "their encounter in 2021" to "encounter", "Friday's shooting"
// to "shoot". A phrase that qualifies another noun ("its 12 members") or
// stands under no verb (a headline) has none: empty, and compares with
// any predicate. Dates follow event nouns; counts do not, since the
// parse often hangs a number on the wrong noun ("repaid the campaign
// $600").
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

enum class EventNouns { kIgnore, kFollow };

// The lemma of the verb governing the text [begin, end) (offsets as the
// sentence's tokens give them), or empty.
std::string GoverningPredicate(const ParsedSentence& s, int64_t begin, int64_t end,
                               const Lexicon& lexicon,
                               EventNouns event_nouns = EventNouns::kIgnore);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_PREDICATES_H_
