// File: claims/analysis/brown_clusters.cc
//
// The window of clusters lives in C + 1 slots. For slots s and t, n2(s, t)
// is the count of bigrams whose left word is in s and right word in t, and
// nl(s), nr(s) the counts of bigrams whose left (right) word is in s. The
// average mutual information is the sum over slot pairs of
//   q(s, t) = n2(s, t) / N * log(n2(s, t) * N / (nl(s) * nr(t))),
// and w(s, t) = q(s, t) + q(t, s) (w(s, s) = q(s, s)) is what the pair adds.
// loss(i, j), the mutual information lost by merging i and j, is
//   sum over c != i, j of [w(i, c) + w(j, c) - w(i+j, c)]
//   + w(i, i) + w(j, j) + w(i, j) - w(i+j, i+j),
// where "i+j" is the hypothetical merged cluster. When a slot s enters, each
// loss(i, j) gains the term of c = s; when a and b merge into a, each
// loss(i, j) of other slots swaps the terms of c = a and c = b for the term
// of the merged a: O(1) per pair, so O(C^2) per word.

#include "claims/analysis/brown_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace factcheck {
namespace {

// Word-level statistics: words by rank (most frequent first), and for each
// word its bigrams with kept words, sorted by the other word's rank.
struct Vocabulary {
  std::vector<std::string> words;
  std::vector<std::vector<std::pair<int, double>>> right;  // (w, next)
  std::vector<std::vector<std::pair<int, double>>> left;   // (previous, w)
  std::vector<double> left_count;   // bigrams with w on the left
  std::vector<double> right_count;  // bigrams with w on the right
  double total = 0;                 // N, all bigrams
};

Vocabulary BuildVocabulary(
    const std::vector<std::vector<std::string>>& sentences, int min_count) {
  absl::flat_hash_map<std::string, int64_t> counts;
  for (const std::vector<std::string>& sentence : sentences) {
    for (const std::string& word : sentence) ++counts[word];
  }
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (const auto& [word, count] : counts) {
    if (count >= min_count) ranked.emplace_back(-count, word);
  }
  std::sort(ranked.begin(), ranked.end());
  Vocabulary v;
  absl::flat_hash_map<std::string, int> rank;
  for (const auto& [count, word] : ranked) {
    rank[word] = static_cast<int>(v.words.size());
    v.words.push_back(word);
  }
  const int n = static_cast<int>(v.words.size());
  absl::flat_hash_map<uint64_t, int64_t> bigrams;
  for (const std::vector<std::string>& sentence : sentences) {
    int previous = -1;
    for (const std::string& word : sentence) {
      auto it = rank.find(word);
      const int current = it == rank.end() ? -1 : it->second;
      if (previous >= 0 && current >= 0) {
        ++bigrams[(static_cast<uint64_t>(previous) << 32) |
                  static_cast<uint64_t>(current)];
      }
      previous = current;
    }
  }
  std::vector<std::pair<uint64_t, int64_t>> sorted(bigrams.begin(),
                                                   bigrams.end());
  std::sort(sorted.begin(), sorted.end());
  v.right.resize(n);
  v.left.resize(n);
  v.left_count.assign(n, 0);
  v.right_count.assign(n, 0);
  for (const auto& [key, count] : sorted) {
    const int a = static_cast<int>(key >> 32);
    const int b = static_cast<int>(key & 0xffffffffu);
    const double c = static_cast<double>(count);
    v.right[a].emplace_back(b, c);
    v.left[b].emplace_back(a, c);
    v.left_count[a] += c;
    v.right_count[b] += c;
    v.total += c;
  }
  return v;
}

class Clusterer {
 public:
  Clusterer(int capacity, double total)
      : k_(capacity),
        total_(total),
        n2_(static_cast<size_t>(k_) * k_, 0),
        q_(static_cast<size_t>(k_) * k_, 0),
        loss_(static_cast<size_t>(k_) * k_, 0),
        nl_(k_, 0),
        nr_(k_, 0),
        in_use_(k_, false) {}

  const std::vector<int>& active() const { return active_; }

  // A free slot (the lowest).
  int FreeSlot() const {
    for (int s = 0; s < k_; ++s) {
      if (!in_use_[s]) return s;
    }
    return -1;
  }

  // Counts of the entering slot s: set before Enter(s).
  double& N2(int s, int t) { return n2_[Index(s, t)]; }
  double& NL(int s) { return nl_[s]; }
  double& NR(int s) { return nr_[s]; }

  // Makes slot s (counts set) a cluster and brings every loss up to date.
  void Enter(int s) {
    for (int c : active_) {
      q_[Index(s, c)] = Q(n2_[Index(s, c)], nl_[s], nr_[c]);
      q_[Index(c, s)] = Q(n2_[Index(c, s)], nl_[c], nr_[s]);
    }
    q_[Index(s, s)] = Q(n2_[Index(s, s)], nl_[s], nr_[s]);
    // Pairs of old slots gain the term of c = s; a slot with no bigram with
    // s changes nothing, and most words are rare.
    std::vector<char> touches(k_, 0);
    for (int c : active_) {
      touches[c] = n2_[Index(c, s)] > 0 || n2_[Index(s, c)] > 0;
    }
    for (size_t x = 0; x < active_.size(); ++x) {
      const int i = active_[x];
      for (size_t y = x + 1; y < active_.size(); ++y) {
        const int j = active_[y];
        if (!touches[i] && !touches[j]) continue;
        loss_[Index(i, j)] += W(i, s) + W(j, s) - Hyp(i, j, s);
      }
    }
    in_use_[s] = true;
    active_.insert(std::lower_bound(active_.begin(), active_.end(), s), s);
    for (int c : active_) {
      if (c != s) SetLoss(s, c);
    }
  }

  // The pair (i < j) of least loss; ties go to the lowest i, then j.
  std::pair<int, int> BestPair() const {
    std::pair<int, int> best(-1, -1);
    double best_loss = 0;
    for (size_t x = 0; x < active_.size(); ++x) {
      const int i = active_[x];
      for (size_t y = x + 1; y < active_.size(); ++y) {
        const int j = active_[y];
        const double l = loss_[Index(i, j)];
        if (best.first < 0 || l < best_loss) {
          best = {i, j};
          best_loss = l;
        }
      }
    }
    return best;
  }

  // Merges slot b into slot a; b becomes free.
  void Merge(int a, int b) {
    // Other pairs lose the terms of c = a and c = b ...
    for (size_t x = 0; x < active_.size(); ++x) {
      const int i = active_[x];
      if (i == a || i == b) continue;
      for (size_t y = x + 1; y < active_.size(); ++y) {
        const int j = active_[y];
        if (j == a || j == b) continue;
        loss_[Index(i, j)] -=
            W(i, a) + W(i, b) + W(j, a) + W(j, b) - Hyp(i, j, a) - Hyp(i, j, b);
      }
    }
    const double self = n2_[Index(a, a)] + n2_[Index(a, b)] + n2_[Index(b, a)] +
                        n2_[Index(b, b)];
    for (int c : active_) {
      if (c == a || c == b) continue;
      n2_[Index(a, c)] += n2_[Index(b, c)];
      n2_[Index(c, a)] += n2_[Index(c, b)];
    }
    n2_[Index(a, a)] = self;
    nl_[a] += nl_[b];
    nr_[a] += nr_[b];
    for (int c = 0; c < k_; ++c) {
      n2_[Index(b, c)] = n2_[Index(c, b)] = 0;
      q_[Index(b, c)] = q_[Index(c, b)] = 0;
      loss_[Index(b, c)] = loss_[Index(c, b)] = 0;
    }
    nl_[b] = nr_[b] = 0;
    in_use_[b] = false;
    active_.erase(std::lower_bound(active_.begin(), active_.end(), b));
    for (int c : active_) {
      q_[Index(a, c)] = Q(n2_[Index(a, c)], nl_[a], nr_[c]);
      q_[Index(c, a)] = Q(n2_[Index(c, a)], nl_[c], nr_[a]);
    }
    // ... and gain the term of the merged a.
    for (size_t x = 0; x < active_.size(); ++x) {
      const int i = active_[x];
      if (i == a) continue;
      for (size_t y = x + 1; y < active_.size(); ++y) {
        const int j = active_[y];
        if (j == a) continue;
        loss_[Index(i, j)] += W(i, a) + W(j, a) - Hyp(i, j, a);
      }
    }
    for (int c : active_) {
      if (c != a) SetLoss(a, c);
    }
  }

 private:
  size_t Index(int s, int t) const { return static_cast<size_t>(s) * k_ + t; }

  double Q(double n, double l, double r) const {
    if (n <= 0) return 0;
    return n / total_ * std::log(n * total_ / (l * r));
  }

  double W(int s, int t) const {
    return s == t ? q_[Index(s, s)] : q_[Index(s, t)] + q_[Index(t, s)];
  }

  // w(i+j, c) for c other than i and j.
  double Hyp(int i, int j, int c) const {
    return Q(n2_[Index(i, c)] + n2_[Index(j, c)], nl_[i] + nl_[j], nr_[c]) +
           Q(n2_[Index(c, i)] + n2_[Index(c, j)], nl_[c], nr_[i] + nr_[j]);
  }

  void SetLoss(int s, int t) {
    const int i = std::min(s, t);
    const int j = std::max(s, t);
    double loss = W(i, i) + W(j, j) + W(i, j) -
                  Q(n2_[Index(i, i)] + n2_[Index(i, j)] + n2_[Index(j, i)] +
                        n2_[Index(j, j)],
                    nl_[i] + nl_[j], nr_[i] + nr_[j]);
    for (int c : active_) {
      if (c == i || c == j) continue;
      loss += W(i, c) + W(j, c) - Hyp(i, j, c);
    }
    loss_[Index(i, j)] = loss;
  }

  const int k_;
  const double total_;
  std::vector<double> n2_;
  std::vector<double> q_;
  std::vector<double> loss_;  // loss_[Index(i, j)] for i < j
  std::vector<double> nl_;
  std::vector<double> nr_;
  std::vector<bool> in_use_;
  std::vector<int> active_;  // slots in use, ascending
};

// A node of the merge tree. Node ids: leaves first; a node's first child
// (bit '0') is the one holding the more frequent word.
struct MergeNode {
  int child[2] = {-1, -1};
  int first_word = 0;
};

// The vocabulary's words (most frequent first) entered one by one into a
// window of clusters, the best pair merged whenever the window overflows.
class WindowedClustering {
 public:
  WindowedClustering(const Vocabulary& v, int window)
      : v_(v),
        window_(window),
        clusterer_(window + 1, v.total),
        slot_of_(v.words.size(), -1),
        members_(window + 1) {}

  // Makes word w a cluster of its own, with its bigram counts against the
  // clusters so far, then merges the best pair if the window overflows.
  void Enter(int w);

  // Merges the clusters left down to one, recording the merge tree in
  // *nodes and each word's leaf node in *leaf_of; returns the root.
  int BuildTree(std::vector<MergeNode>* nodes, std::vector<int>* leaf_of);

 private:
  // Merges the best pair; returns the slot kept and the slot emptied.
  std::pair<int, int> MergeBest();

  const Vocabulary& v_;
  const int window_;
  Clusterer clusterer_;
  std::vector<int> slot_of_;
  std::vector<std::vector<int>> members_;
};

void WindowedClustering::Enter(int w) {
  const int s = clusterer_.FreeSlot();
  clusterer_.NL(s) = v_.left_count[w];
  clusterer_.NR(s) = v_.right_count[w];
  for (const auto& [next, count] : v_.right[w]) {
    if (next == w) {
      clusterer_.N2(s, s) += count;
    } else if (slot_of_[next] >= 0) {
      clusterer_.N2(s, slot_of_[next]) += count;
    }
  }
  for (const auto& [previous, count] : v_.left[w]) {
    if (previous != w && slot_of_[previous] >= 0) {
      clusterer_.N2(slot_of_[previous], s) += count;
    }
  }
  slot_of_[w] = s;
  members_[s].push_back(w);
  clusterer_.Enter(s);
  if (static_cast<int>(clusterer_.active().size()) > window_) MergeBest();
}

std::pair<int, int> WindowedClustering::MergeBest() {
  auto [a, b] = clusterer_.BestPair();
  if (members_[a].size() < members_[b].size()) std::swap(a, b);
  clusterer_.Merge(a, b);
  for (int w : members_[b]) slot_of_[w] = a;
  members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
  members_[b].clear();
  return {a, b};
}

int WindowedClustering::BuildTree(std::vector<MergeNode>* nodes, std::vector<int>* leaf_of) {
  std::vector<int> node_of(window_ + 1, -1);
  for (int s : clusterer_.active()) {
    MergeNode leaf;
    leaf.first_word = *std::min_element(members_[s].begin(), members_[s].end());
    node_of[s] = static_cast<int>(nodes->size());
    for (int w : members_[s]) (*leaf_of)[w] = node_of[s];
    nodes->push_back(leaf);
  }
  while (clusterer_.active().size() > 1) {
    const auto [a, b] = MergeBest();
    const int x = node_of[a];
    const int y = node_of[b];
    MergeNode parent;
    const bool x_first = (*nodes)[x].first_word < (*nodes)[y].first_word;
    parent.child[0] = x_first ? x : y;
    parent.child[1] = x_first ? y : x;
    parent.first_word = std::min((*nodes)[x].first_word, (*nodes)[y].first_word);
    node_of[a] = static_cast<int>(nodes->size());
    nodes->push_back(parent);
  }
  return node_of[clusterer_.active()[0]];
}

// Each node's bit string: the path from the root ("0" for a lone leaf).
std::vector<std::string> NodePaths(const std::vector<MergeNode>& nodes, int root) {
  std::vector<std::string> path(nodes.size());
  std::vector<int> stack = {root};
  if (nodes[root].child[0] < 0) path[root] = "0";
  while (!stack.empty()) {
    const int node = stack.back();
    stack.pop_back();
    for (int bit = 0; bit < 2; ++bit) {
      const int child = nodes[node].child[bit];
      if (child < 0) continue;
      path[child] = absl::StrCat(path[node], bit == 0 ? "0" : "1");
      stack.push_back(child);
    }
  }
  return path;
}

// (word, bits) for every word, sorted by bits, then word.
std::vector<std::pair<std::string, std::string>> WordsByPath(const std::vector<std::string>& words,
                                                             const std::vector<std::string>& path,
                                                             const std::vector<int>& leaf_of) {
  const int n = static_cast<int>(words.size());
  std::vector<std::pair<std::string, std::string>> by_path;
  by_path.reserve(n);
  for (int w = 0; w < n; ++w) by_path.emplace_back(path[leaf_of[w]], words[w]);
  std::sort(by_path.begin(), by_path.end());
  std::vector<std::pair<std::string, std::string>> result;
  result.reserve(n);
  for (auto& [bits, word] : by_path) {
    result.emplace_back(std::move(word), std::move(bits));
  }
  return result;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> BrownClusters(
    const std::vector<std::vector<std::string>>& sentences, int num_clusters, int min_count,
    std::function<void(const std::string&)> progress) {
  const Vocabulary v = BuildVocabulary(sentences, std::max(min_count, 1));
  const int n = static_cast<int>(v.words.size());
  if (n == 0) return {};
  const int window = std::max(num_clusters, 1);
  WindowedClustering clustering(v, window);
  for (int w = 0; w < n; ++w) {
    clustering.Enter(w);
    if (progress && (w + 1) % 1000 == 0) {
      progress(absl::StrCat("brown clusters: ", w + 1, "/", n, " words"));
    }
  }
  // The hierarchy over the remaining clusters.
  std::vector<MergeNode> nodes;
  std::vector<int> leaf_of(n, -1);
  const int root = clustering.BuildTree(&nodes, &leaf_of);
  std::vector<std::pair<std::string, std::string>> result =
      WordsByPath(v.words, NodePaths(nodes, root), leaf_of);
  if (progress) {
    progress(absl::StrCat("brown clusters: ", n, " words done"));
  }
  return result;
}

absl::StatusOr<std::vector<std::pair<std::string, std::string>>> ParseClusters(
    absl::string_view text, absl::string_view name) {
  std::vector<std::pair<std::string, std::string>> result;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    uint64_t count = 0;
    const bool ok =
        fields.size() == 3 && !fields[0].empty() &&
        fields[0].find_first_not_of("01") == absl::string_view::npos &&
        !fields[1].empty() && !fields[2].empty() &&
        fields[2].find_first_not_of("0123456789") == absl::string_view::npos &&
        absl::SimpleAtoi(fields[2], &count);
    if (!ok) {
      return absl::InvalidArgumentError(absl::StrCat(
          name, ":", line_number, ": expected BITS<TAB>WORD<TAB>COUNT, got \"",
          line, "\""));
    }
    result.emplace_back(std::string(fields[1]), std::string(fields[0]));
  }
  return result;
}

}  // namespace factcheck
