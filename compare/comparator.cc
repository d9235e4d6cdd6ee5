#include "compare/comparator.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "claims/sha256.h"
#include "claims/utf8.h"
#include "compare/alignment.h"
#include "compare/claim_values.h"
#include "compare/passes/context.h"
#include "compare/passes/event_attributes.h"
#include "compare/passes/parties.h"
#include "compare/passes/polarity.h"
#include "compare/passes/quotes.h"
#include "compare/passes/roles.h"
#include "compare/passes/sink.h"
#include "compare/sentence_text.h"
#include "compare/source_identity.h"
#include "compare/substitution.h"
#include "compare/unstated_value.h"

namespace factcheck {
namespace {

using passes::BestPerDocument;
using passes::ClaimRef;
using passes::ComparisonContext;
using passes::FindingSink;
using passes::Spelling;
using passes::TargetDocument;
using passes::Tally;

// The caches a worker thread keeps from one target to the next: sentences'
// typed words and what documents state (CompareSubstitutions), bounded.
struct WorkerCaches {
  absl::node_hash_map<int64_t, std::vector<SentenceWord>> words;
  absl::node_hash_map<int, StatedValues> stated;
};

class Comparison {
 public:
  explicit Comparison(const ComparisonContext& context)
      : ctx_(context),
        docs_(context.documents()),
        options_(context.options()),
        lexicon_(context.lexicon()) {}

  Report Run();

 private:
  bool IsTarget(int doc) const { return ctx_.IsTarget(doc); }
  bool IsSource(int doc, int target) const { return ctx_.IsSource(doc, target); }
  const Claim& ClaimAt(ClaimRef ref) const { return ctx_.ClaimAt(ref); }
  std::string PersonKey(absl::string_view name) const { return ctx_.PersonKey(name); }
  std::string OfficeText(const std::string& office, const std::string& affiliation) const {
    return ctx_.OfficeText(office, affiliation);
  }
  Location LocationOf(int doc, const Span& span) const { return ctx_.LocationOf(doc, span); }
  Evidence EvidenceOf(ClaimRef ref, Stance stance, const std::string& value) const {
    return ctx_.EvidenceOf(ref, stance, value);
  }
  template <typename T, typename DocOf>
  void LimitToPanel(std::vector<T>& bucket, DocOf doc_of) const {
    ctx_.LimitToPanel(bucket, doc_of);
  }

  // Built once, before any target is compared.
  void Prepare();
  void PrepareNameVariants();
  void PrepareUnsupported();

  // Each pass compares one target document, reading only what Prepare
  // built, and writes to `sink`; so targets can be compared in parallel.
  std::vector<Finding> CompareTarget(int d, WorkerCaches& caches) const;
  void CompareAligned(int d, const std::vector<std::vector<Alignment>>& aligned,
                      FindingSink& sink) const;
  void ReportNameVariants(int d, FindingSink& sink) const;
  // Typed values swapped inside aligned sentences (compare/substitution.h).
  void CompareSubstitutions(int d, const std::vector<std::vector<Alignment>>& aligned,
                            WorkerCaches& caches, FindingSink& sink) const;
  // check: the drafts' claims that no source states (INFO).
  void ReportUnsupported(int d, const std::vector<std::vector<Alignment>>& aligned,
                         FindingSink& sink) const;
  // Report.groups: what two or more sources state about the same slot.
  void BuildClaimTable();

  const ComparisonContext& ctx_;
  const std::vector<const SourceDocument*>& docs_;
  const CompareOptions& options_;
  const Lexicon& lexicon_;
  Report report_;
  // Passes that index all documents in Prepare.
  passes::RolesPass roles_;
  passes::PartiesPass parties_;
  passes::EventAttributesPass event_attributes_;
  passes::QuotesPass quotes_;
  passes::PolarityPass polarity_;
  // Spellings by folded name, and each document's (key, spelling).
  std::map<std::string, std::vector<Spelling>> spellings_by_key_;
  std::vector<std::vector<std::pair<std::string, Spelling>>> spellings_of_doc_;
  // check: every source claim.
  std::vector<ClaimRef> source_claims_;
};

void Comparison::CompareAligned(int d, const std::vector<std::vector<Alignment>>& aligned_all,
                                FindingSink& sink) const {
    const int target_doc = d;
  for (const auto& [sentence, claims] : ctx_.ClaimsBySentence(d)) {
    bool comparable = false;
    for (int c : claims) {
      ClaimType type = docs_[d]->claims(c).type();
      comparable |= type == CLAIM_TYPE_QUANTITY || type == CLAIM_TYPE_TIME ||
                    type == CLAIM_TYPE_PLACE || type == CLAIM_TYPE_QUOTE;
    }
    if (!comparable) continue;
    std::vector<Alignment> aligned = BestPerDocument(aligned_all[sentence], options_.min_alignment);
    std::string target_text_lower =
        absl::AsciiStrToLower(docs_[d]->sentences(sentence).text());
    for (int c : claims) {
      const Claim& claim = docs_[d]->claims(c);
      ClaimRef ref{target_doc, c};
      Tally tally;
      FindingKind kind = FINDING_KIND_UNSPECIFIED;
      std::string claimed, what;
      for (const Alignment& a : aligned) {
        if (!IsSource(a.document, target_doc)) continue;
        auto it = ctx_.ClaimsBySentence(a.document).find(a.sentence);
        if (it == ctx_.ClaimsBySentence(a.document).end()) continue;
        // Lowercased only when a place needs it.
        std::string source_text_lower;
        bool agrees = false, disagrees = false;
        std::vector<Evidence> against_evidence;
        for (int oc : it->second) {
          const Claim& other = docs_[a.document]->claims(oc);
          ClaimRef other_ref{a.document, oc};
          if (claim.has_quantity() && other.has_quantity()) {
            const QuantityClaim& q = claim.quantity();
            if (kind != QUANTITY_CONFLICT) {
              kind = QUANTITY_CONFLICT;
              claimed = QuantityText(q);
              what = absl::StrCat("gives ", claimed);
            }
            if (!SameQuantityKind(q, other.quantity())) continue;
            if (OnlySameSidedBounds(q, other.quantity())) continue;
            if (Overlaps(q, other.quantity())) {
              agrees = true;
              if (tally.Wants(STANCE_SUPPORTS)) tally.Add(EvidenceOf(other_ref, STANCE_SUPPORTS, QuantityText(other.quantity())));
            } else {
              disagrees = true;
              std::string value = QuantityText(other.quantity());
              tally.alternatives[absl::StrCat("give ", value)].insert(a.document);
              against_evidence.push_back(EvidenceOf(other_ref, STANCE_CONTRADICTS, value));
            }
          } else if (claim.has_time() && other.has_time()) {
            if (kind != DATE_CONFLICT) {
              kind = DATE_CONFLICT;
              claimed = TimeText(claim.time());
              what = absl::StrCat("dates it ", claimed);
            }
            // The draft's sentence gives the source's date to something
            // else ("the race is on Monday and the hearing on Tuesday").
            bool stated_too = false;
            for (int tc : claims) {
              const Claim& t = docs_[d]->claims(tc);
              stated_too |= tc != c && t.has_time() &&
                            CompareTimes(t.time(), other.time()) == TimeVerdict::kAgree;
            }
            if (stated_too) continue;
            TimeVerdict verdict = CompareTimes(claim.time(), other.time());
            if (verdict == TimeVerdict::kAgree) {
              agrees = true;
              if (tally.Wants(STANCE_SUPPORTS)) tally.Add(EvidenceOf(other_ref, STANCE_SUPPORTS, TimeText(other.time())));
            } else if (verdict == TimeVerdict::kDisagree) {
              disagrees = true;
              std::string value = TimeText(other.time());
              tally.alternatives[absl::StrCat("give ", value)].insert(a.document);
              against_evidence.push_back(EvidenceOf(other_ref, STANCE_CONTRADICTS, value));
            }
          } else if (claim.has_place() && other.has_place()) {
            const PlaceClaim& p = claim.place();
            const PlaceClaim& o = other.place();
            if (!p.known() || !o.known()) continue;
            kind = LOCATION_CONFLICT;
            claimed = p.text();
            what = absl::StrCat("places it in ", claimed);
            if (p.place() == o.place() || Contains(p, o) || Contains(o, p)) {
              agrees = true;
              if (tally.Wants(STANCE_SUPPORTS)) tally.Add(EvidenceOf(other_ref, STANCE_SUPPORTS, o.text()));
            } else if (p.place_kind() == o.place_kind() && p.place_kind() == "city" &&
                       (source_text_lower.empty()
                            ? (source_text_lower = absl::AsciiStrToLower(
                                   docs_[a.document]->sentences(a.sentence).text()))
                            : source_text_lower)
                               .find(absl::AsciiStrToLower(p.text())) == std::string::npos &&
                       target_text_lower.find(absl::AsciiStrToLower(o.text())) == std::string::npos) {
              disagrees = true;
              tally.alternatives[absl::StrCat("give ", o.text())].insert(a.document);
              against_evidence.push_back(EvidenceOf(other_ref, STANCE_CONTRADICTS, o.text()));
            }
          } else if (claim.has_quote() && other.has_quote()) {
            const QuoteClaim& q = claim.quote();
            const QuoteClaim& o = other.quote();
            if (q.speaker().empty() || o.speaker().empty()) continue;
            if (PersonKey(q.speaker()) != PersonKey(o.speaker())) continue;
            std::vector<std::string> qw = QuoteWords(q.text()), ow = QuoteWords(o.text());
            if (qw == ow || ContainsRun(qw, ow) || ContainsRun(ow, qw)) {
              agrees = true;
              if (tally.Wants(STANCE_SUPPORTS)) tally.Add(EvidenceOf(other_ref, STANCE_SUPPORTS, o.text()));
              continue;
            }
            // Changed words: only when the sentences around the quotes are
            // nearly the same, or the quotes share words.
            int shared = 0;
            for (const std::string& w : qw) {
              if (w.size() > 3 && std::find(ow.begin(), ow.end(), w) != ow.end()) ++shared;
            }
            // Two short partial quotes in the same frame ("called the
            // offer 'X'") are the same quotation with changed words.
            bool both_partial = q.partial() && o.partial();
            bool same_frame = a.score >= 0.75 || (a.score >= 0.5 && shared >= 1) ||
                              (a.score >= 0.6 && both_partial) ||
                              (shared * 2 >= static_cast<int>(std::min(qw.size(), ow.size())) &&
                               shared >= 2);
            if (!same_frame) continue;
            kind = QUOTE_ALTERED;
            claimed = q.text();
            what = absl::StrCat("quotes ", q.speaker(), " as \u201C", q.text(), "\u201D");
            disagrees = true;
            tally.alternatives[absl::StrCat("quote \u201C", o.text(), "\u201D")].insert(a.document);
            against_evidence.push_back(EvidenceOf(other_ref, STANCE_CONTRADICTS, o.text()));
          }
        }
        if (agrees) {
          tally.with.insert(a.document);
        } else if (disagrees) {
          tally.against.insert(a.document);
          for (Evidence& e : against_evidence) tally.Add(std::move(e));
        }
      }
      if (kind != FINDING_KIND_UNSPECIFIED && !tally.against.empty()) {
        if (kind == QUOTE_ALTERED) sink.MarkQuoteJudged(ref);
        sink.Emit(kind, ref, tally, claimed, what);
      }
    }
  }
}

namespace {

// How a finding on a swapped value describes the claim.
std::string SwapVerb(FindingKind kind) {
  switch (kind) {
    case QUANTITY_CONFLICT:
      return "gives";
    case DATE_CONFLICT:
      return "dates it";
    case LOCATION_CONFLICT:
      return "places it in";
    case ROLE_CONFLICT:
      return "names";
    default:
      return "says";
  }
}

bool Overlap(const Location& a, const Location& b) {
  return a.path() == b.path() && a.begin() < b.end() && b.begin() < a.end();
}

}  // namespace

void Comparison::CompareSubstitutions(int d, const std::vector<std::vector<Alignment>>& aligned_all,
                                      WorkerCaches& caches, FindingSink& sink) const {
  // A value the source states, but elsewhere, is compared only with a
  // sentence that says much the same (compare/unstated_value.h).
  constexpr double kMinElsewhereAlignment = 0.4;

  SubstitutionFinder finder(lexicon_);
  // Sentences' typed words, kept while they are reused (a sentence is
  // compared with many others) but never more than kMaxCachedSentences of
  // them, so that memory stays bounded on large audits.
  // A node map: references stay valid while others are added. Emptied
  // only between sentences, when no reference is held.
  constexpr size_t kMaxCachedSentences = 20000;
  absl::node_hash_map<int64_t, std::vector<SentenceWord>>& words = caches.words;
  auto words_of = [&](int d, int s) -> const std::vector<SentenceWord>& {
    const int64_t key = (static_cast<int64_t>(d) << 32) | s;
    auto it = words.find(key);
    if (it != words.end()) return it->second;
    return words.emplace(key, finder.Words(docs_[d]->sentences(s).text())).first->second;
  };
  // What each source document states anywhere, for the unstated-value
  // pass; rebuilt when evicted, so that memory stays bounded.
  constexpr size_t kMaxStatedDocuments = 1024;
  absl::node_hash_map<int, StatedValues>& stated = caches.stated;
  auto stated_of = [&](int d) -> const StatedValues& {
    auto it = stated.find(d);
    if (it != stated.end()) return it->second;
    if (stated.size() >= kMaxStatedDocuments) stated.clear();
    StatedValues& values = stated[d];
    for (int s = 0; s < docs_[d]->sentences_size(); ++s) values.Add(words_of(d, s), lexicon_);
    for (const Entity& e : docs_[d]->entities()) {
      if (e.kind() != ENTITY_KIND_PERSON) continue;
      values.AddPerson(e.name());
      for (const std::string& alias : e.aliases()) values.AddPerson(alias);
    }
    return values;
  };
  const int target_doc = d;
  const SourceDocument& doc = *docs_[d];
  // The best few sentences of each source (a draft sentence may restate
  // a stretch of a sentence that is not the closest overall, and a
  // summary merges several), and at most kMaxComparedSentences in all:
  // enough evidence for a finding, and the cost stays linear however
  // many documents share the words.
  constexpr size_t kMaxComparedSentences = 16;
  std::vector<std::vector<Alignment>> aligned_by_sentence(doc.sentences_size());
  absl::flat_hash_map<int, int> aligned_sentences;  // source -> target sentences aligned
  for (int si = 0; si < doc.sentences_size(); ++si) {
    std::vector<Alignment>& aligned = aligned_by_sentence[si];
    aligned = aligned_all[si];
    if (aligned.size() > kMaxComparedSentences) aligned.resize(kMaxComparedSentences);
    std::set<int> counted;
    for (const Alignment& a : aligned) {
      if (a.score >= options_.min_alignment && counted.insert(a.document).second) {
        ++aligned_sentences[a.document];
      }
    }
  }
  // Sources that tell the target's story: only they are asked what they
  // never state. A source tells it when it names the people and
  // organisations the target names (SameStory), or when a third of the
  // target's sentences align with its own (a summary of it).
  absl::flat_hash_map<int, bool> same_stories;
  auto same_story = [&](int source) {
    auto [it, inserted] = same_stories.emplace(source, false);
    if (inserted) {
      it->second = aligned_sentences[source] * 3 >= doc.sentences_size() ||
                   ctx_.SameStory(target_doc, source);
    }
    return it->second;
  };
  for (int si = 0; si < doc.sentences_size(); ++si) {
    const Sentence& sentence = doc.sentences(si);
    if (words.size() >= kMaxCachedSentences) words.clear();
    const std::vector<Alignment>& aligned = aligned_by_sentence[si];
    // Swaps by (kind, draft range), with the sources on each side.
    std::map<std::tuple<int, int, int>, Tally> tallies;
    std::map<std::tuple<int, int, int>, Substitution> swaps;
    for (const Alignment& a : aligned) {
      if (!IsSource(a.document, target_doc)) continue;
      const SourceDocument& other = *docs_[a.document];
      const Sentence& other_sentence = other.sentences(a.sentence);
      // The same words: nothing swapped (wire copy, repeated text).
      if (other_sentence.text() == sentence.text()) continue;
      // Word by word where the sentences restate each other; by absence
      // where they do not, from a source of the same story.
      std::vector<Substitution> found =
          finder.Find(sentence.text(), words_of(target_doc, si), other_sentence.text(),
                      words_of(a.document, a.sentence));
      if (same_story(a.document)) {
        auto stated = [&]() -> const StatedValues& { return stated_of(a.document); };
        for (Substitution& sub :
             FindUnstatedValues(sentence.text(), words_of(target_doc, si),
                                other_sentence.text(), words_of(a.document, a.sentence), stated,
                                lexicon_, a.score >= kMinElsewhereAlignment)) {
          found.push_back(std::move(sub));
        }
      }
      // The source's sentences' words, looked up once for all swaps.
      std::vector<const std::vector<SentenceWord>*> other_words;
      if (!found.empty()) {
        for (int k = 0; k < other.sentences_size(); ++k) {
          other_words.push_back(&words_of(a.document, k));
        }
      }
      for (Substitution& sub : found) {
        auto key = std::make_tuple(static_cast<int>(sub.kind), sub.draft_begin, sub.draft_end);
        // The source may state the draft's value in another sentence.
        bool supported = false;
        for (int k = 0; k < other.sentences_size() && !supported; ++k) {
          supported = k != a.sentence && finder.Supports(*other_words[k], sub);
        }
        // A weak swap stands only if the source never states the value.
        if (sub.weak && !supported) {
          for (int k = 0; k < other.sentences_size() && !supported; ++k) {
            supported = !finder.AbsentFrom(*other_words[k], sub);
          }
          if (supported) continue;  // neither for nor against
        }
        Tally& tally = tallies[key];
        if (supported) {
          tally.with.insert(a.document);
          continue;
        }
        tally.against.insert(a.document);
        if (!tally.Wants(STANCE_CONTRADICTS)) {
          swaps.emplace(key, std::move(sub));
          continue;
        }
        Evidence evidence;
        *evidence.mutable_location() =
            SentenceTextLocation(other, other_sentence, sub.source_begin, sub.source_end);
        evidence.set_text(sub.source_text);
        evidence.set_stance(STANCE_CONTRADICTS);
        evidence.set_value(sub.source_text);
        tally.Add(std::move(evidence));
        tally.alternatives[absl::StrCat("says \u201C", sub.source_text, "\u201D")].insert(
            a.document);
        swaps.emplace(key, std::move(sub));
      }
    }
    if (swaps.empty()) continue;
    // Sources whose aligned sentence states the draft's value stand with it.
    for (auto& [key, sub] : swaps) {
      Tally& tally = tallies[key];
      for (const Alignment& a : aligned) {
        if (!IsSource(a.document, target_doc) || tally.against.count(a.document)) continue;
        // The aligned sentence states the value, or (for a value the
        // aligned sentences of `against` never state) the document
        // states it in the draft's context.
        if (finder.Supports(words_of(a.document, a.sentence), sub) ||
            (!sub.anchors.empty() && stated_of(a.document).StatesInContext(sub))) {
          tally.with.insert(a.document);
        }
      }
      Location location =
          SentenceTextLocation(doc, sentence, sub.draft_begin, sub.draft_end);
      Location whole = SentenceTextLocation(doc, sentence, 0,
                                            static_cast<int>(sentence.text().size()));
      sink.EmitInSentence(sub.kind, target_doc, location, whole, sub.draft_text, tally,
                          sub.draft_text,
                          absl::StrCat(SwapVerb(sub.kind), " \u201C", sub.draft_text, "\u201D"));
    }
  }
}

namespace {

// One source's value in a table row.
struct RowValue {
  ClaimRef ref;
  std::string text;   // as shown
  std::string key;    // equal keys agree
};

}  // namespace

void Comparison::BuildClaimTable() {
  // Slot -> (subject, kind, values). Each document's first claim on a slot
  // stands for it.
  struct Row {
    std::string subject;
    FindingKind kind;
    std::map<int, RowValue> by_doc;
  };
  std::map<std::string, Row> rows;
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      const Claim& claim = docs_[d]->claims(c);
      const ClaimRef ref{static_cast<int>(d), c};
      std::string slot, subject, text, key;
      FindingKind kind = FINDING_KIND_UNSPECIFIED;
      if (claim.has_role() && !claim.role().person().empty() && !claim.role().office().empty() &&
          claim.role().modifier() != "former") {
        const RoleClaim& role = claim.role();
        slot = absl::StrCat("role|", PersonKey(role.person()));
        subject = absl::StrCat(role.person(), ": office");
        text = OfficeText(role.office(), role.affiliation());
        key = absl::StrCat(role.office(), "|", role.affiliation());
        kind = ROLE_CONFLICT;
      } else if (claim.has_quantity() && !claim.quantity().anchor().empty()) {
        const QuantityClaim& q = claim.quantity();
        slot = absl::StrCat("q|", q.anchor(), "|", q.unit(), "|", q.counted(), "|", q.is_duration());
        // The anchor is a stem ("exchang"); say what is counted instead
        // when the event is not named.
        if (!q.event().empty()) {
          subject = absl::StrCat(q.event(), q.is_duration() ? ": duration" : ": number",
                                 q.counted().empty() ? "" : absl::StrCat(" of ", q.counted()));
        } else if (!q.counted().empty() && !q.is_duration()) {
          subject = absl::StrCat("number of ", q.counted());
        } else {
          subject = absl::StrCat(q.anchor(), q.is_duration() ? ": duration" : ": number");
        }
        text = QuantityText(q);
        key = text;
        kind = QUANTITY_CONFLICT;
      } else if (claim.has_place() && !claim.place().event().empty() && claim.place().known()) {
        slot = absl::StrCat("p|", claim.place().event(), "|", claim.place().place_kind());
        subject = absl::StrCat(claim.place().event(), ": place");
        text = claim.place().text();
        key = claim.place().place();
        kind = LOCATION_CONFLICT;
      }
      if (slot.empty()) continue;
      Row& row = rows[slot];
      if (row.subject.empty()) {
        row.subject = subject;
        row.kind = kind;
      }
      row.by_doc.emplace(ref.doc, RowValue{ref, text, key});
    }
  }
  for (auto& [slot, row] : rows) {
    if (row.by_doc.size() < 2) continue;
    // Compatible values agree: overlapping intervals, one office with and
    // without its country, a place and the city it is in.
    auto compatible = [&](const RowValue& a, const RowValue& b) {
      const Claim& x = ClaimAt(a.ref);
      const Claim& y = ClaimAt(b.ref);
      if (x.has_quantity() && y.has_quantity()) {
        return OnlySameSidedBounds(x.quantity(), y.quantity()) ||
               Overlaps(x.quantity(), y.quantity());
      }
      if (x.has_place() && y.has_place()) {
        return x.place().place() == y.place().place() || Contains(x.place(), y.place()) ||
               Contains(y.place(), x.place());
      }
      if (x.has_role() && y.has_role()) {
        // One person may hold several titles; the country is what must
        // not differ.
        return x.role().affiliation() == y.role().affiliation() ||
               x.role().affiliation().empty() || y.role().affiliation().empty();
      }
      return a.key == b.key;
    };
    // The representative: the value compatible with most documents; a tie
    // leaves no majority.
    const RowValue* majority = nullptr;
    int most = 0;
    bool tie = false;
    for (const auto& [d, v] : row.by_doc) {
      int count = 0;
      for (const auto& [e, w] : row.by_doc) count += compatible(v, w);
      if (count > most) {
        most = count;
        majority = &v;
        tie = false;
      } else if (count == most && !compatible(*majority, v)) {
        tie = true;
      }
    }
    ClaimGroup group;
    group.set_subject(row.subject);
    group.set_kind(row.kind);
    for (size_t d = 0; d < docs_.size(); ++d) {
      SourceCell* cell = group.add_cells();
      cell->set_path(docs_[d]->path());
      auto it = row.by_doc.find(static_cast<int>(d));
      if (it == row.by_doc.end()) {
        cell->set_state(ABSENT);
        continue;
      }
      const RowValue& v = it->second;
      bool agrees = !tie && compatible(*majority, v);
      cell->set_state(agrees ? AGREE : CONFLICT);
      cell->set_value(v.text);
      *cell->mutable_location() = LocationOf(v.ref.doc, ClaimAt(v.ref).span());
      cell->set_text(ClaimAt(v.ref).text());
      if (!agrees) group.set_conflict(true);
    }
    for (const Finding& f : report_.findings()) {
      for (const SourceCell& cell : group.cells()) {
        if (cell.has_location() && Overlap(f.location(), cell.location())) {
          group.add_finding_fingerprints(f.fingerprint());
          break;
        }
      }
    }
    *report_.add_groups() = std::move(group);
  }
}

void Comparison::PrepareUnsupported() {
  for (size_t d = 0; d < docs_.size(); ++d) {
    if (IsTarget(static_cast<int>(d))) continue;
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      source_claims_.push_back({static_cast<int>(d), c});
    }
  }
}

void Comparison::ReportUnsupported(int d, const std::vector<std::vector<Alignment>>& aligned_all,
                                   FindingSink& sink) const {
  // A draft claim is supported by a source claim that states a compatible
  // value of the same type. Check compares a few drafts with their
  // sources, so a scan per draft claim is cheap enough.
  auto supported = [&](const Claim& claim) {
    for (const ClaimRef& ref : source_claims_) {
      const Claim& o = ClaimAt(ref);
      if (claim.has_role() && o.has_role()) {
        if (PersonKey(claim.role().person()) == PersonKey(o.role().person()) &&
            (claim.role().affiliation() == o.role().affiliation() ||
             claim.role().affiliation().empty() || o.role().affiliation().empty())) {
          return true;
        }
      } else if (claim.has_quantity() && o.has_quantity()) {
        if (claim.quantity().unit() == o.quantity().unit() &&
            claim.quantity().is_duration() == o.quantity().is_duration() &&
            Overlaps(claim.quantity(), o.quantity())) {
          return true;
        }
      } else if (claim.has_time() && o.has_time()) {
        if (CompareTimes(claim.time(), o.time()) == TimeVerdict::kAgree) return true;
      } else if (claim.has_place() && o.has_place()) {
        const PlaceClaim& p = claim.place();
        const PlaceClaim& q = o.place();
        if (p.place() == q.place() || Contains(p, q) || Contains(q, p)) return true;
      } else if (claim.has_quote() && o.has_quote()) {
        std::vector<std::string> a = QuoteWords(claim.quote().text());
        std::vector<std::string> b = QuoteWords(o.quote().text());
        if (ContainsRun(a, b) || ContainsRun(b, a)) return true;
      }
    }
    return false;
  };
  const SourceDocument& doc = *docs_[d];
  for (int c = 0; c < doc.claims_size(); ++c) {
    const Claim& claim = doc.claims(c);
    bool comparable =
        (claim.has_role() && !claim.role().person().empty() && !claim.role().office().empty() &&
         !claim.role().affiliation_inferred()) ||
        claim.has_quantity() || (claim.has_time() && claim.time().resolved()) ||
        (claim.has_place() && claim.place().known()) ||
        (claim.has_quote() && QuoteWords(claim.quote().text()).size() >= 4);
    if (!comparable || supported(claim)) continue;
    // The closest statement in the sources, if any, to read beside it.
    Evidence closest;
    bool found = false;
    for (const Alignment& a :
         BestPerDocument(aligned_all[claim.sentence_index()], options_.min_alignment)) {
      if (!IsSource(a.document, static_cast<int>(d))) continue;
      const Sentence& sentence = docs_[a.document]->sentences(a.sentence);
      *closest.mutable_location() = SentenceTextLocation(
          *docs_[a.document], sentence, 0, static_cast<int>(sentence.text().size()));
      closest.set_text(sentence.text());
      closest.set_value("the closest statement in the sources");
      found = true;
      break;
    }
    sink.EmitUnsupported({static_cast<int>(d), c}, found ? &closest : nullptr);
  }
}

void Comparison::PrepareNameVariants() {
  // Spellings of one folded name across documents.
  spellings_of_doc_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    std::set<std::string> seen;
    auto add = [&](const std::string& key, const std::string& text, const Span& span) {
      if (!seen.insert(text).second) return;
      spellings_by_key_[key].push_back({static_cast<int>(d), text, span});
      spellings_of_doc_[d].push_back({key, {static_cast<int>(d), text, span}});
    };
    for (const Mention& m : docs_[d]->mentions()) {
      if (m.kind() == MENTION_KIND_NAME) add(FoldForComparison(m.text()), m.text(), m.span());
    }
    for (const Claim& c : docs_[d]->claims()) {
      if (!c.has_place()) continue;
      std::string canonical = lexicon_.CanonicalSpelling(c.place().text());
      add(canonical != c.place().text() ? FoldForComparison(canonical)
                                        : FoldForComparison(c.place().text()),
          c.place().text(), c.span());
    }
  }
  for (auto it = spellings_by_key_.begin(); it != spellings_by_key_.end();) {
    std::set<std::string> distinct;
    for (const Spelling& sp : it->second) distinct.insert(sp.text);
    if (distinct.size() < 2) {
      it = spellings_by_key_.erase(it);
      continue;
    }
    LimitToPanel(it->second, [](const Spelling& sp) { return sp.doc; });
    ++it;
  }
}

void Comparison::ReportNameVariants(int d, FindingSink& sink) const {
  for (const auto& [key, s] : spellings_of_doc_[d]) {
    auto spellings = spellings_by_key_.find(key);
    if (spellings == spellings_by_key_.end()) continue;
    std::vector<const Spelling*> others;
    int more = 0;
    for (const Spelling& o : spellings->second) {
      if (o.text == s.text || o.doc == s.doc) continue;
      if (others.size() == kMaxNamesPerValue) {
        ++more;
        continue;
      }
      others.push_back(&o);
    }
    if (others.empty()) continue;
    sink.EmitNameVariant(s, others, more);
  }
}

void Comparison::Prepare() {
  roles_.Prepare(ctx_);
  parties_.Prepare(ctx_);
  quotes_.Prepare(ctx_);
  event_attributes_.Prepare(ctx_);
  polarity_.Prepare(ctx_);
  PrepareNameVariants();
  if (!options_.targets.empty()) PrepareUnsupported();
}

std::vector<Finding> Comparison::CompareTarget(int d, WorkerCaches& caches) const {
  FindingSink sink(ctx_);
  // Each sentence aligned once, for every pass that needs it.
  const TargetDocument target = ctx_.Target(d);
  const std::vector<std::vector<Alignment>>& aligned = target.aligned;
  roles_.CompareTarget(ctx_, target, sink, nullptr);
  parties_.CompareTarget(ctx_, target, sink, nullptr);
  CompareAligned(d, aligned, sink);
  event_attributes_.CompareTarget(ctx_, target, sink, nullptr);
  quotes_.CompareTarget(ctx_, target, sink, nullptr);
  polarity_.CompareTarget(ctx_, target, sink, nullptr);
  CompareSubstitutions(d, aligned, caches, sink);
  ReportNameVariants(d, sink);
  if (!options_.targets.empty()) ReportUnsupported(d, aligned, sink);
  return sink.TakeFindings();
}

Report Comparison::Run() {
  Prepare();
  std::vector<int> targets;
  for (size_t d = 0; d < docs_.size(); ++d) {
    if (IsTarget(static_cast<int>(d))) targets.push_back(static_cast<int>(d));
  }
  // Targets are compared independently and their findings joined in
  // document order, so the report is the same for any number of threads.
  std::vector<std::vector<Finding>> found(targets.size());
  std::atomic<size_t> next{0};
  auto work = [&]() {
    WorkerCaches caches;
    for (size_t i; (i = next.fetch_add(1)) < targets.size();) {
      found[i] = CompareTarget(targets[i], caches);
    }
  };
  const size_t jobs = std::max<size_t>(1, std::min<size_t>(options_.jobs, targets.size()));
  std::vector<std::thread> threads;
  for (size_t j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  for (std::vector<Finding>& findings : found) {
    for (Finding& f : findings) *report_.add_findings() = std::move(f);
  }
  if (options_.claim_table) BuildClaimTable();
  return std::move(report_);
}

}  // namespace

void FillSummary(const std::vector<const SourceDocument*>& documents, const SourceGroups& groups,
                 Report* report) {
  ReportSummary* summary = report->mutable_summary();
  summary->Clear();
  report->clear_paths();
  report->clear_copies();
  summary->set_documents(static_cast<int>(documents.size()));
  summary->set_sources(groups.count);
  for (size_t d = 0; d < documents.size(); ++d) {
    const SourceDocument* doc = documents[d];
    report->add_paths(doc->path());
    summary->set_sentences(summary->sentences() + doc->sentences_size());
    summary->set_claims(summary->claims() + doc->claims_size());
    if (groups.group[d] == static_cast<int>(d)) continue;
    SourceCopy* copy = report->add_copies();
    copy->set_path(doc->path());
    copy->set_original(documents[groups.group[d]]->path());
    copy->set_identical(groups.kind[d] == CopyKind::kIdentical);
    copy->set_containment(groups.containment[d]);
  }
  for (const Finding& f : report->findings()) {
    if (f.severity() == ERROR) summary->set_errors(summary->errors() + 1);
    if (f.severity() == WARNING) summary->set_warnings(summary->warnings() + 1);
    if (f.severity() == INFO) summary->set_infos(summary->infos() + 1);
  }
}

// Copies grouped among the sources only: in a check, a source the draft
// copies still supports the draft (the draft took it from there), so each
// target is a group of its own.
SourceGroups GroupSources(const std::vector<const SourceDocument*>& documents,
                          const CompareOptions& options) {
  if (options.targets.empty()) return GroupCopies(documents);
  std::vector<const SourceDocument*> sources;
  std::vector<int> index;
  for (size_t d = 0; d < documents.size(); ++d) {
    if (d < options.targets.size() && options.targets[d]) continue;
    sources.push_back(documents[d]);
    index.push_back(static_cast<int>(d));
  }
  SourceGroups among = GroupCopies(sources);
  SourceGroups groups;
  groups.count = among.count;
  groups.kind.assign(documents.size(), CopyKind::kOriginal);
  groups.containment.assign(documents.size(), 0.0);
  groups.group.resize(documents.size());
  for (size_t d = 0; d < documents.size(); ++d) {
    groups.group[d] = static_cast<int>(d);
    groups.count += d < options.targets.size() && options.targets[d] ? 1 : 0;
  }
  for (size_t i = 0; i < sources.size(); ++i) {
    groups.group[index[i]] = index[among.group[i]];
    groups.kind[index[i]] = among.kind[i];
    groups.containment[index[i]] = among.containment[i];
  }
  return groups;
}

void FillSummary(const std::vector<const SourceDocument*>& documents,
                 const CompareOptions& options, Report* report) {
  FillSummary(documents, GroupSources(documents, options), report);
}

Report CompareDocuments(const std::vector<const SourceDocument*>& documents,
                        const CompareOptions& options, const Lexicon& lexicon) {
  SourceGroups groups = GroupSources(documents, options);
  ComparisonContext context(documents, options, lexicon, groups);
  Comparison comparison(context);
  Report report = comparison.Run();
  FillSummary(documents, groups, &report);
  return report;
}

}  // namespace factcheck
