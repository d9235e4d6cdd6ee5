#include "compare/alignment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "claims/utf8.h"
#include "claims/word_forms.h"

namespace factcheck {

std::string ContentTerm(absl::string_view word) {
  std::string w = absl::AsciiStrToLower(word);
  // Past tenses and plurals meet their base forms.
  return PredicateStem(w);
}

namespace {

// Words of a sentence: letters (and the combining marks on them) only,
// split on everything else.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  int64_t i = 0;
  const int64_t size = static_cast<int64_t>(text.size());
  while (i < size) {
    int length;
    char32_t c = DecodeUtf8(text, i, &length);
    if (IsLetter(c) || (IsCombiningMark(c) && !current.empty())) {
      current.append(text, i, length);
    } else if ((c == '\'' || c == 0x2019) && !current.empty()) {
      // "Ukraine's" -> "Ukraine"; "didn't" -> "didn".
      words.push_back(current);
      current.clear();
      // Skip the rest of the word after the apostrophe.
      i += length;
      while (i < size) {
        int l;
        if (!IsLetterOrMark(DecodeUtf8(text, i, &l))) break;
        i += l;
      }
      continue;
    } else if (!current.empty()) {
      words.push_back(current);
      current.clear();
    }
    i += length;
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

}  // namespace

uint64_t SentenceIndex::SampleRank(int document, int sentence) const {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : documents_[document]->path()) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  h ^= static_cast<uint64_t>(sentence) * 0x9e3779b97f4a7c15ULL;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  return h ^ (h >> 32);
}

int SentenceIndex::TermId(const std::string& term) {
  auto [it, inserted] = term_ids_.emplace(term, static_cast<int>(postings_.size()));
  if (inserted) postings_.emplace_back();
  return it->second;
}

SentenceIndex::SentenceIndex(const std::vector<const SourceDocument*>& documents,
                             const absl::flat_hash_set<std::string>& stopwords)
    : documents_(documents) {
  terms_.resize(documents.size());
  for (size_t d = 0; d < documents.size(); ++d) {
    const SourceDocument& doc = *documents[d];
    terms_[d].resize(doc.sentences_size());
    for (int s = 0; s < doc.sentences_size(); ++s) {
      std::vector<int>& ids = terms_[d][s];
      for (const std::string& word : Words(doc.sentences(s).text())) {
        std::string lower = absl::AsciiStrToLower(word);
        if (lower.size() < 3 || stopwords.contains(lower)) continue;
        ids.push_back(TermId(ContentTerm(lower)));
      }
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      for (int id : ids) postings_[id].emplace_back(static_cast<int>(d), s);
    }
  }
  // Inverse sentence frequency.
  double total = 0;
  for (const auto& doc : terms_) total += static_cast<double>(doc.size());
  term_weight_.resize(postings_.size());
  for (size_t t = 0; t < postings_.size(); ++t) {
    term_weight_[t] = std::log(1.0 + total / static_cast<double>(postings_[t].size()));
  }
  // The sample a common term proposes: the same sentences for every query
  // (those whose document path and index hash lowest).
  samples_.resize(postings_.size());
  for (size_t t = 0; t < postings_.size(); ++t) {
    if (postings_[t].size() <= kMaxProposingPostings) continue;
    std::vector<std::pair<uint64_t, std::pair<int, int>>> ranked;
    for (const auto& [d, s] : postings_[t]) ranked.push_back({SampleRank(d, s), {d, s}});
    std::nth_element(ranked.begin(), ranked.begin() + kProposingSample, ranked.end());
    ranked.resize(kProposingSample);
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [rank, entry] : ranked) samples_[t].push_back(entry);
  }
  sentence_weight_.resize(documents.size());
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const std::vector<int>& ids : terms_[d]) {
      double w = 0;
      for (int id : ids) w += term_weight_[id];
      sentence_weight_[d].push_back(w);
    }
  }
}

std::vector<Alignment> SentenceIndex::Align(int document, int sentence, double min_score,
                                            int min_shared, int per_document) const {
  const std::vector<int>& ids = terms_[document][sentence];
  // Candidates come from the postings of the sentence's terms; a term found
  // in more than kMaxProposingPostings sentences ("said", "government" in a
  // day's news; every word of a story many reports tell) proposes only its
  // fixed sample, so the work per sentence is bounded however many
  // documents share the words. Each candidate's score counts every shared
  // term.
  absl::flat_hash_set<int64_t> candidates;
  for (int id : ids) {
    const auto& proposing =
        postings_[id].size() > kMaxProposingPostings ? samples_[id] : postings_[id];
    for (const auto& [d, s] : proposing) {
      if (d != document) candidates.insert((static_cast<int64_t>(d) << 32) | s);
    }
  }
  absl::flat_hash_map<int64_t, std::pair<double, int>> shared;
  for (int64_t key : candidates) {
    const std::vector<int>& other = terms_[key >> 32][key & 0xffffffff];
    double weight = 0;
    int count = 0;
    auto i = ids.begin(), j = other.begin();
    while (i != ids.end() && j != other.end()) {
      if (*i < *j) {
        ++i;
      } else if (*j < *i) {
        ++j;
      } else {
        weight += term_weight_[*i];
        ++count, ++i, ++j;
      }
    }
    shared[key] = {weight, count};
  }
  double own = sentence_weight_[document][sentence];
  // Best per document.
  std::vector<Alignment> result;
  for (const auto& [key, value] : shared) {
    int d = static_cast<int>(key >> 32);
    int s = static_cast<int>(key & 0xffffffff);
    double other = sentence_weight_[d][s];
    double denominator = std::min(own, other);
    if (denominator <= 0) continue;
    // Geometric blend of both coverages, so that a short sentence inside a
    // long one aligns, but a long one does not align on one shared name.
    double score = value.first / std::sqrt(own * other);
    double cover = value.first / denominator;
    score = 0.5 * (score + cover);
    if (score < min_score || value.second < min_shared) continue;
    result.push_back(Alignment{d, s, score, value.second});
  }
  std::sort(result.begin(), result.end(), [](const Alignment& a, const Alignment& b) {
    if (a.document != b.document) return a.document < b.document;
    return a.score != b.score ? a.score > b.score : a.sentence < b.sentence;
  });
  // Keep the best `per_document` of each document.
  std::vector<Alignment> kept;
  for (size_t i = 0; i < result.size(); ++i) {
    if (i < static_cast<size_t>(per_document) ||
        result[i - per_document].document != result[i].document) {
      kept.push_back(result[i]);
    }
  }
  result = std::move(kept);
  std::sort(result.begin(), result.end(), [](const Alignment& a, const Alignment& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.document != b.document ? a.document < b.document : a.sentence < b.sentence;
  });
  return result;
}

}  // namespace factcheck
