// File: compare/name_fold.h
//
// One key for the spellings of a name across sources, so that
// transliterations, diacritics, case and dotted abbreviations meet. Case
// folding and diacritic stripping are utf8proc's (Unicode's case folding
// and decompositions), for every script.
//
// Example:
//   FoldForComparison("U.S.") == FoldForComparison("US");   // "us"
//   FoldForComparison("Müller") == FoldForComparison("MULLER");  // "muler"

#ifndef FACTCHECK_COMPARE_NAME_FOLD_H_
#define FACTCHECK_COMPARE_NAME_FOLD_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// A name folded for comparison across sources: its letters, case-folded
// and without diacritics, in any script, doubled letters collapsed, and
// single spaces between words; digits, punctuation and apostrophes are left
// out. "Tchaikovskyy" and "Tchaikovsky" -> "tchaikovsky"; "Çanakkale" ->
// "canakale"; "Łódź" -> "lodz" (letters with a stroke fold to their base
// letter too); Cyrillic stays Cyrillic, lowercase: "ЗЕЛЕНСКИЙ" ->
// "зеленски" (й is и with a breve, and then a doubled letter). Never fails: text that is not valid UTF-8 keeps its letters,
// lowercased without folding.
std::string FoldForComparison(absl::string_view name);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_NAME_FOLD_H_
