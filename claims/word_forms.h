// File: claims/word_forms.h
//
// Word forms shared by extraction (claims/) and comparison (compare/):
// lowercasing as every comparison of words does it, and the light stems
// and lemmas that let "negotiations" meet "negotiation" and "lasted" meet
// "last". Rules on the spelling only, no dictionary: the trained lemmatizer
// (claims/analysis/lemmatizer.h) is for the linguistic layer; these stay
// for comparisons that must treat every text alike.
//
// Example:
//   PredicateStem("committed") == PredicateStem("commitment")  // "commit"
//   NounLemma("families") == "family"

#ifndef FACTCHECK_CLAIMS_WORD_FORMS_H_
#define FACTCHECK_CLAIMS_WORD_FORMS_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// ASCII lowercase, with curly apostrophes (U+2019) made straight.
std::string LowercaseWord(absl::string_view text);

// A verb or noun reduced to a comparable stem: "committed", "commits",
// "commitment" -> "commit"; "agreed" -> "agre"; "stayed" -> "stay". Stems
// drop a final "e" so that "arrange" and "arranged" meet.
std::string PredicateStem(absl::string_view word);

// Lowercase singular of a counted noun: "prisoners" -> "prisoner",
// "families" -> "family".
std::string NounLemma(absl::string_view word);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_WORD_FORMS_H_
