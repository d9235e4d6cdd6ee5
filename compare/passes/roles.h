// File: compare/passes/roles.h
//
// The offices people hold (RoleClaim), keyed by the person (names folded
// across spellings) and by the single-holder office of a country. A claim
// conflicts when other sources give the same person another country for
// the same kind of office, another single-holder office of the same
// country, or the same single-holder office to someone else; both kinds of
// evidence go into one ROLE_CONFLICT finding. Offices of one exclusive
// group (Office.exclusive_group: "Gov." and "Sen.", majority and minority
// leader) conflict for the same person whatever the country, also when
// the draft's country is inferred or missing, so long as no source gives
// the person the draft's office. Honorific offices, "former"
// holders, portfolios and inferred countries (RoleClaim.affiliation_
// inferred) support or oppose other claims but are never reported.
//
// Cost: Prepare is linear in the claims; a target claim is compared with
// at most 2 * kMaxPanel facts.
//
// Example:
//   RolesPass roles;
//   roles.Prepare(context);
//   roles.CompareTarget(context, context.Target(0), sink, nullptr);

#ifndef FACTCHECK_COMPARE_PASSES_ROLES_H_
#define FACTCHECK_COMPARE_PASSES_ROLES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

class RolesPass : public ComparisonPass {
 public:
  absl::string_view name() const override { return "roles"; }
  void Prepare(const ComparisonContext& context) override;
  void CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                     FindingSink& sink, PassCache* cache) const override;

 private:
  struct RoleFact {
    ClaimRef ref;
    std::string person;       // key
    std::string office;       // with modifier
    std::string affiliation;  // country or organisation key
    bool inferred;
    bool single_holder;
    // A post, not a role for an occasion.
    bool post;
    // Office.exclusive_group of an unmodified office, else empty.
    std::string group;
  };
  // Whether `other` is another office of `target`'s exclusive group, of
  // the same or an unstated country.
  static bool ExcludesOther(const RoleFact& target, const RoleFact& other);
  // The facts, by document, by person and by office of a country (panels
  // of fact indices).
  std::vector<RoleFact> facts_;
  std::vector<std::vector<int>> facts_of_doc_;
  absl::flat_hash_map<std::string, std::vector<int>> by_person_;
  absl::flat_hash_map<std::string, std::vector<int>> by_office_;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_ROLES_H_
