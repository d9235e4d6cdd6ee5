#include "compare/passes/event_times.h"

#include <algorithm>
#include <iterator>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "compare/claim_values.h"

namespace factcheck {
namespace passes {
namespace {

// The people of each sentence of `doc`, as person keys.
absl::flat_hash_map<int, absl::flat_hash_set<std::string>> PeopleBySentence(
    const ComparisonContext& context, const SourceDocument& doc) {
  absl::flat_hash_map<int, const Entity*> entity_of_id;
  for (const Entity& e : doc.entities()) entity_of_id[e.id()] = &e;
  absl::flat_hash_map<int, absl::flat_hash_set<std::string>> people;
  for (const Mention& m : doc.mentions()) {
    auto it = entity_of_id.find(m.entity_id());
    if (it == entity_of_id.end() || it->second->kind() != ENTITY_KIND_PERSON) continue;
    people[m.sentence_index()].insert(context.PersonKey(it->second->name()));
  }
  return people;
}

// Whether the claim is a year the pass keys: resolved, of a predicate
// other than a said-verb, outside quotes.
bool KeyedYear(const ComparisonContext& context, ClaimRef ref) {
  const Claim& claim = context.ClaimAt(ref);
  if (!claim.has_time() || claim.time().kind() != TIME_KIND_YEAR || claim.time().year() <= 0 ||
      !claim.time().resolved() || claim.predicate().empty()) {
    return false;
  }
  return claim.predicate() != "say" && !context.lexicon().IsSaidVerb(claim.predicate()) &&
         !context.Quoted(ref);
}

int SharedPeople(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return static_cast<int>(both.size());
}

// Whether another claim of the target's sentence gives `time` (the
// sentence dates two things).
bool SentenceStates(const ComparisonContext& context, ClaimRef ref, const TimeClaim& time) {
  const Claim& claim = context.ClaimAt(ref);
  auto it = context.ClaimsBySentence(ref.doc).find(claim.sentence_index());
  if (it == context.ClaimsBySentence(ref.doc).end()) return false;
  for (int c : it->second) {
    const Claim& t = context.ClaimAt({ref.doc, c});
    if (c != ref.claim && t.has_time() && CompareTimes(t.time(), time) == TimeVerdict::kAgree) {
      return true;
    }
  }
  return false;
}

}  // namespace

void EventTimesPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    const auto people = PeopleBySentence(context, *docs[d]);
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const ClaimRef ref{static_cast<int>(d), c};
      if (!KeyedYear(context, ref)) continue;
      const int s = docs[d]->claims(c).sentence_index();
      absl::flat_hash_set<std::string> named;
      for (int near : {s - 1, s}) {
        auto it = people.find(near);
        if (it != people.end()) named.insert(it->second.begin(), it->second.end());
      }
      if (named.size() < 2) continue;
      Dated dated{ref, std::vector<std::string>(named.begin(), named.end())};
      std::sort(dated.people.begin(), dated.people.end());
      const std::string key(context.lexicon().VerbKey(docs[d]->claims(c).predicate()));
      by_verb_[key].push_back(dated);
      of_doc_[d].push_back(std::move(dated));
    }
  }
  for (auto& [key, bucket] : by_verb_) {
    context.LimitToPanel(bucket, [](const Dated& dated) { return dated.ref.doc; });
  }
}

void EventTimesPass::CompareTarget(const ComparisonContext& context,
                                   const TargetDocument& target, FindingSink& sink,
                                   PassCache* /*cache*/) const {
  for (const Dated& dated : of_doc_[target.doc]) {
    const Claim& claim = context.ClaimAt(dated.ref);
    const std::string key(context.lexicon().VerbKey(claim.predicate()));
    Tally tally;
    for (const Dated& other : by_verb_.at(key)) {
      if (!context.IsSource(other.ref.doc, target.doc) ||
          SharedPeople(dated.people, other.people) < 2) {
        continue;
      }
      const TimeClaim& theirs = context.ClaimAt(other.ref).time();
      const TimeVerdict verdict = CompareTimes(claim.time(), theirs);
      if (verdict == TimeVerdict::kIncomparable) continue;
      const bool agrees = verdict == TimeVerdict::kAgree;
      if (!agrees && SentenceStates(context, dated.ref, theirs)) continue;
      const Stance stance = agrees ? STANCE_SUPPORTS : STANCE_CONTRADICTS;
      if (agrees && !tally.Wants(stance)) {
        tally.with.insert(other.ref.doc);
        continue;
      }
      const std::string value = TimeText(theirs);
      if (!agrees) tally.alternatives[absl::StrCat("give ", value)].insert(other.ref.doc);
      sink.Count(tally, other.ref, stance, value);
    }
    const std::string claimed = TimeText(claim.time());
    sink.Emit(DATE_CONFLICT, dated.ref, tally, claimed, absl::StrCat("dates it ", claimed));
  }
}

}  // namespace passes
}  // namespace factcheck
