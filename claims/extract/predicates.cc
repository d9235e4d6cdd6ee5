#include "claims/extract/predicates.h"

#include "absl/strings/ascii.h"

namespace factcheck {
namespace {

// The first token that ends after `begin` (tokens are in text order), by
// binary search: a sentence may hold thousands of claims.
int FirstEndingAfter(const ParsedSentence& s, int64_t begin) {
  int lo = 0, hi = s.size();
  while (lo < hi) {
    const int mid = lo + (hi - lo) / 2;
    if (s.end(mid) <= begin) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// The token of [begin, end) whose head lies outside it, or -1.
int PhraseHead(const ParsedSentence& s, int64_t begin, int64_t end) {
  int first_inside = -1;
  for (int i = FirstEndingAfter(s, begin); i < s.size() && s.begin(i) < end; ++i) {
    if (first_inside < 0) first_inside = i;
    const int h = s.head(i);
    if (h < 0 || s.end(h) <= begin || s.begin(h) >= end) return i;
  }
  return first_inside;
}

}  // namespace

std::string GoverningPredicate(const ParsedSentence& s, int64_t begin, int64_t end,
                               const Lexicon& lexicon) {
  const int head = PhraseHead(s, begin, end);
  if (head < 0) return "";
  // The phrase's head itself, or the word it depends on; a phrase that
  // qualifies a noun ("a 2010 measure", "its 12 members") belongs to that
  // noun's event, which only a derivation could name: none.
  int k = s.upos(head) == "VERB" ? head : s.head(head);
  if (k < 0 || s.upos(k) != "VERB") return "";
  if (lexicon.IsSaidVerb(s.lower(k))) return "say";
  std::string lemma = absl::AsciiStrToLower(s.lemma(k));
  if (lexicon.IsSaidVerb(lemma)) return "say";
  return lemma.empty() ? s.lower(k) : lemma;
}

}  // namespace factcheck
