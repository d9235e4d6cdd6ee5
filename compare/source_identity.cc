#include "compare/source_identity.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace factcheck {
namespace {

constexpr int kHashes = 64;
constexpr int kRowsPerBand = 2;
constexpr int kBands = kHashes / kRowsPerBand;
// Documents remembered per band bucket: enough for every distinct copy
// family a bucket plausibly holds, and the bound on the work per document.
constexpr size_t kMaxPerBucket = 8;

uint64_t Mix(uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c >= 0x80;
}

// FNV-1a of each lowercase word of `text`, appended to `words`.
void WordHashes(absl::string_view text, std::vector<uint64_t>* words) {
  uint64_t h = 0;
  bool in_word = false;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!IsWordByte(c)) {
      if (in_word) words->push_back(h);
      in_word = false;
      continue;
    }
    if (!in_word) h = 0xcbf29ce484222325ULL;
    in_word = true;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * 0x100000001b3ULL;
  }
  if (in_word) words->push_back(h);
}

using Signature = std::array<uint64_t, kHashes>;

Signature MinHash(const std::vector<uint64_t>& shingles) {
  Signature signature;
  signature.fill(~uint64_t{0});
  for (uint64_t s : shingles) {
    for (int k = 0; k < kHashes; ++k) {
      signature[k] = std::min(signature[k], Mix(s ^ (0x9e3779b97f4a7c15ULL * (k + 1))));
    }
  }
  return signature;
}

uint64_t BandKey(const Signature& signature, int band) {
  uint64_t key = Mix(static_cast<uint64_t>(band) + 1);
  for (int r = 0; r < kRowsPerBand; ++r) key = Mix(key ^ signature[band * kRowsPerBand + r]);
  return key;
}

// The share of the shorter list's elements that the other also holds.
double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t shared = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  size_t smaller = std::min(a.size(), b.size());
  return smaller == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(smaller);
}

}  // namespace

std::vector<uint64_t> Shingles(const SourceDocument& document) {
  std::vector<uint64_t> words;
  for (const Sentence& sentence : document.sentences()) WordHashes(sentence.text(), &words);
  std::vector<uint64_t> shingles;
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t h = 0;
    for (int k = 0; k < kShingleWords; ++k) h = Mix(h ^ words[i + k]);
    shingles.push_back(h);
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

SourceGroups GroupCopies(const std::vector<const SourceDocument*>& documents) {
  const int n = static_cast<int>(documents.size());
  SourceGroups groups;
  groups.group.resize(n);
  groups.kind.assign(n, CopyKind::kOriginal);
  groups.containment.assign(n, 0.0);
  absl::flat_hash_map<std::string, int> by_digest;
  absl::flat_hash_map<uint64_t, std::vector<int>> buckets;
  std::vector<std::vector<uint64_t>> shingles(n);
  for (int i = 0; i < n; ++i) {
    groups.group[i] = i;
    const std::string& digest = documents[i]->sha256();
    if (!digest.empty()) {
      auto [it, inserted] = by_digest.emplace(digest, i);
      if (!inserted) {
        groups.group[i] = groups.group[it->second];
        groups.kind[i] = CopyKind::kIdentical;
        groups.containment[i] = 1.0;
        continue;
      }
    }
    shingles[i] = Shingles(*documents[i]);
    if (static_cast<int>(shingles[i].size()) < kMinShingles) continue;
    Signature signature = MinHash(shingles[i]);
    std::array<uint64_t, kBands> keys;
    std::vector<int> candidates;
    for (int b = 0; b < kBands; ++b) {
      keys[b] = BandKey(signature, b);
      auto it = buckets.find(keys[b]);
      if (it == buckets.end()) continue;
      for (int c : it->second) {
        if (candidates.size() >= static_cast<size_t>(kMaxCandidates)) break;
        if (std::find(candidates.begin(), candidates.end(), c) == candidates.end()) {
          candidates.push_back(c);
        }
      }
    }
    std::sort(candidates.begin(), candidates.end());
    for (int c : candidates) {
      double share = Containment(shingles[i], shingles[c]);
      if (share >= kMinContainment) {
        groups.group[i] = groups.group[c];
        groups.kind[i] = CopyKind::kNearCopy;
        groups.containment[i] = share;
        break;
      }
    }
    for (int b = 0; b < kBands; ++b) {
      std::vector<int>& bucket = buckets[keys[b]];
      if (bucket.size() < kMaxPerBucket) bucket.push_back(i);
    }
  }
  for (int i = 0; i < n; ++i) groups.count += groups.group[i] == i;
  return groups;
}

}  // namespace factcheck
