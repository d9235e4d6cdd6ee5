#include "claims/markup.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "claims/markdown.h"

namespace factcheck {
namespace {

constexpr absl::string_view kBom = "\xEF\xBB\xBF";

int64_t BomLength(absl::string_view bytes) {
  return absl::StartsWith(bytes, kBom) ? 3 : 0;
}

// A line of the original: [begin, end) without its line break, and the
// offset just past the line break.
struct Line {
  int64_t begin;
  int64_t end;
  int64_t next;
};

std::vector<Line> SplitLines(absl::string_view bytes, int64_t start) {
  std::vector<Line> lines;
  const int64_t size = static_cast<int64_t>(bytes.size());
  int64_t begin = start;
  for (int64_t i = start; i < size; ++i) {
    char c = bytes[i];
    if (c == '\n' || c == '\r') {
      int64_t next = i + 1;
      if (c == '\r' && next < size && bytes[next] == '\n') ++next;
      lines.push_back({begin, i, next});
      begin = next;
      i = next - 1;
    }
  }
  if (begin < size) lines.push_back({begin, size, size});
  return lines;
}

bool IsBlank(absl::string_view s) {
  for (char c : s) {
    if (!absl::ascii_isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "\xC2\xA0" (no-break space) counts as space too in news text.
int64_t LeadingSpace(absl::string_view s) {
  int64_t i = 0;
  while (i < static_cast<int64_t>(s.size())) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

int64_t TrailingSpaceStart(absl::string_view s) {
  int64_t i = static_cast<int64_t>(s.size());
  while (i > 0) {
    if (s[i - 1] == ' ' || s[i - 1] == '\t') {
      --i;
    } else if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA0") {
      i -= 2;
    } else {
      break;
    }
  }
  return i;
}

// Length of a list marker ("- ", "* ", "+ ", "• ", "1. ", "12) ") at the
// start of `s`, including the space after it; 0 if there is none.
int64_t ListMarkerLength(absl::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*') &&
      s[1] == ' ') {
    return 2;
  }
  if (absl::StartsWith(s, "\xE2\x80\xA2 ")) return 4;  // bullet
  size_t digits = 0;
  while (digits < s.size() && digits < 3 && absl::ascii_isdigit(s[digits])) {
    ++digits;
  }
  if (digits > 0 && digits + 1 < s.size() && (s[digits] == '.' || s[digits] == ')') &&
      s[digits + 1] == ' ') {
    return static_cast<int64_t>(digits) + 2;
  }
  return 0;
}

bool EndsWithTerminal(absl::string_view s) {
  s = absl::StripTrailingAsciiWhitespace(s);
  if (s.empty()) return false;
  static constexpr absl::string_view kEnds[] = {
      ".", "!", "?", ":", ";", "\"", "'", ")",
      "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */, "\xE2\x80\xA6" /* … */};
  for (absl::string_view end : kEnds) {
    if (absl::EndsWith(s, end)) return true;
  }
  return false;
}

// Whether the lines of a paragraph look hard-wrapped at a fixed width: more
// than one line, no line much longer than a terminal, every line but the
// last filling most of the width, and some line breaking mid-sentence.
// Whether lines[first..last] of a group look hard-wrapped: more than one
// line, the widest between 30 and 120 bytes, no line before the last
// narrower than 60% of the widest, and at least one line before the last
// ending mid-sentence. Asked for every line of a group, so the group's
// suffix maxima, minima and flags are computed once (asking afresh for each
// line made a long group, such as a file without blank lines, quadratic).
class HardWrapTest {
 public:
  HardWrapTest(absl::string_view bytes, const std::vector<Line>& lines, size_t first,
               size_t last)
      : first_(first), last_(last) {
    const size_t n = last - first + 1;
    widest_.assign(n, 0);
    narrowest_before_last_.assign(n, INT64_MAX);
    breaks_before_last_.assign(n, false);
    for (size_t k = n; k-- > 0;) {
      const Line& line = lines[first + k];
      const int64_t width = line.end - line.begin;
      widest_[k] = std::max(width, k + 1 < n ? widest_[k + 1] : int64_t{0});
      if (k + 1 < n) {
        narrowest_before_last_[k] = std::min(width, narrowest_before_last_[k + 1]);
        breaks_before_last_[k] = !EndsWithTerminal(bytes.substr(line.begin, width)) ||
                                 breaks_before_last_[k + 1];
      }
    }
  }

  size_t last() const { return last_; }

  // The test for lines[from..last()], first() <= from <= last().
  bool LooksHardWrapped(size_t from) const {
    if (last_ - from < 1) return false;
    const size_t k = from - first_;
    const int64_t widest = widest_[k];
    if (widest > 120 || widest < 30) return false;
    if (narrowest_before_last_[k] * 10 < widest * 6) return false;
    return breaks_before_last_[k];
  }

 private:
  size_t first_;
  size_t last_;
  std::vector<int64_t> widest_;
  std::vector<int64_t> narrowest_before_last_;
  std::vector<bool> breaks_before_last_;
};

}  // namespace

int DecodeHtmlEntity(absl::string_view text, std::string* replacement) {
  static const auto* const kNamed =
      new absl::flat_hash_map<absl::string_view, absl::string_view>{
          {"amp", "&"},           {"lt", "<"},
          {"gt", ">"},            {"quot", "\""},
          {"apos", "'"},          {"nbsp", " "},
          {"mdash", "\xE2\x80\x94"}, {"ndash", "\xE2\x80\x93"},
          {"hellip", "\xE2\x80\xA6"}, {"lsquo", "\xE2\x80\x98"},
          {"rsquo", "\xE2\x80\x99"},  {"ldquo", "\xE2\x80\x9C"},
          {"rdquo", "\xE2\x80\x9D"},  {"laquo", "\xC2\xAB"},
          {"raquo", "\xC2\xBB"},      {"copy", "\xC2\xA9"},
          {"reg", "\xC2\xAE"},        {"trade", "\xE2\x84\xA2"},
          {"eacute", "\xC3\xA9"},     {"egrave", "\xC3\xA8"},
          {"aacute", "\xC3\xA1"},     {"agrave", "\xC3\xA0"},
          {"oacute", "\xC3\xB3"},     {"uacute", "\xC3\xBA"},
          {"iacute", "\xC3\xAD"},     {"ccedil", "\xC3\xA7"},
          {"ntilde", "\xC3\xB1"},     {"ouml", "\xC3\xB6"},
          {"uuml", "\xC3\xBC"},       {"auml", "\xC3\xA4"},
          {"euro", "\xE2\x82\xAC"},   {"pound", "\xC2\xA3"},
          {"deg", "\xC2\xB0"},        {"middot", "\xC2\xB7"},
          {"bull", "\xE2\x80\xA2"},   {"shy", ""},
          {"zwj", ""},                {"zwnj", ""},
          {"thinsp", " "},            {"ensp", " "},
          {"emsp", " "}};
  if (text.empty() || text[0] != '&') return 0;
  size_t semicolon = text.find(';', 1);
  if (semicolon == absl::string_view::npos || semicolon > 12) return 0;
  absl::string_view name = text.substr(1, semicolon - 1);
  if (name.empty()) return 0;
  for (size_t k = name[0] == '#' ? 1 : 0; k < name.size(); ++k) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(name[k]))) return 0;
  }
  if (name[0] == '#') {
    uint32_t code = 0;
    bool ok = (name.size() > 1 && (name[1] == 'x' || name[1] == 'X'))
                  ? absl::SimpleHexAtoi(name.substr(2), &code)
                  : absl::SimpleAtoi(name.substr(1), &code);
    if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return 0;
    }
    if (code == 0xA0) code = ' ';
    replacement->clear();
    if (code < 0x80) {
      replacement->push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      replacement->push_back(static_cast<char>(0xC0 | (code >> 6)));
      replacement->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
      replacement->push_back(static_cast<char>(0xE0 | (code >> 12)));
      replacement->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      replacement->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      replacement->push_back(static_cast<char>(0xF0 | (code >> 18)));
      replacement->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
      replacement->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      replacement->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
    return static_cast<int>(semicolon + 1);
  }
  auto it = kNamed->find(name);
  if (it == kNamed->end()) return 0;
  *replacement = std::string(it->second);
  return static_cast<int>(semicolon + 1);
}

IngestedText IngestPlainText(absl::string_view bytes) {
  IngestedText result;
  CleanTextBuilder builder;
  const int64_t bom = BomLength(bytes);
  builder.Copy(bom, bytes.substr(bom));
  // Clean text is the original minus the BOM: clean offset = original - bom.
  std::vector<Line> lines = SplitLines(bytes, bom);
  auto add_block = [&](int64_t begin, int64_t end, SentenceKind kind) {
    absl::string_view text = bytes.substr(begin, end - begin);
    int64_t lead = LeadingSpace(text);
    int64_t trail = TrailingSpaceStart(text);
    if (trail <= lead) return;
    result.blocks.push_back({begin + lead - bom, begin + trail - bom, kind});
  };
  size_t i = 0;
  std::optional<HardWrapTest> group;
  while (i < lines.size()) {
    absl::string_view text =
        bytes.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (IsBlank(text)) {
      ++i;
      continue;
    }
    // The group runs to the next blank or list-marker line; every line of
    // it has the same end, so it is found once per group.
    if (!group || i > group->last()) {
      size_t last = i;
      while (last + 1 < lines.size() &&
             !IsBlank(bytes.substr(lines[last + 1].begin,
                                   lines[last + 1].end - lines[last + 1].begin)) &&
             ListMarkerLength(bytes.substr(lines[last + 1].begin +
                                           LeadingSpace(bytes.substr(
                                               lines[last + 1].begin,
                                               lines[last + 1].end -
                                                   lines[last + 1].begin)))) == 0) {
        ++last;
      }
      group.emplace(bytes, lines, i, last);
    }
    const size_t last = group->last();
    int64_t marker = ListMarkerLength(text.substr(LeadingSpace(text)));
    if (marker == 0 && group->LooksHardWrapped(i)) {
      add_block(lines[i].begin, lines[last].end, SENTENCE_KIND_BODY);
      i = last + 1;
      continue;
    }
    if (marker > 0) {
      add_block(lines[i].begin + LeadingSpace(text) + marker, lines[i].end,
                SENTENCE_KIND_LIST_ITEM);
    } else {
      add_block(lines[i].begin, lines[i].end, SENTENCE_KIND_BODY);
    }
    ++i;
  }
  result.clean = std::move(builder).Build();
  return result;
}

namespace {

bool IsBlockTag(absl::string_view name) {
  static constexpr absl::string_view kBlockTags[] = {
      "p",       "br",     "div",   "h1",      "h2",         "h3",
      "h4",      "h5",     "h6",    "li",      "ul",         "ol",
      "blockquote", "section", "article", "header", "footer", "aside",
      "nav",     "table",  "tr",    "td",      "th",         "figure",
      "figcaption", "main", "hr",   "dd",      "dt",         "dl",
      "pre",     "body",   "html",  "head",    "title",      "address"};
  for (absl::string_view tag : kBlockTags) {
    if (name == tag) return true;
  }
  return false;
}

// Page furniture: site navigation, footers, sidebars, and a <header>
// outside any <article> or <main> (a site's banner; inside them it holds
// the article's own headline and byline, which are kept).
bool IsFurniture(absl::string_view name, int content_depth) {
  return name == "nav" || name == "footer" || name == "aside" ||
         (name == "header" && content_depth == 0);
}

// Whether bytes[at] starts the tag `<name` or `</name` (`close`),
// followed by the end of the name.
bool TagAt(absl::string_view bytes, size_t at, absl::string_view name, bool close) {
  if (close && bytes.substr(at, 2) != "</") return false;
  absl::string_view rest = bytes.substr(std::min(bytes.size(), at + (close ? 2 : 1)));
  if (!absl::StartsWithIgnoreCase(rest, name)) return false;
  if (rest.size() == name.size()) return true;
  char after = rest[name.size()];
  return after == '>' || after == '/' || absl::ascii_isspace(static_cast<unsigned char>(after));
}

// The end of the raw text element (<script>, <style>...) whose start tag
// ends at `from`: past its end tag, or the end of the input.
int64_t RawTextEnd(absl::string_view bytes, int64_t from, absl::string_view name) {
  for (size_t found = bytes.find('<', from); found != absl::string_view::npos;
       found = bytes.find('<', found + 1)) {
    if (TagAt(bytes, found, name, true)) {
      size_t gt = bytes.find('>', found);
      return gt == absl::string_view::npos ? bytes.size() : static_cast<int64_t>(gt) + 1;
    }
  }
  return static_cast<int64_t>(bytes.size());
}

// The end of the element `name` whose start tag ends at `from`, past the
// end tag that closes it (counting nested elements of the same name), or
// the end of the input when none does.
int64_t ElementEnd(absl::string_view bytes, int64_t from, absl::string_view name) {
  int depth = 1;
  for (size_t found = bytes.find('<', from); found != absl::string_view::npos;
       found = bytes.find('<', found + 1)) {
    if (TagAt(bytes, found, name, false)) {
      ++depth;
    } else if (TagAt(bytes, found, name, true) && --depth == 0) {
      size_t gt = bytes.find('>', found);
      return gt == absl::string_view::npos ? bytes.size() : static_cast<int64_t>(gt) + 1;
    }
  }
  return static_cast<int64_t>(bytes.size());
}

// The value of attribute `attribute` in the tag bytes [from, to), as an
// original range without its quotes; {-1, -1} when the tag has none.
std::pair<int64_t, int64_t> AttributeValue(absl::string_view bytes, int64_t from,
                                           int64_t to, absl::string_view attribute) {
  int64_t i = from;
  while (i < to) {
    while (i < to && !absl::ascii_isalpha(bytes[i])) ++i;
    int64_t name_begin = i;
    while (i < to && (absl::ascii_isalnum(bytes[i]) || bytes[i] == '-' || bytes[i] == ':')) ++i;
    absl::string_view name = bytes.substr(name_begin, i - name_begin);
    while (i < to && bytes[i] == ' ') ++i;
    if (i >= to || bytes[i] != '=') continue;
    ++i;
    while (i < to && bytes[i] == ' ') ++i;
    int64_t value_begin = i;
    int64_t value_end;
    if (i < to && (bytes[i] == '"' || bytes[i] == '\'')) {
      size_t close = bytes.substr(0, to).find(bytes[i], i + 1);
      value_begin = i + 1;
      value_end = close == absl::string_view::npos ? to : static_cast<int64_t>(close);
      i = value_end + 1;
    } else {
      while (i < to && bytes[i] != ' ' && bytes[i] != '>') ++i;
      value_end = i;
    }
    if (absl::EqualsIgnoreCase(name, attribute)) return {value_begin, value_end};
  }
  return {-1, -1};
}

// Reads <meta property="article:published_time" content="..."> (or
// name=) in the tag bytes [from, to) into out's date.
void ReadMetaDate(absl::string_view bytes, int64_t from, int64_t to, IngestedText* out) {
  if (!out->date.empty()) return;
  auto kind = AttributeValue(bytes, from, to, "property");
  if (kind.first < 0) kind = AttributeValue(bytes, from, to, "name");
  if (kind.first < 0 ||
      !absl::EqualsIgnoreCase(bytes.substr(kind.first, kind.second - kind.first),
                              "article:published_time")) {
    return;
  }
  auto [begin, end] = AttributeValue(bytes, from, to, "content");
  if (begin < 0 || end <= begin) return;
  out->date = std::string(bytes.substr(begin, end - begin));
  out->date_begin = begin;
  out->date_end = end;
}

// The end of the tag whose name ends at `from`: past its '>', skipping
// quoted attribute values, or the end of the input.
int64_t TagEnd(absl::string_view bytes, int64_t from) {
  const int64_t size = static_cast<int64_t>(bytes.size());
  int64_t j = from;
  char quote = 0;
  while (j < size) {
    char d = bytes[j];
    if (quote) {
      if (d == quote) quote = 0;
    } else if (d == '"' || d == '\'') {
      quote = d;
    } else if (d == '>') {
      break;
    }
    ++j;
  }
  return j < size ? j + 1 : size;
}

// Elements whose content is never text.
bool IsRawTextElement(absl::string_view name) {
  return name == "script" || name == "style" || name == "noscript" || name == "template" ||
         name == "svg";
}

// The kind of the block a block tag starts: a heading after <h1>..<h6>, a
// list item after <li>, else body text.
SentenceKind KindAfterBlockTag(absl::string_view name, bool closing) {
  if (closing) return SENTENCE_KIND_BODY;
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    return SENTENCE_KIND_HEADING;
  }
  if (name == "li") return SENTENCE_KIND_LIST_ITEM;
  return SENTENCE_KIND_BODY;
}

// One IngestHtml() call: reads the bytes left to right into clean text,
// blocks, the title and the skipped ranges.
class HtmlReader {
 public:
  explicit HtmlReader(absl::string_view bytes)
      : bytes_(bytes), size_(static_cast<int64_t>(bytes.size())) {}

  IngestedText Read() &&;

 private:
  // Each reads what starts at bytes_[i] and returns where the rest starts,
  // or -1 if it is not there (ReadMarkup: a lone "<", which is text).
  int64_t ReadMarkup(int64_t i);
  int64_t SkipComment(int64_t i);
  int64_t ReadTag(int64_t i, const std::string& name, bool closing, int64_t name_end,
                  int64_t tag_end);
  int64_t ReadEntity(int64_t i);
  int64_t ReadTextRun(int64_t i);

  // Notes whitespace at `at`: one space, written only between text in a block.
  void NoteSpace(int64_t at);
  void CloseBlock();
  // Starts a block for text at `at` unless one is open.
  void EnsureBlock(int64_t at);
  // Adds `text` for the original bytes [at, at + length), to the title
  // inside <title>, else to the clean text (copied or as a replacement).
  void Emit(int64_t at, int64_t length, absl::string_view text, bool copy);

  const absl::string_view bytes_;
  const int64_t size_;
  IngestedText result_;
  CleanTextBuilder builder_;
  int64_t block_begin_ = -1;
  SentenceKind block_kind_ = SENTENCE_KIND_BODY;
  SentenceKind next_kind_ = SENTENCE_KIND_BODY;
  bool in_title_ = false;
  int content_depth_ = 0;  // open <article> and <main> elements
  bool pending_space_ = false;
  int64_t pending_space_at_ = 0;
  std::string replacement_;
};

IngestedText HtmlReader::Read() && {
  int64_t i = BomLength(bytes_);
  while (i < size_) {
    const char c = bytes_[i];
    if (c == '<') {
      int64_t next = ReadMarkup(i);
      if (next >= 0) {
        i = next;
        continue;
      }
    }
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      NoteSpace(i);
      ++i;
      continue;
    }
    if (c == '&') {
      int64_t next = ReadEntity(i);
      if (next >= 0) {
        i = next;
        continue;
      }
    }
    i = ReadTextRun(i);
  }
  CloseBlock();
  std::sort(result_.skipped.begin(), result_.skipped.end(),
            [](const SkippedRange& a, const SkippedRange& b) { return a.begin < b.begin; });
  result_.clean = std::move(builder_).Build();
  return std::move(result_);
}

int64_t HtmlReader::ReadMarkup(int64_t i) {
  if (bytes_.substr(i, 4) == "<!--") return SkipComment(i);
  int64_t j = i + 1;
  bool closing = j < size_ && bytes_[j] == '/';
  if (closing) ++j;
  if (j >= size_ || !(absl::ascii_isalpha(bytes_[j]) || bytes_[j] == '!' || bytes_[j] == '?')) {
    return -1;
  }
  int64_t name_begin = j;
  while (j < size_ && (absl::ascii_isalnum(bytes_[j]) || bytes_[j] == '-')) ++j;
  const int64_t name_end = j;
  std::string name = absl::AsciiStrToLower(bytes_.substr(name_begin, j - name_begin));
  return ReadTag(i, name, closing, name_end, TagEnd(bytes_, j));
}

// A comment is skipped; a factcheck- directive is recorded as one.
int64_t HtmlReader::SkipComment(int64_t i) {
  size_t close = bytes_.find("-->", i + 4);
  int64_t end = close == absl::string_view::npos ? size_ : static_cast<int64_t>(close) + 3;
  absl::string_view comment = bytes_.substr(i, end - i);
  result_.skipped.push_back(
      {i, end,
       absl::StrContains(comment, "factcheck-") ? SKIP_REASON_DIRECTIVE : SKIP_REASON_MARKUP});
  return end;
}

// The tag [i, tag_end) named `name` (lowercase), whose name ends at
// name_end: skips raw text and page furniture, closes and opens blocks.
int64_t HtmlReader::ReadTag(int64_t i, const std::string& name, bool closing, int64_t name_end,
                            int64_t tag_end) {
  if (!closing && IsRawTextElement(name)) {
    int64_t end = RawTextEnd(bytes_, tag_end, name);
    result_.skipped.push_back({i, end, SKIP_REASON_MARKUP});
    return end;
  }
  if ((name == "article" || name == "main") && !(closing && content_depth_ == 0)) {
    content_depth_ += closing ? -1 : 1;
  }
  if (!closing && IsFurniture(name, content_depth_)) {
    CloseBlock();
    int64_t end = ElementEnd(bytes_, tag_end, name);
    result_.skipped.push_back({i, end, SKIP_REASON_PAGE_FURNITURE});
    return end;
  }
  if (!closing && name == "meta") ReadMetaDate(bytes_, name_end, tag_end, &result_);
  if (name == "title") {
    in_title_ = !closing;
    CloseBlock();
  } else if (IsBlockTag(name)) {
    CloseBlock();
    next_kind_ = KindAfterBlockTag(name, closing);
  } else if (name == "img") {
    result_.skipped.push_back({i, tag_end, SKIP_REASON_MARKUP});
  }
  return tag_end;
}

int64_t HtmlReader::ReadEntity(int64_t i) {
  int length = DecodeHtmlEntity(bytes_.substr(i, std::min<int64_t>(16, size_ - i)), &replacement_);
  if (length <= 0) return -1;
  if (replacement_ == " ") {
    NoteSpace(i);
  } else if (!replacement_.empty()) {
    Emit(i, length, replacement_, false);
  }
  return i + length;
}

// A run of ordinary text, up to markup, an entity or whitespace.
int64_t HtmlReader::ReadTextRun(int64_t i) {
  int64_t j = i + 1;
  while (j < size_ && bytes_[j] != '<' && bytes_[j] != '&' &&
         !absl::ascii_isspace(static_cast<unsigned char>(bytes_[j]))) {
    ++j;
  }
  Emit(i, j - i, bytes_.substr(i, j - i), true);
  return j;
}

void HtmlReader::NoteSpace(int64_t at) {
  if (!pending_space_) pending_space_at_ = at;
  pending_space_ = true;
}

void HtmlReader::CloseBlock() {
  pending_space_ = false;
  if (block_begin_ < 0) return;
  int64_t end = static_cast<int64_t>(builder_.text().size());
  if (end > block_begin_) result_.blocks.push_back({block_begin_, end, block_kind_});
  block_begin_ = -1;
}

void HtmlReader::EnsureBlock(int64_t at) {
  if (block_begin_ >= 0) return;
  if (!builder_.text().empty()) builder_.Replace(at, at, "\n");
  block_begin_ = static_cast<int64_t>(builder_.text().size());
  block_kind_ = next_kind_;
}

void HtmlReader::Emit(int64_t at, int64_t length, absl::string_view text, bool copy) {
  if (in_title_) {
    if (result_.title.empty()) result_.title_begin = at;
    if (pending_space_ && !result_.title.empty()) result_.title += ' ';
    pending_space_ = false;
    result_.title.append(text.data(), text.size());
    result_.title_end = at + length;
    return;
  }
  EnsureBlock(at);
  if (pending_space_ && static_cast<int64_t>(builder_.text().size()) > block_begin_) {
    builder_.Replace(pending_space_at_, pending_space_at_ + 1, " ");
  }
  pending_space_ = false;
  if (copy) {
    builder_.Copy(at, text);
  } else {
    builder_.Replace(at, at + length, text);
  }
}

}  // namespace

IngestedText IngestHtml(absl::string_view bytes) { return HtmlReader(bytes).Read(); }

IngestedText Ingest(absl::string_view bytes, InputFormat format) {
  switch (format) {
    case INPUT_FORMAT_MARKDOWN:
      return IngestMarkdown(bytes);
    case INPUT_FORMAT_HTML:
      return IngestHtml(bytes);
    default:
      return IngestPlainText(bytes);
  }
}

}  // namespace factcheck
