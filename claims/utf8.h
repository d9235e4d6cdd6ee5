// File: claims/utf8.h
//
// Minimal UTF-8 helpers for text that ValidateText() has accepted: decoding
// one character and classifying it (letter, case, combining mark, space).
// ASCII is answered inline; every other character by its Unicode general
// category from utf8proc, so every script and block is covered: "Ł" and "Ż"
// are uppercase letters, "ễ" (U+1EC5) a lowercase one, U+0303 a combining
// mark, "中" a caseless letter.
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
bool IsCombiningMarkNonAscii(char32_t c);
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

// Uppercase: general category Lu, or Lt (a titlecase digraph such as "ǅ",
// which capitalises a word).
inline bool IsUpperLetter(char32_t c) {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : utf8_internal::IsUpperNonAscii(c);
}
// Lowercase: general category Ll.
inline bool IsLowerLetter(char32_t c) {
  return c < 0x80 ? c >= 'a' && c <= 'z' : utf8_internal::IsLowerNonAscii(c);
}
// A letter of any script: general categories Lu, Ll, Lt, Lm and Lo.
inline bool IsLetter(char32_t c) {
  return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                  : utf8_internal::IsLetterNonAscii(c);
}

// A combining mark (general categories Mn, Mc, Me: U+0301 of a decomposed
// "é", a Devanagari vowel sign). Not a letter, but it belongs to the word
// before it: "Nguye\u0302\u0303n" is one word.
inline bool IsCombiningMark(char32_t c) {
  return c >= 0x300 && utf8_internal::IsCombiningMarkNonAscii(c);
}

// A letter or a combining mark: what continues a word once a letter began it.
inline bool IsLetterOrMark(char32_t c) { return IsLetter(c) || IsCombiningMark(c); }
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Quote characters: straight, curly, guillemets.
bool IsOpeningQuote(char32_t c);
bool IsClosingQuote(char32_t c);

// Horizontal or vertical whitespace: ASCII's, general categories Zs, Zl, Zp
// (no-break, thin and ideographic spaces, line and paragraph separators),
// NEL (U+0085) and the zero-width space (U+200B).
inline bool IsSpace(char32_t c) {
  // ' ' and '\t' '\n' '\v' '\f' '\r' (9..13).
  return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : utf8_internal::IsSpaceNonAscii(c);
}

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_UTF8_H_
