// File: compare/passes/context.h
//
// What every comparison pass (compare/passes/pass.h) reads and none
// writes: the documents, the options, the lexicon, the copy groups, an
// index of the people and organisations each document names, the claims of
// each sentence and the sentence index that aligns sentences across
// documents. Built once per CompareDocuments call, before any pass
// prepares; read by all target threads at once, so every method is const
// and thread-safe.
//
// A TargetDocument is what the driver computes once per target document
// for all passes: each sentence's alignments with the other documents.
//
// Example:
//   ComparisonContext context(documents, options, lexicon, groups);
//   TargetDocument target = context.Target(0);
//   for (const Alignment& a : target.aligned[0]) ...   // sentence 0's peers
//   context.PersonKey("Ames");   // "jo ames" when one Ames is named in full

#ifndef FACTCHECK_COMPARE_PASSES_CONTEXT_H_
#define FACTCHECK_COMPARE_PASSES_CONTEXT_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "claims/lexicon.h"
#include "compare/alignment.h"
#include "compare/compare_options.h"
#include "compare/source_identity.h"
#include "proto/document.pb.h"
#include "proto/report.pb.h"

namespace factcheck {
namespace passes {

// A claim of one document, by position.
struct ClaimRef {
  int doc = -1;
  int claim = -1;
};

// One target document and its sentences' alignments.
struct TargetDocument {
  int doc = -1;
  // aligned[s]: the sentences of other documents aligned with sentence s,
  // best first, at most 5 per document, with score at least the smaller of
  // CompareOptions.min_alignment and min_word_alignment.
  std::vector<std::vector<Alignment>> aligned;
};

// The first alignment of each document with at least `min_score`, best
// first, for at most kMaxPanel documents.
std::vector<Alignment> BestPerDocument(const std::vector<Alignment>& aligned, double min_score);

class ComparisonContext {
 public:
  // All arguments must outlive the context; `groups` as GroupSources makes
  // them for `documents` and `options`.
  ComparisonContext(const std::vector<const SourceDocument*>& documents,
                    const CompareOptions& options, const Lexicon& lexicon,
                    const SourceGroups& groups);

  const std::vector<const SourceDocument*>& documents() const { return docs_; }
  const SourceDocument& document(int doc) const { return *docs_[doc]; }
  const CompareOptions& options() const { return options_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const SourceGroups& groups() const { return groups_; }

  // A check (some documents are drafts to check against sources), as
  // opposed to an audit of every document against all others.
  bool IsCheck() const { return !options_.targets.empty(); }
  // A document findings are reported in.
  bool IsTarget(int doc) const;
  // A document whose claims count as evidence for or against `target`.
  bool IsSource(int doc, int target) const;

  const Claim& ClaimAt(ClaimRef ref) const { return docs_[ref.doc]->claims(ref.claim); }
  // The claims of each sentence of document `doc`, by sentence index.
  const absl::flat_hash_map<int, std::vector<int>>& ClaimsBySentence(int doc) const {
    return claims_by_sentence_[doc];
  }
  // The index of the document with `path`, or -1.
  int DocumentOfPath(const std::string& path) const;

  // A person's name folded across spellings; a surname alone becomes the
  // full name when the documents name exactly one person in full with it.
  std::string PersonKey(absl::string_view name) const;
  // "Prime Minister of Norway" for ("prime minister", "norway").
  std::string OfficeText(const std::string& office, const std::string& affiliation) const;
  // The country's name for its key, or the key.
  std::string CountryText(const std::string& key) const;
  Location LocationOf(int doc, const Span& span) const;
  // The claim's span and text as evidence of `stance` with `value`.
  Evidence EvidenceOf(ClaimRef ref, Stance stance, const std::string& value) const;

  // Whether document `source` tells the story document `target` does: it
  // names at least two of the people and organisations `target` names,
  // or at least half of them (or `target` names none).
  bool SameStory(int target, int source) const;

  // Whether the claim lies inside one of its document's quotes.
  bool Quoted(ClaimRef ref) const;
  // A lowercase word that never counts as content (the alignment's
  // stopwords: the vocabulary's stopwords and alignment_stopwords).
  bool IsStopword(absl::string_view lowercase_word) const {
    return stopwords_.contains(lowercase_word);
  }

  // Document `doc` with each sentence aligned once, for every pass.
  TargetDocument Target(int doc) const;

  // `bucket` itself, or a panel of kMaxPanel of its entries when larger:
  // those of the documents with the smallest path hash, in bucket order
  // (compare/compare_options.h, kMaxPanel). `doc_of(entry)` is the
  // entry's document.
  template <typename T, typename DocOf>
  void LimitToPanel(std::vector<T>& bucket, DocOf doc_of) const;

 private:
  void IndexPeople();
  void IndexQuotes();

  const std::vector<const SourceDocument*>& docs_;
  const CompareOptions& options_;
  const Lexicon& lexicon_;
  const SourceGroups& groups_;
  std::vector<uint64_t> path_hash_;
  absl::flat_hash_map<std::string, int> doc_of_path_;
  // surname -> full-name keys seen anywhere.
  absl::flat_hash_map<std::string, std::set<std::string>> full_keys_by_surname_;
  // Per document: the folded names, aliases and surnames of each person
  // and organisation it names, and all of them in one set.
  std::vector<std::vector<std::vector<std::string>>> named_entities_;
  std::vector<absl::flat_hash_set<std::string>> entity_keys_;
  absl::flat_hash_set<std::string> stopwords_;
  std::unique_ptr<SentenceIndex> index_;
  // Per document: its quotes' [begin, end) byte spans by begin, each end
  // raised to the furthest end so far (Quoted).
  std::vector<std::vector<std::pair<int64_t, int64_t>>> quote_spans_;
  // Claims by (doc, sentence).
  std::vector<absl::flat_hash_map<int, std::vector<int>>> claims_by_sentence_;
};

template <typename T, typename DocOf>
void ComparisonContext::LimitToPanel(std::vector<T>& bucket, DocOf doc_of) const {
  if (bucket.size() <= static_cast<size_t>(kMaxPanel)) return;
  std::vector<uint64_t> hashes;
  for (const T& entry : bucket) hashes.push_back(path_hash_[doc_of(entry)]);
  std::vector<uint64_t> sorted = hashes;
  std::nth_element(sorted.begin(), sorted.begin() + (kMaxPanel - 1), sorted.end());
  const uint64_t cut = sorted[kMaxPanel - 1];
  std::vector<T> panel;
  for (size_t i = 0; i < bucket.size() && panel.size() < static_cast<size_t>(kMaxPanel); ++i) {
    if (hashes[i] <= cut) panel.push_back(std::move(bucket[i]));
  }
  bucket = std::move(panel);
}

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_CONTEXT_H_
