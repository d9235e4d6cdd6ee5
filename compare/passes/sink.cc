#include "compare/passes/sink.h"

#include <algorithm>
#include <functional>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claims/sha256.h"

namespace factcheck {
namespace passes {
namespace {

bool Overlap(const Location& a, const Location& b) {
  return a.path() == b.path() && a.begin() < b.end() && b.begin() < a.end();
}

std::string Fingerprint(const std::string& text) { return Sha256Hex(text).substr(0, 16); }

}  // namespace

void FindingSink::Count(Tally& tally, ClaimRef ref, Stance stance,
                        const std::string& value) const {
  (stance == STANCE_SUPPORTS ? tally.with : tally.against).insert(ref.doc);
  if (tally.Wants(stance)) tally.Add(context_.EvidenceOf(ref, stance, value));
}

void FindingSink::Emit(FindingKind kind, ClaimRef target, Tally& tally,
                       const std::string& claimed, const std::string& what_claimed) {
  const Claim& claim = context_.ClaimAt(target);
  EmitAt(kind, target.doc, target.claim, context_.LocationOf(target.doc, claim.span()),
         claim.text(), tally, claimed, what_claimed);
}

void FindingSink::EmitInSentence(FindingKind kind, int doc, const Location& location,
                                 const Location& sentence, const std::string& text,
                                 Tally& tally, const std::string& claimed,
                                 const std::string& what_claimed) {
  if (Covers(sentence)) return;
  EmitAt(kind, doc, next_key_--, location, text, tally, claimed, what_claimed);
}

bool FindingSink::Covers(const Location& location) const {
  bool covered = false;
  for (const Finding& f : findings_) covered |= Overlap(f.location(), location);
  return covered;
}

void FindingSink::EmitAt(FindingKind kind, int doc, int claim_index, const Location& location,
                         const std::string& text, Tally& tally, const std::string& claimed,
                         const std::string& what_claimed) {
  const SourceGroups& groups = context_.groups();
  // Votes are by source, not by file: the claim's own group and the groups
  // that also support it do not count against it.
  const int own = groups.group[doc];
  std::set<int> with_groups, against_groups;
  for (int d : tally.with) {
    if (groups.group[d] != own) with_groups.insert(groups.group[d]);
  }
  for (int d : tally.against) {
    int g = groups.group[d];
    if (g != own && !with_groups.count(g)) against_groups.insert(g);
  }
  if (against_groups.empty()) return;
  int with = static_cast<int>(with_groups.size()) + 1;  // the claim's own source counts
  int against = static_cast<int>(against_groups.size());
  if (against < with) return;
  auto key = std::make_tuple(doc, claim_index, static_cast<int>(kind));
  if (!emitted_.insert(key).second) return;
  Finding* finding = &findings_.emplace_back();
  finding->set_pass(pass_);
  finding->set_kind(kind);
  // A majority of sources against the claim makes an error. In a check the
  // sources are the authority, so a draft claim that they contradict and
  // none supports is an error also against a single source; it stays a
  // warning when the sources are split on it.
  const bool unsupported_draft = context_.IsCheck() && with_groups.empty();
  finding->set_severity(against > with || unsupported_draft ? ERROR : WARNING);
  *finding->mutable_location() = location;
  finding->set_text(text);
  finding->set_sources_for(with);
  finding->set_sources_against(against);
  finding->set_claimed(claimed);
  std::string alternatives;
  finding->set_expected(MostGivenValue(tally, against_groups, &alternatives));
  const std::string source = SourceName(context_.document(doc).path());
  finding->set_message(absl::StrCat(source, " ", what_claimed, "; ", against, " other source",
                                    against == 1 ? "" : "s", " disagree",
                                    against == 1 ? "s" : "", ": ", alternatives));
  AddCappedEvidence(tally, with - 1, against, finding);
  finding->set_fingerprint(Fingerprint(absl::StrCat(FindingKind_Name(kind), "\n", source, "\n",
                                                    claimed, "\n", finding->expected())));
}

void FindingSink::EmitUnsupported(ClaimRef ref, const Evidence* closest) {
  const Claim& claim = context_.ClaimAt(ref);
  Location location = context_.LocationOf(ref.doc, claim.span());
  if (Covers(location)) return;
  const std::string source = SourceName(context_.document(ref.doc).path());
  Finding* finding = &findings_.emplace_back();
  finding->set_pass(pass_);
  finding->set_kind(UNSUPPORTED_CLAIM);
  finding->set_severity(INFO);
  *finding->mutable_location() = location;
  finding->set_text(claim.text());
  finding->set_claimed(claim.text());
  finding->set_sources_for(1);
  finding->set_sources_against(0);
  const bool quoted =
      absl::StartsWith(claim.text(), "\u201C") || absl::StartsWith(claim.text(), "\"");
  finding->set_message(absl::StrCat(source, " states ", quoted ? "" : "\u201C", claim.text(),
                                    quoted ? "" : "\u201D", "; no source states it"));
  if (closest != nullptr) *finding->add_evidence() = *closest;
  finding->set_fingerprint(
      Fingerprint(absl::StrCat("UNSUPPORTED_CLAIM\n", source, "\n", claim.text())));
}

void FindingSink::EmitNameVariant(const Spelling& spelling,
                                  const std::vector<const Spelling*>& others, int more) {
  Finding finding;
  std::vector<std::string> names;
  for (const Spelling* o : others) {
    names.push_back(
        absl::StrCat(SourceName(context_.document(o->doc).path()), " \u201C", o->text, "\u201D"));
    Evidence* e = finding.add_evidence();
    *e->mutable_location() = context_.LocationOf(o->doc, o->span);
    e->set_text(o->text);
    e->set_stance(STANCE_SUPPORTS);
    e->set_value(o->text);
  }
  if (more > 0) names.push_back(absl::StrCat("and ", more, " more"));
  const std::string source = SourceName(context_.document(spelling.doc).path());
  finding.set_more_sources_for(more);
  finding.set_pass(pass_);
  finding.set_kind(NAME_VARIANT);
  finding.set_severity(INFO);
  *finding.mutable_location() = context_.LocationOf(spelling.doc, spelling.span);
  finding.set_text(spelling.text);
  finding.set_claimed(spelling.text);
  finding.set_message(absl::StrCat(source, " spells \u201C", spelling.text,
                                   "\u201D; also written ", absl::StrJoin(names, ", "),
                                   " (the same name)"));
  finding.set_sources_for(1);
  finding.set_fingerprint(Fingerprint(absl::StrCat("NAME_VARIANT\n", source, "\n", spelling.text)));
  findings_.push_back(std::move(finding));
}

std::vector<Finding> FindingSink::TakeFindings() {
  // Deterministic order: position, then kind.
  std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
    auto key = [](const Finding& f) {
      return std::make_tuple(f.location().line(), f.location().column(),
                             static_cast<int>(f.kind()), std::cref(f.message()));
    };
    return key(a) < key(b);
  });
  std::vector<Finding> findings = std::move(findings_);
  findings_.clear();
  emitted_.clear();
  quote_judged_.clear();
  next_key_ = -1;
  return findings;
}

std::string FindingSink::GroupNames(const std::set<int>& docs) const {
  const SourceGroups& groups = context_.groups();
  auto name_of = [&](int d) { return SourceName(context_.document(d).path()); };
  // Each group once, by its first document here, with its copies named.
  std::map<int, std::vector<int>> by_group;
  for (int d : docs) by_group[groups.group[d]].push_back(d);
  std::vector<std::string> names;
  for (const auto& [group, members] : by_group) {
    if (names.size() == kMaxNamesPerValue) {
      names.push_back(absl::StrCat(by_group.size() - kMaxNamesPerValue, " more"));
      break;
    }
    std::string name = name_of(members[0]);
    if (members.size() > 1) {
      bool identical = groups.kind[members[1]] == CopyKind::kIdentical;
      absl::StrAppend(&name, " and its ", identical ? "copy" : "near copy",
                      members.size() > 2 ? "s " : " ");
      std::vector<std::string> copies;
      for (size_t i = 1; i < members.size(); ++i) copies.push_back(name_of(members[i]));
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

std::string FindingSink::MostGivenValue(const Tally& tally, const std::set<int>& against_groups,
                                        std::string* described) const {
  const SourceGroups& groups = context_.groups();
  std::string expected;
  size_t most = 0;
  std::vector<std::string> parts;
  int more_values = 0;
  for (const auto& [value, sources] : tally.alternatives) {
    std::set<int> counted, counted_groups;
    for (int d : sources) {
      if (!against_groups.count(groups.group[d])) continue;
      counted.insert(d);
      counted_groups.insert(groups.group[d]);
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

void FindingSink::AddCappedEvidence(const Tally& tally, int with_groups, int against_groups,
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
      const int doc = context_.DocumentOfPath(e.location().path());
      spans.push_back(&e);
      span_groups.push_back(doc < 0 ? -1 : context_.groups().group[doc]);
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

}  // namespace passes
}  // namespace factcheck
