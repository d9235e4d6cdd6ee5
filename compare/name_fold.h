// File: compare/name_fold.h
//
// One key for the spellings of a name across sources, so that
// transliterations, diacritics and dotted abbreviations meet.
//
// Example:
//   FoldForComparison("U.S.") == FoldForComparison("US");   // "us"

#ifndef FACTCHECK_COMPARE_NAME_FOLD_H_
#define FACTCHECK_COMPARE_NAME_FOLD_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// A name folded for comparison across sources: ASCII letters without
// diacritics, lowercase, doubled letters collapsed ("Tchaikovskyy" and
// "Tchaikovsky" -> "tchaikovsky"; "Çanakkale" -> "canakale").
std::string FoldForComparison(absl::string_view name);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_NAME_FOLD_H_
