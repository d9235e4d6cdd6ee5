#include "compare/quote_change.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace factcheck {
namespace {

// Quotations longer than this are compared on their first kMaxWords words.
constexpr size_t kMaxWords = 300;
// A differing stretch longer than this (on either side) is another
// excerpt spliced in, not an edit.
constexpr size_t kMaxStretch = 3;

using Words = std::vector<std::string>;

// One stretch where the quotations differ, between shared words.
struct Stretch {
  Words draft, source;
};

// The stretches between matched words of the longest common subsequence,
// leaving out what precedes the first match and follows the last.
std::vector<Stretch> InteriorStretches(const Words& a, const Words& b) {
  const size_t n = std::min(a.size(), kMaxWords), m = std::min(b.size(), kMaxWords);
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<Stretch> stretches;
  Stretch open;
  bool matched = false;
  size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      if (matched && (!open.draft.empty() || !open.source.empty())) stretches.push_back(open);
      open = {};
      matched = true;
      ++i, ++j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      open.draft.push_back(a[i++]);
    } else {
      open.source.push_back(b[j++]);
    }
  }
  // After the last match: a replacement where both quotations go on, an
  // excerpt that stops elsewhere where only one does.
  for (; i < n; ++i) open.draft.push_back(a[i]);
  for (; j < m; ++j) open.source.push_back(b[j]);
  // No shared word: two short fragments in one frame ("called it 'X'")
  // are one stretch.
  if (!open.draft.empty() && !open.source.empty()) stretches.push_back(open);
  return stretches;
}

bool IsNegation(const std::string& word, const Lexicon& lexicon) {
  if (absl::EndsWith(word, "n't")) return true;
  for (int cue : lexicon.NegationCuesStartingWith(word)) {
    if (lexicon.negation_cue_words()[cue].size() == 1) return true;
  }
  return false;
}

bool IsNumber(const std::string& word) {
  return std::any_of(word.begin(), word.end(),
                     [](char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); });
}

int CountIf(const Words& words, bool (*test)(const std::string&)) {
  return static_cast<int>(std::count_if(words.begin(), words.end(), test));
}

bool StretchChangesMeaning(const Stretch& s, const Lexicon& lexicon) {
  if (s.draft.size() > kMaxStretch || s.source.size() > kMaxStretch) return false;
  int negations = 0;
  for (const std::string& w : s.draft) negations += IsNegation(w, lexicon);
  for (const std::string& w : s.source) negations -= IsNegation(w, lexicon);
  if (negations != 0) return true;
  for (const std::string& d : s.draft) {
    for (const std::string& o : s.source) {
      if (lexicon.AreOpposites(d, o) || lexicon.IsNegativelyPrefixed(d, o)) return true;
    }
  }
  return CountIf(s.draft, IsNumber) > 0 && CountIf(s.source, IsNumber) > 0;
}

}  // namespace

bool QuoteChangesMeaning(const Words& draft, const Words& source, const Lexicon& lexicon) {
  for (const Stretch& s : InteriorStretches(draft, source)) {
    if (StretchChangesMeaning(s, lexicon)) return true;
  }
  return false;
}

}  // namespace factcheck
