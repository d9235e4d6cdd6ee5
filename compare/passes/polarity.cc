#include "compare/passes/polarity.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

namespace factcheck {
namespace passes {
namespace {

// Whether two frames share one of their other words (EventClaim.arguments,
// sorted): without one, "the officers were indicted" and "the officers
// were not indicted" may be two events. Events of a person subject need
// none.
bool SameEvent(const EventClaim& a, const EventClaim& b) {
  if (a.theme().empty()) return true;
  auto i = a.arguments().begin(), j = b.arguments().begin();
  while (i != a.arguments().end() && j != b.arguments().end()) {
    if (*i == *j) return true;
    *i < *j ? ++i : ++j;
  }
  return false;
}

// Verbs of one meaning share a key (Lexicon::VerbKey: "met", "encountered").
std::string KeyOf(const ComparisonContext& context, const EventClaim& e) {
  const absl::string_view verb = context.lexicon().VerbKey(e.predicate());
  if (!e.theme().empty()) return absl::StrCat("frame|", e.theme(), "|", verb);
  return absl::StrCat(context.PersonKey(e.subject()), "|", verb);
}

}  // namespace

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
      // A frame inside a quote is the speaker's words: the quotes and
      // swaps passes judge those.
      if (!e.theme().empty() && context.Quoted({static_cast<int>(d), c})) continue;
      std::string key = KeyOf(context, e);
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
      if (!SameEvent(claim.event(), o.event())) continue;
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
              claim.event().theme().empty()
                  ? absl::StrCat("says ", claim.event().subject(), " \u201C", claim.text(),
                                 "\u201D")
                  : absl::StrCat("says of the ", claim.event().theme(), " \u201C", claim.text(),
                                 "\u201D"));
  }
}

}  // namespace passes
}  // namespace factcheck
