#include "claims/utf8.h"

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

bool IsUpperNonAscii(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0 && c != 0x138;
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

bool IsLowerNonAscii(char32_t c) {
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 1 || c == 0x138;
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool IsLetterNonAscii(char32_t c) {
  if (IsUpperNonAscii(c) || IsLowerNonAscii(c)) return true;
  if (c < 0xC0) return false;
  // Other scripts: treat letters of the major blocks as caseless letters.
  return (c >= 0x180 && c <= 0x24F) || (c >= 0x370 && c <= 0x52F) ||
         (c >= 0x590 && c <= 0x6FF) || (c >= 0x900 && c <= 0xDFF) ||
         (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

bool IsSpaceNonAscii(char32_t c) {
  return c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x200B;
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
