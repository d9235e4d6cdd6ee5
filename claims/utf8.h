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

// Decodes the character starting at text[pos] and stores its byte length
// (1 for a stray continuation byte, which valid input never has).
char32_t DecodeUtf8(absl::string_view text, int64_t pos, int* length);

// The start of the character before `pos` (0 when pos is 0).
int64_t PreviousCharStart(absl::string_view text, int64_t pos);

bool IsUpperLetter(char32_t c);
bool IsLowerLetter(char32_t c);
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);

// Quote characters: straight, curly, guillemets.
bool IsOpeningQuote(char32_t c);
bool IsClosingQuote(char32_t c);

// Horizontal or vertical whitespace, no-break space included.
bool IsSpace(char32_t c);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_UTF8_H_
