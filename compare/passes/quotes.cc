#include "compare/passes/quotes.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "compare/claim_values.h"
#include "compare/person_match.h"

namespace factcheck {
namespace passes {
namespace {

// Whether two quotes' speakers are sure enough to contradict each other:
// a said-verb frames both, and at least one names its speaker (the other
// may say "he said"). A speaker found by continuing the previous quote or
// as the nearest person is a guess: it may support another source's
// speaker, never contradict it.
bool Framed(const QuoteClaim& q) {
  return q.speaker_basis() == SPEAKER_NAMED || q.speaker_basis() == SPEAKER_PRONOUN;
}
bool SureEnough(const QuoteClaim& a, const QuoteClaim& b) {
  return Framed(a) && Framed(b) &&
         (a.speaker_basis() == SPEAKER_NAMED || b.speaker_basis() == SPEAKER_NAMED);
}

}  // namespace

void QuotesPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const Claim& claim = docs[d]->claims(c);
      if (!claim.has_quote()) continue;
      of_doc_[d].push_back(static_cast<int>(quotes_.size()));
      quotes_.push_back({{static_cast<int>(d), c}, QuoteWords(claim.quote().text()),
                         claim.quote().speaker().empty()
                             ? ""
                             : context.PersonKey(claim.quote().speaker())});
    }
  }
  // Index by the first four words of every window would be the scalable
  // form; quotes per event are few, so an index on each word suffices.
  for (size_t i = 0; i < quotes_.size(); ++i) {
    if (quotes_[i].speaker.empty()) continue;
    std::set<std::string> words(quotes_[i].words.begin(), quotes_[i].words.end());
    for (const std::string& w : words) by_word_[w].push_back(static_cast<int>(i));
  }
  for (auto& [word, bucket] : by_word_) {
    context.LimitToPanel(bucket, [this](int i) { return quotes_[i].ref.doc; });
  }
}

void QuotesPass::CompareTarget(const ComparisonContext& context, const TargetDocument& target_doc,
                               FindingSink& sink, PassCache* /*cache*/) const {
  for (int i : of_doc_[target_doc.doc]) {
    const QuoteFact& target = quotes_[i];
    if (target.speaker.empty() || target.words.size() < 4) continue;
    if (sink.QuoteJudged(target.ref)) continue;
    // Candidates share the quote's rarest-looking (longest) word.
    std::string pivot = *std::max_element(
        target.words.begin(), target.words.end(),
        [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    auto candidates = by_word_.find(pivot);
    if (candidates == by_word_.end()) continue;
    Tally tally;
    const QuoteClaim& q = context.ClaimAt(target.ref).quote();
    for (int j : candidates->second) {
      const QuoteFact& other = quotes_[j];
      if (!context.IsSource(other.ref.doc, target.ref.doc)) continue;
      bool same_words = other.words == target.words ||
                        (target.words.size() >= 6 && ContainsRun(other.words, target.words)) ||
                        (other.words.size() >= 6 && ContainsRun(target.words, other.words));
      if (!same_words) continue;
      const QuoteClaim& o = context.ClaimAt(other.ref).quote();
      if (SamePerson(o.speaker(), q.speaker(), context.lexicon())) {
        sink.Count(tally, other.ref, STANCE_SUPPORTS, o.speaker());
      } else if (SureEnough(q, o)) {
        tally.alternatives[absl::StrCat("attribute it to ", o.speaker())].insert(other.ref.doc);
        sink.Count(tally, other.ref, STANCE_CONTRADICTS, o.speaker());
      }
    }
    sink.Emit(QUOTE_MISATTRIBUTED, target.ref, tally, q.speaker(),
              absl::StrCat("attributes \u201C", q.text().substr(0, 60),
                           q.text().size() > 60 ? "\u2026" : "", "\u201D to ", q.speaker()));
  }
}

}  // namespace passes
}  // namespace factcheck
