// File: compare/passes/parties.h
//
// A person's party and a party group's state, from role claims that give
// them ("Senator Jo Ames, R-Idaho"): ROLE_CONFLICT when other sources give
// the same person another party ("D-Idaho"), or another state for a member
// of Congress ("R-Utah": one state each). Each person and value is
// compared once per document; the party first, then the state.
//
// Cost: Prepare is linear in the claims; a target claim is compared with
// at most kMaxPanel facts about the same person.
//
// Example:
//   PartiesPass parties;
//   parties.Prepare(context);
//   parties.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_PARTIES_H_
#define FACTCHECK_COMPARE_PASSES_PARTIES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class PartiesPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "parties"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  struct PartyFact {
    ClaimRef ref;
    std::string person;  // key
    std::string party;   // key
    std::string state;   // of "R-Texas"; may be empty
  };
  // "Republican" for "republican" (the party's first name in the lexicon).
  static std::string PartyName(const Lexicon& lexicon, const std::string& key);

  std::vector<PartyFact> facts_;
  std::vector<std::vector<int>> facts_of_doc_;
  absl::flat_hash_map<std::string, std::vector<int>> by_person_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_PARTIES_H_
