#include "claims/markdown.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::string Escape(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"\r", "\\r"}, {"\n", "\\n"}});
}

const char* KindName(SentenceKind kind) {
  switch (kind) {
    case SENTENCE_KIND_HEADING:
      return "heading";
    case SENTENCE_KIND_LIST_ITEM:
      return "item";
    default:
      return "body";
  }
}

const char* ReasonName(SkipReason reason) {
  switch (reason) {
    case SKIP_REASON_MARKUP:
      return "markup";
    case SKIP_REASON_DIRECTIVE:
      return "directive";
    case SKIP_REASON_METADATA:
      return "metadata";
    default:
      return "other";
  }
}

// One line: the title and date, each block as kind{clean text}, each
// skipped range as skip:reason{original bytes}; line breaks as \n.
std::string Dump(absl::string_view md) {
  IngestedText in = IngestMarkdown(md);
  std::string out;
  auto add = [&out](absl::string_view piece) {
    if (!out.empty()) out += " ";
    absl::StrAppend(&out, piece);
  };
  if (!in.title.empty()) add(absl::StrCat("title{", in.title, "}"));
  if (!in.date.empty()) add(absl::StrCat("date{", in.date, "}"));
  for (const TextBlock& b : in.blocks) {
    add(absl::StrCat(KindName(b.kind), "{",
                     Escape(in.clean.text().substr(b.begin, b.end - b.begin)), "}"));
  }
  for (const SkippedRange& s : in.skipped) {
    add(absl::StrCat("skip:", ReasonName(s.reason), "{",
                     Escape(md.substr(s.begin, s.end - s.begin)), "}"));
  }
  return out;
}

// Every character of every block maps back to the same bytes in `md`, or
// to the character reference or escape it was decoded from; a line break
// in clean text maps to a line break or to nothing.
void ExpectExactSpans(absl::string_view md) {
  IngestedText in = IngestMarkdown(md);
  const std::string& text = in.clean.text();
  for (const TextBlock& b : in.blocks) {
    for (int64_t i = b.begin; i < b.end;) {
      int64_t length = 1;
      unsigned char lead = static_cast<unsigned char>(text[i]);
      if (lead >= 0xF0)
        length = 4;
      else if (lead >= 0xE0)
        length = 3;
      else if (lead >= 0xC0)
        length = 2;
      auto [from, to] = in.clean.OriginalRange(i, i + length);
      absl::string_view original = md.substr(from, to - from);
      absl::string_view clean = absl::string_view(text).substr(i, length);
      bool ok = original == clean ||
                (!original.empty() && (original[0] == '&' || original[0] == '\\')) ||
                ((clean == "\n" || clean == " ") &&
                 (original.empty() || original == "\n" || original == "\r\n"));
      EXPECT_TRUE(ok) << "clean \"" << Escape(clean) << "\" at " << i << " maps to \""
                      << Escape(original) << "\" in: " << Escape(md);
      i += length;
    }
  }
  for (const SkippedRange& s : in.skipped) {
    EXPECT_LE(s.begin, s.end) << Escape(md);
    EXPECT_LE(s.end, static_cast<int64_t>(md.size())) << Escape(md);
  }
}

struct Case {
  const char* markdown;
  const char* dump;
};

const Case kCases[] = {
    // Blocks.
    {"# Ferry *resumes*\n\nThe **crossing** opened at [the harbour](http://h.example/x).\n"
     "Boats left.\n",
     "heading{Ferry resumes} body{The crossing opened at the harbour.\\nBoats left.}"},
    {"Storm warning\n=============\n\n> Winds of *90 km/h*\n> were forecast.\n",
     "heading{Storm warning} body{Winds of 90 km/h\\nwere forecast.}"},
    {"- two boats\n- three `crews`\n\n1. first\n\n   second paragraph\n",
     "item{two boats} item{three crews} item{first} item{second paragraph}"},
    {"A line  \nbroken hard.\n", "body{A line\\nbroken hard.}"},
    {"Rain &amp; wind, \\*not\\* snow &mdash; &bogus; ok.\n",
     "body{Rain & wind, *not* snow \xE2\x80\x94 &bogus; ok.}"},
    {"Kept <b>bold</b> ~~gone~~ and <https://a.example> here.\n",
     "body{Kept bold gone and https://a.example here.}"},
    {"Crlf line\r\nsecond\r\n\r\n## Next ##\r\n", "body{Crlf line\\nsecond} heading{Next}"},
    {"\xEF\xBB\xBF"
     "After a mark.\n",
     "body{After a mark.}"},
    {"> - quoted item\n>   with more\n", "item{quoted item\\nwith more}"},
    {"See [the map](http://a.example/m.png \"Map.\") now.\n", "body{See the map now.}"},
    {"Run `make\n all` twice.\n", "body{Run make all twice.}"},
    {"> one <!-- x\n> y --> two\n", "body{one  two} skip:markup{<!-- x\\n> y -->}"},
    {"Tab\tthen &#x41;&#66; &hearts;.\n", "body{Tab\tthen AB \xE2\x99\xA5.}"},
    {"Paths a\\\\\\\\b and `c\\d`.\n", "body{Paths a\\\\b and c\\d.}"},
    {"- item\nlazy ![pic](p.png) line &#12345678; end\n",
     "item{item\\nlazy  line \xEF\xBF\xBD end} skip:markup{![pic](p.png)}"},
    // Tables: each cell a block, never the pipes.
    {"| Port | Boats |\n|---|--:|\n| Dover | 12 |\n| Calais \\| Nord | `3\\|4` |\n",
     "body{Port} body{Boats} body{Dover} body{12} body{Calais | Nord} body{3|4}"},
    // Footnotes: definitions are blocks in place, references are skipped.
    {"The toll rose[^a] sharply.\n\n[^a]: From the port's *notice*.\n\nLast line.\n",
     "body{The toll rose sharply.} body{From the port's notice.} body{Last line.} "
     "skip:markup{[^a]}"},
    {"Text.\n\n[^u]: Never cited.\n\n[site]: http://s.example\n",
     "body{Text.} skip:markup{[^u]: Never cited.} skip:markup{[site]: http://s.example}"},
    // Code is never prose.
    {"Before.\n\n```sh\nrm -rf x\n```\n\n    indented code\n    more\n\nAfter.\n",
     "body{Before.} body{After.} skip:markup{```sh\\nrm -rf x\\n```} "
     "skip:markup{indented code\\n    more}"},
    {"Open:\n\n~~~\nnever closed\n", "body{Open:} skip:markup{~~~\\nnever closed}"},
    // HTML: comments skipped, directives marked, images not words.
    {"<!-- factcheck-disable-next-line ROLE_CONFLICT -->\nA claim.\n",
     "body{A claim.} skip:directive{<!-- factcheck-disable-next-line ROLE_CONFLICT -->}"},
    {"One <!-- a\nnote --> two ![a *chart*](c.png) three.\n",
     "body{One  two  three.} skip:markup{<!-- a\\nnote -->} skip:markup{![a *chart*](c.png)}"},
    {"<div>\nRaw block\n</div>\n\nProse.\n",
     "body{Prose.} skip:markup{<div>\\nRaw block\\n</div>}"},
    // Front matter: title and date are metadata, the rest is skipped.
    {"---\ntitle: \"Ferry resumes\"\ntags: [sea]\ndate: 2025-03-04T08:00:00Z\n---\nBody.\n",
     "title{Ferry resumes} date{2025-03-04T08:00:00Z} body{Body.} skip:markup{---\\n} "
     "skip:metadata{title: \"Ferry resumes\"} skip:markup{tags: [sea]\\n} "
     "skip:metadata{date: 2025-03-04T08:00:00Z} skip:markup{---}"},
    {"---\nlayout: post\n...\n# Head\n", "heading{Head} skip:markup{---\\nlayout: post\\n...}"},
    {"---\nnot closed\n", "body{not closed}"},
    {"Text\n---\n", "heading{Text}"},
};

TEST(IngestMarkdown, ReadsEachInputIntoItsDump) {
  for (const Case& t : kCases) {
    EXPECT_EQ(Dump(t.markdown), t.dump) << "input: " << Escape(t.markdown);
  }
}

TEST(IngestMarkdown, MapsEveryCharacterBackToItsOriginalBytes) {
  for (const Case& t : kCases) ExpectExactSpans(t.markdown);
}

TEST(IngestMarkdown, MapsAWordInsideEmphasisAndLinksToExactlyItsBytes) {
  std::string md = "Crews in **[Dover](http://d.example/harbour)** waited.\n";
  IngestedText in = IngestMarkdown(md);
  const std::string& clean = in.clean.text();
  int64_t at = clean.find("Dover");
  auto [from, to] = in.clean.OriginalRange(at, at + 5);
  EXPECT_EQ(md.substr(from, to - from), "Dover");
  at = clean.find("waited");
  std::tie(from, to) = in.clean.OriginalRange(at, at + 6);
  EXPECT_EQ(md.substr(from, to - from), "waited");
}

TEST(IngestMarkdown, DeeplyNestedQuotesDoNotExhaustTheStack) {
  std::string md(200000, '>');
  md += " deep\n";
  IngestedText in = IngestMarkdown(md);
  ASSERT_EQ(in.blocks.size(), 1u);
  EXPECT_EQ(in.clean.text().substr(in.blocks[0].begin, 4), "deep");
}

}  // namespace
}  // namespace factcheck
