// File: claims/markup.h
//
// Ingestion of the three input formats into clean text plus its blocks
// (paragraphs, headings, list items, table cells), with every removed piece
// of markup that holds text (comments, scripts, images, code, page
// furniture) reported as a skipped range, never silently dropped.
//
//   * Plain text: each line is a block, except paragraphs that are
//     hard-wrapped (several lines of similar width, separated from others by
//     blank lines), which are one block. Lines starting with "- ", "* ",
//     "• " or "1. " are list items.
//   * Markdown: cmark-gfm's reading, see claims/markdown.h (tables,
//     footnotes, code skipped, YAML front matter as metadata).
//   * HTML: tags removed, block tags (<p>, <br>, <div>, <h1>..., <li>) end
//     blocks, entities decoded, <script>, <style> and comments skipped
//     (MARKUP); <nav>, <footer>, <aside> and a <header> outside <article>
//     and <main> skipped as PAGE_FURNITURE (to their end tag, or the end of
//     the file when none closes them); <title> read as the title and
//     <meta property="article:published_time" content="..."> as the date.
//
// Example:
//   IngestedText in = IngestHtml("<title>Talks</title><nav>Home</nav>"
//                                "<p>They met today.</p>");
//   in.title == "Talks"
//   in.clean.text() == "They met today."  // one block; "Home" is skipped

#ifndef FACTCHECK_CLAIMS_MARKUP_H_
#define FACTCHECK_CLAIMS_MARKUP_H_

#include <string>

#include "absl/strings/string_view.h"
#include "claims/ingested_text.h"
#include "claims/markdown.h"
#include "proto/document.pb.h"

namespace factcheck {

IngestedText IngestPlainText(absl::string_view bytes);
IngestedText IngestHtml(absl::string_view bytes);

// Dispatches on `format`.
IngestedText Ingest(absl::string_view bytes, InputFormat format);

// Decodes the HTML character reference starting at text[0] == '&'. On
// success stores the UTF-8 replacement and returns the reference's length
// in bytes; returns 0 when text does not start with a known reference.
int DecodeHtmlEntity(absl::string_view text, std::string* replacement);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_MARKUP_H_
