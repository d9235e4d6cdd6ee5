#include "compare/passes/polarity.h"

#include "absl/strings/str_cat.h"

namespace factcheck {
namespace passes {

void PolarityPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const Claim& claim = docs[d]->claims(c);
      if (!claim.has_event()) continue;
      const EventClaim& e = claim.event();
      if (e.polarity() != POLARITY_ASSERTED && e.polarity() != POLARITY_NEGATED) continue;
      if (e.predicate().size() < 4 || context.lexicon().IsSaidVerb(e.predicate())) continue;
      std::string key = absl::StrCat(context.PersonKey(e.subject()), "|", e.predicate());
      by_key_[key].push_back({{static_cast<int>(d), c}, e.polarity()});
      of_doc_[d].emplace_back(c, key);
    }
  }
  for (auto& [key, bucket] : by_key_) {
    context.LimitToPanel(bucket, [](const EventFact& e) { return e.ref.doc; });
  }
}

void PolarityPass::CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                                 FindingSink& sink, PassCache* /*cache*/) const {
  const int d = target.doc;
  for (const auto& [c, key] : of_doc_[d]) {
    const ClaimRef target_ref{d, c};
    const Claim& claim = context.ClaimAt(target_ref);
    const Polarity polarity = claim.event().polarity();
    Tally tally;
    for (const EventFact& other : by_key_.at(key)) {
      if (!context.IsSource(other.ref.doc, d)) continue;
      const Claim& o = context.ClaimAt(other.ref);
      if (other.polarity == polarity && !tally.Wants(STANCE_SUPPORTS)) {
        tally.with.insert(other.ref.doc);
        continue;
      }
      if (other.polarity != polarity) {
        tally.alternatives[absl::StrCat("say \u201C", o.text(), "\u201D")].insert(other.ref.doc);
      }
      sink.Count(tally, other.ref,
                 other.polarity == polarity ? STANCE_SUPPORTS : STANCE_CONTRADICTS, o.text());
    }
    sink.Emit(POLARITY_CONFLICT, target_ref, tally,
              absl::StrCat(polarity == POLARITY_NEGATED ? "not " : "", claim.event().predicate()),
              absl::StrCat("says ", claim.event().subject(), " \u201C", claim.text(), "\u201D"));
  }
}

}  // namespace passes
}  // namespace factcheck
