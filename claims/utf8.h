// File: claims/utf8.h
//
// Minimal UTF-8 helpers for text that ValidateText() has accepted: decoding
// one character and classifying letters by case. Case is known for Latin
// (with Latin-1 and Latin Extended-A), Greek and Cyrillic, which covers the
// names news in English prints; other scripts' letters are caseless.
//
// Example:
//   int length;
//   char32_t c = DecodeUtf8("\xC3\x87" "a", 0, &length);  // 'Ç', length 2
//   IsUpperLetter(c) == true;

#ifndef FACTCHECK_CLAIMS_UTF8_H_
#define FACTCHECK_CLAIMS_UTF8_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace factcheck {

namespace utf8_internal {
// The out-of-line halves of the functions below, for non-ASCII input.
char32_t DecodeMultiByte(absl::string_view text, int64_t pos, int* length);
bool IsUpperNonAscii(char32_t c);
bool IsLowerNonAscii(char32_t c);
bool IsLetterNonAscii(char32_t c);
bool IsSpaceNonAscii(char32_t c);
}  // namespace utf8_internal

// These run for every byte of every input (tokenizer, sentence splitter,
// whitespace folding), and news text is mostly ASCII: the ASCII case is
// inline, the rest is a call.

// Decodes the character starting at text[pos] and stores its byte length
// (1 for a stray continuation byte, which valid input never has).
inline char32_t DecodeUtf8(absl::string_view text, int64_t pos, int* length) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  return utf8_internal::DecodeMultiByte(text, pos, length);
}

// The start of the character before `pos` (0 when pos is 0).
int64_t PreviousCharStart(absl::string_view text, int64_t pos);

inline bool IsUpperLetter(char32_t c) {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : utf8_internal::IsUpperNonAscii(c);
}
inline bool IsLowerLetter(char32_t c) {
  return c < 0x80 ? c >= 'a' && c <= 'z' : utf8_internal::IsLowerNonAscii(c);
}
inline bool IsLetter(char32_t c) {
  return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                  : utf8_internal::IsLetterNonAscii(c);
}
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Quote characters: straight, curly, guillemets.
bool IsOpeningQuote(char32_t c);
bool IsClosingQuote(char32_t c);

// Horizontal or vertical whitespace, no-break space included.
inline bool IsSpace(char32_t c) {
  // ' ' and '\t' '\n' '\v' '\f' '\r' (9..13).
  return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : utf8_internal::IsSpaceNonAscii(c);
}

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_UTF8_H_
