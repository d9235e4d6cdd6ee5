#include "claims/document_reader.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "claims/furniture.h"
#include "claims/markup.h"
#include "claims/sha256.h"
#include "claims/utf8.h"

namespace factcheck {
namespace {

// Collapses runs of whitespace (line breaks included) to one space.
std::string FoldWhitespace(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  int64_t i = 0;
  const int64_t size = static_cast<int64_t>(text.size());
  while (i < size) {
    int length;
    char32_t c = DecodeUtf8(text, i, &length);
    if (IsSpace(c)) {
      space = true;
      i += length;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    // The whole run up to the next space in one append (one per character
    // was 6% of extract).
    int64_t run = i + length;
    while (run < size) {
      int l;
      if (IsSpace(DecodeUtf8(text, run, &l))) break;
      run += l;
    }
    out.append(text.data() + i, run - i);
    i = run;
  }
  return out;
}

// Sets sentence->text to clean text [begin, end) with whitespace folded,
// and its anchors wherever the text stops being the original bytes one for
// one: after whitespace that was not a single space, and wherever the clean
// text's own map to the original is not linear.
void FoldSentenceText(absl::string_view clean_text, int64_t begin, int64_t end,
                      const CleanText& clean, const LineIndex& lines, Sentence* sentence) {
  std::string out;
  out.reserve(end - begin);
  bool space = false;
  bool plain_space = true;  // the pending whitespace is exactly one ' '
  int64_t i = begin;
  // The original offset the next text byte maps to if nothing broke.
  int64_t expected = clean.OriginalRange(begin, begin).first;
  while (i < end) {
    int length;
    char32_t c = DecodeUtf8(clean_text, i, &length);
    if (IsSpace(c)) {
      plain_space = !space && c == ' ';
      space = true;
      i += length;
      continue;
    }
    if (space && !out.empty()) {
      out.push_back(' ');
      expected += 1;
    }
    int64_t original = clean.OriginalRange(i, i + length).first;
    if (!out.empty() && (original != expected || !plain_space)) {
      TextAnchor* anchor = sentence->add_anchors();
      anchor->set_offset(static_cast<int32_t>(out.size()));
      anchor->set_begin(original);
      LinePosition position = lines.Position(original);
      anchor->set_line(position.line);
      anchor->set_column(position.column);
    }
    space = false;
    plain_space = true;
    out.append(clean_text.data() + i, length);
    expected = clean.OriginalRange(i, i + length).second;
    i += length;
  }
  sentence->set_text(std::move(out));
}

int CountWords(absl::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = absl::ascii_isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool EndsLikeSentence(absl::string_view text) {
  text = absl::StripTrailingAsciiWhitespace(text);
  // Strip closing quotes to look at the punctuation before them.
  while (true) {
    if (absl::EndsWith(text, "\xE2\x80\x9D") || absl::EndsWith(text, "\xE2\x80\x99")) {
      text.remove_suffix(3);
    } else if (absl::EndsWith(text, "\"") || absl::EndsWith(text, "'") ||
               absl::EndsWith(text, ")")) {
      text.remove_suffix(1);
    } else {
      break;
    }
  }
  return absl::EndsWith(text, ".") || absl::EndsWith(text, "!") ||
         absl::EndsWith(text, "?") || absl::EndsWith(text, ":") ||
         absl::EndsWith(text, ";") || absl::EndsWith(text, ",");
}

bool ReadsAsHeadline(absl::string_view text) {
  int words = CountWords(text);
  return words >= 2 && words <= 25 && !EndsLikeSentence(text) &&
         text.find('\n') == absl::string_view::npos &&
         text.find('\r') == absl::string_view::npos;
}

// "By Jane Doe and John Roe, Reuters"
bool IsByline(absl::string_view text) {
  if (text.size() > 200 || CountWords(text) > 25) return false;
  if (!(absl::StartsWith(text, "By ") || absl::StartsWith(text, "BY "))) return false;
  return text.size() > 3 && absl::ascii_isupper(static_cast<unsigned char>(text[3]));
}

// Length of an all-caps dateline at the start of `text` including the
// separator and the space after it, and the place's length; 0 if none.
int64_t DatelineLength(absl::string_view text, int64_t* place_length) {
  int64_t i = 0;
  int letters = 0;
  const int64_t size = static_cast<int64_t>(text.size());
  while (i < size && i < 40) {
    char c = text[i];
    if (absl::ascii_isupper(static_cast<unsigned char>(c))) {
      ++letters;
    } else if (c != ' ' && c != '.' && c != ',' && c != '\'' && c != '-') {
      break;
    }
    ++i;
  }
  if (letters < 3) return 0;
  int64_t place_end = i;
  while (place_end > 0 && (text[place_end - 1] == ' ' || text[place_end - 1] == ',')) {
    --place_end;
  }
  absl::string_view rest = text.substr(i);
  // Optional agency: "(Reuters)".
  if (absl::StartsWith(rest, "(")) {
    size_t close = rest.find(')');
    if (close == absl::string_view::npos || close > 30) return 0;
    i += static_cast<int64_t>(close) + 1;
    while (i < size && text[i] == ' ') ++i;
    rest = text.substr(i);
  }
  static constexpr absl::string_view kSeparators[] = {
      "\xE2\x80\x93 ", "\xE2\x80\x94 ", "- ", "-- ", ": "};
  for (absl::string_view separator : kSeparators) {
    if (absl::StartsWith(rest, separator)) {
      // "ISTANBUL:" must be followed by a capitalised word, not a list.
      int64_t after = i + static_cast<int64_t>(separator.size());
      if (after < size && absl::ascii_isupper(static_cast<unsigned char>(text[after]))) {
        *place_length = place_end;
        return after;
      }
    }
  }
  return 0;
}

bool ParseIsoDate(absl::string_view text, int* year, int* month, int* day) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return false;
  return absl::SimpleAtoi(text.substr(0, 4), year) &&
         absl::SimpleAtoi(text.substr(5, 2), month) &&
         absl::SimpleAtoi(text.substr(8, 2), day) && *month >= 1 && *month <= 12 &&
         *day >= 1 && *day <= 31 && *year >= 1000;
}

// The word (letters and '.') starting at `pos`.
absl::string_view WordFrom(absl::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() &&
         (absl::ascii_isalpha(static_cast<unsigned char>(text[end])) || text[end] == '.')) {
    ++end;
  }
  return text.substr(pos, end - pos);
}

}  // namespace

std::string FindFullDate(absl::string_view text, const Lexicon& lexicon,
                         int64_t* begin, int64_t* end) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && absl::ascii_isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
    int year, month, day;
    if (absl::ascii_isdigit(static_cast<unsigned char>(text[i]))) {
      if (ParseIsoDate(text.substr(i, 10), &year, &month, &day) &&
          (i + 10 == text.size() || !absl::ascii_isdigit(text[i + 10]))) {
        *begin = static_cast<int64_t>(i);
        *end = static_cast<int64_t>(i) + 10;
        return absl::StrFormat("%04d-%02d-%02d", year, month, day);
      }
      // "16 May 2025"
      size_t j = i;
      while (j < text.size() && absl::ascii_isdigit(text[j])) ++j;
      if (j - i <= 2 && j + 1 < text.size() && text[j] == ' ' &&
          absl::SimpleAtoi(text.substr(i, j - i), &day)) {
        absl::string_view month_word = WordFrom(text, j + 1);
        month = lexicon.MonthNumber(absl::StripSuffix(month_word, "."));
        size_t k = j + 1 + month_word.size();
        if (month > 0 && k + 5 <= text.size() && text[k] == ' ' &&
            absl::SimpleAtoi(text.substr(k + 1, 4), &year) && year >= 1000 &&
            day >= 1 && day <= 31) {
          *begin = static_cast<int64_t>(i);
          *end = static_cast<int64_t>(k + 5);
          return absl::StrFormat("%04d-%02d-%02d", year, month, day);
        }
      }
      continue;
    }
    if (!absl::ascii_isupper(static_cast<unsigned char>(text[i]))) continue;
    absl::string_view word = WordFrom(text, i);
    size_t start = i;
    size_t k = i + word.size();
    if (lexicon.WeekdayNumber(word) > 0 && k + 2 < text.size() && text[k] == ',' &&
        text[k + 1] == ' ') {
      word = WordFrom(text, k + 2);
      i = k + 2;
      k = i + word.size();
    }
    month = lexicon.MonthNumber(word);
    if (month == 0 || k >= text.size() || text[k] != ' ') {
      i = start;
      continue;
    }
    size_t d = k + 1;
    size_t d_end = d;
    while (d_end < text.size() && absl::ascii_isdigit(text[d_end])) ++d_end;
    if (d_end == d || d_end - d > 2 || !absl::SimpleAtoi(text.substr(d, d_end - d), &day) ||
        d_end + 6 > text.size() || text.substr(d_end, 2) != ", " ||
        !absl::SimpleAtoi(text.substr(d_end + 2, 4), &year) || year < 1000 ||
        day < 1 || day > 31) {
      i = start;
      continue;
    }
    *begin = static_cast<int64_t>(start);
    *end = static_cast<int64_t>(d_end + 6);
    return absl::StrFormat("%04d-%02d-%02d", year, month, day);
  }
  return "";
}

namespace {

// The date of a front matter's `date:` or a published-time <meta>:
// "2025-05-16", "2025-05-16T09:30:00Z" or a full date FindFullDate reads.
std::string ReadMarkupDate(absl::string_view value, const Lexicon& lexicon, int64_t* begin,
                           int64_t* end) {
  int year, month, day;
  if (ParseIsoDate(value.substr(0, 10), &year, &month, &day) &&
      (value.size() == 10 || !absl::ascii_isdigit(static_cast<unsigned char>(value[10])))) {
    *begin = 0;
    *end = 10;
    return absl::StrFormat("%04d-%02d-%02d", year, month, day);
  }
  return FindFullDate(value, lexicon, begin, end);
}

// Turns ranges of a document's clean text into spans of its original file.
class OriginalSpans {
 public:
  OriginalSpans(const CleanText& clean, const LineIndex& lines) : clean_(clean), lines_(lines) {}
  Span Of(int64_t clean_begin, int64_t clean_end) const {
    auto [b, e] = clean_.OriginalRange(clean_begin, clean_end);
    return lines_.MakeSpan(b, e);
  }

 private:
  const CleanText& clean_;
  const LineIndex& lines_;
};

// Clean text [block.begin, block.end).
absl::string_view BlockText(absl::string_view text, const TextBlock& block) {
  return text.substr(block.begin, block.end - block.begin);
}

// Reads a "date 2025-05-16" marker at the start of `block` into the
// publication date, skips it and the whitespace after it, and re-reads
// *body.
void TakeDateMarker(absl::string_view text, const OriginalSpans& spans, TextBlock& block,
                    absl::string_view* body, std::vector<CleanSkip>& skips, SourceDocument& doc) {
  int year, month, day;
  if (!ParseIsoDate(body->substr(5, 10), &year, &month, &day)) return;
  doc.set_publication_date(absl::StrFormat("%04d-%02d-%02d", year, month, day));
  *doc.mutable_publication_date_span() = spans.Of(block.begin + 5, block.begin + 15);
  int64_t marker_end = block.begin + 15;
  skips.push_back({block.begin, marker_end, SKIP_REASON_METADATA});
  while (marker_end < block.end &&
         absl::ascii_isspace(static_cast<unsigned char>(text[marker_end]))) {
    ++marker_end;
  }
  block.begin = marker_end;
  *body = BlockText(text, block);
}

// Metadata from the first blocks: a date marker, the byline and the
// dateline, each skipped; blocks left empty are dropped.
void ReadLeadMetadata(absl::string_view text, const OriginalSpans& spans,
                      std::vector<TextBlock>& blocks, std::vector<CleanSkip>& skips,
                      SourceDocument& doc) {
  for (size_t n = 0; n < blocks.size() && n < 6; ++n) {
    TextBlock& block = blocks[n];
    absl::string_view body = BlockText(text, block);
    if (absl::StartsWith(body, "date ") && doc.publication_date().empty()) {
      TakeDateMarker(text, spans, block, &body, skips, doc);
    }
    if (doc.byline().empty() && IsByline(body)) {
      doc.set_byline(FoldWhitespace(body.substr(3)));
      *doc.mutable_byline_span() = spans.Of(block.begin + 3, block.end);
      skips.push_back({block.begin, block.end, SKIP_REASON_METADATA});
      block.end = block.begin;  // dropped below
      continue;
    }
    int64_t place_length = 0;
    int64_t dateline = doc.dateline().empty() ? DatelineLength(body, &place_length) : 0;
    if (dateline > 0) {
      doc.set_dateline(std::string(body.substr(0, place_length)));
      *doc.mutable_dateline_span() = spans.Of(block.begin, block.begin + place_length);
      skips.push_back({block.begin, block.begin + dateline, SKIP_REASON_METADATA});
      block.begin += dateline;
    }
  }
  blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                              [](const TextBlock& b) { return b.end <= b.begin; }),
               blocks.end());
}

// Headings in plain text: a short line without a full stop between
// paragraphs ("No breakthroughs"), and a headline as the first block.
void MarkPlainTextHeadings(absl::string_view text, std::vector<TextBlock>& blocks) {
  for (size_t n = 0; n < blocks.size(); ++n) {
    TextBlock& block = blocks[n];
    if (block.kind != SENTENCE_KIND_BODY) continue;
    absl::string_view body = BlockText(text, block);
    bool first = n == 0;
    if (ReadsAsHeadline(body) && (first || CountWords(body) <= 12) &&
        n + 1 < blocks.size()) {
      block.kind = SENTENCE_KIND_HEADING;
    }
  }
}

// The title the markup states, else a heading as the first block.
void SetTitle(const IngestedText& ingested, const std::vector<TextBlock>& blocks,
              const LineIndex& lines, const OriginalSpans& spans, SourceDocument& doc) {
  const absl::string_view text = ingested.clean.text();
  if (!ingested.title.empty()) {
    doc.set_title(FoldWhitespace(ingested.title));
    *doc.mutable_title_span() = lines.MakeSpan(ingested.title_begin, ingested.title_end);
  } else if (!blocks.empty() && blocks[0].kind == SENTENCE_KIND_HEADING) {
    doc.set_title(FoldWhitespace(BlockText(text, blocks[0])));
    *doc.mutable_title_span() = spans.Of(blocks[0].begin, blocks[0].end);
  }
}

// Unless a date marker set it: the date the markup states, then an
// explicit full date in the first blocks.
void SetPublicationDate(const IngestedText& ingested, const std::vector<TextBlock>& blocks,
                        const Lexicon& lexicon, const LineIndex& lines, const OriginalSpans& spans,
                        SourceDocument& doc) {
  const absl::string_view text = ingested.clean.text();
  if (doc.publication_date().empty() && !ingested.date.empty()) {
    int64_t b = 0, e = 0;
    std::string date = ReadMarkupDate(ingested.date, lexicon, &b, &e);
    if (!date.empty()) {
      doc.set_publication_date(date);
      *doc.mutable_publication_date_span() =
          lines.MakeSpan(ingested.date_begin + b, ingested.date_begin + e);
    }
  }
  if (doc.publication_date().empty()) {
    for (size_t n = 0; n < blocks.size() && n < 3; ++n) {
      int64_t b = 0, e = 0;
      std::string date = FindFullDate(BlockText(text, blocks[n]), lexicon, &b, &e);
      if (!date.empty()) {
        doc.set_publication_date(date);
        *doc.mutable_publication_date_span() = spans.Of(blocks[n].begin + b, blocks[n].begin + e);
        break;
      }
    }
  }
}

// Splits each body block into sentences (any other block is one) and adds
// them to result->document, one paragraph per block.
void AddSentences(const SentenceSplitter& splitter, absl::string_view text, const CleanText& clean,
                  const LineIndex& lines, const OriginalSpans& spans,
                  const std::vector<TextBlock>& blocks, ReadDocumentResult* result) {
  SourceDocument& doc = result->document;
  int paragraph = 0;
  for (const TextBlock& block : blocks) {
    std::vector<SentenceRange> ranges = block.kind == SENTENCE_KIND_BODY
                                            ? splitter.Split(text, block.begin, block.end)
                                            : std::vector<SentenceRange>{{block.begin, block.end}};
    for (const SentenceRange& range : ranges) {
      Sentence* sentence = doc.add_sentences();
      sentence->set_index(doc.sentences_size() - 1);
      *sentence->mutable_span() = spans.Of(range.begin, range.end);
      FoldSentenceText(text, range.begin, range.end, clean, lines, sentence);
      sentence->set_kind(block.kind);
      sentence->set_paragraph(paragraph);
      result->sentence_ranges.emplace_back(range.begin, range.end);
    }
    ++paragraph;
  }
}

// Skipped spans in original order: markup (already original ranges) and
// the clean-text skips mapped back.
void AddSkippedSpans(const IngestedText& ingested, const std::vector<CleanSkip>& skips,
                     absl::string_view original, const LineIndex& lines, SourceDocument& doc) {
  std::vector<SkippedRange> all = ingested.skipped;
  for (const CleanSkip& skip : skips) {
    if (skip.end <= skip.begin) continue;
    auto [b, e] = ingested.clean.OriginalRange(skip.begin, skip.end);
    all.push_back({b, e, skip.reason});
  }
  std::sort(all.begin(), all.end(), [](const SkippedRange& a, const SkippedRange& b) {
    return a.begin < b.begin;
  });
  for (const SkippedRange& range : all) {
    SkippedSpan* skipped = doc.add_skipped();
    *skipped->mutable_span() = lines.MakeSpan(range.begin, range.end);
    skipped->set_reason(range.reason);
    skipped->set_text(std::string(original.substr(range.begin, range.end - range.begin)));
  }
}

}  // namespace

ReadDocumentResult DocumentReader::Read(const InputFile& input) const {
  ReadDocumentResult result;
  SourceDocument& doc = result.document;
  doc.set_path(input.path);
  doc.set_format(input.format);
  doc.set_size_bytes(static_cast<int64_t>(input.bytes.size()));
  doc.set_sha256(Sha256Hex(input.bytes));
  const absl::string_view original = input.bytes;
  LineIndex lines(original);

  IngestedText ingested = Ingest(original, input.format);
  const std::string& text = ingested.clean.text();
  if (absl::StripAsciiWhitespace(text).empty()) {
    doc.add_warnings(input.bytes.empty() ? "empty file" : "no text in file");
  }

  std::vector<TextBlock>& blocks = ingested.blocks;
  std::vector<CleanSkip> skips = RemoveFurniture(text, blocks);
  const OriginalSpans spans(ingested.clean, lines);

  ReadLeadMetadata(text, spans, blocks, skips, doc);
  MarkPlainTextHeadings(text, blocks);
  SetTitle(ingested, blocks, lines, spans, doc);
  SetPublicationDate(ingested, blocks, lexicon_, lines, spans, doc);
  AddSentences(splitter_, text, ingested.clean, lines, spans, blocks, &result);
  AddSkippedSpans(ingested, skips, original, lines, doc);
  result.clean = std::move(ingested.clean);
  return result;
}

}  // namespace factcheck
