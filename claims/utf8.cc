#include "claims/utf8.h"

#include <utf8proc.h>

namespace factcheck {

namespace utf8_internal {

char32_t DecodeMultiByte(absl::string_view text, int64_t pos, int* length) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const int64_t left = static_cast<int64_t>(text.size()) - pos;
  unsigned char c = p[0];
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && left >= 2) {
    *length = 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if ((c & 0xF0) == 0xE0 && left >= 3) {
    *length = 3;
    return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  if ((c & 0xF8) == 0xF0 && left >= 4) {
    *length = 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
  }
  *length = 1;
  return 0xFFFD;
}

// Letter classes and case come from utf8proc's tables of the Unicode
// Character Database (general category), so every script and every block
// is covered, not only the ranges a hand-written table listed.

bool IsUpperNonAscii(char32_t c) {
  utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  // Titlecase digraphs ("ǅ") start a capitalised word like an uppercase letter.
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool IsLowerNonAscii(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

bool IsLetterNonAscii(char32_t c) {
  utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

bool IsCombiningMarkNonAscii(char32_t c) {
  utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
}

bool IsSpaceNonAscii(char32_t c) {
  // NEL is a control character and U+200B a format character in Unicode;
  // both separate words in text.
  if (c == 0x85 || c == 0x200B) return true;
  utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_ZS && category <= UTF8PROC_CATEGORY_ZP;
}

}  // namespace utf8_internal

int64_t PreviousCharStart(absl::string_view text, int64_t pos) {
  if (pos <= 0) return 0;
  --pos;
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

bool IsOpeningQuote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB ||
         c == 0x201E;
}

bool IsClosingQuote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

}  // namespace factcheck
