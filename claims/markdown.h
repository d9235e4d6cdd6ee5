// File: claims/markdown.h
//
// Markdown input, parsed by cmark-gfm (GitHub Flavored Markdown: CommonMark
// with tables, footnotes, strikethrough and autolinks) with source
// positions, into clean text whose every byte maps back to the original
// file (claims/clean_text.h).
//
//   * Blocks: headings (ATX and setext), paragraphs, list items (each
//     paragraph of an item is a LIST_ITEM block), paragraphs inside
//     blockquotes, each table cell (its text, never the pipes), and the
//     paragraphs of footnote definitions, in the order of the original
//     (cmark-gfm moves footnote definitions to the end; they are put back).
//   * Removed, keeping the text: emphasis, strikethrough, code marks (the
//     code span's text stays), links (the link text stays), inline HTML
//     tags, backslash escapes; character references are decoded.
//   * Skipped ranges (never silently dropped): fenced and indented code and
//     HTML blocks (MARKUP), HTML comments (DIRECTIVE when they hold a
//     `factcheck-` directive, else MARKUP), images and footnote references
//     (MARKUP: neither is a word of the sentence), and top-level lines
//     cmark-gfm keeps no node for, such as link reference definitions and
//     footnote definitions nothing refers to (MARKUP).
//   * YAML front matter: when the file (after a BOM) opens with a `---`
//     line and a later `---` or `...` line closes it, its `title:` and
//     `date:` (one-line values, quotes removed) are read as IngestedText's
//     title and date and their lines are METADATA skipped ranges; the rest
//     of it is a MARKUP skipped range. It is never text.
//
// cmark-gfm's positions are line and byte column; those of inline nodes
// are sometimes off (table cells with escaped pipes, multi-line code spans,
// extension autolinks have none), and a text node's literal differs from
// its source where character references and escapes were decoded. So each
// literal is aligned against the original bytes: at the node's position
// when it matches there, else at the first nearby place after the previous
// node where it does; when nothing matches, the literal is mapped as a
// whole onto the bytes from there, so spans stay inside the node.
//
// Example:
//   IngestedText in = IngestMarkdown("---\ntitle: Talks\n---\n| a | *b* |\n"
//                                    "|---|---|\n| 1 | 2 |\n");
//   in.title == "Talks"
//   // blocks: "a", "b", "1", "2"; the front matter is skipped

#ifndef FACTCHECK_CLAIMS_MARKDOWN_H_
#define FACTCHECK_CLAIMS_MARKDOWN_H_

#include "absl/strings/string_view.h"
#include "claims/ingested_text.h"

namespace factcheck {

// Reads `bytes` (valid UTF-8, as ReadInputFile checks) as Markdown. Never
// fails: any byte sequence is some Markdown document.
IngestedText IngestMarkdown(absl::string_view bytes);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_MARKDOWN_H_
