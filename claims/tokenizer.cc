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

// Whether `next` and the character `after` it end a possessive ("'s").
bool IsPossessiveS(char32_t next, char32_t after) {
  return (next == 's' || next == 'S') && !IsLetterOrMark(after);
}

// The character at `pos` and its *length in bytes; 0 (length 0) at or past
// `end`.
char32_t CharAt(absl::string_view text, int64_t end, int64_t pos, int* length) {
  if (pos >= end) {
    *length = 0;
    return 0;
  }
  return DecodeUtf8(text, pos, length);
}

Token MakeToken(absl::string_view text, int64_t from, int64_t to, TokenKind kind) {
  Token token;
  token.begin = from;
  token.end = to;
  token.text = text.substr(from, to - from);
  token.kind = kind;
  int length;
  token.capitalized = IsUpperLetter(DecodeUtf8(text, from, &length));
  return token;
}

// The end of the number starting at `i`: 1,000  3.5  2025  30-day (the
// number alone; "-day" follows). With an ordinal or unit suffix glued on
// ("18th", "2019s") it is a word, and *kind says which.
int64_t NumberEnd(absl::string_view text, int64_t i, int64_t end, TokenKind* kind) {
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
  *kind = TokenKind::kNumber;
  if (j < end && absl::ascii_isalpha(static_cast<unsigned char>(text[j]))) {
    while (j < end && absl::ascii_isalnum(static_cast<unsigned char>(text[j]))) ++j;
    *kind = TokenKind::kWord;
  }
  return j;
}

// Whether the character `d` (`l` bytes) at `j`, which is no word character,
// still joins the word around it.
bool JoinsWord(absl::string_view text, int64_t end, int64_t j, int l, char32_t d) {
  int l2;
  char32_t next = CharAt(text, end, j + l, &l2);
  // Inner apostrophe (didn't) but not a possessive ending.
  if (IsApostrophe(d) && IsLetter(next)) {
    int l3;
    char32_t after = CharAt(text, end, j + l + l2, &l3);
    return !IsPossessiveS(next, after);
  }
  // Hyphenated compounds: "face-to-face", "Ottoman-era".
  if (d == '-' && IsWordChar(next)) return true;
  // Abbreviation dots: "U.S.", "a.m." (a letter, a dot, a letter).
  if (d == '.' && IsLetter(next)) {
    int l3;
    char32_t after = CharAt(text, end, j + l + l2, &l3);
    if (after == '.' || !IsLetter(after)) return true;
  }
  return false;
}

// The end of the word whose first letter (`first_length` bytes) is at `i`.
int64_t WordEnd(absl::string_view text, int64_t end, int64_t i, int first_length) {
  int64_t j = i + first_length;
  while (j < end) {
    int l;
    char32_t d = CharAt(text, end, j, &l);
    if (!IsWordChar(d) && !JoinsWord(text, end, j, l, d)) break;
    j += l;
  }
  // Keep the final dot of a dotted abbreviation ("U.S.").
  absl::string_view word = text.substr(i, j - i);
  if (j < end && text[j] == '.' && word.find('.') != absl::string_view::npos) ++j;
  return j;
}

// The end of the possessive "'s" whose apostrophe (`length` bytes) is at
// `i`, or -1 if it is none.
int64_t PossessiveEnd(absl::string_view text, int64_t end, int64_t i, int length) {
  int l2;
  char32_t next = CharAt(text, end, i + length, &l2);
  int l3;
  char32_t after = CharAt(text, end, i + length + l2, &l3);
  return IsPossessiveS(next, after) ? i + length + l2 : -1;
}

// The kind of the one-character token `c` at `i`: a quote mark or other
// punctuation. `first` says whether no token comes before it.
TokenKind MarkKind(absl::string_view text, int64_t begin, int64_t i, char32_t c, bool first) {
  if (c == 0x201C || c == 0x2018 || c == 0xAB) return TokenKind::kOpenQuote;
  if (c == 0x201D || c == 0xBB || c == 0x2019) return TokenKind::kCloseQuote;
  if (c == '"') {
    // Straight quotes: opening after a space or at the start.
    bool opening = first || i == begin ||
                   absl::ascii_isspace(static_cast<unsigned char>(text[i - 1])) ||
                   text[i - 1] == '(' || text[i - 1] == '[';
    return opening ? TokenKind::kOpenQuote : TokenKind::kCloseQuote;
  }
  return TokenKind::kPunct;
}

}  // namespace

std::vector<Token> Tokenize(absl::string_view text, int64_t begin, int64_t end) {
  std::vector<Token> tokens;
  // News prose has about one token per five bytes; one allocation instead
  // of the vector's doublings.
  tokens.reserve(static_cast<size_t>(std::max<int64_t>(end - begin, 0) / 5 + 4));
  int64_t i = begin;
  while (i < end) {
    int length;
    char32_t c = CharAt(text, end, i, &length);
    if (IsSpace(c)) {
      i += length;
      continue;
    }
    int64_t token_end = i + length;
    TokenKind kind;
    if (IsDigit(c)) {
      token_end = NumberEnd(text, i, end, &kind);
    } else if (IsLetter(c)) {
      token_end = WordEnd(text, end, i, length);
      kind = TokenKind::kWord;
    } else if (int64_t possessive = IsApostrophe(c) ? PossessiveEnd(text, end, i, length) : -1;
               possessive >= 0 && !tokens.empty() && tokens.back().end == i) {
      token_end = possessive;
      kind = TokenKind::kPossessive;
    } else {
      kind = MarkKind(text, begin, i, c, tokens.empty());
    }
    tokens.push_back(MakeToken(text, i, token_end, kind));
    i = token_end;
  }
  return tokens;
}

}  // namespace factcheck
