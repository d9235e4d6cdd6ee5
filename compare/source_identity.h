// File: compare/source_identity.h
//
// Which inputs are one source. Ten outlets running one agency story are one
// report, not ten votes, so before any vote the documents are grouped:
//
//  - byte-identical files (the same SHA-256) are copies;
//  - near-identical texts are copies: a reprint with another headline or
//    byline, agency copy with a local paragraph added. Each document's
//    sentence text is cut into shingles of kShingleWords consecutive words;
//    MinHash signatures in LSH bands propose candidates, and a candidate is
//    a copy when at least kMinContainment of the shorter document's shingles
//    are also in the longer one (exact, on the sorted shingle hashes).
//    Measured: an abridged reprint 0.74; separately written reports of one
//    event at most 0.35 (150 pairs of three outlets, two sharing agency
//    paragraphs); invented templated reports (tools/bench/same_story.py)
//    about 0.5.
//
// Documents with fewer than kMinShingles shingles are only grouped when
// byte-identical: two one-line reports saying the same thing are two
// sources. The cost is linear in the documents: a document is checked
// against at most kMaxCandidates groups found through its bands.
//
// A group is named by its first document (the lowest index), and every
// document knows its group. Deterministic: the same inputs in the same
// order give the same groups.
//
// Example:
//   SourceGroups groups = GroupCopies(docs);
//   if (groups.group[3] == groups.group[0]) { /* docs 3 and 0: one source */ }

#ifndef FACTCHECK_COMPARE_SOURCE_IDENTITY_H_
#define FACTCHECK_COMPARE_SOURCE_IDENTITY_H_

#include <string>
#include <vector>

#include "proto/document.pb.h"

namespace factcheck {

inline constexpr int kShingleWords = 5;
inline constexpr int kMinShingles = 20;
inline constexpr double kMinContainment = 0.6;
inline constexpr int kMaxCandidates = 16;

enum class CopyKind {
  kOriginal,   // the first document of its group (or alone)
  kIdentical,  // the same bytes as the group's first document
  kNearCopy,   // near-identical text
};

struct SourceGroups {
  // group[i]: index of the first document of documents[i]'s group (i
  // itself when it copies nothing earlier).
  std::vector<int> group;
  std::vector<CopyKind> kind;
  // For near copies: the share of the shorter text's shingles in the other.
  std::vector<double> containment;
  // The number of groups (independent sources).
  int count = 0;
};

// Groups `documents` (none null) into sources.
SourceGroups GroupCopies(const std::vector<const SourceDocument*>& documents);

// The sorted, de-duplicated 64-bit hashes of a document's word shingles
// (lowercase words of its sentences, kShingleWords at a time). Exposed for
// tests.
std::vector<uint64_t> Shingles(const SourceDocument& document);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_SOURCE_IDENTITY_H_
