// File: claims/analysis/brown_clusters.h
//
// Brown word clusters (Brown et al. 1992, "Class-based n-gram models of
// natural language"), computed the way Percy Liang's `wcluster` does: a
// hierarchy of words from which the tagger, parser and entity recogniser
// take prefixes of a word's bit string as features that generalise across
// rare words ("tuesday" and "friday" share a long prefix).
//
// The algorithm is the agglomerative one with a window of C clusters. Words
// are ranked by frequency (ties by their bytes); the C most frequent start as
// clusters; each further word enters as a cluster of its own and then the
// two clusters whose merge loses the least average mutual information of
// adjacent-word bigrams are merged, so that C clusters remain. When every
// word is in, the C clusters are merged down to one; that binary tree gives
// each of the C clusters a path of "0" and "1", and every word of a cluster
// gets its cluster's path. The loss of every pair is kept in a table that is
// updated after each merge (Liang's L[c][d]), so the run is O(V * C^2) for V
// words. Marginals are the words' bigram counts over the whole text, and no
// bigram crosses a sentence boundary. The same input gives the same result,
// byte for byte: no threads, no hash-map order.
//
// Example:
//   std::vector<std::vector<std::string>> s = {{"the", "cat", "runs"},
//                                              {"a", "dog", "sleeps"}, ...};
//   std::vector<std::pair<std::string, std::string>> c =
//       BrownClusters(s, /*num_clusters=*/256, /*min_count=*/3);
//   // c == {{"the", "000"}, {"a", "001"}, {"cat", "010"}, ...}: "cat" and
//   // "dog" share a longer prefix with each other than with "runs".
//
//   absl::StatusOr<std::vector<std::pair<std::string, std::string>>> back =
//       ParseClusters("010\tcat\t12\n011\tdog\t9\n", "clusters.txt");
//   // (*back)[0] == {"cat", "010"}

#ifndef FACTCHECK_CLAIMS_ANALYSIS_BROWN_CLUSTERS_H_
#define FACTCHECK_CLAIMS_ANALYSIS_BROWN_CLUSTERS_H_

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck {

// Clusters sentences of (lowercase) words. Words seen fewer than `min_count`
// times are left out (and so are the bigrams they are part of);
// `num_clusters` (C, at least 1) is the window. Returns (word, bit string)
// pairs sorted by bit string, then word; every bit string is non-empty and
// made of '0' and '1' (a single cluster is "0"). Empty when no word is kept.
// `progress`, when given, receives a line every 1000 words merged and at the
// end.
std::vector<std::pair<std::string, std::string>> BrownClusters(
    const std::vector<std::vector<std::string>>& sentences, int num_clusters,
    int min_count, std::function<void(const std::string&)> progress = nullptr);

// Reads the file the `clusters` tool writes back: one line per word,
// "BITS<TAB>WORD<TAB>COUNT", with BITS non-empty '0'/'1', WORD non-empty and
// COUNT a non-negative integer; empty lines are skipped. `name` is used in
// error messages only. Returns (word, bit string) pairs in file order;
// InvalidArgument naming the file and line for a malformed line.
absl::StatusOr<std::vector<std::pair<std::string, std::string>>> ParseClusters(
    absl::string_view text, absl::string_view name);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_BROWN_CLUSTERS_H_
