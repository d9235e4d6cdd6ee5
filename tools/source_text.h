// File: tools/source_text.h
//
// The original bytes of each input and where its sentences are, kept for
// the outputs that show text around a finding (the text format underlines
// the claim in its sentence; the html report shows the sources side by
// side) and for inline suppressions, which live in the original bytes.
//
// Example:
//   SourceTexts texts = ReadSourceTexts(loaded.documents);
//   const SourceText* t = FindSourceText(texts, finding.location().path());
//   std::string sentence = SentenceAround(*t, finding.location());

#ifndef FACTCHECK_TOOLS_SOURCE_TEXT_H_
#define FACTCHECK_TOOLS_SOURCE_TEXT_H_

#include <map>
#include <string>
#include <vector>

#include "proto/document.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

struct SourceText {
  // The file as read from disk.
  std::string bytes;
  InputFormat format = INPUT_FORMAT_UNSPECIFIED;
  // Each sentence's span, in document order.
  std::vector<Span> sentences;
};

// Keyed by the path as given on the command line.
using SourceTexts = std::map<std::string, SourceText>;

// Reads each document's file again. A document read from standard input,
// or a file that changed since it was read (its SHA-256 differs), is left
// out: the outputs then fall back to the claim's own text, so nothing is
// shown that does not match the findings' offsets.
SourceTexts ReadSourceTexts(const std::vector<SourceDocument>& documents);

// Returns the entry for `path`, or nullptr.
const SourceText* FindSourceText(const SourceTexts& texts, const std::string& path);

// A claim shown in its sentence, for people: the sentence's original text
// with whitespace runs folded to one space, and where the claim starts and
// how long it is, both in characters of that folded text.
struct SentenceView {
  std::string text;
  int claim_column = 0;  // 0-based
  int claim_width = 0;
};

// The sentence holding `at` (by byte offsets); when no sentence holds it,
// the line(s) it is on. Returns false when `at` is outside the text.
bool SentenceAround(const SourceText& text, const Location& at, SentenceView* view);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_SOURCE_TEXT_H_
