// File: claims/tokenizer.h
//
// Splits a sentence of clean text into tokens for claim extraction: words
// (with inner apostrophes, hyphens and abbreviation dots: "didn't",
// "30-day", "U.S."), numbers ("1,000", "3.5"), possessive endings ("'s"),
// opening and closing quotes, and other punctuation. Offsets are into the
// clean text, so claims map back to the original file.
//
// Example:
//   std::vector<Token> t = Tokenize("Ukraine\u2019s 1,000 \u201Cfree\u201D", 0, n);
//   // Ukraine | 's | 1,000 | " | free | "
//   t[0].kind == TokenKind::kWord; t[1].kind == TokenKind::kPossessive;
//   t[2].kind == TokenKind::kNumber; t[3].kind == TokenKind::kOpenQuote;

#ifndef FACTCHECK_CLAIMS_TOKENIZER_H_
#define FACTCHECK_CLAIMS_TOKENIZER_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck {

enum class TokenKind {
  kWord,
  kNumber,
  kPossessive,
  kOpenQuote,
  kCloseQuote,
  kPunct,
};

struct Token {
  int64_t begin = 0;
  int64_t end = 0;
  absl::string_view text;
  TokenKind kind = TokenKind::kWord;
  // Starts with an uppercase letter.
  bool capitalized = false;
};

// Tokenizes text[begin, end).
std::vector<Token> Tokenize(absl::string_view text, int64_t begin, int64_t end);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_TOKENIZER_H_
