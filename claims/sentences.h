// File: claims/sentences.h
//
// A sentence splitter for news text. It works inside one block (paragraph,
// heading, list item) of clean text and knows what trips naive splitters:
//
//   * abbreviations and initials: "U.S.", "Mr.", "Gen.", "Jan.", "a.m.",
//     "J. R. R." (the list is lexicon data);
//   * numbers: "3.5", "1,000";
//   * quotations: a full stop inside the quote ends the sentence after the
//     closing mark ('... done." She left'); a comma inside it does not
//     ('"...," she said.'); '"Why?" he asked' stays one sentence;
//   * ellipses and dashes do not end sentences;
//   * a full stop glued to the next sentence by lost whitespace
//     ("the delegation.Credit") ends the sentence when a lowercase word
//     precedes it and a capitalised word follows.
//
// An abbreviation that can end a sentence ("U.S.", "a.m.", "Inc.") ends one
// only when the next word is a common sentence opener ("The", "But", "He").
//
// Example:
//   SentenceSplitter splitter(lexicon);
//   std::string text = "Mr. Smith met U.S. officials. They left.";
//   auto sentences = splitter.Split(text, 0, text.size());
//   // [0, 29) "Mr. Smith met U.S. officials." and [30, 40) "They left."

#ifndef FACTCHECK_CLAIMS_SENTENCES_H_
#define FACTCHECK_CLAIMS_SENTENCES_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/lexicon.h"

namespace factcheck {

// A sentence as a half-open range of the text given to Split(), trimmed of
// surrounding whitespace.
struct SentenceRange {
  int64_t begin = 0;
  int64_t end = 0;
};

class SentenceSplitter {
 public:
  // `lexicon` must outlive the splitter.
  explicit SentenceSplitter(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Splits text[begin, end) into sentences, in order. Never returns an
  // empty sentence; returns nothing for an all-whitespace range.
  std::vector<SentenceRange> Split(absl::string_view text, int64_t begin,
                                   int64_t end) const;

 private:
  // Whether the full stop at text[dot] ends a sentence, given the word
  // before it and the position of the next word (or end).
  bool PeriodEndsSentence(absl::string_view text, int64_t word_begin,
                          int64_t dot, int64_t next, int64_t end) const;

  // Whether the stop `c` at text[mark], followed by whitespace (or the end),
  // ends the sentence begun at `start`; `next` is where the next one would
  // start.
  bool SpacedStopEnds(absl::string_view text, char32_t c, int64_t start, int64_t mark, int64_t next,
                      int64_t end) const;

  // Whether the stop at text[mark] with no space after it ends the
  // sentence begun at `start` ("delegation.Credit"): `after` is past the
  // run of stops, `close` past the closing marks after them.
  bool GluedStopEnds(absl::string_view text, int64_t start, int64_t mark, int64_t after,
                     int64_t close, int64_t end) const;

  const Lexicon& lexicon_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_SENTENCES_H_
