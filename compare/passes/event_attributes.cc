#include "compare/passes/event_attributes.h"

#include "absl/strings/str_cat.h"
#include "compare/claim_values.h"

namespace factcheck {
namespace passes {

void EventAttributesPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const Claim& claim = docs[d]->claims(c);
      std::string key;
      if (claim.has_quantity() && !claim.quantity().event().empty() &&
          !claim.quantity().anchor().empty()) {
        const QuantityClaim& q = claim.quantity();
        key = absl::StrCat("q|", q.anchor(), "|", q.unit(), "|", q.counted(), "|", q.is_duration());
      } else if (claim.has_place() && !claim.place().event().empty() && claim.place().known() &&
                 claim.place().place_kind() == "city") {
        key = absl::StrCat("p|", claim.place().event());
      }
      if (key.empty()) continue;
      by_key_[key].push_back({static_cast<int>(d), c});
      of_doc_[d].emplace_back(c, key);
    }
  }
  for (auto& [key, bucket] : by_key_) {
    context.LimitToPanel(bucket, [](const ClaimRef& ref) { return ref.doc; });
  }
}

void EventAttributesPass::CompareTarget(const ComparisonContext& context,
                                        const TargetDocument& target, FindingSink& sink,
                                        PassCache* /*cache*/) const {
  const int d = target.doc;
  for (const auto& [c, key] : of_doc_[d]) {
    const ClaimRef target_ref{d, c};
    const Claim& claim = context.ClaimAt(target_ref);
    Tally tally;
    for (const ClaimRef& other : by_key_.at(key)) {
      if (!context.IsSource(other.doc, d)) continue;
      const Claim& o = context.ClaimAt(other);
      bool agrees;
      if (claim.has_quantity()) {
        if (OnlySameSidedBounds(claim.quantity(), o.quantity())) continue;
        agrees = Overlaps(claim.quantity(), o.quantity());
      } else {
        agrees = claim.place().place() == o.place().place() || Contains(claim.place(), o.place()) ||
                 Contains(o.place(), claim.place());
      }
      const Stance stance = agrees ? STANCE_SUPPORTS : STANCE_CONTRADICTS;
      if (agrees && !tally.Wants(stance)) {
        tally.with.insert(other.doc);
        continue;
      }
      std::string value = claim.has_quantity() ? QuantityText(o.quantity()) : o.place().text();
      if (!agrees) tally.alternatives[absl::StrCat("give ", value)].insert(other.doc);
      sink.Count(tally, other, stance, value);
    }
    if (claim.has_quantity()) {
      std::string claimed = QuantityText(claim.quantity());
      sink.Emit(QUANTITY_CONFLICT, target_ref, tally, claimed,
                absl::StrCat("says the ", claim.quantity().event(), " ",
                             claim.quantity().anchor(), "ed ", claimed));
    } else {
      sink.Emit(LOCATION_CONFLICT, target_ref, tally, claim.place().text(),
                absl::StrCat("places the ", claim.place().event(), " in ", claim.place().text()));
    }
  }
}

}  // namespace passes
}  // namespace factcheck
