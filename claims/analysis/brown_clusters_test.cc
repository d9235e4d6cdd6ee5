#include "claims/analysis/brown_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

using Clusters = std::vector<std::pair<std::string, std::string>>;

// Sentences "DET NOUN VERB" and "DET NOUN VERB DET NOUN" over every
// combination, more of some than of others so that counts differ.
std::vector<std::vector<std::string>> RoleCorpus() {
  const std::vector<std::string> dets = {"the", "a"};
  const std::vector<std::string> nouns = {"cat", "dog", "bird"};
  const std::vector<std::string> verbs = {"runs", "sleeps", "sees"};
  std::vector<std::vector<std::string>> sentences;
  for (int repeat = 0; repeat < 3; ++repeat) {
    for (size_t d = 0; d < dets.size(); ++d) {
      for (size_t n = 0; n < nouns.size(); ++n) {
        for (size_t v = 0; v < verbs.size(); ++v) {
          for (size_t k = 0; k <= (d + n + v) % 3; ++k) {
            sentences.push_back({dets[d], nouns[n], verbs[v]});
          }
          if (verbs[v] == "sees") {
            sentences.push_back(
                {dets[1 - d], nouns[(n + 1) % 3], verbs[v], dets[d], nouns[n]});
          }
        }
      }
    }
  }
  return sentences;
}

std::map<std::string, std::string> AsMap(const Clusters& clusters) {
  return std::map<std::string, std::string>(clusters.begin(), clusters.end());
}

size_t CommonPrefix(const std::string& a, const std::string& b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

TEST(BrownClustersTest, WordsOfOneRoleShareLongerPrefixes) {
  for (int window : {256, 3}) {
    SCOPED_TRACE(absl::StrCat("window ", window));
    std::map<std::string, std::string> c =
        AsMap(BrownClusters(RoleCorpus(), window, /*min_count=*/1));
    ASSERT_EQ(c.size(), 8u);
    const std::vector<std::vector<std::string>> roles = {
        {"the", "a"}, {"cat", "dog", "bird"}, {"runs", "sleeps", "sees"}};
    for (size_t r = 0; r < roles.size(); ++r) {
      for (const std::string& x : roles[r]) {
        for (const std::string& same : roles[r]) {
          for (size_t o = 0; o < roles.size(); ++o) {
            if (o == r) continue;
            for (const std::string& other : roles[o]) {
              EXPECT_GT(CommonPrefix(c[x], c[same]),
                        CommonPrefix(c[x], c[other]))
                  << x << "=" << c[x] << " " << same << "=" << c[same] << " "
                  << other << "=" << c[other];
            }
          }
        }
      }
    }
  }
}

TEST(BrownClustersTest, SameInputSameResult) {
  const std::vector<std::vector<std::string>> corpus = RoleCorpus();
  EXPECT_EQ(BrownClusters(corpus, 3, 1), BrownClusters(corpus, 3, 1));
  EXPECT_EQ(BrownClusters(corpus, 256, 1), BrownClusters(corpus, 256, 1));
}

TEST(BrownClustersTest, SortedByBitsThenWordAndWellFormed) {
  const Clusters c = BrownClusters(RoleCorpus(), 4, 1);
  ASSERT_FALSE(c.empty());
  for (size_t i = 0; i < c.size(); ++i) {
    EXPECT_FALSE(c[i].second.empty());
    EXPECT_EQ(c[i].second.find_first_not_of("01"), std::string::npos);
    if (i > 0) {
      EXPECT_LT(std::make_pair(c[i - 1].second, c[i - 1].first),
                std::make_pair(c[i].second, c[i].first));
    }
  }
  // A window of 4 leaves 4 distinct paths.
  std::vector<std::string> paths;
  for (const auto& [word, bits] : c) paths.push_back(bits);
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  EXPECT_EQ(paths.size(), 4u);
}

TEST(BrownClustersTest, MinCountDropsRareWords) {
  std::vector<std::vector<std::string>> corpus = RoleCorpus();
  corpus.push_back({"the", "aardvark", "runs"});
  corpus.push_back({"a", "aardvark", "sleeps"});
  EXPECT_EQ(AsMap(BrownClusters(corpus, 256, 2)).count("aardvark"), 1u);
  const std::map<std::string, std::string> c =
      AsMap(BrownClusters(corpus, 256, 3));
  EXPECT_EQ(c.count("aardvark"), 0u);
  EXPECT_EQ(c.size(), 8u);
}

TEST(BrownClustersTest, TinyInputs) {
  EXPECT_TRUE(BrownClusters({}, 256, 1).empty());
  EXPECT_TRUE(BrownClusters({{"rare"}}, 256, 2).empty());
  EXPECT_EQ(BrownClusters({{"one"}, {"one"}}, 256, 1),
            (Clusters{{"one", "0"}}));
  const Clusters two = BrownClusters({{"x", "y"}}, 1, 1);
  EXPECT_EQ(two, (Clusters{{"x", "0"}, {"y", "0"}}));
}

// The reference: the same algorithm with every loss computed from scratch,
// O(V * C^3). The incremental table must pick the same merges.
class NaiveBrown {
 public:
  NaiveBrown(const std::vector<std::vector<std::string>>& sentences, int window,
             int min_count)
      : window_(window) {
    std::map<std::string, int64_t> counts;
    for (const auto& s : sentences) {
      for (const auto& w : s) ++counts[w];
    }
    std::vector<std::pair<int64_t, std::string>> ranked;
    for (const auto& [w, c] : counts) {
      if (c >= min_count) ranked.emplace_back(-c, w);
    }
    std::sort(ranked.begin(), ranked.end());
    std::map<std::string, int> rank;
    for (const auto& [c, w] : ranked) {
      rank[w] = static_cast<int>(words_.size());
      words_.push_back(w);
    }
    for (const auto& s : sentences) {
      for (size_t i = 1; i < s.size(); ++i) {
        auto a = rank.find(s[i - 1]);
        auto b = rank.find(s[i]);
        if (a != rank.end() && b != rank.end()) {
          ++bigrams_[{a->second, b->second}];
          ++total_;
        }
      }
    }
  }

  std::map<std::string, std::string> Run() {
    const int n = static_cast<int>(words_.size());
    std::vector<std::vector<int>> slots(window_ + 1);
    for (int w = 0; w < n; ++w) {
      int s = 0;
      while (!slots[s].empty()) ++s;
      slots[s].push_back(w);
      if (Active(slots) > window_) MergeBest(slots);
    }
    struct Node {
      int child[2] = {-1, -1};
      int first = 0;
    };
    std::vector<Node> nodes;
    std::vector<int> node_of(window_ + 1, -1);
    for (int s = 0; s <= window_; ++s) {
      if (slots[s].empty()) continue;
      Node leaf;
      leaf.first = *std::min_element(slots[s].begin(), slots[s].end());
      node_of[s] = static_cast<int>(nodes.size());
      nodes.push_back(leaf);
    }
    std::vector<std::vector<int>> final_slots = slots;
    while (Active(slots) > 1) {
      const auto [a, b] = MergeBest(slots);
      Node parent;
      const int x = node_of[a], y = node_of[b];
      const bool x_first = nodes[x].first < nodes[y].first;
      parent.child[0] = x_first ? x : y;
      parent.child[1] = x_first ? y : x;
      parent.first = std::min(nodes[x].first, nodes[y].first);
      node_of[a] = static_cast<int>(nodes.size());
      nodes.push_back(parent);
    }
    std::vector<std::string> path(nodes.size());
    for (int i = static_cast<int>(nodes.size()) - 1; i >= 0; --i) {
      for (int bit = 0; bit < 2; ++bit) {
        if (nodes[i].child[bit] >= 0) {
          path[nodes[i].child[bit]] = path[i] + (bit == 0 ? "0" : "1");
        }
      }
    }
    if (nodes.size() == 1) path[0] = "0";
    std::map<std::string, std::string> result;
    for (int s = 0; s <= window_; ++s) {
      for (int w : final_slots[s]) {
        // The leaf of slot s is the node made for it before the final merges.
        int leaf = 0;
        for (int t = 0; t < s; ++t) leaf += final_slots[t].empty() ? 0 : 1;
        result[words_[w]] = path[leaf];
      }
    }
    return result;
  }

 private:
  static int Active(const std::vector<std::vector<int>>& slots) {
    int n = 0;
    for (const auto& s : slots) n += s.empty() ? 0 : 1;
    return n;
  }

  double Ami(const std::vector<int>& cluster_of, int num) const {
    std::vector<double> left(num, 0), right(num, 0);
    std::map<std::pair<int, int>, double> n2;
    for (const auto& [pair, count] : bigrams_) {
      const int a = cluster_of[pair.first], b = cluster_of[pair.second];
      if (a < 0 || b < 0) continue;
      n2[{a, b}] += count;
    }
    // Marginals over every bigram of the kept words, as in the library.
    for (const auto& [pair, count] : bigrams_) {
      if (cluster_of[pair.first] >= 0) left[cluster_of[pair.first]] += count;
      if (cluster_of[pair.second] >= 0) {
        right[cluster_of[pair.second]] += count;
      }
    }
    double ami = 0;
    for (const auto& [pair, count] : n2) {
      ami += count / total_ *
             std::log(count * total_ / (left[pair.first] * right[pair.second]));
    }
    return ami;
  }

  std::pair<int, int> MergeBest(std::vector<std::vector<int>>& slots) {
    const int n = static_cast<int>(words_.size());
    std::vector<int> cluster_of(n, -1);
    for (int s = 0; s <= window_; ++s) {
      for (int w : slots[s]) cluster_of[w] = s;
    }
    const double before = Ami(cluster_of, window_ + 1);
    std::pair<int, int> best(-1, -1);
    double best_loss = 0;
    for (int i = 0; i <= window_; ++i) {
      if (slots[i].empty()) continue;
      for (int j = i + 1; j <= window_; ++j) {
        if (slots[j].empty()) continue;
        std::vector<int> merged = cluster_of;
        for (int w : slots[j]) merged[w] = i;
        const double loss = before - Ami(merged, window_ + 1);
        if (best.first < 0 || loss < best_loss - 1e-12) {
          best = {i, j};
          best_loss = loss;
        }
      }
    }
    auto [a, b] = best;
    if (slots[a].size() < slots[b].size()) std::swap(a, b);
    slots[a].insert(slots[a].end(), slots[b].begin(), slots[b].end());
    slots[b].clear();
    return {a, b};
  }

  int window_;
  std::vector<std::string> words_;
  std::map<std::pair<int, int>, int64_t> bigrams_;
  double total_ = 0;
};

TEST(BrownClustersTest, IncrementalLossesMatchRecomputation) {
  // A random corpus (fixed LCG) with skewed word frequencies and a few
  // word classes, so that the merges are not all ties.
  uint64_t state = 12345;
  auto next = [&state](int n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state >> 33) % static_cast<uint64_t>(n));
  };
  std::vector<std::vector<std::string>> corpus;
  for (int s = 0; s < 300; ++s) {
    std::vector<std::string> sentence;
    const int length = 2 + next(6);
    for (int i = 0; i < length; ++i) {
      const int cls = (i + next(2)) % 4;
      const int word = next(1 + next(6));
      sentence.push_back(absl::StrCat("w", cls, "_", word));
    }
    corpus.push_back(sentence);
  }
  for (int window : {3, 5, 8}) {
    SCOPED_TRACE(absl::StrCat("window ", window));
    const std::map<std::string, std::string> fast =
        AsMap(BrownClusters(corpus, window, 2));
    const std::map<std::string, std::string> slow =
        NaiveBrown(corpus, window, 2).Run();
    EXPECT_GT(fast.size(), 10u);
    EXPECT_EQ(fast, slow);
  }
}

TEST(ParseClustersTest, RoundTrips) {
  const Clusters c = BrownClusters(RoleCorpus(), 256, 1);
  std::string text;
  for (const auto& [word, bits] : c)
    absl::StrAppend(&text, bits, "\t", word, "\t7\n");
  absl::StatusOr<Clusters> back = ParseClusters(text, "clusters.txt");
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, c);
}

TEST(ParseClustersTest, RejectsMalformedLine) {
  for (const char* bad :
       {"0110\tcat\n", "01x0\tcat\t3\n", "\tcat\t3\n", "0110\t\t3\n",
        "0110\tcat\tthree\n", "0110\tcat\t3\textra\n"}) {
    absl::StatusOr<Clusters> c =
        ParseClusters(absl::StrCat("0\tthe\t5\n", bad), "clusters.txt");
    ASSERT_FALSE(c.ok()) << bad;
    EXPECT_EQ(c.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(c.status().message()),
                ::testing::HasSubstr("clusters.txt:2"));
  }
  absl::StatusOr<Clusters> empty = ParseClusters("", "x");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

}  // namespace
}  // namespace factcheck
