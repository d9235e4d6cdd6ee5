// File: claims/extract/quotes.h
//
// Who says a quote, read from the parse of the sentence that frames it.
// The quote's own words are left out; in the words around it the
// said-verb (the vocabulary's said_verbs, by word or lemma) that the parse
// links to the quote (the quote's words depend on it, or it on them, as
// "ccomp" or "parataxis") is the frame, and its subject ("nsubj") the
// speaker, before or after the verb, before or after the quote:
//
//   "'We will not back down,' the mayor said."     description | mayor
//   "'It was a hard day,' said Jane Roe, a spokesman."   name | Jane Roe
//   "The minister told reporters: 'There is no plan.'"   description | minister
//   "'I have never seen it,' she added."           pronoun | she
//   "Police said the man was 'known to officers'."  description | police
//   "The spokesman, Jane Roe, said: '...'"          name | Jane Roe (appositive)
//   "Roe smiled and said: '...'"                   name | Roe (subject of the
//                                                   verb the said-verb joins)
//
// A name is one of the sentence's person-name candidates (names.h) inside
// the subject's words (with its compounds, flat names and appositives); a
// pronoun is a person pronoun of the vocabulary ("he", "she"); anything
// else nominal ("police", "the ministry", "the mayor") is a description,
// which the document may resolve to a person it has named with that office.
// Other pronouns ("it", "they", "we") leave the quote unattributed. When no
// said-verb is linked to the quote, the nearest said-verb within a few
// words of it frames it. No frame at all: kNone, and the caller may carry
// the previous speaker on.
//
// Example:
//   QuoteSpeaker q = FindQuoteSpeaker(sentence, quote_begin, quote_end, names, lexicon);
//   DumpQuoteSpeaker(sentence, q)  // "SPEAKER name | Jane Roe | said"

#ifndef FACTCHECK_CLAIMS_EXTRACT_QUOTES_H_
#define FACTCHECK_CLAIMS_EXTRACT_QUOTES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claims/extract/names.h"
#include "claims/extract/parsed_sentence.h"
#include "claims/extract/roles.h"
#include "claims/lexicon.h"

namespace factcheck {

enum class SpeakerKind {
  kNone,         // no said-verb frames the quote in this sentence
  kUnresolved,   // a frame whose subject names no one ("it", "they", none)
  kName,         // a person's name
  kPronoun,      // a person pronoun, to resolve to someone named before
  kDescription,  // a noun phrase: "police", "the mayor", "the ministry"
};

struct QuoteSpeaker {
  SpeakerKind kind = SpeakerKind::kNone;
  // The speaker's words: the name, the pronoun, or the description's
  // words without determiners.
  TokenRange tokens;
  // For kDescription: the lowercase lemma of its head noun ("mayor"), and
  // the office it names when it is one (the vocabulary's), else nullptr.
  std::string head;
  const Office* office = nullptr;
  // For kDescription: whether it can speak: an office, or a common noun of
  // the vocabulary's person_nouns or speaker_nouns ("police", "the
  // statement"); not a name the name finder missed, nor "Friday".
  bool speaks = false;
  int verb = -1;  // the said-verb's token, or -1
  // False when no said-verb frames the quote and `verb` is the verb of
  // the clause whose subject is taken ("She called him a '...'").
  bool said = true;
  // For kPronoun: the name the parse makes the subject of the clause
  // above the pronoun's, when there is one before it ("Roe hammered Lee
  // for what he called '...'": Roe, not the nearer Lee); else empty, and
  // the document's nearest person stands.
  TokenRange antecedent;
};

// `quote_begin` and `quote_end` are offsets in the clean text of the quote
// with its marks; tokens of `s` inside them are the quote's. The part of
// the sentence outside is searched for the frame.
QuoteSpeaker FindQuoteSpeaker(const ParsedSentence& s, int64_t quote_begin, int64_t quote_end,
                              const std::vector<PersonName>& names, const Lexicon& lexicon);

// The name of the last person the sentence has speak outside quote marks:
// the subject of its last said-verb, a relative "who" standing for the
// noun it modifies ("the ire of Jane Roe, who said ...": Roe). The
// person a following sentence's "he said" most likely means. Empty if
// that subject is no name, or there is no said-verb.
TokenRange LastSpeakerName(const ParsedSentence& s, const std::vector<PersonName>& names,
                           const Lexicon& lexicon);

// "SPEAKER kind | words | verb" ("SPEAKER none" when there is no frame),
// then " | antecedent" for a pronoun that has one;
// for tests and debugging.
std::string DumpQuoteSpeaker(const ParsedSentence& s, const QuoteSpeaker& speaker);

// Whether quoted words are a title rather than speech: two to
// kMaxTitleWords words, the first and last capitalised and every other
// one capitalised or a small word of the vocabulary (title_small_words):
// "This Week.", "Face the Nation", "Meet the Press". A programme, a book
// or a slogan in quote marks is nobody's statement, and no quote to
// compare.
inline constexpr int kMaxTitleWords = 5;
bool IsQuotedTitle(absl::string_view quote, const Lexicon& lexicon);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_QUOTES_H_
