// Fuzzes the sentence splitter on valid text with the shipped vocabulary:
// sentences must be ordered, non-empty, trimmed and inside the range given,
// and splitting a sub-range must stay inside it.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/input_file.h"
#include "claims/sentences.h"
#include "claims/test_support.h"

namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

void CheckRanges(absl::string_view text, int64_t begin, int64_t end,
                 const std::vector<factcheck::SentenceRange>& sentences) {
  int64_t previous = begin;
  for (const factcheck::SentenceRange& s : sentences) {
    if (s.begin < previous || s.begin >= s.end || s.end > end) {
      std::fprintf(stderr, "bad sentence [%lld, %lld) in [%lld, %lld)\n",
                   static_cast<long long>(s.begin), static_cast<long long>(s.end),
                   static_cast<long long>(begin), static_cast<long long>(end));
      std::abort();
    }
    if (IsAsciiSpace(text[s.begin]) || IsAsciiSpace(text[s.end - 1])) {
      std::fprintf(stderr, "sentence not trimmed\n");
      std::abort();
    }
    previous = s.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck;
  absl::string_view text(reinterpret_cast<const char*>(data), size);
  if (!ValidateText("fuzz", text).ok()) return 0;
  SentenceSplitter splitter(ShippedLexicon());
  const int64_t n = static_cast<int64_t>(size);
  CheckRanges(text, 0, n, splitter.Split(text, 0, n));
  // A block in the middle of a longer text, cut at a character boundary.
  int64_t begin = n / 3;
  while (begin < n && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  CheckRanges(text, begin, n, splitter.Split(text, begin, n));
  return 0;
}
