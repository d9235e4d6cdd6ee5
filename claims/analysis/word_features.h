// File: claims/analysis/word_features.h
//
// What the models of the linguistic layer know about a word before any
// model runs: hashes of its form, lowercase form, shape, prefixes and
// suffixes, and the case style of its sentence. Computed once per token and
// shared by the tagger, the entity recogniser and the parser, so a feature
// template is a couple of integer mixes, never a string.
//
// Headlines are written in Title Case or ALL CAPS; there capital letters say
// nothing about names. SentenceCase() tells the three styles apart, and the
// models see the style next to every capitalisation feature.
//
// Example:
//   std::vector<absl::string_view> words = {"POLICE", "SAY", "NOTHING"};
//   SentenceCase c = DetectSentenceCase(words);  // kUpper
//   WordInfo w = DescribeWord("POLICE", c);  // w.lower == HashBytes("police")

#ifndef FACTCHECK_CLAIMS_ANALYSIS_WORD_FEATURES_H_
#define FACTCHECK_CLAIMS_ANALYSIS_WORD_FEATURES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace factcheck {

enum class SentenceCase : uint8_t {
  kNormal = 0,
  // Most words of four letters or more start with a capital.
  kTitle = 1,
  // Most words with letters are in capitals.
  kUpper = 2,
};

SentenceCase DetectSentenceCase(const std::vector<absl::string_view>& words);

// Lowercases ASCII letters and the Latin-1/Latin Extended-A capitals of
// two-byte UTF-8 sequences; leaves other bytes alone.
std::string LowerWord(absl::string_view word);

// "Xxxxx" for "Istanbul", "X.X." for "U.S.", "d,dd" for "1,000": each
// character by class (X upper, x lower, d digit, u other multibyte, other
// bytes as themselves); a run of one class is cut to four letters or two of
// anything else.
std::string WordShape(absl::string_view word);

// Brown clusters of lowercase words (claims/data/word_clusters.txt): each
// word's path in the cluster tree as a bit string ("0110...").
class WordClusters {
 public:
  void Add(absl::string_view lowercase_word, absl::string_view path);
  // The path of a lowercase word, empty when it has none.
  absl::string_view Path(absl::string_view lowercase_word) const;
  bool empty() const { return paths_.empty(); }

 private:
  absl::flat_hash_map<std::string, std::string> paths_;
};

// Lengths of the cluster path prefixes used as features (Koo et al. 2008,
// Ratinov & Roth 2009): coarse to fine.
constexpr int kClusterPrefixes[] = {4, 6, 10, 20};

struct WordInfo {
  uint64_t form = 0;   // the word as written
  uint64_t lower = 0;  // LowerWord
  uint64_t shape = 0;  // WordShape, mixed with the sentence case
  uint64_t prefix[3] = {0, 0, 0};  // of the lowercase form, 1..3 bytes
  uint64_t suffix[4] = {0, 0, 0, 0};  // 1..4 bytes
  // Hashes of the cluster path's prefixes of kClusterPrefixes lengths (a
  // fixed value for words without a cluster).
  uint64_t cluster[4] = {0, 0, 0, 0};
  // Bits: kCapitalized, kAllCaps, kHasDigit, kHasHyphen, kHasLetter,
  // kStartsLower.
  uint32_t flags = 0;
};

constexpr uint32_t kCapitalized = 1;
constexpr uint32_t kAllCaps = 2;
constexpr uint32_t kHasDigit = 4;
constexpr uint32_t kHasHyphen = 8;
constexpr uint32_t kHasLetter = 16;
// The first character is a lowercase letter (ASCII or Latin).
constexpr uint32_t kStartsLower = 32;

// `clusters` may be null (no cluster features).
WordInfo DescribeWord(absl::string_view word, SentenceCase sentence_case,
                      const WordClusters* clusters = nullptr);

// Title Case ("Police Say Nothing Happened") or ALL CAPS copies of a
// sentence's words, for training on headline typography. Short function
// words stay lowercase in Title Case.
std::vector<std::string> TitleCased(const std::vector<std::string>& words);
std::vector<std::string> UpperCased(const std::vector<std::string>& words);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_WORD_FEATURES_H_
