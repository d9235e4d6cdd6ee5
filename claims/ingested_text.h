// File: claims/ingested_text.h
//
// What reading one input format gives: clean text (claims/clean_text.h),
// its blocks, the original ranges that contribute no text, and the
// metadata the markup states (an HTML <title> and published time, a
// Markdown front matter's title and date). Filled by IngestPlainText and
// IngestHtml (claims/markup.h) and IngestMarkdown (claims/markdown.h).

#ifndef FACTCHECK_CLAIMS_INGESTED_TEXT_H_
#define FACTCHECK_CLAIMS_INGESTED_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claims/clean_text.h"
#include "proto/document.pb.h"

namespace factcheck {

// A paragraph, heading, list item or table cell, as a range of clean text.
struct TextBlock {
  int64_t begin = 0;
  int64_t end = 0;
  SentenceKind kind = SENTENCE_KIND_BODY;
};

// A range of the original file that contributes no text.
struct SkippedRange {
  int64_t begin = 0;
  int64_t end = 0;
  SkipReason reason = SKIP_REASON_UNSPECIFIED;
};

struct IngestedText {
  CleanText clean;
  // In text order, non-overlapping, never empty.
  std::vector<TextBlock> blocks;
  // Original byte ranges, in text order.
  std::vector<SkippedRange> skipped;
  // The title the markup states (an HTML <title>, entities decoded; a
  // Markdown front matter's `title:`); empty otherwise. [title_begin,
  // title_end) is its original byte range.
  std::string title;
  int64_t title_begin = 0;
  int64_t title_end = 0;
  // The publication date or time the markup states, as written (an HTML
  // <meta property="article:published_time" content="...">, a front
  // matter's `date:`); empty otherwise. The document reader reads the date
  // out of it.
  std::string date;
  int64_t date_begin = 0;
  int64_t date_end = 0;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_INGESTED_TEXT_H_
