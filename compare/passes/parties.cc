#include "compare/passes/parties.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace factcheck {
namespace passes {

void PartiesPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  facts_of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const Claim& claim = docs[d]->claims(c);
      if (!claim.has_role() || claim.role().party().empty() || claim.role().person().empty()) {
        continue;
      }
      const int index = static_cast<int>(facts_.size());
      facts_.push_back({{static_cast<int>(d), c}, context.PersonKey(claim.role().person()),
                        claim.role().party(), claim.role().party_state()});
      facts_of_doc_[d].push_back(index);
      by_person_[facts_.back().person].push_back(index);
    }
  }
  for (auto& [key, bucket] : by_person_) {
    context.LimitToPanel(bucket, [this](int i) { return facts_[i].ref.doc; });
  }
}

std::string PartiesPass::PartyName(const Lexicon& lexicon, const std::string& key) {
  for (const Party& party : lexicon.data().parties()) {
    if (party.key() == key && party.names_size() > 0) return party.names(0);
  }
  return key;
}

void PartiesPass::CompareTarget(const ComparisonContext& context,
                                const TargetDocument& target_doc, FindingSink& sink,
                                PassCache* /*cache*/) const {
  const Lexicon& lexicon = context.lexicon();
  // Person|value compared once per document; a party, then the state of
  // a party group ("R-Texas" against "R-Ohio": a member of Congress has
  // one state).
  absl::flat_hash_set<std::string> done;
  for (int t : facts_of_doc_[target_doc.doc]) {
    const PartyFact& target = facts_[t];
    if (!context.IsTarget(target.ref.doc)) continue;
    auto it = by_person_.find(target.person);
    if (it == by_person_.end()) continue;
    const std::string& person = context.ClaimAt(target.ref).role().person();
    for (bool state : {false, true}) {
      auto value_of = [&](const PartyFact& f) -> std::string {
        if (!state) return PartyName(lexicon, f.party);
        const Place* place = lexicon.PlaceByKey(f.state);
        return place != nullptr ? place->name() : f.state;
      };
      const std::string& key = state ? target.state : target.party;
      if (key.empty() || !done.insert(absl::StrCat(state, "|", target.person, "|", key)).second) {
        continue;
      }
      const std::string what = state ? "'s state as " : "'s party as ";
      const std::string claimed = value_of(target);
      Tally tally;
      for (int o : it->second) {
        const PartyFact& other = facts_[o];
        const std::string& other_key = state ? other.state : other.party;
        if (other_key.empty() || !context.IsSource(other.ref.doc, target.ref.doc)) continue;
        const std::string value = value_of(other);
        if (other_key == key) {
          tally.with.insert(other.ref.doc);
          if (tally.Wants(STANCE_SUPPORTS)) sink.Count(tally, other.ref, STANCE_SUPPORTS, value);
          continue;
        }
        tally.alternatives[absl::StrCat("give ", person, what, value)].insert(other.ref.doc);
        sink.Count(tally, other.ref, STANCE_CONTRADICTS, value);
      }
      sink.Emit(ROLE_CONFLICT, target.ref, tally, claimed,
                absl::StrCat("gives ", person, what, claimed));
    }
  }
}

}  // namespace passes
}  // namespace factcheck
