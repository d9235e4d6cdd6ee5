#include "compare/passes/roles.h"

#include <algorithm>
#include <iterator>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "compare/person_match.h"

namespace factcheck {
namespace passes {
namespace {

// Offices a person holds as a member of a government (comparable for a
// person's country), as opposed to ad hoc roles.
bool IsNationalOffice(const Office* office) {
  return office != nullptr && !office->honorific();
}

const std::vector<int>& Find(const absl::flat_hash_map<std::string, std::vector<int>>& map,
                             const std::string& key) {
  static const std::vector<int> kNone;
  auto it = map.find(key);
  return it == map.end() ? kNone : it->second;
}

}  // namespace

bool RolesPass::ExcludesOther(const RoleFact& target, const RoleFact& other) {
  if (target.group.empty() || target.group != other.group || other.office == target.office) {
    return false;
  }
  if (!target.post || !other.post) return false;
  // One country, or one side's country inferred or unstated.
  return other.affiliation == target.affiliation || target.affiliation.empty() ||
         other.affiliation.empty() || target.inferred || other.inferred;
}

void RolesPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  facts_of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const Claim& claim = docs[d]->claims(c);
      if (!claim.has_role()) continue;
      const RoleClaim& role = claim.role();
      if (role.person().empty() || role.office().empty()) continue;
      if (role.modifier() == "former") continue;
      std::string base = role.office();
      if (!role.modifier().empty()) base = std::string(absl::StripPrefix(base, role.modifier() + " "));
      const Office* office = context.lexicon().OfficeByKey(base);
      if (!IsNationalOffice(office)) continue;
      const int index = static_cast<int>(facts_.size());
      facts_.push_back({{static_cast<int>(d), c}, context.PersonKey(role.person()), role.office(),
                        role.affiliation(), role.affiliation_inferred(),
                        office->single_holder() && role.modifier().empty(),
                        !office->occasional(),
                        role.modifier().empty() ? office->exclusive_group() : std::string()});
      facts_of_doc_[d].push_back(index);
      const RoleFact& fact = facts_.back();
      if (!role.portfolio().empty()) continue;
      if (fact.affiliation.empty() && fact.group.empty()) continue;
      by_person_[fact.person].push_back(index);
      if (fact.affiliation.empty()) continue;
      if (fact.single_holder) {
        by_office_[absl::StrCat(fact.office, "|", fact.affiliation)].push_back(index);
      }
    }
  }
  for (auto* buckets : {&by_person_, &by_office_}) {
    for (auto& [key, bucket] : *buckets) {
      context.LimitToPanel(bucket, [this](int i) { return facts_[i].ref.doc; });
    }
  }
}

void RolesPass::CompareTarget(const ComparisonContext& context, const TargetDocument& target_doc,
                              FindingSink& sink, PassCache* /*cache*/) const {
  const Lexicon& lexicon = context.lexicon();
  for (int t : facts_of_doc_[target_doc.doc]) {
    const RoleFact& target = facts_[t];
    if (!context.IsTarget(target.ref.doc)) continue;
    // Without a stated country only another office of its exclusive group
    // counts against the claim.
    const bool weak = target.affiliation.empty() || target.inferred;
    if (weak && target.group.empty()) continue;
    const RoleClaim& role = context.ClaimAt(target.ref).role();
    if (!role.portfolio().empty()) continue;
    bool target_is_country = lexicon.CountryByKey(target.affiliation) != nullptr;
    const std::string claimed = context.OfficeText(target.office, target.affiliation);
    // The facts that can bear on this one: the same person's, and the
    // same office's of the same country; in fact order.
    const std::vector<int>& by_person = Find(by_person_, target.person);
    static const std::vector<int> kNone;
    const std::vector<int>& by_office =
        target.single_holder && !weak
            ? Find(by_office_, absl::StrCat(target.office, "|", target.affiliation))
            : kNone;
    std::vector<int> candidates;
    std::set_union(by_person.begin(), by_person.end(), by_office.begin(), by_office.end(),
                   std::back_inserter(candidates));
    Tally tally;
    for (int o : candidates) {
      const RoleFact& other = facts_[o];
      if (!context.IsSource(other.ref.doc, target.ref.doc)) continue;
      // One person under two spellings ("Tomas Verlund", "Tomas J.
      // Verlund") is the same person.
      bool same_person =
          other.person == target.person ||
          SamePerson(context.ClaimAt(other.ref).role().person(), role.person(), lexicon);
      bool other_is_country = lexicon.CountryByKey(other.affiliation) != nullptr;
      std::string value = context.OfficeText(other.office, other.affiliation);
      if (same_person && other.office == target.office &&
          (other.affiliation == target.affiliation || weak)) {
        tally.with.insert(other.ref.doc);
        if (tally.Wants(STANCE_SUPPORTS)) sink.Count(tally, other.ref, STANCE_SUPPORTS, value);
        continue;
      }
      if (same_person) {
        // Same person, another country (a person serves one country), or
        // the same country and another single-holder office.
        const bool other_country =
            target_is_country && other_is_country && other.affiliation != target.affiliation;
        const bool other_office = target.single_holder && other.single_holder && target.post &&
                                  other.post && other.affiliation == target.affiliation &&
                                  other.office != target.office;
        if (weak && !ExcludesOther(target, other)) continue;
        if (other_country || other_office || ExcludesOther(target, other)) {
          tally.alternatives[absl::StrCat("call ", role.person(), " ", value)].insert(
              other.ref.doc);
          sink.Count(tally, other.ref, STANCE_CONTRADICTS, value);
        }
        continue;
      }
      // Another person in the same single-holder office of the same country,
      // as the source writes it: an inferred country names no holder.
      if (target.single_holder && other.single_holder && other.office == target.office &&
          other.affiliation == target.affiliation && !other.inferred) {
        const std::string& holder = context.ClaimAt(other.ref).role().person();
        tally.alternatives[absl::StrCat("name ", holder, " as ", claimed)].insert(other.ref.doc);
        sink.Count(tally, other.ref, STANCE_CONTRADICTS, absl::StrCat(holder, " as ", claimed));
      }
    }
    // A source that supports the claim does not count against it.
    sink.Emit(ROLE_CONFLICT, target.ref, tally, claimed,
              absl::StrCat("calls ", role.person(), " ", claimed));
  }
}

}  // namespace passes
}  // namespace factcheck
