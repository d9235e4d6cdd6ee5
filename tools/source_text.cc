#include "tools/source_text.h"

#include <fstream>
#include <sstream>

#include "claims/sha256.h"

namespace factcheck {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Appends bytes[begin, end) to view->text with whitespace runs folded to
// one space; returns the number of characters appended.
int AppendFolded(const std::string& bytes, int64_t begin, int64_t end, bool* last_space,
                 std::string* out) {
  int chars = 0;
  for (int64_t i = begin; i < end; ++i) {
    char c = bytes[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (*last_space) continue;
      out->push_back(' ');
      *last_space = true;
      ++chars;
      continue;
    }
    *last_space = false;
    out->push_back(c);
    if (!IsContinuationByte(c)) ++chars;
  }
  return chars;
}

}  // namespace

SourceTexts ReadSourceTexts(const std::vector<SourceDocument>& documents) {
  SourceTexts texts;
  for (const SourceDocument& doc : documents) {
    if (doc.path() == "<stdin>" || doc.path() == "-") continue;
    std::ifstream in(doc.path(), std::ios::binary);
    if (!in) continue;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    SourceText text;
    text.bytes = buffer.str();
    if (!doc.sha256().empty() && Sha256Hex(text.bytes) != doc.sha256()) continue;
    text.format = doc.format();
    for (const Sentence& s : doc.sentences()) text.sentences.push_back(s.span());
    texts[doc.path()] = std::move(text);
  }
  return texts;
}

const SourceText* FindSourceText(const SourceTexts& texts, const std::string& path) {
  auto it = texts.find(path);
  return it == texts.end() ? nullptr : &it->second;
}

bool SentenceAround(const SourceText& text, const Location& at, SentenceView* view) {
  const int64_t size = static_cast<int64_t>(text.bytes.size());
  if (at.begin() < 0 || at.end() > size || at.begin() > at.end()) return false;
  int64_t begin = -1, end = -1;
  for (const Span& s : text.sentences) {
    if (s.begin() <= at.begin() && at.end() <= s.end()) {
      begin = s.begin();
      end = s.end();
      break;
    }
  }
  if (begin < 0) {
    begin = at.begin();
    while (begin > 0 && text.bytes[begin - 1] != '\n' && text.bytes[begin - 1] != '\r') --begin;
    end = at.end();
    while (end < size && text.bytes[end] != '\n' && text.bytes[end] != '\r') ++end;
  }
  view->text.clear();
  bool last_space = false;
  view->claim_column = AppendFolded(text.bytes, begin, at.begin(), &last_space, &view->text);
  view->claim_width = AppendFolded(text.bytes, at.begin(), at.end(), &last_space, &view->text);
  AppendFolded(text.bytes, at.end(), end, &last_space, &view->text);
  return true;
}

}  // namespace factcheck
