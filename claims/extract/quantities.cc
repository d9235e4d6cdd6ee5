#include "claims/extract/quantities.h"

namespace factcheck {

int CountedNounToken(const ParsedSentence& s, int64_t begin, int64_t end) {
  for (int i = 0; i < s.size(); ++i) {
    if (s.begin(i) < begin || s.end(i) > end) continue;
    if (s.upos(i) != "NUM") continue;
    // The first number of the phrase decides ("two or three days").
    const int h = s.head(i);
    if (s.deprel(i) != "nummod" || h <= i || h - i > kMaxCountedGap + 1) return -1;
    return s.upos(h) == "NOUN" ? h : -1;
  }
  return -1;
}

}  // namespace factcheck
