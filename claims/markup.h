// File: claims/markup.h
//
// Ingestion of the three input formats into clean text plus its blocks
// (paragraphs, headings, list items), with every removed piece of markup
// that holds text (comments, scripts, images, code) reported as a skipped
// range, never silently dropped.
//
//   * Plain text: each line is a block, except paragraphs that are
//     hard-wrapped (several lines of similar width, separated from others by
//     blank lines), which are one block. Lines starting with "- ", "* ",
//     "• " or "1. " are list items.
//   * Markdown: headings (ATX and setext), paragraphs, list items and
//     blockquotes as blocks; emphasis, code marks, links and inline HTML
//     removed; HTML comments skipped; fenced code skipped.
//   * HTML: tags removed, block tags (<p>, <br>, <div>, <h1>..., <li>) end
//     blocks, entities decoded, <script>, <style> and comments skipped,
//     <title> read as metadata.
//
// Example:
//   IngestedText in = IngestMarkdown("# Talks end\n\nThey *met* today.\n");
//   in.clean.text()  // "Talks end" ... "They met today." in two blocks
//   in.blocks[0].kind == SENTENCE_KIND_HEADING

#ifndef FACTCHECK_CLAIMS_MARKUP_H_
#define FACTCHECK_CLAIMS_MARKUP_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/clean_text.h"
#include "proto/document.pb.h"

namespace factcheck {

// A paragraph, heading or list item, as a range of clean text.
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
  // Contents of an HTML <title>, entities decoded; empty otherwise.
  std::string html_title;
  int64_t html_title_begin = 0;
  int64_t html_title_end = 0;
};

IngestedText IngestPlainText(absl::string_view bytes);
IngestedText IngestMarkdown(absl::string_view bytes);
IngestedText IngestHtml(absl::string_view bytes);

// Dispatches on `format`.
IngestedText Ingest(absl::string_view bytes, InputFormat format);

// Decodes the HTML character reference starting at text[0] == '&'. On
// success stores the UTF-8 replacement and returns the reference's length
// in bytes; returns 0 when text does not start with a known reference.
int DecodeHtmlEntity(absl::string_view text, std::string* replacement);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_MARKUP_H_
