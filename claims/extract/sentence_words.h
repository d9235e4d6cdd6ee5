// File: claims/extract/sentence_words.h
//
// A sentence's words as the extractor's surface rules read them: each
// token's lowercase form (curly apostrophes made straight), computed once
// per token because the rules compare it with the vocabulary's cue words
// for nearly every token, and the digits of a number token.
//
//   LowerToken w = LowerWordOf("Don’t");   // "don't"
//   w == "don't"                          // true, without strlen
//   double v; ParseDigits("5,000", &v);   // v == 5000

#ifndef FACTCHECK_CLAIMS_EXTRACT_SENTENCE_WORDS_H_
#define FACTCHECK_CLAIMS_EXTRACT_SENTENCE_WORDS_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <utility>

#include "absl/strings/string_view.h"

namespace factcheck {

// A token's lowercase form. The rules compare it with cue words for every
// token ("since", "the", ...); libstdc++ turns std::string == "literal" into
// an out-of-line compare() and strlen() call, while this comparison inlines
// and rejects on the length first (15% of extract's instructions before).
struct LowerToken : std::string {
  LowerToken() = default;
  LowerToken(std::string word) : std::string(std::move(word)) {}  // NOLINT
};
template <size_t N>
inline bool operator==(const LowerToken& word, const char (&literal)[N]) {
  return word.size() == N - 1 && std::memcmp(word.data(), literal, N - 1) == 0;
}
template <size_t N>
inline bool operator!=(const LowerToken& word, const char (&literal)[N]) {
  return !(word == literal);
}

// Lowercase (ASCII letters), with curly apostrophes made straight. One pass
// and no allocation for short words: this runs on every token.
std::string Lower(absl::string_view text);

// The value of a number token, thousands separators dropped ("5,000",
// "3.5"). False when it is not a number.
bool ParseDigits(absl::string_view text, double* value);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_SENTENCE_WORDS_H_
