// File: claims/extract/names.h
//
// The names a sentence may give people: runs of capitalised words (with
// particles such as "de" and "van" inside), less what comes before their
// last title word (honorifics "Mr.", office titles "Sen.", "President",
// qualifiers "former", parties "Republican", nationalities "Russian"),
// dropped when what is left is a country, organisation, place, outlet or
// thing ("Palace"), holds a stopword, month, weekday, party, honorific or
// acronym. In Title Case headlines, where every word is capitalised, only
// the named-entity layer's PERSON entities are names. These are
// candidates: the claim modules say what makes one a person (a title
// beside it, a said-verb, the recogniser). The tagger is not asked whether
// a word is a proper noun: on names it never saw it often is wrong.
//
// Example (tokens of "Former Alaska Gov. Sarah Palin spoke."):
//   FindPersonNames(sentence, lexicon)  // {first 3, last 4, "Sarah Palin"}

#ifndef FACTCHECK_CLAIMS_EXTRACT_NAMES_H_
#define FACTCHECK_CLAIMS_EXTRACT_NAMES_H_

#include <string>
#include <vector>

#include "claims/extract/parsed_sentence.h"
#include "claims/lexicon.h"

namespace factcheck {

struct PersonName {
  int first = 0;  // tokens, inclusive
  int last = 0;
  std::string text;  // as written
};

// In token order, non-overlapping.
std::vector<PersonName> FindPersonNames(const ParsedSentence& s, const Lexicon& lexicon);

// Whether token i is a word that qualifies or titles a name rather than
// being part of it: an honorific, an office form's first word, a role
// modifier, a party name or a country adjective.
bool IsTitleWord(const ParsedSentence& s, int i, const Lexicon& lexicon);

// The office whose form is tokens [first, last] lowercased and joined by
// spaces ("foreign minister", "gov."), or nullptr.
const Office* OfficeAt(const ParsedSentence& s, int first, int last, const Lexicon& lexicon);

// The first token of the longest office form that ends at token `last`,
// or -1.
int OfficeEndingAt(const ParsedSentence& s, int last, const Lexicon& lexicon);

// What the sentence says of the sex of the person named by tokens
// [first, last]: the honorific just before ("Mr. Doe"), or a gendered noun
// joined to the name as appositive or compound ("the first lady, Jane
// Doe", "his daughter Jane Doe", "Jane Doe, his wife"); kUnknown if none
// or both.
Gender NameGender(const ParsedSentence& s, int first, int last, const Lexicon& lexicon);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_NAMES_H_
