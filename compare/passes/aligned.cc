#include "compare/passes/aligned.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "compare/claim_values.h"
#include "compare/person_match.h"
#include "compare/quote_change.h"
#include "compare/sentence_text.h"
#include "compare/substitution.h"
#include "compare/value_people.h"

namespace factcheck {
namespace passes {
namespace {

// Whether two claims' values can be about the same thing: the verbs they
// belong to name one event (Lexicon::SameVerb: "met" and "encounter"), or
// either is unknown ("said on Monday" and "closed on Friday" date different
// things).
bool SamePredicate(const Claim& a, const Claim& b, const Lexicon& lexicon) {
  return a.predicate().empty() || b.predicate().empty() ||
         lexicon.SameVerb(a.predicate(), b.predicate());
}

// The typed words of claim `ref`'s sentence, and the text offset in it of
// the claim's first word; -1 when no word starts within the claim.
int ClaimWords(const ComparisonContext& context, ClaimRef ref, std::vector<SentenceWord>& words) {
  const SourceDocument& doc = context.document(ref.doc);
  const Claim& claim = doc.claims(ref.claim);
  const Sentence& sentence = doc.sentences(claim.sentence_index());
  words = SubstitutionFinder(context.lexicon()).Words(sentence.text());
  for (const SentenceWord& w : words) {
    const Location where = SentenceTextLocation(doc, sentence, w.begin, w.end);
    if (where.end() > claim.span().begin()) {
      return where.begin() < claim.span().end() ? w.begin : -1;
    }
  }
  return -1;
}

// Whether the values of claims `a` and `b` are about different people
// (compare/value_people.h).
bool ForOtherPeople(const ComparisonContext& context, ClaimRef a, ClaimRef b, bool by_owner) {
  std::vector<SentenceWord> d, s;
  const int d_at = ClaimWords(context, a, d), s_at = ClaimWords(context, b, s);
  if (d_at < 0 || s_at < 0) return false;
  const absl::flat_hash_set<std::string> d_people = PersonWords(context.document(a.doc), context.lexicon());
  const absl::flat_hash_set<std::string> s_people = PersonWords(context.document(b.doc), context.lexicon());
  return AboutOtherPeople(
      d, d_at, s, s_at, [&](const std::string& w) { return d_people.contains(w); },
      [&](const std::string& w) { return s_people.contains(w); }, by_owner);
}

// The years the claims `claims` of document `doc` state, as years or
// with a month, in order.
std::vector<int> YearsOf(const ComparisonContext& context, int doc, const std::vector<int>& claims) {
  std::vector<int> years;
  for (int c : claims) {
    const Claim& claim = context.document(doc).claims(c);
    if (claim.has_time() && claim.time().year() > 0 &&
        (claim.time().kind() == TIME_KIND_YEAR || claim.time().kind() == TIME_KIND_MONTH)) {
      years.push_back(claim.time().year());
    }
  }
  std::sort(years.begin(), years.end());
  return years;
}

// Whether a sentence stating the one year `point` and a sentence stating
// the years `span` (two or more) tell of one period: the span runs over
// the point ("governor from 1996 to 2007" and "as governor in 2002";
// "left in January" and "from 1996 to 2016"). Two spans compare year by
// year.
bool WithinSpan(const std::vector<int>& point, const std::vector<int>& span) {
  return point.size() == 1 && span.size() >= 2 && span.front() <= point[0] &&
         point[0] <= span.back();
}

// One target claim against the claims of the sources' aligned sentences.
class ClaimComparison {
 public:
  ClaimComparison(const ComparisonContext& context, ClaimRef ref,
                  const std::vector<int>& sentence_claims, const std::string& target_text_lower)
      : context_(context),
        ref_(ref),
        claim_(context.ClaimAt(ref)),
        sentence_claims_(sentence_claims),
        target_text_lower_(target_text_lower) {}

  // Compares with the claims `others` of the aligned sentence `a`, and
  // counts the source's vote.
  void CompareWith(const Alignment& a, const std::vector<int>& others) {
    source_text_lower_.clear();
    agrees_ = disagrees_ = false;
    against_evidence_.clear();
    others_ = &others;
    for (int oc : others) {
      const ClaimRef other_ref{a.document, oc};
      const Claim& other = context_.ClaimAt(other_ref);
      if (!SamePredicate(claim_, other, context_.lexicon())) continue;
      if (claim_.has_quantity() && other.has_quantity()) {
        Quantity(a, other_ref, other);
      } else if (claim_.has_time() && other.has_time()) {
        Time(a, other_ref, other);
      } else if (claim_.has_place() && other.has_place()) {
        Place(a, other_ref, other);
      } else if (claim_.has_quote() && other.has_quote()) {
        Quote(a, other_ref, other);
      }
    }
    if (agrees_) {
      tally_.with.insert(a.document);
    } else if (disagrees_) {
      tally_.against.insert(a.document);
      for (Evidence& e : against_evidence_) tally_.Add(std::move(e));
    }
  }

  void Finish(FindingSink& sink) {
    if (kind_ == FINDING_KIND_UNSPECIFIED || tally_.against.empty()) return;
    if (kind_ == QUOTE_ALTERED) sink.MarkQuoteJudged(ref_);
    sink.Emit(kind_, ref_, tally_, claimed_, what_);
  }

 private:
  void Agree(ClaimRef other_ref, const std::string& value) {
    agrees_ = true;
    if (tally_.Wants(STANCE_SUPPORTS)) {
      tally_.Add(context_.EvidenceOf(other_ref, STANCE_SUPPORTS, value));
    }
  }
  void Disagree(const Alignment& a, ClaimRef other_ref, const std::string& alternative,
                const std::string& value) {
    disagrees_ = true;
    tally_.alternatives[alternative].insert(a.document);
    against_evidence_.push_back(context_.EvidenceOf(other_ref, STANCE_CONTRADICTS, value));
  }
  void Quantity(const Alignment& a, ClaimRef other_ref, const Claim& other);
  void Time(const Alignment& a, ClaimRef other_ref, const Claim& other);
  void Place(const Alignment& a, ClaimRef other_ref, const Claim& other);
  void Quote(const Alignment& a, ClaimRef other_ref, const Claim& other);

  const ComparisonContext& context_;
  const ClaimRef ref_;
  const Claim& claim_;
  const std::vector<int>& sentence_claims_;
  const std::string& target_text_lower_;
  Tally tally_;
  FindingKind kind_ = FINDING_KIND_UNSPECIFIED;
  std::string claimed_, what_;
  // Per aligned sentence: lowercased only when a place needs it.
  std::string source_text_lower_;
  bool agrees_ = false, disagrees_ = false;
  std::vector<Evidence> against_evidence_;
  const std::vector<int>* others_ = nullptr;  // the aligned sentence's claims
};

void ClaimComparison::Quantity(const Alignment& a, ClaimRef other_ref, const Claim& other) {
  const QuantityClaim& q = claim_.quantity();
  if (kind_ != QUANTITY_CONFLICT) {
    kind_ = QUANTITY_CONFLICT;
    claimed_ = QuantityText(q);
    what_ = absl::StrCat("gives ", claimed_);
  }
  if (!SameQuantityKind(q, other.quantity())) return;
  if (OnlySameSidedBounds(q, other.quantity())) return;
  // The target's sentence gives the source's figure to something else
  // ("A polled 17 percent and B 21 percent" against "B led with 21
  // percent").
  for (int tc : sentence_claims_) {
    const Claim& t = context_.ClaimAt({ref_.doc, tc});
    if (tc != ref_.claim && t.has_quantity() && SameQuantityKind(t.quantity(), other.quantity()) &&
        Overlaps(t.quantity(), other.quantity())) {
      return;
    }
  }
  const std::string value = QuantityText(other.quantity());
  if (Overlaps(q, other.quantity())) {
    Agree(other_ref, value);
  } else if (!ForOtherPeople(context_, ref_, other_ref, /*by_owner=*/true)) {
    Disagree(a, other_ref, absl::StrCat("give ", value), value);
  }
}

void ClaimComparison::Time(const Alignment& a, ClaimRef other_ref, const Claim& other) {
  if (kind_ != DATE_CONFLICT) {
    kind_ = DATE_CONFLICT;
    claimed_ = TimeText(claim_.time());
    what_ = absl::StrCat("dates it ", claimed_);
  }
  // The draft's sentence gives the source's date to something else ("the
  // race is on Monday and the hearing on Tuesday").
  bool stated_too = false;
  for (int tc : sentence_claims_) {
    const Claim& t = context_.ClaimAt({ref_.doc, tc});
    stated_too |= tc != ref_.claim && t.has_time() &&
                  CompareTimes(t.time(), other.time()) == TimeVerdict::kAgree;
  }
  if (stated_too) return;
  auto yearly = [](const TimeClaim& t) {
    return t.kind() == TIME_KIND_YEAR || t.kind() == TIME_KIND_MONTH;
  };
  if (yearly(claim_.time()) && yearly(other.time())) {
    const std::vector<int> mine = YearsOf(context_, ref_.doc, sentence_claims_);
    const std::vector<int> theirs = YearsOf(context_, a.document, *others_);
    if (WithinSpan(mine, theirs) || WithinSpan(theirs, mine)) return;
  }
  TimeVerdict verdict = CompareTimes(claim_.time(), other.time());
  if (verdict == TimeVerdict::kAgree) {
    Agree(other_ref, TimeText(other.time()));
  } else if (verdict == TimeVerdict::kDisagree &&
             !ForOtherPeople(context_, ref_, other_ref, /*by_owner=*/false)) {
    const std::string value = TimeText(other.time());
    Disagree(a, other_ref, absl::StrCat("give ", value), value);
  }
}

void ClaimComparison::Place(const Alignment& a, ClaimRef other_ref, const Claim& other) {
  const PlaceClaim& p = claim_.place();
  const PlaceClaim& o = other.place();
  if (!p.known() || !o.known()) return;
  kind_ = LOCATION_CONFLICT;
  claimed_ = p.text();
  what_ = absl::StrCat("places it in ", claimed_);
  if (p.place() == o.place() || Contains(p, o) || Contains(o, p)) {
    Agree(other_ref, o.text());
    return;
  }
  if (p.place_kind() != o.place_kind() || p.place_kind() != "city") return;
  // Two cities: a conflict unless either sentence names both.
  if (source_text_lower_.empty()) {
    source_text_lower_ =
        absl::AsciiStrToLower(context_.document(a.document).sentences(a.sentence).text());
  }
  if (source_text_lower_.find(absl::AsciiStrToLower(p.text())) == std::string::npos &&
      target_text_lower_.find(absl::AsciiStrToLower(o.text())) == std::string::npos) {
    Disagree(a, other_ref, absl::StrCat("give ", o.text()), o.text());
  }
}

// Quotes of at most this many words are fragments (see Quote).
constexpr size_t kMaxFragmentWords = 4;

void ClaimComparison::Quote(const Alignment& a, ClaimRef other_ref, const Claim& other) {
  const QuoteClaim& q = claim_.quote();
  const QuoteClaim& o = other.quote();
  std::vector<std::string> qw = QuoteWords(q.text()), ow = QuoteWords(o.text());
  // Speakers told apart, or not told at all, leave only a near copy to
  // compare: one quotation, whoever the outlets say spoke it.
  const bool same_speaker = !q.speaker().empty() && !o.speaker().empty() &&
                            SamePerson(q.speaker(), o.speaker(), context_.lexicon());
  if (!same_speaker && !NearCopy(qw, ow)) return;
  if (qw == ow || ContainsRun(qw, ow) || ContainsRun(ow, qw)) {
    Agree(other_ref, o.text());
    return;
  }
  // Changed words: only when the sentences around the quotes are nearly
  // the same, or the quotes share words.
  int shared = 0;
  for (const std::string& w : qw) {
    if (w.size() > 3 && std::find(ow.begin(), ow.end(), w) != ow.end()) ++shared;
  }
  // Two short partial quotes in the same frame ("called the offer 'X'")
  // are the same quotation with changed words.
  bool both_partial = q.partial() && o.partial();
  bool same_frame = a.score >= 0.75 || (a.score >= 0.5 && shared >= 1) ||
                    (a.score >= 0.6 && both_partial) ||
                    (shared * 2 >= static_cast<int>(std::min(qw.size(), ow.size())) &&
                     shared >= 2);
  // Outlets transcribe and cut one statement differently: only a change of
  // meaning alters it (compare/quote_change.h). Two fragments of a few
  // words in one frame ("called it 'X'") are altered by any change.
  if (!same_frame) return;
  const bool fragments = qw.size() <= kMaxFragmentWords && ow.size() <= kMaxFragmentWords;
  if (!fragments && !QuoteChangesMeaning(qw, ow, context_.lexicon())) return;
  kind_ = QUOTE_ALTERED;
  claimed_ = q.text();
  what_ = q.speaker().empty()
              ? absl::StrCat("quotes \u201C", q.text(), "\u201D")
              : absl::StrCat("quotes ", q.speaker(), " as \u201C", q.text(), "\u201D");
  Disagree(a, other_ref, absl::StrCat("quote \u201C", o.text(), "\u201D"), o.text());
}

bool HasComparableClaim(const SourceDocument& doc, const std::vector<int>& claims) {
  bool comparable = false;
  for (int c : claims) {
    ClaimType type = doc.claims(c).type();
    comparable |= type == CLAIM_TYPE_QUANTITY || type == CLAIM_TYPE_TIME ||
                  type == CLAIM_TYPE_PLACE || type == CLAIM_TYPE_QUOTE;
  }
  return comparable;
}

}  // namespace

void AlignedPass::CompareTarget(const ComparisonContext& context, const TargetDocument& target,
                                FindingSink& sink, PassCache* /*cache*/) const {
  const int d = target.doc;
  const SourceDocument& doc = context.document(d);
  for (const auto& [sentence, claims] : context.ClaimsBySentence(d)) {
    if (!HasComparableClaim(doc, claims)) continue;
    std::vector<Alignment> aligned =
        BestPerDocument(target.aligned[sentence], context.options().min_alignment);
    const std::string target_text_lower = absl::AsciiStrToLower(doc.sentences(sentence).text());
    for (int c : claims) {
      ClaimComparison comparison(context, {d, c}, claims, target_text_lower);
      for (const Alignment& a : aligned) {
        if (!context.IsSource(a.document, d)) continue;
        const auto& by_sentence = context.ClaimsBySentence(a.document);
        auto it = by_sentence.find(a.sentence);
        if (it == by_sentence.end()) continue;
        comparison.CompareWith(a, it->second);
      }
      comparison.Finish(sink);
    }
  }
}

}  // namespace passes
}  // namespace factcheck
