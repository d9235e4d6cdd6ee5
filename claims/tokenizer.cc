#include "claims/tokenizer.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "claims/utf8.h"

namespace factcheck {
namespace {

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// What continues a word: letters, digits and combining marks, so that a
// decomposed "Nguye\u0302\u0303n" stays one word.
bool IsWordChar(char32_t c) { return IsLetterOrMark(c) || IsDigit(c); }

}  // namespace

std::vector<Token> Tokenize(absl::string_view text, int64_t begin, int64_t end) {
  std::vector<Token> tokens;
  // News prose has about one token per five bytes; one allocation instead
  // of the vector's doublings.
  tokens.reserve(static_cast<size_t>(std::max<int64_t>(end - begin, 0) / 5 + 4));
  int64_t i = begin;
  auto char_at = [&](int64_t pos, int* length) -> char32_t {
    if (pos >= end) {
      *length = 0;
      return 0;
    }
    return DecodeUtf8(text, pos, length);
  };
  auto push = [&](int64_t from, int64_t to, TokenKind kind) {
    Token token;
    token.begin = from;
    token.end = to;
    token.text = text.substr(from, to - from);
    token.kind = kind;
    int length;
    token.capitalized = IsUpperLetter(DecodeUtf8(text, from, &length));
    tokens.push_back(token);
  };
  while (i < end) {
    int length;
    char32_t c = char_at(i, &length);
    if (IsSpace(c)) {
      i += length;
      continue;
    }
    if (IsDigit(c)) {
      // 1,000  3.5  2025  30-day (the number alone; "-day" follows)
      int64_t j = i;
      while (j < end) {
        char d = text[j];
        if (absl::ascii_isdigit(static_cast<unsigned char>(d))) {
          ++j;
        } else if ((d == ',' || d == '.') && j + 1 < end &&
                   absl::ascii_isdigit(static_cast<unsigned char>(text[j + 1]))) {
          ++j;
        } else {
          break;
        }
      }
      // Ordinal or unit suffix glued on: "18th", "2019s" stay words.
      if (j < end && absl::ascii_isalpha(static_cast<unsigned char>(text[j]))) {
        while (j < end && absl::ascii_isalnum(static_cast<unsigned char>(text[j]))) ++j;
        push(i, j, TokenKind::kWord);
      } else {
        push(i, j, TokenKind::kNumber);
      }
      i = j;
      continue;
    }
    if (IsLetter(c)) {
      int64_t j = i + length;
      while (j < end) {
        int l;
        char32_t d = char_at(j, &l);
        if (IsWordChar(d)) {
          j += l;
          continue;
        }
        int l2;
        char32_t next = char_at(j + l, &l2);
        // Inner apostrophe (didn't) but not a possessive ending.
        if (IsApostrophe(d) && IsLetter(next)) {
          int l3;
          char32_t after = char_at(j + l + l2, &l3);
          bool possessive = (next == 's' || next == 'S') && !IsLetterOrMark(after);
          if (possessive) break;
          j += l;
          continue;
        }
        // Hyphenated compounds: "face-to-face", "Ottoman-era".
        if (d == '-' && IsWordChar(next)) {
          j += l;
          continue;
        }
        // Abbreviation dots: "U.S.", "a.m." (a letter, a dot, a letter).
        if (d == '.' && IsLetter(next)) {
          int l3;
          char32_t after = char_at(j + l + l2, &l3);
          if (after == '.' || !IsLetter(after)) {
            j += l;
            continue;
          }
        }
        break;
      }
      // Keep the final dot of a dotted abbreviation ("U.S.").
      absl::string_view word = text.substr(i, j - i);
      if (j < end && text[j] == '.' && word.find('.') != absl::string_view::npos) ++j;
      push(i, j, TokenKind::kWord);
      i = j;
      continue;
    }
    if (IsApostrophe(c)) {
      int l2;
      char32_t next = char_at(i + length, &l2);
      int l3;
      char32_t after = char_at(i + length + l2, &l3);
      if ((next == 's' || next == 'S') && !IsLetterOrMark(after) && !tokens.empty() &&
          tokens.back().end == i) {
        push(i, i + length + l2, TokenKind::kPossessive);
        i += length + l2;
        continue;
      }
    }
    if (c == 0x201C || c == 0x2018 || c == 0xAB) {
      push(i, i + length, TokenKind::kOpenQuote);
    } else if (c == 0x201D || c == 0xBB) {
      push(i, i + length, TokenKind::kCloseQuote);
    } else if (c == 0x2019) {
      push(i, i + length, TokenKind::kCloseQuote);
    } else if (c == '"') {
      // Straight quotes: opening after a space or at the start.
      bool opening = tokens.empty() || i == begin ||
                     absl::ascii_isspace(static_cast<unsigned char>(text[i - 1])) ||
                     text[i - 1] == '(' || text[i - 1] == '[';
      push(i, i + length, opening ? TokenKind::kOpenQuote : TokenKind::kCloseQuote);
    } else {
      push(i, i + length, TokenKind::kPunct);
    }
    i += length;
  }
  return tokens;
}

}  // namespace factcheck
