// File: compare/sentence_text.h
//
// Locates a piece of a sentence's normalised text (Sentence.text) in the
// original file, from the sentence's span and anchors alone, so that a
// finding about some words of a sentence points at those exact original
// characters without compare/ re-reading the file.
//
// Example:
//   // sentence.text() == "Talks lasted two hours ."
//   Location where = SentenceTextLocation(doc, sentence, 13, 16);  // "two"
//   // where.line(), where.column(): the original position of "two"

#ifndef FACTCHECK_COMPARE_SENTENCE_TEXT_H_
#define FACTCHECK_COMPARE_SENTENCE_TEXT_H_

#include "proto/document.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

// The original location of text bytes [begin, end) of `sentence`, a
// sentence of `document`. Requires 0 <= begin < end <= text size; offsets
// are clamped otherwise. The range should not cross an anchor inside a
// word (it never does for whole words).
Location SentenceTextLocation(const SourceDocument& document, const Sentence& sentence,
                              int begin, int end);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_SENTENCE_TEXT_H_
