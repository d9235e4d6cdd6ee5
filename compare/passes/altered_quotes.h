// File: compare/passes/altered_quotes.h
//
// Altered quotes across whole documents: a quotation that another source
// gives as a near copy (compare/quote_change.h NearCopy: six words or more,
// one word for word but for a few) and that says something else: a
// negation added or dropped, a word swapped for its opposite, a number
// changed (QuoteChangesMeaning). Keyed by the quotation's words, not by
// sentence alignment: a quote that runs over two sentences, or that
// another outlet cuts elsewhere, is found all the same, whoever the
// outlets say spoke it. A source that quotes the same words (one runs
// inside the other) supports it.
//
// A quote the aligned-sentence pass already judged (FindingSink::
// QuoteJudged) is left to it; a quote this pass finds altered is marked
// judged, so the misattribution pass (compare/passes/quotes.h) does not
// report it again.
//
// Cost: Prepare indexes every word of every quote of six words or more; a
// target quote is compared with at most kMaxPanel quotes sharing one of
// its two longest words.
//
// Example:
//   AlteredQuotesPass altered;
//   altered.Prepare(context);
//   altered.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_ALTERED_QUOTES_H_
#define FACTCHECK_COMPARE_PASSES_ALTERED_QUOTES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class AlteredQuotesPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "altered_quotes"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  struct QuoteWords {
    ClaimRef ref;
    std::vector<std::string> words;
  };
  // The quotes of `target`'s sources that share one of its two longest
  // words.
  std::vector<int> Candidates(const ComparisonContext& context, const QuoteWords& target) const;

  // Quotes, by document and by word (panels of quote indices).
  std::vector<QuoteWords> quotes_;
  std::vector<std::vector<int>> of_doc_;
  absl::flat_hash_map<std::string, std::vector<int>> by_word_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_ALTERED_QUOTES_H_
