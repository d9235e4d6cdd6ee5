#include "claims/analysis/word_features.h"

#include <algorithm>

#include "claims/analysis/perceptron.h"

namespace factcheck {
namespace {

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

// Whether code point cp of Latin Extended-A (U+0100..U+017F) is a capital:
// capitals are even in U+0100..U+0137 and U+014A..U+0177, odd in
// U+0139..U+0148 and U+0179..U+017E; U+0178 is a capital.
bool IsUpperExtendedA(int cp) {
  if (cp == 0x178) return true;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
    return cp % 2 == 1;
  }
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
  return cp % 2 == 0;
}

int CodePoint(unsigned char b0, unsigned char b1) {
  return ((b0 & 0x1F) << 6) | (b1 & 0x3F);
}

// For a two-byte UTF-8 letter in U+00C0..U+017F: whether it is a capital
// (Latin-1 capitals are U+00C0..U+00DE but U+00D7) or a small letter.
bool IsUpperTwoByte(unsigned char b0, unsigned char b1) {
  int cp = CodePoint(b0, b1);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return IsUpperExtendedA(cp);
  return false;
}

bool IsLowerTwoByte(unsigned char b0, unsigned char b1) {
  int cp = CodePoint(b0, b1);
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) {
    return cp != 0x138 && cp != 0x149 && !IsUpperExtendedA(cp);
  }
  return false;
}

// The other case of a two-byte letter (itself when it has none here).
int OtherCase(int cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x100 && cp <= 0x17F && cp != 0x138 && cp != 0x149 &&
      cp != 0x17F) {
    return IsUpperExtendedA(cp) ? cp + 1 : cp - 1;
  }
  return cp;
}

void PutTwoByte(int cp, std::string* out, size_t i) {
  (*out)[i] = static_cast<char>(0xC0 | (cp >> 6));
  (*out)[i + 1] = static_cast<char>(0x80 | (cp & 0x3F));
}

// Class of the character at word[i] and its length in bytes.
char CharClass(absl::string_view word, size_t i, size_t* len) {
  unsigned char c = word[i];
  *len = 1;
  if (IsUpperAscii(c)) return 'X';
  if (IsLowerAscii(c)) return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0xC0) {
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    *len = std::min(n, word.size() - i);
    if (n == 2 && *len == 2) {
      if (IsUpperTwoByte(c, word[i + 1])) return 'X';
      if (IsLowerTwoByte(c, word[i + 1])) return 'x';
    }
    return n == 2 ? 'x' : 'u';
  }
  return static_cast<char>(c);
}

constexpr absl::string_view kTitleSmallWords[] = {
    "a",  "an", "and", "as", "at",  "but", "by", "for", "in",
    "nor", "of", "on", "or", "the", "to",  "up", "via"};

bool IsTitleSmallWord(const std::string& lower) {
  return std::find(std::begin(kTitleSmallWords), std::end(kTitleSmallWords),
                   lower) != std::end(kTitleSmallWords);
}

std::string UpperWord(absl::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    if (IsLowerAscii(c)) {
      out[i] = static_cast<char>(c - 32);
    } else if (c >= 0xC3 && c <= 0xC5 && i + 1 < out.size()) {
      if (IsLowerTwoByte(c, out[i + 1])) {
        int cp = CodePoint(c, out[i + 1]);
        int up = OtherCase(cp);
        // An uppercase form outside two bytes (ß, ÿ) stays as it is.
        if (up >= 0x80 && up < 0x800) PutTwoByte(up, &out, i);
      }
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string LowerWord(absl::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    if (IsUpperAscii(c)) {
      out[i] = static_cast<char>(c + 32);
    } else if (c >= 0xC3 && c <= 0xC5 && i + 1 < out.size()) {
      if (IsUpperTwoByte(c, out[i + 1])) {
        PutTwoByte(OtherCase(CodePoint(c, out[i + 1])), &out, i);
      }
      ++i;
    }
  }
  return out;
}

std::string WordShape(absl::string_view word) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < word.size();) {
    size_t len = 1;
    char c = CharClass(word, i, &len);
    i += len;
    run = c == last ? run + 1 : 1;
    last = c;
    int limit = (c == 'x' || c == 'X') ? 4 : 2;
    if (run <= limit) shape.push_back(c);
  }
  return shape;
}

SentenceCase DetectSentenceCase(const std::vector<absl::string_view>& words) {
  int lettered = 0, upper = 0, long_words = 0, capitalized = 0;
  for (absl::string_view w : words) {
    bool has_lower = false, has_upper = false;
    for (size_t i = 0; i < w.size();) {
      size_t len = 1;
      char c = CharClass(w, i, &len);
      i += len;
      if (c == 'x') has_lower = true;
      if (c == 'X') has_upper = true;
    }
    if (!has_lower && !has_upper) continue;
    ++lettered;
    if (has_upper && !has_lower && w.size() > 1) ++upper;
    if (w.size() >= 4) {
      ++long_words;
      size_t len = 1;
      if (CharClass(w, 0, &len) == 'X') ++capitalized;
    }
  }
  if (lettered >= 2 && upper * 10 >= lettered * 6) return SentenceCase::kUpper;
  if (long_words >= 3 && capitalized * 10 >= long_words * 8) {
    return SentenceCase::kTitle;
  }
  return SentenceCase::kNormal;
}

void WordClusters::Add(absl::string_view lowercase_word,
                       absl::string_view path) {
  paths_[std::string(lowercase_word)] = std::string(path);
}

absl::string_view WordClusters::Path(absl::string_view lowercase_word) const {
  auto it = paths_.find(lowercase_word);
  return it == paths_.end() ? absl::string_view() : absl::string_view(it->second);
}

WordInfo DescribeWord(absl::string_view word, SentenceCase sentence_case,
                      const WordClusters* clusters) {
  WordInfo info;
  std::string lower = LowerWord(word);
  absl::string_view path =
      clusters != nullptr ? clusters->Path(lower) : absl::string_view();
  for (int k = 0; k < 4; ++k) {
    info.cluster[k] = path.empty()
                          ? 0x5bd1e995ULL
                          : HashBytes(path.substr(0, kClusterPrefixes[k]));
  }
  info.form = HashBytes(word);
  info.lower = HashBytes(lower);
  info.shape = HashMix(HashBytes(WordShape(word)),
                       static_cast<uint64_t>(sentence_case));
  for (size_t n = 1; n <= 3; ++n) {
    info.prefix[n - 1] = HashBytes(absl::string_view(lower).substr(0, n));
  }
  for (size_t n = 1; n <= 4; ++n) {
    size_t from = lower.size() > n ? lower.size() - n : 0;
    info.suffix[n - 1] = HashBytes(absl::string_view(lower).substr(from));
  }
  bool has_lower = false, has_upper = false;
  for (size_t i = 0; i < word.size();) {
    size_t len = 1;
    char c = CharClass(word, i, &len);
    if (i == 0 && c == 'X') info.flags |= kCapitalized;
    if (i == 0 && c == 'x') info.flags |= kStartsLower;
    if (c == 'X') has_upper = true;
    if (c == 'x') has_lower = true;
    if (c == 'd') info.flags |= kHasDigit;
    if (c == '-') info.flags |= kHasHyphen;
    i += len;
  }
  if (has_upper && !has_lower) info.flags |= kAllCaps;
  if (has_upper || has_lower) info.flags |= kHasLetter;
  return info;
}

std::vector<std::string> TitleCased(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string lower = LowerWord(words[i]);
    if (i > 0 && IsTitleSmallWord(lower)) {
      out.push_back(words[i]);
      continue;
    }
    std::string w = words[i];
    if (!w.empty()) {
      size_t len = 1;
      if (CharClass(w, 0, &len) == 'x') {
        w = UpperWord(w.substr(0, len)) + w.substr(len);
      }
    }
    out.push_back(w);
  }
  return out;
}

std::vector<std::string> UpperCased(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) out.push_back(UpperWord(w));
  return out;
}

}  // namespace factcheck
