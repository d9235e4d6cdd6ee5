#include "compare/passes/unsupported.h"

#include <string>

#include "compare/claim_values.h"
#include "compare/sentence_text.h"

namespace factcheck {
namespace passes {
namespace {

bool Compatible(const ComparisonContext& context, const Claim& claim, const Claim& o) {
  if (claim.has_role() && o.has_role()) {
    return context.PersonKey(claim.role().person()) == context.PersonKey(o.role().person()) &&
           (claim.role().affiliation() == o.role().affiliation() ||
            claim.role().affiliation().empty() || o.role().affiliation().empty());
  }
  if (claim.has_quantity() && o.has_quantity()) {
    return claim.quantity().unit() == o.quantity().unit() &&
           claim.quantity().is_duration() == o.quantity().is_duration() &&
           Overlaps(claim.quantity(), o.quantity());
  }
  if (claim.has_time() && o.has_time()) {
    return CompareTimes(claim.time(), o.time()) == TimeVerdict::kAgree;
  }
  if (claim.has_place() && o.has_place()) {
    const PlaceClaim& p = claim.place();
    const PlaceClaim& q = o.place();
    return p.place() == q.place() || Contains(p, q) || Contains(q, p);
  }
  if (claim.has_quote() && o.has_quote()) {
    std::vector<std::string> a = QuoteWords(claim.quote().text());
    std::vector<std::string> b = QuoteWords(o.quote().text());
    return ContainsRun(a, b) || ContainsRun(b, a);
  }
  return false;
}

// A claim a reader would want a source for.
bool Comparable(const Claim& claim) {
  return (claim.has_role() && !claim.role().person().empty() && !claim.role().office().empty() &&
          !claim.role().affiliation_inferred()) ||
         claim.has_quantity() || (claim.has_time() && claim.time().resolved()) ||
         (claim.has_place() && claim.place().known()) ||
         (claim.has_quote() && QuoteWords(claim.quote().text()).size() >= 4);
}

}  // namespace

void UnsupportedPass::Prepare(const ComparisonContext& context) {
  if (!context.IsCheck()) return;
  const std::vector<const SourceDocument*>& docs = context.documents();
  for (size_t d = 0; d < docs.size(); ++d) {
    if (context.IsTarget(static_cast<int>(d))) continue;
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      source_claims_.push_back({static_cast<int>(d), c});
    }
  }
}

bool UnsupportedPass::Supported(const ComparisonContext& context, const Claim& claim) const {
  for (const ClaimRef& ref : source_claims_) {
    if (Compatible(context, claim, context.ClaimAt(ref))) return true;
  }
  return false;
}

void UnsupportedPass::CompareTarget(const ComparisonContext& context,
                                    const TargetDocument& target, FindingSink& sink,
                                    PassCache* /*cache*/) const {
  if (!context.IsCheck()) return;
  const int d = target.doc;
  const SourceDocument& doc = context.document(d);
  for (int c = 0; c < doc.claims_size(); ++c) {
    const Claim& claim = doc.claims(c);
    if (!Comparable(claim) || Supported(context, claim)) continue;
    // The closest statement in the sources, if any, to read beside it.
    Evidence closest;
    bool found = false;
    for (const Alignment& a :
         BestPerDocument(target.aligned[claim.sentence_index()], context.options().min_alignment)) {
      if (!context.IsSource(a.document, d)) continue;
      const SourceDocument& source = context.document(a.document);
      const Sentence& sentence = source.sentences(a.sentence);
      *closest.mutable_location() =
          SentenceTextLocation(source, sentence, 0, static_cast<int>(sentence.text().size()));
      closest.set_text(sentence.text());
      closest.set_value("the closest statement in the sources");
      found = true;
      break;
    }
    sink.EmitUnsupported({d, c}, found ? &closest : nullptr);
  }
}

}  // namespace passes
}  // namespace factcheck
