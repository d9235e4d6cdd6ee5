// File: compare/alignment.h
//
// Finds, for each sentence of one document, the sentences of other
// documents that state the same thing. Sentences are reduced to content
// terms (lowercase lemmas of words that are not function words, plus the
// canonical keys of the people, countries and places in them); numbers are
// left out on purpose, so that "100 prisoners" still aligns with "1,000
// prisoners" and the comparator can see the disagreement.
//
// The index is an inverted map from term to sentences, and a term's weight
// is its inverse sentence frequency. A term in at most
// kMaxProposingPostings sentences proposes all of them as candidates; a
// more common one proposes a fixed sample of kProposingSample (the same
// for every query), so the cost grows with the number of sentences, not
// with the number of sentence pairs, and a story that hundreds of reports
// tell still aligns.
//
// Example:
//   SentenceIndex index(docs, stopwords);
//   for (const Alignment& a : index.Align(0, 3, 0.3)) {
//     // docs[a.document].sentences(a.sentence) says what docs[0] sentence 3 says
//   }

#ifndef FACTCHECK_COMPARE_ALIGNMENT_H_
#define FACTCHECK_COMPARE_ALIGNMENT_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "proto/document.pb.h"

namespace factcheck {

struct Alignment {
  int document = 0;
  int sentence = 0;
  // Weighted overlap in [0, 1]: shared weight over the smaller sentence's.
  double score = 0;
  int shared_terms = 0;
};

class SentenceIndex {
 public:
  // `documents` must outlive the index. `stopwords` are lowercase function
  // words that never count as content.
  SentenceIndex(const std::vector<const SourceDocument*>& documents,
                const absl::flat_hash_set<std::string>& stopwords);

  // Sentences of other documents aligned with documents[document]
  // .sentences(sentence), best first, at most `per_document` per document,
  // with score >= min_score and at least `min_shared` shared terms.
  std::vector<Alignment> Align(int document, int sentence, double min_score,
                               int min_shared = 2, int per_document = 1) const;

  // The content terms of a sentence, for tests and diagnostics.
  const std::vector<int>& Terms(int document, int sentence) const {
    return terms_[document][sentence];
  }

 private:
  // Terms in more sentences than this only add weight to candidates found
  // through rarer terms (see Align). Far above what one event's reports
  // share, so small sets are unaffected.
  static constexpr size_t kMaxProposingPostings = 64;
  // How many of a common term's sentences it proposes.
  static constexpr size_t kProposingSample = 16;

  int TermId(const std::string& term);
  // A stable pseudo-random rank of a sentence, from its document's path.
  uint64_t SampleRank(int document, int sentence) const;

  std::vector<const SourceDocument*> documents_;
  absl::flat_hash_map<std::string, int> term_ids_;
  std::vector<double> term_weight_;
  // terms_[doc][sentence] = sorted unique term ids.
  std::vector<std::vector<std::vector<int>>> terms_;
  std::vector<std::vector<double>> sentence_weight_;
  // postings_[term] = (doc, sentence) pairs.
  std::vector<std::vector<std::pair<int, int>>> postings_;
  // samples_[term]: what a term in more than kMaxProposingPostings
  // sentences proposes, kProposingSample of its postings.
  std::vector<std::vector<std::pair<int, int>>> samples_;
};

// The lowercase lemma used as a content term ("negotiations" ->
// "negotiation", "lasted" -> "last").
std::string ContentTerm(absl::string_view word);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_ALIGNMENT_H_
