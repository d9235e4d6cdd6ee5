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
// A near copy (NearCopy) has at least this many words; the longer
// quotation lacks at most one of them and one more for every
// kNearCopyWordsPerMissing, and adds at most kNearCopyInserted words among
// them.
constexpr size_t kNearCopyWords = 6;
constexpr size_t kNearCopyWordsPerMissing = 8;
constexpr size_t kNearCopyInserted = 3;

using Words = std::vector<std::string>;

// One stretch where the quotations differ, between shared words.
struct Stretch {
  Words draft, source;
};

// The stretches between matched words of the longest common subsequence,
// leaving out what precedes the first match and follows the last.
// lcs[i][j]: the longest common subsequence of a[i..] and b[j..], both cut
// at kMaxWords.
std::vector<std::vector<int>> LcsTable(const Words& a, const Words& b) {
  const size_t n = std::min(a.size(), kMaxWords), m = std::min(b.size(), kMaxWords);
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  return lcs;
}

// Moves (i, j) from (0, 0) past the words of either side that the longest
// common subsequence can do without, so that it starts as late as it can:
// the shorter quotation is matched where it runs in the longer, not
// against a stray early "it's" ("it's not about you ... it's about").
void SkipToLatestStart(const std::vector<std::vector<int>>& lcs, size_t n, size_t m, size_t& i,
                       size_t& j) {
  const int all = lcs[0][0];
  if (all == 0) return;  // two fragments, read whole
  while (j < m && lcs[i][j + 1] == all) ++j;
  while (i < n && lcs[i + 1][j] == all) ++i;
}

std::vector<Stretch> InteriorStretches(const Words& a, const Words& b) {
  const size_t n = std::min(a.size(), kMaxWords), m = std::min(b.size(), kMaxWords);
  const std::vector<std::vector<int>> lcs = LcsTable(a, b);
  std::vector<Stretch> stretches;
  Stretch open;
  bool matched = false;
  size_t i = 0, j = 0;
  SkipToLatestStart(lcs, n, m, i, j);
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

bool NearCopy(const Words& a, const Words& b) {
  const Words& shorter = a.size() <= b.size() ? a : b;
  const Words& longer = a.size() <= b.size() ? b : a;
  if (shorter.size() < kNearCopyWords || shorter.size() > kMaxWords) return false;
  const std::vector<std::vector<int>> lcs = LcsTable(shorter, longer);
  const size_t shared = static_cast<size_t>(lcs[0][0]);
  if (shared + 1 + shorter.size() / kNearCopyWordsPerMissing < shorter.size()) return false;
  // The window of `longer` from its first to its last shared word, starting
  // as late as the shared words allow ("the ferry is closed; the board
  // was" holds "the board was" from its second "the").
  size_t i = 0, j = 0, first = longer.size(), last = 0;
  const size_t m = std::min(longer.size(), kMaxWords);
  SkipToLatestStart(lcs, shorter.size(), m, i, j);
  while (i < shorter.size() && j < m) {
    if (shorter[i] == longer[j]) {
      first = std::min(first, j);
      last = j;
      ++i, ++j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return first <= last && last + 1 - first <= shared + kNearCopyInserted;
}

bool QuoteChangesMeaning(const Words& draft, const Words& source, const Lexicon& lexicon) {
  for (const Stretch& s : InteriorStretches(draft, source)) {
    if (StretchChangesMeaning(s, lexicon)) return true;
  }
  return false;
}

}  // namespace factcheck
