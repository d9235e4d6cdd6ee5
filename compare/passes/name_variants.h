// File: compare/passes/name_variants.h
//
// One name spelled differently across documents, in ways that fold to one
// key (compare/name_fold.h: "Renée Varo" and "Renee Varo"; a place's
// spellings the lexicon knows): NAME_VARIANT,
// INFO, on each spelling, naming the other documents' spellings (at most
// kMaxNamesPerValue, then "and N more"). Names come from the documents'
// name mentions and from place claims (a place under its canonical
// spelling in the lexicon).
//
// Cost: Prepare is linear in the mentions and claims; a spelling is
// compared with at most kMaxPanel others.
//
// Example:
//   NameVariantsPass names;
//   names.Prepare(context);
//   names.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_NAME_VARIANTS_H_
#define FACTCHECK_COMPARE_PASSES_NAME_VARIANTS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class NameVariantsPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "name_variants"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  // Spellings by folded name (only names with two spellings or more), and
  // each document's (key, spelling).
  std::map<std::string, std::vector<Spelling>> by_key_;
  std::vector<std::vector<std::pair<std::string, Spelling>>> of_doc_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_NAME_VARIANTS_H_
