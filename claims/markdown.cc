#include "claims/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace factcheck {
namespace {

constexpr absl::string_view kBom = "\xEF\xBB\xBF";
// How far past the previous node a literal whose position does not match
// is looked for, in bytes: cmark-gfm's inline positions are off by a few
// bytes when they are off at all.
constexpr int64_t kSearchWindow = 64;

// One piece of a block's clean text: original bytes [begin, end) copied,
// or `replacement` standing for them.
struct Op {
  int64_t begin;
  int64_t end;
  bool copy;
  std::string replacement;
};

// A block's clean text before the blocks are put in original order.
struct PendingBlock {
  int64_t original_begin;
  SentenceKind kind;
  std::vector<Op> ops;
};

// Line starts of bytes[base, size) as cmark-gfm counts lines (\n, \r\n,
// \r), to turn its 1-based line and byte column into offsets.
class LineTable {
 public:
  LineTable(absl::string_view bytes, int64_t base) : bytes_(bytes) {
    starts_.push_back(base);
    const int64_t size = static_cast<int64_t>(bytes.size());
    for (int64_t i = base; i < size; ++i) {
      if (bytes[i] == '\r' && i + 1 < size && bytes[i + 1] == '\n') ++i;
      if (bytes[i] == '\n' || bytes[i] == '\r') starts_.push_back(i + 1);
    }
  }

  int count() const { return static_cast<int>(starts_.size()); }
  int64_t Start(int line) const { return starts_[line - 1]; }
  // The end of `line`, before its line break.
  int64_t End(int line) const {
    int64_t end = line < count() ? starts_[line] : static_cast<int64_t>(bytes_.size());
    while (end > Start(line) && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
    return end;
  }
  // The offset of column `column` (1-based) of `line`, clamped to the
  // line; -1 when cmark-gfm gave no position.
  int64_t Offset(int line, int column) const {
    if (line < 1 || line > count() || column < 1) return -1;
    return std::min(Start(line) + column - 1, End(line));
  }
  // The end offset of a node that ends at inclusive `column` of `line`;
  // column 0 is cmark-gfm's "the line before ended it". -1 when unknown.
  int64_t EndOffset(int line, int column) const {
    if (line < 1 || line > count()) return -1;
    if (column < 1) return line > 1 ? End(line - 1) : -1;
    return std::min(Start(line) + column, End(line));
  }
  // The 1-based line holding `offset`.
  int LineOf(int64_t offset) const {
    return static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), offset) -
                            starts_.begin());
  }

 private:
  absl::string_view bytes_;
  std::vector<int64_t> starts_;
};

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

int Utf8Length(char lead) {
  unsigned char c = static_cast<unsigned char>(lead);
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// `text` with each byte that does not start a whole UTF-8 sequence
// replaced by U+FFFD. cmark-gfm can cut a multi-byte character in a
// literal it builds from a malformed footnote label.
std::string WholeCharacters(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t length = Utf8Length(text[i]);
    bool whole = length > 1 || static_cast<unsigned char>(text[i]) < 0x80;
    for (size_t k = 1; whole && k < length; ++k) {
      whole = i + k < text.size() && (static_cast<unsigned char>(text[i + k]) >> 6) == 0x2;
    }
    if (!whole) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(text.data() + i, length);
    i += length;
  }
  return out;
}

// Length of the character reference ("&amp;", "&#8217;", "&#x2019;")
// starting at bytes[p], or 0.
int64_t EntityLength(absl::string_view bytes, int64_t p, int64_t limit) {
  if (bytes[p] != '&') return 0;
  int64_t q = p + 1;
  int64_t max_digits = 31;
  bool hex = false;
  if (q < limit && bytes[q] == '#') {
    ++q;
    hex = q < limit && (bytes[q] == 'x' || bytes[q] == 'X');
    if (hex) ++q;
    max_digits = 31;  // cmark-gfm decodes longer ones than CommonMark allows, to U+FFFD
  }
  int64_t first = q;
  while (q < limit && q - first < max_digits &&
         (hex ? absl::ascii_isxdigit(bytes[q]) : absl::ascii_isalnum(bytes[q]))) {
    ++q;
  }
  if (q == first || q >= limit || bytes[q] != ';') return 0;
  return q + 1 - p;
}

// How many bytes of `literal` from `i` a decoded reference produced: one
// character, or two when only two let the literal go on matching the
// source byte `next`.
size_t DecodedLength(absl::string_view literal, size_t i, int next) {
  size_t one = std::min(literal.size(), i + Utf8Length(literal[i])) - i;
  if (i + one >= literal.size() || literal[i + one] == next) return one;
  size_t two = std::min(literal.size(), i + one + Utf8Length(literal[i + one])) - i;
  if (i + two >= literal.size() || literal[i + two] == next) return two;
  return one;
}

// Aligns `literal` with the original bytes from `p` (not past `limit`):
// equal bytes are copied, a character reference stands for what it
// decoded to, a backslash before the punctuation it escapes is dropped
// (unless `verbatim`: code spans and raw HTML keep backslashes), a line
// break (followed by container marks such as "> ") may stand for a
// literal line break, or a space when `verbatim` (code spans). On success
// appends the pieces to `ops`, sets `*end` and returns true.
bool TryAlign(absl::string_view bytes, int64_t p, int64_t limit, absl::string_view literal,
              bool verbatim, std::vector<Op>* ops, int64_t* end) {
  std::vector<Op> out;
  auto copy = [&](int64_t at) {
    if (!out.empty() && out.back().copy && out.back().end == at) {
      ++out.back().end;
    } else {
      out.push_back({at, at + 1, true, ""});
    }
  };
  size_t i = 0;
  while (i < literal.size()) {
    if (p >= limit) return false;
    const char c = literal[i];
    const char s = bytes[p];
    int64_t entity = EntityLength(bytes, p, limit);
    if (entity > 0 && literal.substr(i, entity) != bytes.substr(p, entity)) {
      size_t decoded = DecodedLength(literal, i, p + entity < limit ? bytes[p + entity] : -1);
      out.push_back({p, p + entity, false, std::string(literal.substr(i, decoded))});
      i += decoded;
      p += entity;
    } else if (IsLineBreak(s) && (c == '\n' || (verbatim && c == ' '))) {
      int64_t after = p + 1;
      if (s == '\r' && after < limit && bytes[after] == '\n') ++after;
      out.push_back({p, after, false, std::string(1, c)});
      p = after;
      ++i;
      const char next = i < literal.size() ? literal[i] : 0;
      while (p < limit && bytes[p] != next &&
             (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '>')) {
        ++p;
      }
    } else if (s == '\\' && p + 1 < limit && bytes[p + 1] == c && absl::ascii_ispunct(c) &&
               (!verbatim || c == '|')) {
      // An escape: the backslash goes. Code spans have none, but a table
      // cell's "\|" is a pipe even inside one.
      copy(p + 1);
      ++i;
      p += 2;
    } else if (s == c) {
      copy(p);
      ++i;
      ++p;
    } else {
      return false;
    }
  }
  ops->insert(ops->end(), out.begin(), out.end());
  *end = p;
  return true;
}

SkipReason CommentReason(absl::string_view comment) {
  return absl::StrContains(comment, "factcheck-") ? SKIP_REASON_DIRECTIVE : SKIP_REASON_MARKUP;
}

// One line of the original: [begin, end) without its break, next past it.
struct Line {
  int64_t begin;
  int64_t end;
  int64_t next;
};

Line LineAt(absl::string_view bytes, int64_t begin) {
  const int64_t size = static_cast<int64_t>(bytes.size());
  int64_t end = begin;
  while (end < size && !IsLineBreak(bytes[end])) ++end;
  int64_t next = end;
  if (next < size && bytes[next] == '\r') ++next;
  if (next < size && bytes[next] == '\n') ++next;
  return {begin, end, next};
}

absl::string_view Text(absl::string_view bytes, const Line& line) {
  return bytes.substr(line.begin, line.end - line.begin);
}

// Reads one front matter line "key: value" into out's title or date when
// the key is `title` or `date`; returns whether it did.
bool ReadFrontMatterField(absl::string_view bytes, const Line& line, IngestedText* out) {
  absl::string_view text = Text(bytes, line);
  size_t colon = text.find(':');
  if (colon == absl::string_view::npos) return false;
  absl::string_view key = text.substr(0, colon);
  if (key != "title" && key != "date") return false;
  int64_t begin = line.begin + static_cast<int64_t>(colon) + 1;
  int64_t end = line.end;
  while (begin < end && (bytes[begin] == ' ' || bytes[begin] == '\t')) ++begin;
  while (end > begin && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) --end;
  if (end - begin >= 2 && (bytes[begin] == '"' || bytes[begin] == '\'') &&
      bytes[end - 1] == bytes[begin]) {
    ++begin;
    --end;
  }
  // Block scalars ("title: >") and empty values are not one-line values.
  if (end <= begin || bytes[begin] == '>' || bytes[begin] == '|') return false;
  std::string value(bytes.substr(begin, end - begin));
  if (key == "title" && out->title.empty()) {
    out->title = std::move(value);
    out->title_begin = begin;
    out->title_end = end;
  } else if (key == "date" && out->date.empty()) {
    out->date = std::move(value);
    out->date_begin = begin;
    out->date_end = end;
  } else {
    return false;
  }
  return true;
}

}  // namespace

namespace markdown_internal {

// Reads a YAML front matter opening at `start` into out's title, date and
// skipped ranges; returns the offset where the Markdown body begins
// (`start` when there is none).
int64_t ReadFrontMatter(absl::string_view bytes, int64_t start, IngestedText* out) {
  Line open = LineAt(bytes, start);
  if (absl::StripTrailingAsciiWhitespace(Text(bytes, open)) != "---" || open.next == open.end) {
    return start;
  }
  std::vector<Line> fields;
  Line line = LineAt(bytes, open.next);
  while (true) {
    absl::string_view text = absl::StripTrailingAsciiWhitespace(Text(bytes, line));
    if (text == "---" || text == "...") break;
    if (line.next == line.begin) return start;  // never closed: not front matter
    fields.push_back(line);
    line = LineAt(bytes, line.next);
  }
  const Line close = line;
  int64_t markup_begin = start;
  for (const Line& field : fields) {
    if (!ReadFrontMatterField(bytes, field, out)) continue;
    if (field.begin > markup_begin) {
      out->skipped.push_back({markup_begin, field.begin, SKIP_REASON_MARKUP});
    }
    out->skipped.push_back({field.begin, field.end, SKIP_REASON_METADATA});
    markup_begin = field.next;
  }
  out->skipped.push_back({markup_begin, close.end, SKIP_REASON_MARKUP});
  return close.next;
}

}  // namespace markdown_internal

namespace {

// Walks cmark-gfm's tree (with its iterator: a deep document must not
// deepen the stack) and collects blocks and skipped ranges.
class Walker {
 public:
  Walker(absl::string_view bytes, int64_t body_begin, IngestedText* out)
      : bytes_(bytes), lines_(bytes, body_begin), out_(*out), covered_(lines_.count() + 2, false) {}

  void Walk(cmark_node* document);
  // Puts the blocks in original order into out's clean text.
  void Emit();

 private:
  void Enter(cmark_node* node);
  void Exit(cmark_node* node);
  void StartBlock(cmark_node* node, SentenceKind kind);
  std::pair<int64_t, int64_t> Place(cmark_node* node, absl::string_view literal, bool verbatim,
                                    bool emit);
  int64_t FindFrom(cmark_node* node, absl::string_view prefix);
  // The node's start and end offsets from its position, corrected by the
  // shift Learn() found on its line.
  int64_t NodeStart(cmark_node* node) const;
  int64_t NodeEnd(cmark_node* node) const;
  // Records that `node` was found at `found`: cmark-gfm's columns on a
  // lazy continuation line are off by the container's indent, the same
  // for every node of the line.
  void Learn(cmark_node* node, int64_t found);
  void SkipInline(cmark_node* node, absl::string_view prefix, int64_t length);
  void SkipLeafBlock(cmark_node* node);
  void CoverTopLevel(cmark_node* document);
  void AddSkip(int64_t begin, int64_t end, SkipReason reason);

  absl::string_view bytes_;
  LineTable lines_;
  IngestedText& out_;
  std::vector<PendingBlock> blocks_;
  bool in_block_ = false;
  int64_t cursor_ = 0;
  int shift_line_ = 0;  // the line whose columns are off by shift_
  int64_t shift_ = 0;
  cmark_node* image_ = nullptr;  // the image whose alt text is being skipped
  std::vector<bool> covered_;    // per line: some node or skip holds it
};

void Walker::Walk(cmark_node* document) {
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(document),
                                                               &cmark_iter_free);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_ENTER) {
      Enter(node);
    } else {
      Exit(node);
    }
  }
  CoverTopLevel(document);
}

void Walker::Enter(cmark_node* node) {
  if (image_ != nullptr) return;
  const cmark_node_type type = cmark_node_get_type(node);
  const char* name = cmark_node_get_type_string(node);
  const char* literal_c = cmark_node_get_literal(node);
  absl::string_view literal = literal_c == nullptr ? "" : literal_c;
  cmark_node* parent = cmark_node_parent(node);
  switch (type) {
    case CMARK_NODE_PARAGRAPH:
      StartBlock(node, parent != nullptr && cmark_node_get_type(parent) == CMARK_NODE_ITEM
                           ? SENTENCE_KIND_LIST_ITEM
                           : SENTENCE_KIND_BODY);
      return;
    case CMARK_NODE_HEADING:
      StartBlock(node, SENTENCE_KIND_HEADING);
      return;
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
      SkipLeafBlock(node);
      return;
    case CMARK_NODE_TEXT:
      Place(node, literal, false, true);
      return;
    case CMARK_NODE_CODE:
      Place(node, literal, true, true);
      return;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      if (in_block_) blocks_.back().ops.push_back({cursor_, cursor_, false, "\n"});
      return;
    case CMARK_NODE_HTML_INLINE: {
      auto [begin, end] = Place(node, literal, true, false);
      if (absl::StartsWith(literal, "<!--")) AddSkip(begin, end, CommentReason(literal));
      return;
    }
    case CMARK_NODE_IMAGE:
      SkipInline(node, "![", 0);
      image_ = node;
      return;
    case CMARK_NODE_FOOTNOTE_REFERENCE:
      SkipInline(node, "[^", static_cast<int64_t>(literal.size()) + 3);
      return;
    default:
      break;
  }
  if (std::strcmp(name, "table_cell") == 0) StartBlock(node, SENTENCE_KIND_BODY);
}

void Walker::Exit(cmark_node* node) {
  if (image_ != nullptr) {
    if (node == image_) image_ = nullptr;
    return;
  }
  const cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
      std::strcmp(cmark_node_get_type_string(node), "table_cell") == 0) {
    in_block_ = false;
    return;
  }
  if (type == CMARK_NODE_LINK && in_block_) {
    // Past the link's destination, so that the next text is not looked for
    // inside it.
    int64_t end = NodeEnd(node);
    if (end > cursor_ &&
        (bytes_[end - 1] == ')' || bytes_[end - 1] == ']' || bytes_[end - 1] == '>')) {
      cursor_ = end;
    }
  }
}

void Walker::StartBlock(cmark_node* node, SentenceKind kind) {
  int64_t begin = lines_.Offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
  if (begin < 0) begin = cursor_;
  blocks_.push_back({begin, kind, {}});
  in_block_ = true;
  cursor_ = begin;
}

// Finds where `literal` stands in the original (see the header) and, when
// `emit`, appends it to the open block. Returns its original range.
std::pair<int64_t, int64_t> Walker::Place(cmark_node* node, absl::string_view literal_bytes,
                                          bool verbatim, bool emit) {
  if (!in_block_) return {cursor_, cursor_};
  const std::string whole = WholeCharacters(literal_bytes);
  const absl::string_view literal = whole;
  const int64_t limit = static_cast<int64_t>(bytes_.size());
  const int64_t hint = NodeStart(node);
  std::vector<Op>& ops = blocks_.back().ops;
  std::vector<Op> scratch;
  std::vector<Op>* target = emit ? &ops : &scratch;
  int64_t end = 0;
  if (hint >= cursor_ && TryAlign(bytes_, hint, limit, literal, verbatim, target, &end)) {
    cursor_ = end;
    Learn(node, hint);
    return {hint, end};
  }
  for (int64_t p = cursor_; p < limit && p < cursor_ + kSearchWindow; ++p) {
    if (p == hint) continue;
    if (TryAlign(bytes_, p, limit, literal, verbatim, target, &end)) {
      cursor_ = end;
      Learn(node, p);
      return {p, end};
    }
  }
  // Nothing matches: the literal as a whole stands for the node's bytes.
  const int64_t at = hint >= cursor_ ? hint : cursor_;
  end = std::max(at, NodeEnd(node));
  if (!literal.empty()) target->push_back({at, end, false, std::string(literal)});
  cursor_ = end;
  return {at, end};
}

// Where the inline `node`, whose source opens with `prefix`, begins: at
// its position when the bytes there match, else the first match after the
// previous node; -1 when neither.
int64_t Walker::FindFrom(cmark_node* node, absl::string_view prefix) {
  int64_t hint = NodeStart(node);
  if (hint >= cursor_ && bytes_.substr(hint, prefix.size()) == prefix) return hint;
  size_t found = bytes_.substr(0, std::min<size_t>(bytes_.size(), cursor_ + kSearchWindow))
                     .find(prefix, cursor_);
  if (found == absl::string_view::npos) return -1;
  Learn(node, static_cast<int64_t>(found));
  return static_cast<int64_t>(found);
}

int64_t Walker::NodeStart(cmark_node* node) const {
  const int line = cmark_node_get_start_line(node);
  int64_t offset = lines_.Offset(line, cmark_node_get_start_column(node));
  if (offset < 0 || line != shift_line_) return offset;
  return std::clamp(offset + shift_, lines_.Start(line), lines_.End(line));
}

int64_t Walker::NodeEnd(cmark_node* node) const {
  const int line = cmark_node_get_end_line(node);
  const int column = cmark_node_get_end_column(node);
  int64_t offset = lines_.EndOffset(line, column);
  if (offset < 0 || column < 1 || line != shift_line_) return offset;
  return std::clamp(offset + shift_, lines_.Start(line), lines_.End(line));
}

void Walker::Learn(cmark_node* node, int64_t found) {
  const int line = cmark_node_get_start_line(node);
  int64_t offset = lines_.Offset(line, cmark_node_get_start_column(node));
  if (offset < 0 || lines_.LineOf(found) != line) return;
  shift_line_ = line;
  shift_ = found - offset;
}

// Skips an image or footnote reference: `length` bytes when known (a
// footnote reference "[^label]"), else to the node's end position.
void Walker::SkipInline(cmark_node* node, absl::string_view prefix, int64_t length) {
  if (!in_block_) return;
  int64_t begin = FindFrom(node, prefix);
  if (begin < 0) return;
  int64_t end = NodeEnd(node);
  if (length > 0 && begin + length <= static_cast<int64_t>(bytes_.size()) &&
      bytes_[begin + length - 1] == ']') {
    end = begin + length;
  }
  end = std::max(end, begin + static_cast<int64_t>(prefix.size()));
  AddSkip(begin, end, SKIP_REASON_MARKUP);
  cursor_ = std::max(cursor_, end);
}

// Skips a code or HTML block as whole lines. Its end position is not
// always right, so the literal's line count also counts.
void Walker::SkipLeafBlock(cmark_node* node) {
  const int first = cmark_node_get_start_line(node);
  int64_t begin = lines_.Offset(first, cmark_node_get_start_column(node));
  if (begin < 0) return;
  const char* literal_c = cmark_node_get_literal(node);
  absl::string_view literal = literal_c == nullptr ? "" : literal_c;
  int last = first + static_cast<int>(std::count(literal.begin(), literal.end(), '\n')) - 1;
  int fence_length = 0, fence_offset = 0;
  char fence_char = 0;
  const bool fenced = cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
                      cmark_node_get_fenced(node, &fence_length, &fence_offset, &fence_char);
  if (fenced) ++last;
  int end_line = cmark_node_get_end_line(node);
  if (cmark_node_get_end_column(node) < 1) --end_line;
  if (fenced && end_line >= first) last = end_line;
  last = std::min(std::max({last, end_line, first}), lines_.count());
  SkipReason reason = SKIP_REASON_MARKUP;
  if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK &&
      absl::StartsWith(absl::StripLeadingAsciiWhitespace(literal), "<!--")) {
    reason = CommentReason(literal);
  }
  AddSkip(begin, std::max(begin, lines_.End(last)), reason);
}

void Walker::AddSkip(int64_t begin, int64_t end, SkipReason reason) {
  out_.skipped.push_back({begin, end, reason});
  for (int line = lines_.LineOf(begin); line <= lines_.LineOf(std::max(begin, end - 1)); ++line) {
    covered_[line] = true;
  }
}

// Reports the non-blank top-level lines no node holds (link reference
// definitions, footnote definitions nothing refers to) as MARKUP.
void Walker::CoverTopLevel(cmark_node* document) {
  for (cmark_node* n = cmark_node_first_child(document); n != nullptr; n = cmark_node_next(n)) {
    int first = cmark_node_get_start_line(n);
    int last = cmark_node_get_end_line(n) - (cmark_node_get_end_column(n) < 1 ? 1 : 0);
    for (int line = std::max(first, 1); line <= std::min(last, lines_.count()); ++line) {
      covered_[line] = true;
    }
  }
  for (const PendingBlock& block : blocks_) {
    for (const Op& op : block.ops) covered_[lines_.LineOf(op.begin)] = true;
  }
  int run = 0;  // first line of the pending uncovered run, 0 for none
  for (int line = 1; line <= lines_.count() + 1; ++line) {
    bool open = line <= lines_.count() && !covered_[line] &&
                !absl::StripAsciiWhitespace(
                     bytes_.substr(lines_.Start(line), lines_.End(line) - lines_.Start(line)))
                     .empty();
    if (open && run == 0) run = line;
    if (!open && run > 0) {
      out_.skipped.push_back({lines_.Start(run), lines_.End(line - 1), SKIP_REASON_MARKUP});
      run = 0;
    }
  }
}

void Walker::Emit() {
  std::stable_sort(blocks_.begin(), blocks_.end(),
                   [](const PendingBlock& a, const PendingBlock& b) {
                     return a.original_begin < b.original_begin;
                   });
  CleanTextBuilder builder;
  for (const PendingBlock& block : blocks_) {
    if (block.ops.empty()) continue;
    // Blocks are separated by a newline so that they never run together.
    if (!builder.text().empty() && builder.text().back() != '\n') {
      builder.Replace(block.original_begin, block.original_begin, "\n");
    }
    int64_t begin = static_cast<int64_t>(builder.text().size());
    for (const Op& op : block.ops) {
      if (op.copy) {
        builder.Copy(op.begin, bytes_.substr(op.begin, op.end - op.begin));
      } else {
        builder.Replace(op.begin, op.end, op.replacement);
      }
    }
    const std::string& text = builder.text();
    int64_t end = static_cast<int64_t>(text.size());
    while (begin < end && absl::ascii_isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && absl::ascii_isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    if (end > begin) out_.blocks.push_back({begin, end, block.kind});
  }
  std::stable_sort(out_.skipped.begin(), out_.skipped.end(),
                   [](const SkippedRange& a, const SkippedRange& b) { return a.begin < b.begin; });
  out_.clean = std::move(builder).Build();
}

cmark_node* Parse(absl::string_view body) {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(
      cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES), &cmark_parser_free);
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
    if (extension != nullptr) cmark_parser_attach_syntax_extension(parser.get(), extension);
  }
  cmark_parser_feed(parser.get(), body.data(), body.size());
  return cmark_parser_finish(parser.get());
}

}  // namespace

IngestedText IngestMarkdown(absl::string_view bytes) {
  IngestedText result;
  const int64_t bom = absl::StartsWith(bytes, kBom) ? 3 : 0;
  const int64_t body = markdown_internal::ReadFrontMatter(bytes, bom, &result);
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(Parse(bytes.substr(body)),
                                                                   &cmark_node_free);
  Walker walker(bytes, body, &result);
  walker.Walk(document.get());
  walker.Emit();
  return result;
}

}  // namespace factcheck
