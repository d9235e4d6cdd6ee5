#include "claims/sentences.h"

#include <string>

#include "absl/strings/ascii.h"
#include "claims/utf8.h"

namespace factcheck {
namespace {

char32_t CharAt(absl::string_view text, int64_t pos, int* length) {
  return DecodeUtf8(text, pos, length);
}

bool IsClosingMark(char32_t c) {
  return IsClosingQuote(c) || c == ')' || c == ']';
}

// The word that runs up to `end` (exclusive): letters, digits, dots and
// apostrophes, stopping at whitespace, quotes and brackets.
int64_t WordStart(absl::string_view text, int64_t floor, int64_t end) {
  int64_t pos = end;
  while (pos > floor) {
    int64_t prev = PreviousCharStart(text, pos);
    int length;
    char32_t c = CharAt(text, prev, &length);
    if (IsSpace(c) || c == '(' || c == '[' || c == '"' || c == 0x201C ||
        c == 0x2018 || c == 0x2014 || c == 0x2013 || c == '/') {
      break;
    }
    pos = prev;
  }
  return pos;
}

// The first word starting at `pos` (letters and the combining marks on
// them), for checking sentence openers.
absl::string_view WordAt(absl::string_view text, int64_t pos, int64_t end) {
  int64_t i = pos;
  while (i < end) {
    int length;
    char32_t c = CharAt(text, i, &length);
    if (!(i == pos ? IsLetter(c) : IsLetterOrMark(c))) break;
    i += length;
  }
  return text.substr(pos, i - pos);
}

// Letters of any script, the combining marks on them and straight quotes
// only ("team", "Gdańsk", '"said').
bool IsLettersAndQuotes(absl::string_view word) {
  int64_t i = 0;
  while (i < static_cast<int64_t>(word.size())) {
    int length;
    char32_t c = CharAt(word, i, &length);
    if (!IsLetterOrMark(c) && c != '"') return false;
    i += length;
  }
  return true;
}

bool IsTerminal(char32_t c) { return c == '.' || c == '!' || c == '?'; }

// The first position at or after `pos` that is not whitespace, or `end`.
int64_t SkipSpace(absl::string_view text, int64_t pos, int64_t end) {
  while (pos < end) {
    int length;
    char32_t c = CharAt(text, pos, &length);
    if (!IsSpace(c)) break;
    pos += length;
  }
  return pos;
}

// Adds text[from, to) without its trailing whitespace, unless that leaves
// nothing.
void AddSentence(absl::string_view text, int64_t from, int64_t to,
                 std::vector<SentenceRange>* sentences) {
  while (to > from) {
    int64_t prev = PreviousCharStart(text, to);
    int length;
    if (!IsSpace(CharAt(text, prev, &length))) break;
    to = prev;
  }
  if (to > from) sentences->push_back({from, to});
}

// The end of the run of stops starting with the one at `pos` (an ellipsis
// "...", or "?!"); *dots counts the full stops in it.
int64_t StopRunEnd(absl::string_view text, int64_t pos, int64_t end, int* dots) {
  int64_t after = pos + 1;
  *dots = text[pos] == '.' ? 1 : 0;
  while (after < end && (text[after] == '.' || text[after] == '!' || text[after] == '?')) {
    *dots += text[after] == '.';
    ++after;
  }
  return after;
}

// Whether what follows a full stop at `after` makes it part of a decimal
// or grouped number or a compound: "3.5", "U.S.-Russia".
bool DotContinues(absl::string_view text, int64_t after, int64_t end) {
  return after < end &&
         (absl::ascii_isdigit(text[after]) || text[after] == '-' || text[after] == ',');
}

// The end of the closing quotes and brackets from `after`, which belong to
// the sentence begun at `start`. A straight double quote is closing only
// when a quotation is open (an odd number of them since the sentence
// start); otherwise it opens the next sentence, as in text that lost its
// paragraph breaks ('said."The').
int64_t ClosingMarksEnd(absl::string_view text, int64_t start, int64_t after, int64_t end) {
  int64_t close = after;
  while (close < end) {
    int close_length;
    char32_t d = CharAt(text, close, &close_length);
    if (!IsClosingMark(d)) break;
    if (d == '"') {
      int quotes = 0;
      for (int64_t k = start; k < close; ++k) quotes += text[k] == '"';
      if (quotes % 2 == 0) break;
    }
    close += close_length;
  }
  return close;
}

}  // namespace

bool SentenceSplitter::PeriodEndsSentence(absl::string_view text,
                                          int64_t word_begin, int64_t dot,
                                          int64_t next, int64_t end) const {
  absl::string_view word = text.substr(word_begin, dot - word_begin);
  // Strip possessive or leading punctuation noise.
  while (!word.empty() && (word.front() == '\'' || word.front() == '(')) {
    word.remove_prefix(1);
  }
  if (next >= end) return true;
  int length;
  char32_t following = CharAt(text, next, &length);
  // A lowercase continuation never starts a new sentence.
  if (IsLowerLetter(following)) return false;
  if (word.empty()) return true;
  std::string lower = absl::AsciiStrToLower(word);
  bool has_inner_dot = word.find('.') != absl::string_view::npos;
  // An initial: "J." or "R." before a capitalised name.
  int first_length;
  char32_t first = CharAt(word, 0, &first_length);
  if (first_length == static_cast<int>(word.size()) && IsUpperLetter(first)) {
    return false;
  }
  // Numbers: "No. 3", and a list number at the start is handled by blocks.
  if (lexicon_.IsAbbreviation(lower) || has_inner_dot) {
    // Titles before names never end a sentence; abbreviations that are
    // also nouns end one when a sentence opener follows.
    absl::string_view next_word = WordAt(text, next, end);
    bool opener = lexicon_.IsStopword(next_word);
    if (lexicon_.IsHonorific(word) || lexicon_.MonthNumber(word) > 0) {
      return false;
    }
    if (!has_inner_dot && word.size() <= 4 && IsUpperLetter(first) &&
        !opener) {
      // "Gen.", "Sgt.", "Gov." before a name.
      return false;
    }
    return opener || IsOpeningQuote(following);
  }
  return true;
}

bool SentenceSplitter::SpacedStopEnds(absl::string_view text, char32_t c, int64_t start,
                                      int64_t mark, int64_t next, int64_t end) const {
  if (next >= end) return true;
  int next_length;
  char32_t following = CharAt(text, next, &next_length);
  bool ends;
  if (c == '.') {
    int64_t word_begin = WordStart(text, start, mark);
    ends = PeriodEndsSentence(text, word_begin, mark, next, end);
  } else {
    // "!" and "?": a lowercase word after them continues the sentence
    // ('"Why?" he asked').
    ends = !IsLowerLetter(following);
  }
  // Punctuation that continues a sentence.
  if (following == ',' || following == ';' || following == ':' || following == ')' ||
      following == 0x2014 || following == 0x2013) {
    ends = false;
  }
  return ends;
}

bool SentenceSplitter::GluedStopEnds(absl::string_view text, int64_t start, int64_t mark,
                                     int64_t after, int64_t close, int64_t end) const {
  // Glued sentences: "delegation.Credit" (lowercase word, full stop,
  // capitalised word followed by a lowercase letter).
  int next_length;
  char32_t following = CharAt(text, close, &next_length);
  int64_t word_begin = WordStart(text, start, mark);
  absl::string_view word = text.substr(word_begin, mark - word_begin);
  // A word without inner dots that is not an abbreviation ("team",
  // "BT"), glued to a capitalised word that goes on in lowercase.
  bool plain_word = word.size() >= 2 && word.find('.') == absl::string_view::npos &&
                    !lexicon_.IsAbbreviation(absl::AsciiStrToLower(word)) &&
                    IsLettersAndQuotes(word);
  // An opening quote glued after the stop: '."The' or '!"It'.
  int64_t glued = close;
  if (following == '"' && glued + 1 < end) {
    following = CharAt(text, glued + 1, &next_length);
    glued += 1;
  }
  int second_length;
  bool then_lower =
      glued + next_length < end && IsLowerLetter(CharAt(text, glued + next_length, &second_length));
  return (plain_word || close > after) && IsUpperLetter(following) && then_lower;
}

std::vector<SentenceRange> SentenceSplitter::Split(absl::string_view text, int64_t begin,
                                                   int64_t end) const {
  std::vector<SentenceRange> sentences;
  int64_t start = SkipSpace(text, begin, end);
  int64_t pos = start;
  while (pos < end) {
    int length;
    char32_t c = CharAt(text, pos, &length);
    if (!IsTerminal(c)) {
      pos += length;
      continue;
    }
    const int64_t mark = pos;
    int dots = 0;
    const int64_t after = StopRunEnd(text, pos, end, &dots);
    // An ellipsis, or a dot inside a number or compound: not a boundary.
    if (c == '.' && (dots >= 3 || DotContinues(text, after, end))) {
      pos = after;
      continue;
    }
    const int64_t close = ClosingMarksEnd(text, start, after, end);
    const int64_t next = SkipSpace(text, close, end);
    const bool spaced = next > close || next >= end;
    const bool ends = spaced ? SpacedStopEnds(text, c, start, mark, next, end)
                             : GluedStopEnds(text, start, mark, after, close, end);
    if (ends) {
      AddSentence(text, start, close, &sentences);
      start = next;
    }
    pos = close > pos ? close : pos + 1;
  }
  if (start < end) AddSentence(text, start, end, &sentences);
  return sentences;
}

}  // namespace factcheck
