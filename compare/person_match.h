// File: compare/person_match.h
//
// Whether two names, as two sources write them, name one person. Sources
// title, shorten and spell a person differently: "Sheriff Joe Roe",
// "Sheriff Roe" and "Joe Roe Jr." are one person; so are "Charles E. Roe"
// and "Chuck Roe" (the same initial of the given name), and "Roe" and a
// one-letter slip of it ("Rowe"). "Ann Roe" and "Ben Roe" are not.
//
// A name's parts: the words left once leading titles (honorifics, words
// that start an office form, role modifiers, parties, country adjectives,
// from the vocabulary) and trailing suffixes (name_suffixes, roman
// numerals) are dropped; its surname is the last of them, its given name
// the first when there are two or more. Both are folded as
// compare/name_fold.h folds names.
//
// Example:
//   SamePerson("Chief Justice John Roe", "Justice Roe", lexicon)  // true
//   PersonNameParts("Sen. Mary Q. Roe Jr.", lexicon)  // {"mary", "roe"}

#ifndef FACTCHECK_COMPARE_PERSON_MATCH_H_
#define FACTCHECK_COMPARE_PERSON_MATCH_H_

#include <string>

#include "absl/strings/string_view.h"
#include "claims/lexicon.h"

namespace factcheck {

struct NameParts {
  std::string given;    // folded; empty for a surname alone
  std::string surname;  // folded; empty when the name has no words
};

NameParts PersonNameParts(absl::string_view name, const Lexicon& lexicon);

// Same surname (or one letter apart, both of four letters or more, same
// first letter), and given names that agree on their first letter when
// both are there.
bool SamePerson(absl::string_view a, absl::string_view b, const Lexicon& lexicon);

// Whether two folded name words are one spelling slip apart: both of four
// letters or more, the same first letter, and one letter added, dropped,
// changed, or two neighbours swapped ("priebus", "preibus").
bool SpellingSlip(absl::string_view a, absl::string_view b);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PERSON_MATCH_H_
