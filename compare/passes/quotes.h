// File: compare/passes/quotes.h
//
// Quotes across whole documents: the same words given to another person
// (QUOTE_MISATTRIBUTED; compare/person_match.h says who is one person:
// "Sheriff Roe" and "Joe Roe" are). Two quotes have the same words when their words
// are equal, or when one of at least six words runs inside the other. A
// quote needs a speaker and at least four words; a quote the aligned-
// sentence pass already compared with the same speaker's (FindingSink::
// QuoteJudged) is left to that pass.
//
// Cost: Prepare indexes every word of every attributed quote (quotes per
// event are few); a target quote is compared with at most kMaxPanel quotes
// sharing its longest word.
//
// Example:
//   QuotesPass quotes;
//   quotes.Prepare(context);
//   quotes.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_QUOTES_H_
#define FACTCHECK_COMPARE_PASSES_QUOTES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class QuotesPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "quotes"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  struct QuoteFact {
    ClaimRef ref;
    std::vector<std::string> words;
    std::string speaker;  // key
  };
  // Quotes, by document and by word (panels of quote indices).
  std::vector<QuoteFact> quotes_;
  std::vector<std::vector<int>> of_doc_;
  absl::flat_hash_map<std::string, std::vector<int>> by_word_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_QUOTES_H_
