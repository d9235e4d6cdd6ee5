#include "compare/passes/altered_quotes.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "compare/claim_values.h"
#include "compare/quote_change.h"

namespace factcheck {
namespace passes {
namespace {

// Quotes shorter than this are never a near copy (NearCopy).
constexpr size_t kMinWords = 6;

std::string Clipped(const std::string& text) {
  constexpr size_t kShown = 60;
  return text.size() <= kShown ? text : absl::StrCat(text.substr(0, kShown), "\u2026");
}

}  // namespace

void AlteredQuotesPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const Claim& claim = docs[d]->claims(c);
      if (!claim.has_quote()) continue;
      std::vector<std::string> words = factcheck::QuoteWords(claim.quote().text());
      if (words.size() < kMinWords) continue;
      of_doc_[d].push_back(static_cast<int>(quotes_.size()));
      quotes_.push_back({{static_cast<int>(d), c}, std::move(words)});
    }
  }
  for (size_t i = 0; i < quotes_.size(); ++i) {
    std::set<std::string> words(quotes_[i].words.begin(), quotes_[i].words.end());
    for (const std::string& w : words) by_word_[w].push_back(static_cast<int>(i));
  }
  for (auto& [word, bucket] : by_word_) {
    context.LimitToPanel(bucket, [this](int i) { return quotes_[i].ref.doc; });
  }
}

std::vector<int> AlteredQuotesPass::Candidates(const ComparisonContext& context,
                                               const QuoteWords& target) const {
  // A near copy lacks at most one word: one of the two longest is shared.
  std::vector<std::string> longest = target.words;
  std::partial_sort(longest.begin(), longest.begin() + 2, longest.end(),
                    [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::set<int> found;
  for (int k = 0; k < 2; ++k) {
    auto bucket = by_word_.find(longest[k]);
    if (bucket == by_word_.end()) continue;
    for (int j : bucket->second) {
      if (context.IsSource(quotes_[j].ref.doc, target.ref.doc)) found.insert(j);
    }
  }
  return {found.begin(), found.end()};
}

void AlteredQuotesPass::CompareTarget(const ComparisonContext& context,
                                      const TargetDocument& target_doc, FindingSink& sink,
                                      PassCache* /*cache*/) const {
  for (int i : of_doc_[target_doc.doc]) {
    const QuoteWords& target = quotes_[i];
    if (sink.QuoteJudged(target.ref)) continue;
    std::vector<int> supporting, altered;
    for (int j : Candidates(context, target)) {
      const QuoteWords& other = quotes_[j];
      if (!NearCopy(target.words, other.words)) continue;
      if (ContainsRun(other.words, target.words) || ContainsRun(target.words, other.words)) {
        supporting.push_back(j);
      } else if (QuoteChangesMeaning(target.words, other.words, context.lexicon())) {
        altered.push_back(j);
      }
    }
    // A source that quotes the words as the target does supports it, even
    // where it also quotes them otherwise.
    Tally tally;
    for (int j : supporting) {
      const ClaimRef ref = quotes_[j].ref;
      sink.Count(tally, ref, STANCE_SUPPORTS, context.ClaimAt(ref).quote().text());
    }
    for (int j : altered) {
      const ClaimRef ref = quotes_[j].ref;
      if (tally.with.count(ref.doc)) continue;
      const std::string& text = context.ClaimAt(ref).quote().text();
      tally.alternatives[absl::StrCat("quote \u201C", Clipped(text), "\u201D")].insert(ref.doc);
      sink.Count(tally, ref, STANCE_CONTRADICTS, text);
    }
    if (tally.against.empty()) continue;
    const std::string& claimed = context.ClaimAt(target.ref).quote().text();
    sink.MarkQuoteJudged(target.ref);
    sink.Emit(QUOTE_ALTERED, target.ref, tally, claimed,
              absl::StrCat("quotes \u201C", Clipped(claimed), "\u201D"));
  }
}

}  // namespace passes
}  // namespace factcheck
