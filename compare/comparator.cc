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
#include "compare/quote_change.h"
#include "compare/sentence_text.h"
#include "compare/source_identity.h"
#include "compare/substitution.h"
#include "compare/unstated_value.h"

namespace factcheck {


std::string SourceName(absl::string_view path) {
  size_t slash = path.find_last_of('/');
  absl::string_view base = slash == absl::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot != absl::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

namespace {

// A claim of one document, by position.
struct ClaimRef {
  int doc = -1;
  int claim = -1;
};


// The distinct sources standing with and against a claim, with evidence.
struct Tally {
  std::set<int> with;     // documents
  std::set<int> against;  // documents
  // Evidence, at most kEvidenceKept spans per stance (Add): the finding
  // shows kMaxEvidencePerSide of them, preferring distinct sources.
  std::vector<Evidence> evidence;
  // Alternative values by the documents that give them (for the message).
  std::map<std::string, std::set<int>> alternatives;
  int kept_for = 0, kept_against = 0;

  static constexpr int kEvidenceKept = 4 * kMaxEvidencePerSide;
  // Whether evidence of this stance is still kept (so that callers build
  // it only then).
  bool Wants(Stance stance) const {
    return (stance == STANCE_SUPPORTS ? kept_for : kept_against) < kEvidenceKept;
  }
  void Add(Evidence e) {
    int& kept = e.stance() == STANCE_SUPPORTS ? kept_for : kept_against;
    if (kept >= kEvidenceKept) return;
    ++kept;
    evidence.push_back(std::move(e));
  }
};

// What one target document's comparison produces, and the caches a worker
// thread keeps from one target to the next.
struct TargetState {
  std::vector<Finding> findings;
  // Findings already emitted, by (doc, claim, kind).
  std::set<std::tuple<int, int, int>> emitted;
  // Quotes already judged by the aligned comparison.
  std::set<std::pair<int, int>> quote_judged;
  // Keys for findings at places no claim covers (negative).
  int next_key = -1;
  // Per worker: sentences' typed words and what documents state
  // (CompareSubstitutions), bounded.
  absl::node_hash_map<int64_t, std::vector<SentenceWord>> words;
  absl::node_hash_map<int, StatedValues> stated;

  void StartTarget() {
    findings.clear();
    emitted.clear();
    quote_judged.clear();
    next_key = -1;
  }
};

// The first alignment of each document with at least `min_score`, best
// first, for at most kMaxPanel documents.
std::vector<Alignment> BestPerDocument(const std::vector<Alignment>& aligned, double min_score) {
  std::vector<Alignment> best;
  absl::flat_hash_set<int> seen;
  for (const Alignment& a : aligned) {
    if (a.score < min_score || !seen.insert(a.document).second) continue;
    best.push_back(a);
    if (best.size() == static_cast<size_t>(kMaxPanel)) break;
  }
  return best;
}

// A stable hash of a document's path: which sources make a panel must not
// depend on the order or the process (compare/comparator.h, kMaxPanel).
uint64_t PathHash(absl::string_view path) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : path) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  h ^= h >> 31;
  return h * 0x9e3779b97f4a7c15ULL;
}

class Comparison {
 public:
  Comparison(const std::vector<const SourceDocument*>& docs, const CompareOptions& options,
             const Lexicon& lexicon, const SourceGroups& groups)
      : docs_(docs), options_(options), lexicon_(lexicon), groups_(groups) {}

  Report Run();

 private:
  bool IsTarget(int doc) const {
    if (doc < static_cast<int>(options_.references.size()) && options_.references[doc]) {
      return false;
    }
    return options_.targets.empty() || options_.targets[doc];
  }
  // A document whose claims count as evidence against a target.
  bool IsSource(int doc, int target) const {
    if (doc == target) return false;
    return options_.targets.empty() || !options_.targets[doc];
  }
  const Claim& ClaimAt(ClaimRef ref) const { return docs_[ref.doc]->claims(ref.claim); }
  std::string PersonKey(absl::string_view name) const;
  std::string OfficeText(const std::string& office, const std::string& affiliation) const;
  std::string CountryText(const std::string& key) const;
  Location LocationOf(int doc, const Span& span) const;
  Evidence EvidenceOf(ClaimRef ref, Stance stance, const std::string& value) const;
  // Adds `ref` to the tally on `stance`'s side, with its evidence while
  // the tally keeps evidence.
  void Count(Tally& tally, ClaimRef ref, Stance stance, const std::string& value) const;
  // Emits a finding when the tally says the claim is contradicted.
  void Emit(FindingKind kind, ClaimRef target, Tally& tally, const std::string& claimed,
            const std::string& what_claimed, TargetState& st) const;
  // Emits at an arbitrary location of document `doc`; `claim` is the
  // claim index for de-duplication, or a negative key for a place in a
  // sentence that no claim covers.
  void EmitAt(FindingKind kind, int doc, int claim, const Location& location,
              const std::string& text, Tally& tally, const std::string& claimed,
              const std::string& what_claimed, TargetState& st) const;
  // "000 and its near copy 001, 002": the sources of `docs`, a group once.
  std::string GroupNames(const std::set<int>& docs) const;
  // The alternative value the most groups against give; `described` gets
  // who gives what, for the message.
  std::string MostGivenValue(const Tally& tally, const std::set<int>& against_groups,
                             std::string* described) const;
  void AddCappedEvidence(const Tally& tally, int with_groups, int against_groups,
                         Finding* finding) const;
  // `bucket` itself, or a panel of kMaxPanel of its entries when larger:
  // those of the documents with the smallest PathHash, in bucket order.
  template <typename T, typename DocOf>
  void LimitToPanel(std::vector<T>& bucket, DocOf doc_of) const;

  // Built once, before any target is compared.
  void Prepare();
  void IndexPeople();
  void PrepareRoles();
  void PrepareParties();
  void PrepareQuotes();
  void PrepareEventAttributes();
  void PreparePolarity();
  void PrepareNameVariants();
  void PrepareUnsupported();

  // Each pass compares one target document, reading only what Prepare
  // built, and writes to `st`; so targets can be compared in parallel.
  void CompareTarget(int d, TargetState& st) const;
  // Whether document `source` tells the story document `target` does: it
  // names at least two of the people and organisations `target` names,
  // or at least half of them.
  bool SameStory(int target, int source) const;
  void CompareRoles(int d, TargetState& st) const;
  // A person's party ("R-Texas" against "D-Texas").
  void CompareParties(int d, TargetState& st) const;
  // "Republican" for "republican" (the party's first name in the lexicon).
  std::string PartyName(const std::string& key) const;
  void CompareAligned(int d, const std::vector<std::vector<Alignment>>& aligned,
                      TargetState& st) const;
  void CompareQuotesAcrossDocuments(int d, TargetState& st) const;
  void ComparePolarity(int d, TargetState& st) const;
  void CompareEventAttributes(int d, TargetState& st) const;
  void ReportNameVariants(int d, TargetState& st) const;
  // Typed values swapped inside aligned sentences (compare/substitution.h).
  // Whether `location` lies inside a quote of sentence `sentence` of doc `d`.
  bool InsideQuote(int d, int sentence, const Location& location) const;
  void CompareSubstitutions(int d, const std::vector<std::vector<Alignment>>& aligned,
                            TargetState& st) const;
  // check: the drafts' claims that no source states (INFO).
  void ReportUnsupported(int d, const std::vector<std::vector<Alignment>>& aligned,
                         TargetState& st) const;
  // Report.groups: what two or more sources state about the same slot.
  void BuildClaimTable();

  struct RoleFact {
    ClaimRef ref;
    std::string person;       // key
    std::string office;       // with modifier
    std::string affiliation;  // country or organisation key
    bool inferred;
    bool single_holder;
    // A post, not a role for an occasion.
    bool post;
  };
  struct QuoteFact {
    ClaimRef ref;
    std::vector<std::string> words;
    std::string speaker;  // key
  };
  struct Attribute {
    ClaimRef ref;
    std::string key;
  };
  struct EventFact {
    ClaimRef ref;
    Polarity polarity;
  };
  struct Spelling {
    int doc;
    std::string text;
    Span span;
  };

  const std::vector<const SourceDocument*>& docs_;
  const CompareOptions& options_;
  const Lexicon& lexicon_;
  const SourceGroups& groups_;
  Report report_;
  std::vector<uint64_t> path_hash_;
  absl::flat_hash_map<std::string, int> doc_of_path_;
  // surname -> full-name keys seen anywhere.
  absl::flat_hash_map<std::string, std::set<std::string>> full_keys_by_surname_;
  // Per document: the folded names, aliases and surnames of each person
  // and organisation it names, and all of them in one set.
  std::vector<std::vector<std::vector<std::string>>> named_entities_;
  std::vector<absl::flat_hash_set<std::string>> entity_keys_;
  // Built once, used by the aligned comparators.
  std::unique_ptr<SentenceIndex> index_;
  // Claims by (doc, sentence).
  std::vector<absl::flat_hash_map<int, std::vector<int>>> claims_by_sentence_;
  // Roles: the facts, by document, by person and by office of a country
  // (panels of fact indices).
  std::vector<RoleFact> role_facts_;
  std::vector<std::vector<int>> role_facts_of_doc_;
  absl::flat_hash_map<std::string, std::vector<int>> roles_by_person_;
  // Role claims that give a party: (claim, person key, party key), and
  // their indices by person key.
  struct PartyFact {
    ClaimRef ref;
    std::string person;
    std::string party;
    std::string state;  // of "R-Texas"; may be empty
  };
  std::vector<PartyFact> party_facts_;
  std::vector<std::vector<int>> party_facts_of_doc_;
  absl::flat_hash_map<std::string, std::vector<int>> parties_by_person_;
  absl::flat_hash_map<std::string, std::vector<int>> roles_by_office_;
  // Quotes, by document and by word (panels of quote indices).
  std::vector<QuoteFact> quotes_;
  std::vector<std::vector<int>> quotes_of_doc_;
  absl::flat_hash_map<std::string, std::vector<int>> quotes_by_word_;
  // Event attributes and polarity facts by key, and each document's keys.
  absl::flat_hash_map<std::string, std::vector<Attribute>> attributes_by_key_;
  std::vector<std::vector<std::pair<int, std::string>>> attributes_of_doc_;
  absl::flat_hash_map<std::string, std::vector<EventFact>> events_by_key_;
  std::vector<std::vector<std::pair<int, std::string>>> events_of_doc_;
  // Spellings by folded name, and each document's (key, spelling).
  std::map<std::string, std::vector<Spelling>> spellings_by_key_;
  std::vector<std::vector<std::pair<std::string, Spelling>>> spellings_of_doc_;
  // check: every source claim.
  std::vector<ClaimRef> source_claims_;
};

std::string Comparison::PersonKey(absl::string_view name) const {
  std::string folded = FoldForComparison(name);
  if (folded.find(' ') != std::string::npos) return folded;
  auto it = full_keys_by_surname_.find(folded);
  if (it != full_keys_by_surname_.end() && it->second.size() == 1) return *it->second.begin();
  return folded;
}

std::string Comparison::CountryText(const std::string& key) const {
  if (const Country* c = lexicon_.CountryByKey(key)) return c->name();
  return key;
}

std::string Comparison::OfficeText(const std::string& office,
                                   const std::string& affiliation) const {
  std::string title = TitleCase(office);
  if (affiliation.empty()) return title;
  return absl::StrCat(title, " of ", CountryText(affiliation));
}

Location Comparison::LocationOf(int doc, const Span& span) const {
  Location location;
  location.set_path(docs_[doc]->path());
  location.set_line(span.line());
  location.set_column(span.column());
  location.set_end_line(span.end_line());
  location.set_end_column(span.end_column());
  location.set_begin(span.begin());
  location.set_end(span.end());
  return location;
}

Evidence Comparison::EvidenceOf(ClaimRef ref, Stance stance, const std::string& value) const {
  Evidence evidence;
  const Claim& claim = ClaimAt(ref);
  *evidence.mutable_location() = LocationOf(ref.doc, claim.span());
  evidence.set_text(claim.text());
  evidence.set_stance(stance);
  evidence.set_value(value);
  return evidence;
}

void Comparison::Count(Tally& tally, ClaimRef ref, Stance stance,
                       const std::string& value) const {
  (stance == STANCE_SUPPORTS ? tally.with : tally.against).insert(ref.doc);
  if (tally.Wants(stance)) tally.Add(EvidenceOf(ref, stance, value));
}

template <typename T, typename DocOf>
void Comparison::LimitToPanel(std::vector<T>& bucket, DocOf doc_of) const {
  if (bucket.size() <= static_cast<size_t>(kMaxPanel)) return;
  std::vector<uint64_t> hashes;
  for (const T& entry : bucket) hashes.push_back(path_hash_[doc_of(entry)]);
  std::vector<uint64_t> sorted = hashes;
  std::nth_element(sorted.begin(), sorted.begin() + (kMaxPanel - 1), sorted.end());
  const uint64_t cut = sorted[kMaxPanel - 1];
  std::vector<T> panel;
  for (size_t i = 0; i < bucket.size() && panel.size() < static_cast<size_t>(kMaxPanel); ++i) {
    if (hashes[i] <= cut) panel.push_back(std::move(bucket[i]));
  }
  bucket = std::move(panel);
}

void Comparison::Emit(FindingKind kind, ClaimRef target, Tally& tally,
                      const std::string& claimed, const std::string& what_claimed,
                      TargetState& st) const {
  const Claim& claim = ClaimAt(target);
  EmitAt(kind, target.doc, target.claim, LocationOf(target.doc, claim.span()), claim.text(),
         tally, claimed, what_claimed, st);
}

void Comparison::EmitAt(FindingKind kind, int doc, int claim_index, const Location& location,
                        const std::string& text, Tally& tally, const std::string& claimed,
                        const std::string& what_claimed, TargetState& st) const {
  const ClaimRef target{doc, claim_index};
  // Votes are by source, not by file: the claim's own group and the groups
  // that also support it do not count against it.
  const int own = groups_.group[doc];
  std::set<int> with_groups, against_groups;
  for (int d : tally.with) {
    if (groups_.group[d] != own) with_groups.insert(groups_.group[d]);
  }
  for (int d : tally.against) {
    int g = groups_.group[d];
    if (g != own && !with_groups.count(g)) against_groups.insert(g);
  }
  if (against_groups.empty()) return;
  int with = static_cast<int>(with_groups.size()) + 1;  // the claim's own source counts
  int against = static_cast<int>(against_groups.size());
  if (against < with) return;
  auto key = std::make_tuple(target.doc, target.claim, static_cast<int>(kind));
  if (!st.emitted.insert(key).second) return;
  Finding* finding = &st.findings.emplace_back();
  finding->set_kind(kind);
  // A majority of sources against the claim makes an error. In a check the
  // sources are the authority, so a draft claim that they contradict and
  // none supports is an error also against a single source; it stays a
  // warning when the sources are split on it.
  const bool unsupported_draft = !options_.targets.empty() && with_groups.empty();
  finding->set_severity(against > with || unsupported_draft ? ERROR : WARNING);
  *finding->mutable_location() = location;
  finding->set_text(text);
  finding->set_sources_for(with);
  finding->set_sources_against(against);
  finding->set_claimed(claimed);
  std::string alternatives;
  finding->set_expected(MostGivenValue(tally, against_groups, &alternatives));
  finding->set_message(absl::StrCat(SourceName(docs_[target.doc]->path()), " ", what_claimed,
                                    "; ", against, " other source", against == 1 ? "" : "s",
                                    " disagree", against == 1 ? "s" : "", ": ", alternatives));
  AddCappedEvidence(tally, with - 1, against, finding);
  finding->set_fingerprint(Sha256Hex(absl::StrCat(
      FindingKind_Name(kind), "\n", SourceName(docs_[target.doc]->path()), "\n", claimed, "\n",
      finding->expected())).substr(0, 16));
}

std::string Comparison::GroupNames(const std::set<int>& docs) const {
  // Each group once, by its first document here, with its copies named.
  std::map<int, std::vector<int>> by_group;
  for (int d : docs) by_group[groups_.group[d]].push_back(d);
  std::vector<std::string> names;
  for (const auto& [group, members] : by_group) {
    if (names.size() == kMaxNamesPerValue) {
      names.push_back(absl::StrCat(by_group.size() - kMaxNamesPerValue, " more"));
      break;
    }
    std::string name = SourceName(docs_[members[0]]->path());
    if (members.size() > 1) {
      bool identical = groups_.kind[members[1]] == CopyKind::kIdentical;
      absl::StrAppend(&name, " and its ", identical ? "copy" : "near copy",
                      members.size() > 2 ? "s " : " ");
      std::vector<std::string> copies;
      for (size_t i = 1; i < members.size(); ++i) {
        copies.push_back(SourceName(docs_[members[i]]->path()));
      }
      absl::StrAppend(&name, absl::StrJoin(copies, ", "));
    }
    names.push_back(std::move(name));
  }
  if (names.size() > 1 && absl::EndsWith(names.back(), " more")) {
    std::string more = names.back();
    names.pop_back();
    return absl::StrCat(absl::StrJoin(names, ", "), " and ", more);
  }
  return absl::StrJoin(names, ", ");
}

std::string Comparison::MostGivenValue(const Tally& tally, const std::set<int>& against_groups,
                                       std::string* described) const {
  std::string expected;
  size_t most = 0;
  std::vector<std::string> parts;
  int more_values = 0;
  for (const auto& [value, sources] : tally.alternatives) {
    std::set<int> counted, counted_groups;
    for (int d : sources) {
      if (!against_groups.count(groups_.group[d])) continue;
      counted.insert(d);
      counted_groups.insert(groups_.group[d]);
    }
    if (counted.empty()) continue;
    if (counted_groups.size() > most) {
      most = counted_groups.size();
      expected = value;
    }
    if (parts.size() == kMaxValuesInMessage) {
      ++more_values;
      continue;
    }
    parts.push_back(absl::StrCat(GroupNames(counted), " ", value));
  }
  *described = absl::StrJoin(parts, "; ");
  if (more_values > 0) {
    absl::StrAppend(described, "; and ", more_values, " more value", more_values == 1 ? "" : "s");
  }
  return expected;
}

void Comparison::AddCappedEvidence(const Tally& tally, int with_groups, int against_groups,
                                   Finding* finding) const {
  // Contradicting first, then supporting; each span once. At most
  // kMaxEvidencePerSide per side: first one span of each source, then more
  // spans of the same sources; the sources left out are counted.
  std::set<std::tuple<std::string, int64_t, int64_t>> seen;
  for (Stance stance : {STANCE_CONTRADICTS, STANCE_SUPPORTS}) {
    std::vector<const Evidence*> spans;
    std::vector<int> span_groups;
    for (const Evidence& e : tally.evidence) {
      if (e.stance() != stance) continue;
      if (!seen.insert({e.location().path(), e.location().begin(), e.location().end()}).second) {
        continue;
      }
      auto it = doc_of_path_.find(e.location().path());
      spans.push_back(&e);
      span_groups.push_back(it == doc_of_path_.end() ? -1 : groups_.group[it->second]);
    }
    std::vector<bool> keep(spans.size(), false);
    std::set<int> kept_groups;
    int kept = 0;
    for (size_t i = 0; i < spans.size() && kept < kMaxEvidencePerSide; ++i) {
      if (kept_groups.insert(span_groups[i]).second) keep[i] = true, ++kept;
    }
    for (size_t i = 0; i < spans.size() && kept < kMaxEvidencePerSide; ++i) {
      if (!keep[i]) keep[i] = true, ++kept;
    }
    for (size_t i = 0; i < spans.size(); ++i) {
      if (keep[i]) *finding->add_evidence() = *spans[i];
    }
    const int counted = stance == STANCE_CONTRADICTS ? against_groups : with_groups;
    const int more = std::max(0, counted - static_cast<int>(kept_groups.size()));
    if (stance == STANCE_CONTRADICTS) {
      finding->set_more_sources_against(more);
    } else {
      finding->set_more_sources_for(more);
    }
  }
}

// The keys a person or organisation is known by in one document.
std::vector<std::string> EntityKeys(const Entity& entity) {
  std::vector<std::string> keys = {FoldForComparison(entity.name())};
  for (const std::string& alias : entity.aliases()) keys.push_back(FoldForComparison(alias));
  const std::string& full = keys.front();
  if (size_t space = full.rfind(' '); space != std::string::npos) {
    keys.push_back(full.substr(space + 1));
  }
  return keys;
}

bool IsNamedEntity(const Entity& entity) {
  return entity.kind() == ENTITY_KIND_PERSON || entity.kind() == ENTITY_KIND_ORGANIZATION;
}

void Comparison::IndexPeople() {
  named_entities_.resize(docs_.size());
  entity_keys_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (const Entity& entity : docs_[d]->entities()) {
      std::string folded = FoldForComparison(entity.name());
      size_t space = folded.rfind(' ');
      if (space != std::string::npos) {
        full_keys_by_surname_[folded.substr(space + 1)].insert(folded);
      }
      if (!IsNamedEntity(entity)) continue;
      named_entities_[d].push_back(EntityKeys(entity));
      entity_keys_[d].insert(named_entities_[d].back().begin(), named_entities_[d].back().end());
    }
  }
}

bool Comparison::SameStory(int target, int source) const {
  const int named = static_cast<int>(named_entities_[target].size());
  int shared = 0;
  for (const std::vector<std::string>& keys : named_entities_[target]) {
    for (const std::string& key : keys) {
      if (entity_keys_[source].contains(key)) {
        ++shared;
        break;
      }
    }
  }
  return named == 0 || shared >= 2 || (shared >= 1 && shared * 2 >= named);
}

// Offices a person holds as a member of a government (comparable for a
// person's country), as opposed to ad hoc roles.
bool IsNationalOffice(const Office* office) {
  return office != nullptr && !office->honorific();
}

void Comparison::PrepareRoles() {
  role_facts_of_doc_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      const Claim& claim = docs_[d]->claims(c);
      if (!claim.has_role()) continue;
      const RoleClaim& role = claim.role();
      if (role.person().empty() || role.office().empty()) continue;
      if (role.modifier() == "former") continue;
      std::string base = role.office();
      if (!role.modifier().empty()) base = std::string(absl::StripPrefix(base, role.modifier() + " "));
      const Office* office = lexicon_.OfficeByKey(base);
      if (!IsNationalOffice(office)) continue;
      const int index = static_cast<int>(role_facts_.size());
      role_facts_.push_back({{static_cast<int>(d), c}, PersonKey(role.person()), role.office(),
                             role.affiliation(), role.affiliation_inferred(),
                             office->single_holder() && role.modifier().empty(),
                             !office->occasional()});
      role_facts_of_doc_[d].push_back(index);
      const RoleFact& fact = role_facts_.back();
      if (fact.affiliation.empty() || !role.portfolio().empty()) continue;
      roles_by_person_[fact.person].push_back(index);
      if (fact.single_holder) {
        roles_by_office_[absl::StrCat(fact.office, "|", fact.affiliation)].push_back(index);
      }
    }
  }
  for (auto* buckets : {&roles_by_person_, &roles_by_office_}) {
    for (auto& [key, bucket] : *buckets) {
      LimitToPanel(bucket, [this](int i) { return role_facts_[i].ref.doc; });
    }
  }
}

void Comparison::CompareRoles(int d, TargetState& st) const {
  static const std::vector<int> kNone;
  auto find = [](const absl::flat_hash_map<std::string, std::vector<int>>& map,
                 const std::string& key) -> const std::vector<int>& {
    auto it = map.find(key);
    return it == map.end() ? kNone : it->second;
  };
  for (int t : role_facts_of_doc_[d]) {
    const RoleFact& target = role_facts_[t];
    if (!IsTarget(target.ref.doc) || target.affiliation.empty() || target.inferred) continue;
    if (!ClaimAt(target.ref).role().portfolio().empty()) continue;
    bool target_is_country = lexicon_.CountryByKey(target.affiliation) != nullptr;
    const std::string claimed = OfficeText(target.office, target.affiliation);
    // The facts that can bear on this one: the same person's, and the
    // same office's of the same country; in fact order.
    const std::vector<int>& by_person = find(roles_by_person_, target.person);
    const std::vector<int>& by_office =
        target.single_holder ? find(roles_by_office_, absl::StrCat(target.office, "|", target.affiliation))
                             : kNone;
    std::vector<int> candidates;
    std::set_union(by_person.begin(), by_person.end(), by_office.begin(), by_office.end(),
                   std::back_inserter(candidates));
    Tally tally;
    for (int o : candidates) {
      const RoleFact& other = role_facts_[o];
      if (!IsSource(other.ref.doc, target.ref.doc)) continue;
      bool same_person = other.person == target.person;
      bool other_is_country = lexicon_.CountryByKey(other.affiliation) != nullptr;
      if (same_person && other.office == target.office && other.affiliation == target.affiliation) {
        tally.with.insert(other.ref.doc);
        if (tally.Wants(STANCE_SUPPORTS)) {
          Count(tally, other.ref, STANCE_SUPPORTS, OfficeText(other.office, other.affiliation));
        }
        continue;
      }
      std::string value = OfficeText(other.office, other.affiliation);
      if (same_person) {
        // Same person, another country (a person serves one country).
        if (target_is_country && other_is_country && other.affiliation != target.affiliation) {
          tally.alternatives[absl::StrCat("call ", ClaimAt(target.ref).role().person(), " ",
                                          value)]
              .insert(other.ref.doc);
          Count(tally, other.ref, STANCE_CONTRADICTS, value);
          continue;
        }
        // Same person and country, another single-holder office.
        if (target.single_holder && other.single_holder && target.post && other.post &&
            other.affiliation == target.affiliation && other.office != target.office) {
          tally.alternatives[absl::StrCat("call ", ClaimAt(target.ref).role().person(), " ",
                                          value)]
              .insert(other.ref.doc);
          Count(tally, other.ref, STANCE_CONTRADICTS, value);
        }
        continue;
      }
      // Another person in the same single-holder office of the same country.
      if (target.single_holder && other.single_holder && other.office == target.office &&
          other.affiliation == target.affiliation) {
        tally.alternatives[absl::StrCat("name ", ClaimAt(other.ref).role().person(), " as ",
                                        claimed)]
            .insert(other.ref.doc);
        Count(tally, other.ref, STANCE_CONTRADICTS,
              absl::StrCat(ClaimAt(other.ref).role().person(), " as ", claimed));
      }
    }
    // A source that supports the claim does not count against it.
    Emit(ROLE_CONFLICT, target.ref, tally, claimed,
         absl::StrCat("calls ", ClaimAt(target.ref).role().person(), " ", claimed), st);
  }
}


void Comparison::PrepareParties() {
  party_facts_of_doc_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      const Claim& claim = docs_[d]->claims(c);
      if (!claim.has_role() || claim.role().party().empty() || claim.role().person().empty()) {
        continue;
      }
      const int index = static_cast<int>(party_facts_.size());
      party_facts_.push_back({{static_cast<int>(d), c}, PersonKey(claim.role().person()),
                              claim.role().party(), claim.role().party_state()});
      party_facts_of_doc_[d].push_back(index);
      parties_by_person_[party_facts_.back().person].push_back(index);
    }
  }
  for (auto& [key, bucket] : parties_by_person_) {
    LimitToPanel(bucket, [this](int i) { return party_facts_[i].ref.doc; });
  }
}

std::string Comparison::PartyName(const std::string& key) const {
  for (const Party& party : lexicon_.data().parties()) {
    if (party.key() == key && party.names_size() > 0) return party.names(0);
  }
  return key;
}

void Comparison::CompareParties(int d, TargetState& st) const {
  // Person|value compared once per document; a party, then the state of
  // a party group ("R-Texas" against "R-Ohio": a member of Congress has
  // one state).
  absl::flat_hash_set<std::string> done;
  for (int t : party_facts_of_doc_[d]) {
    const PartyFact& target = party_facts_[t];
    if (!IsTarget(target.ref.doc)) continue;
    auto it = parties_by_person_.find(target.person);
    if (it == parties_by_person_.end()) continue;
    const std::string& person = ClaimAt(target.ref).role().person();
    for (bool state : {false, true}) {
      auto value_of = [&](const PartyFact& f) -> std::string {
        if (!state) return PartyName(f.party);
        const Place* place = lexicon_.PlaceByKey(f.state);
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
        const PartyFact& other = party_facts_[o];
        const std::string& other_key = state ? other.state : other.party;
        if (other_key.empty() || !IsSource(other.ref.doc, target.ref.doc)) continue;
        const std::string value = value_of(other);
        if (other_key == key) {
          tally.with.insert(other.ref.doc);
          if (tally.Wants(STANCE_SUPPORTS)) Count(tally, other.ref, STANCE_SUPPORTS, value);
          continue;
        }
        tally.alternatives[absl::StrCat("give ", person, what, value)].insert(other.ref.doc);
        Count(tally, other.ref, STANCE_CONTRADICTS, value);
      }
      Emit(ROLE_CONFLICT, target.ref, tally, claimed, absl::StrCat("gives ", person, what, claimed),
           st);
    }
  }
}

// Quotes of at most this many words are fragments (see CompareAligned).
constexpr size_t kMaxFragmentWords = 4;

void Comparison::CompareAligned(int d, const std::vector<std::vector<Alignment>>& aligned_all,
                                TargetState& st) const {
  const auto& by_sentence = claims_by_sentence_;
  const int target_doc = d;
  for (const auto& [sentence, claims] : by_sentence[d]) {
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
        auto it = by_sentence[a.document].find(a.sentence);
        if (it == by_sentence[a.document].end()) continue;
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
            // Outlets transcribe and cut one statement differently: only a
            // change of meaning alters it (compare/quote_change.h). Two
            // fragments of a few words in one frame ("called it 'X'") are
            // altered by any change.
            if (!same_frame) continue;
            const bool fragments = qw.size() <= kMaxFragmentWords && ow.size() <= kMaxFragmentWords;
            if (!fragments && !QuoteChangesMeaning(qw, ow, lexicon_)) continue;
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
        if (kind == QUOTE_ALTERED) st.quote_judged.insert({target_doc, c});
        Emit(kind, ref, tally, claimed, what, st);
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

bool Comparison::InsideQuote(int d, int sentence, const Location& location) const {
  auto it = claims_by_sentence_[d].find(sentence);
  if (it == claims_by_sentence_[d].end()) return false;
  for (int c : it->second) {
    const Claim& claim = docs_[d]->claims(c);
    if (claim.has_quote() && claim.quote().quote_span().begin() <= location.begin() &&
        location.end() <= claim.quote().quote_span().end()) {
      return true;
    }
  }
  return false;
}

void Comparison::CompareSubstitutions(int d, const std::vector<std::vector<Alignment>>& aligned_all,
                                      TargetState& st) const {
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
  absl::node_hash_map<int64_t, std::vector<SentenceWord>>& words = st.words;
  auto words_of = [&](int d, int s) -> const std::vector<SentenceWord>& {
    const int64_t key = (static_cast<int64_t>(d) << 32) | s;
    auto it = words.find(key);
    if (it != words.end()) return it->second;
    return words.emplace(key, finder.Words(docs_[d]->sentences(s).text())).first->second;
  };
  // What each source document states anywhere, for the unstated-value
  // pass; rebuilt when evicted, so that memory stays bounded.
  constexpr size_t kMaxStatedDocuments = 1024;
  absl::node_hash_map<int, StatedValues>& stated = st.stated;
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
  // Negative claim keys, one per (sentence, draft range) of each document.
  int& next_key = st.next_key;
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
                   SameStory(target_doc, source);
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
      // A claim comparator already reported on this sentence (a quote
      // given to another speaker also swaps the speaker's name).
      Location whole = SentenceTextLocation(doc, sentence, 0,
                                            static_cast<int>(sentence.text().size()));
      bool reported = false;
      for (const Finding& f : st.findings) reported |= Overlap(f.location(), whole);
      if (reported) continue;
      // A negation or opposite inside a quote alters the quote.
      FindingKind kind = sub.kind;
      if (kind == POLARITY_CONFLICT && InsideQuote(target_doc, si, location)) kind = QUOTE_ALTERED;
      EmitAt(kind, target_doc, next_key--, location, sub.draft_text, tally, sub.draft_text,
             absl::StrCat(SwapVerb(kind), " \u201C", sub.draft_text, "\u201D"), st);
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
                                   TargetState& st) const {
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
    Location location = LocationOf(static_cast<int>(d), claim.span());
    bool reported = false;
    for (const Finding& f : st.findings) reported |= Overlap(f.location(), location);
    if (reported) continue;
    Finding* finding = &st.findings.emplace_back();
    finding->set_kind(UNSUPPORTED_CLAIM);
    finding->set_severity(INFO);
    *finding->mutable_location() = location;
    finding->set_text(claim.text());
    finding->set_claimed(claim.text());
    finding->set_sources_for(1);
    finding->set_sources_against(0);
    const bool quoted = absl::StartsWith(claim.text(), "\u201C") ||
                        absl::StartsWith(claim.text(), "\"");
    finding->set_message(absl::StrCat(SourceName(doc.path()), " states ",
                                      quoted ? "" : "\u201C", claim.text(),
                                      quoted ? "" : "\u201D", "; no source states it"));
    // The closest statement in the sources, if any, to read beside it.
    {
      for (const Alignment& a :
           BestPerDocument(aligned_all[claim.sentence_index()], options_.min_alignment)) {
        if (!IsSource(a.document, static_cast<int>(d))) continue;
        const Sentence& sentence = docs_[a.document]->sentences(a.sentence);
        Evidence* evidence = finding->add_evidence();
        *evidence->mutable_location() = SentenceTextLocation(
            *docs_[a.document], sentence, 0, static_cast<int>(sentence.text().size()));
        evidence->set_text(sentence.text());
        evidence->set_value("the closest statement in the sources");
        break;
      }
    }
    finding->set_fingerprint(Sha256Hex(absl::StrCat("UNSUPPORTED_CLAIM\n",
                                                    SourceName(doc.path()), "\n",
                                                    claim.text())).substr(0, 16));
  }
}

void Comparison::PrepareQuotes() {
  quotes_of_doc_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      const Claim& claim = docs_[d]->claims(c);
      if (!claim.has_quote()) continue;
      quotes_of_doc_[d].push_back(static_cast<int>(quotes_.size()));
      quotes_.push_back({{static_cast<int>(d), c}, QuoteWords(claim.quote().text()),
                         claim.quote().speaker().empty() ? "" : PersonKey(claim.quote().speaker())});
    }
  }
  // Index by the first four words of every window would be the scalable
  // form; quotes per event are few, so an index on each word suffices.
  for (size_t i = 0; i < quotes_.size(); ++i) {
    if (quotes_[i].speaker.empty()) continue;
    std::set<std::string> words(quotes_[i].words.begin(), quotes_[i].words.end());
    for (const std::string& w : words) quotes_by_word_[w].push_back(static_cast<int>(i));
  }
  for (auto& [word, bucket] : quotes_by_word_) {
    LimitToPanel(bucket, [this](int i) { return quotes_[i].ref.doc; });
  }
}

void Comparison::CompareQuotesAcrossDocuments(int d, TargetState& st) const {
  for (int i : quotes_of_doc_[d]) {
    const QuoteFact& target = quotes_[i];
    if (target.speaker.empty() || target.words.size() < 4) continue;
    if (st.quote_judged.count({target.ref.doc, target.ref.claim})) continue;
    // Candidates share the quote's rarest-looking (longest) word.
    std::string pivot = *std::max_element(
        target.words.begin(), target.words.end(),
        [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    auto candidates = quotes_by_word_.find(pivot);
    if (candidates == quotes_by_word_.end()) continue;
    Tally tally;
    const QuoteClaim& q = ClaimAt(target.ref).quote();
    for (int j : candidates->second) {
      const QuoteFact& other = quotes_[j];
      if (!IsSource(other.ref.doc, target.ref.doc)) continue;
      bool same_words = other.words == target.words ||
                        (target.words.size() >= 6 && ContainsRun(other.words, target.words)) ||
                        (other.words.size() >= 6 && ContainsRun(target.words, other.words));
      if (!same_words) continue;
      const QuoteClaim& o = ClaimAt(other.ref).quote();
      if (other.speaker == target.speaker) {
        Count(tally, other.ref, STANCE_SUPPORTS, o.speaker());
      } else {
        tally.alternatives[absl::StrCat("attribute it to ", o.speaker())].insert(other.ref.doc);
        Count(tally, other.ref, STANCE_CONTRADICTS, o.speaker());
      }
    }
    Emit(QUOTE_MISATTRIBUTED, target.ref, tally, q.speaker(),
         absl::StrCat("attributes \u201C", q.text().substr(0, 60),
                      q.text().size() > 60 ? "\u2026" : "", "\u201D to ", q.speaker()), st);
  }
}

// Quantities and places attached to an event noun ("the talks, which
// lasted ...", "talks in X", "the X talks") are attributes of the event and
// are compared across whole documents, not only within aligned sentences.
void Comparison::PrepareEventAttributes() {
  attributes_of_doc_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      const Claim& claim = docs_[d]->claims(c);
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
      attributes_by_key_[key].push_back({{static_cast<int>(d), c}, key});
      attributes_of_doc_[d].emplace_back(c, key);
    }
  }
  for (auto& [key, bucket] : attributes_by_key_) {
    LimitToPanel(bucket, [](const Attribute& a) { return a.ref.doc; });
  }
}

void Comparison::CompareEventAttributes(int d, TargetState& st) const {
  for (const auto& [c, key] : attributes_of_doc_[d]) {
    const ClaimRef target_ref{d, c};
    const Claim& claim = ClaimAt(target_ref);
    Tally tally;
    for (const Attribute& other : attributes_by_key_.at(key)) {
      if (!IsSource(other.ref.doc, d)) continue;
      const Claim& o = ClaimAt(other.ref);
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
        tally.with.insert(other.ref.doc);
        continue;
      }
      std::string value = claim.has_quantity() ? QuantityText(o.quantity()) : o.place().text();
      if (!agrees) tally.alternatives[absl::StrCat("give ", value)].insert(other.ref.doc);
      Count(tally, other.ref, stance, value);
    }
    if (claim.has_quantity()) {
      std::string claimed = QuantityText(claim.quantity());
      Emit(QUANTITY_CONFLICT, target_ref, tally, claimed,
           absl::StrCat("says the ", claim.quantity().event(), " ", claim.quantity().anchor(),
                        "ed ", claimed), st);
    } else {
      Emit(LOCATION_CONFLICT, target_ref, tally, claim.place().text(),
           absl::StrCat("places the ", claim.place().event(), " in ", claim.place().text()), st);
    }
  }
}

void Comparison::PreparePolarity() {
  events_of_doc_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      const Claim& claim = docs_[d]->claims(c);
      if (!claim.has_event()) continue;
      const EventClaim& e = claim.event();
      if (e.polarity() != POLARITY_ASSERTED && e.polarity() != POLARITY_NEGATED) continue;
      if (e.predicate().size() < 4 || lexicon_.IsSaidVerb(e.predicate())) continue;
      std::string key = absl::StrCat(PersonKey(e.subject()), "|", e.predicate());
      events_by_key_[key].push_back({{static_cast<int>(d), c}, e.polarity()});
      events_of_doc_[d].emplace_back(c, key);
    }
  }
  for (auto& [key, bucket] : events_by_key_) {
    LimitToPanel(bucket, [](const EventFact& e) { return e.ref.doc; });
  }
}

void Comparison::ComparePolarity(int d, TargetState& st) const {
  for (const auto& [c, key] : events_of_doc_[d]) {
    const ClaimRef target_ref{d, c};
    const Claim& claim = ClaimAt(target_ref);
    const Polarity polarity = claim.event().polarity();
    Tally tally;
    for (const EventFact& other : events_by_key_.at(key)) {
      if (!IsSource(other.ref.doc, d)) continue;
      const Claim& o = ClaimAt(other.ref);
      if (other.polarity == polarity && !tally.Wants(STANCE_SUPPORTS)) {
        tally.with.insert(other.ref.doc);
        continue;
      }
      if (other.polarity != polarity) {
        tally.alternatives[absl::StrCat("say \u201C", o.text(), "\u201D")].insert(other.ref.doc);
      }
      Count(tally, other.ref, other.polarity == polarity ? STANCE_SUPPORTS : STANCE_CONTRADICTS,
            o.text());
    }
    Emit(POLARITY_CONFLICT, target_ref, tally,
         absl::StrCat(polarity == POLARITY_NEGATED ? "not " : "", claim.event().predicate()),
         absl::StrCat("says ", claim.event().subject(), " \u201C", claim.text(), "\u201D"), st);
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

void Comparison::ReportNameVariants(int d, TargetState& st) const {
  for (const auto& [key, s] : spellings_of_doc_[d]) {
    auto spellings = spellings_by_key_.find(key);
    if (spellings == spellings_by_key_.end()) continue;
    std::vector<std::string> others;
    int more = 0;
    Finding finding;
    for (const Spelling& o : spellings->second) {
      if (o.text == s.text || o.doc == s.doc) continue;
      if (others.size() == kMaxNamesPerValue) {
        ++more;
        continue;
      }
      others.push_back(absl::StrCat(SourceName(docs_[o.doc]->path()), " \u201C", o.text, "\u201D"));
      Evidence* e = finding.add_evidence();
      *e->mutable_location() = LocationOf(o.doc, o.span);
      e->set_text(o.text);
      e->set_stance(STANCE_SUPPORTS);
      e->set_value(o.text);
    }
    if (others.empty()) continue;
    if (more > 0) others.push_back(absl::StrCat("and ", more, " more"));
    finding.set_more_sources_for(more);
    finding.set_kind(NAME_VARIANT);
    finding.set_severity(INFO);
    *finding.mutable_location() = LocationOf(s.doc, s.span);
    finding.set_text(s.text);
    finding.set_claimed(s.text);
    finding.set_message(absl::StrCat(SourceName(docs_[s.doc]->path()), " spells \u201C", s.text,
                                     "\u201D; also written ", absl::StrJoin(others, ", "),
                                     " (the same name)"));
    finding.set_sources_for(1);
    finding.set_fingerprint(Sha256Hex(absl::StrCat("NAME_VARIANT\n", SourceName(docs_[s.doc]->path()),
                                                   "\n", s.text)).substr(0, 16));
    st.findings.push_back(std::move(finding));
  }
}

void Comparison::Prepare() {
  for (size_t d = 0; d < docs_.size(); ++d) {
    path_hash_.push_back(PathHash(docs_[d]->path()));
    doc_of_path_.emplace(docs_[d]->path(), static_cast<int>(d));
  }
  IndexPeople();
  absl::flat_hash_set<std::string> stopwords;
  for (const std::string& w : lexicon_.data().stopwords()) stopwords.insert(absl::AsciiStrToLower(w));
  for (const std::string& w : lexicon_.data().alignment_stopwords()) stopwords.insert(w);
  index_ = std::make_unique<SentenceIndex>(docs_, stopwords);
  claims_by_sentence_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      claims_by_sentence_[d][docs_[d]->claims(c).sentence_index()].push_back(c);
    }
  }
  PrepareRoles();
  PrepareParties();
  PrepareQuotes();
  PrepareEventAttributes();
  PreparePolarity();
  PrepareNameVariants();
  if (!options_.targets.empty()) PrepareUnsupported();
}

void Comparison::CompareTarget(int d, TargetState& st) const {
  st.StartTarget();
  // Each sentence aligned once, for every pass that needs it.
  std::vector<std::vector<Alignment>> aligned(docs_[d]->sentences_size());
  const double min_score = std::min(options_.min_alignment, options_.min_word_alignment);
  for (size_t s = 0; s < aligned.size(); ++s) {
    aligned[s] = index_->Align(d, static_cast<int>(s), min_score, 2, /*per_document=*/5);
  }
  CompareRoles(d, st);
  CompareParties(d, st);
  CompareAligned(d, aligned, st);
  CompareEventAttributes(d, st);
  CompareQuotesAcrossDocuments(d, st);
  ComparePolarity(d, st);
  CompareSubstitutions(d, aligned, st);
  ReportNameVariants(d, st);
  if (!options_.targets.empty()) ReportUnsupported(d, aligned, st);
  // Deterministic order: position, then kind.
  std::stable_sort(st.findings.begin(), st.findings.end(), [](const Finding& a, const Finding& b) {
    auto key = [](const Finding& f) {
      return std::make_tuple(f.location().line(), f.location().column(),
                             static_cast<int>(f.kind()), std::cref(f.message()));
    };
    return key(a) < key(b);
  });
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
    TargetState st;
    for (size_t i; (i = next.fetch_add(1)) < targets.size();) {
      CompareTarget(targets[i], st);
      found[i] = std::move(st.findings);
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
  Comparison comparison(documents, options, lexicon, groups);
  Report report = comparison.Run();
  FillSummary(documents, groups, &report);
  return report;
}

}  // namespace factcheck
