#include "compare/comparator.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "compare/claim_values.h"
#include "compare/mirrored_findings.h"
#include "compare/passes/aligned.h"
#include "compare/passes/altered_quotes.h"
#include "compare/passes/context.h"
#include "compare/passes/event_attributes.h"
#include "compare/passes/event_times.h"
#include "compare/passes/name_variants.h"
#include "compare/passes/parties.h"
#include "compare/passes/pass.h"
#include "compare/passes/clause_polarity.h"
#include "compare/passes/polarity.h"
#include "compare/passes/quotes.h"
#include "compare/passes/roles.h"
#include "compare/passes/sink.h"
#include "compare/passes/substitutions.h"
#include "compare/passes/unsupported.h"
#include "compare/source_identity.h"

namespace factcheck {
namespace {

using passes::ClaimRef;
using passes::ComparisonContext;
using passes::ComparisonPass;
using passes::FindingSink;
using passes::PassCache;
using passes::TargetDocument;

// The passes, in the order they run on each target. The order matters only
// where the sink de-duplicates: the claim passes first (roles before
// parties, aligned sentences before whole-document attributes and quotes,
// altered quotes before misattributed ones),
// then swapped words (not where a claim's finding already points), name
// variants, and last the unsupported claims (not where any finding points).
std::vector<std::unique_ptr<ComparisonPass>> MakePasses() {
  std::vector<std::unique_ptr<ComparisonPass>> all;
  all.push_back(std::make_unique<passes::RolesPass>());
  all.push_back(std::make_unique<passes::PartiesPass>());
  all.push_back(std::make_unique<passes::AlignedPass>());
  all.push_back(std::make_unique<passes::EventAttributesPass>());
  all.push_back(std::make_unique<passes::EventTimesPass>());
  all.push_back(std::make_unique<passes::AlteredQuotesPass>());
  all.push_back(std::make_unique<passes::QuotesPass>());
  all.push_back(std::make_unique<passes::PolarityPass>());
  all.push_back(std::make_unique<passes::ClausePolarityPass>());
  all.push_back(std::make_unique<passes::SubstitutionsPass>(passes::SubstitutionsPass::kSwaps));
  all.push_back(
      std::make_unique<passes::SubstitutionsPass>(passes::SubstitutionsPass::kUnstatedValues));
  all.push_back(std::make_unique<passes::NameVariantsPass>());
  all.push_back(std::make_unique<passes::UnsupportedPass>());
  return all;
}

// Compares every target of `context` with every pass; the findings of
// each target sorted (FindingSink::TakeFindings), targets in document
// order, so the report is the same for any number of threads.
std::vector<Finding> RunPasses(const ComparisonContext& context) {
  std::vector<std::unique_ptr<ComparisonPass>> all = MakePasses();
  for (auto& pass : all) pass->Prepare(context);
  std::vector<int> targets;
  for (size_t d = 0; d < context.documents().size(); ++d) {
    if (context.IsTarget(static_cast<int>(d))) targets.push_back(static_cast<int>(d));
  }
  std::vector<std::vector<Finding>> found(targets.size());
  std::atomic<size_t> next{0};
  auto work = [&]() {
    std::vector<std::unique_ptr<PassCache>> caches;
    for (const auto& pass : all) caches.push_back(pass->NewCache());
    for (size_t i; (i = next.fetch_add(1)) < targets.size();) {
      FindingSink sink(context);
      // Each sentence aligned once, for every pass that needs it.
      const TargetDocument target = context.Target(targets[i]);
      for (size_t p = 0; p < all.size(); ++p) {
        sink.SetPass(all[p]->name());
        all[p]->CompareTarget(context, target, sink, caches[p].get());
      }
      found[i] = sink.TakeFindings();
    }
  };
  const size_t jobs =
      std::max<size_t>(1, std::min<size_t>(context.options().jobs, targets.size()));
  std::vector<std::thread> threads;
  for (size_t j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  std::vector<Finding> findings;
  for (std::vector<Finding>& of_target : found) {
    for (Finding& f : of_target) findings.push_back(std::move(f));
  }
  // An audit finds a disagreement between two targets on both sides.
  DropMirroredFindings(&findings);
  return findings;
}

bool Overlap(const Location& a, const Location& b) {
  return a.path() == b.path() && a.begin() < b.end() && b.begin() < a.end();
}

// One source's value in a table row.
struct RowValue {
  ClaimRef ref;
  std::string text;  // as shown
  std::string key;   // equal keys agree
};

// What one claim says about a slot of the claim table, if anything.
struct SlotValue {
  std::string slot;  // empty: none
  std::string subject;
  std::string text;
  std::string key;
  FindingKind kind = FINDING_KIND_UNSPECIFIED;
};

SlotValue SlotOf(const ComparisonContext& context, const Claim& claim) {
  SlotValue v;
  if (claim.has_role() && !claim.role().person().empty() && !claim.role().office().empty() &&
      claim.role().modifier() != "former") {
    const RoleClaim& role = claim.role();
    v.slot = absl::StrCat("role|", context.PersonKey(role.person()));
    v.subject = absl::StrCat(role.person(), ": office");
    v.text = context.OfficeText(role.office(), role.affiliation());
    v.key = absl::StrCat(role.office(), "|", role.affiliation());
    v.kind = ROLE_CONFLICT;
  } else if (claim.has_quantity() && !claim.quantity().anchor().empty()) {
    const QuantityClaim& q = claim.quantity();
    v.slot = absl::StrCat("q|", q.anchor(), "|", q.unit(), "|", q.counted(), "|", q.is_duration());
    // The anchor is a stem ("exchang"); say what is counted instead when
    // the event is not named.
    if (!q.event().empty()) {
      v.subject = absl::StrCat(q.event(), q.is_duration() ? ": duration" : ": number",
                               q.counted().empty() ? "" : absl::StrCat(" of ", q.counted()));
    } else if (!q.counted().empty() && !q.is_duration()) {
      v.subject = absl::StrCat("number of ", q.counted());
    } else {
      v.subject = absl::StrCat(q.anchor(), q.is_duration() ? ": duration" : ": number");
    }
    v.text = QuantityText(q);
    v.key = v.text;
    v.kind = QUANTITY_CONFLICT;
  } else if (claim.has_place() && !claim.place().event().empty() && claim.place().known()) {
    v.slot = absl::StrCat("p|", claim.place().event(), "|", claim.place().place_kind());
    v.subject = absl::StrCat(claim.place().event(), ": place");
    v.text = claim.place().text();
    v.key = claim.place().place();
    v.kind = LOCATION_CONFLICT;
  }
  return v;
}

// Compatible values agree: overlapping intervals, one office with and
// without its country, a place and the city it is in.
bool Compatible(const ComparisonContext& context, const RowValue& a, const RowValue& b) {
  const Claim& x = context.ClaimAt(a.ref);
  const Claim& y = context.ClaimAt(b.ref);
  if (x.has_quantity() && y.has_quantity()) {
    return OnlySameSidedBounds(x.quantity(), y.quantity()) ||
           Overlaps(x.quantity(), y.quantity());
  }
  if (x.has_place() && y.has_place()) {
    return x.place().place() == y.place().place() || Contains(x.place(), y.place()) ||
           Contains(y.place(), x.place());
  }
  if (x.has_role() && y.has_role()) {
    // One person may hold several titles; the country is what must not
    // differ.
    return x.role().affiliation() == y.role().affiliation() || x.role().affiliation().empty() ||
           y.role().affiliation().empty();
  }
  return a.key == b.key;
}

struct Row {
  std::string subject;
  FindingKind kind;
  std::map<int, RowValue> by_doc;
};

// The row as a ClaimGroup: each document's cell against the value
// compatible with most documents (a tie leaves no majority), with the
// fingerprints of the findings on its cells.
ClaimGroup GroupOf(const ComparisonContext& context, const Row& row, const Report& report) {
  const RowValue* majority = nullptr;
  int most = 0;
  bool tie = false;
  for (const auto& [d, v] : row.by_doc) {
    int count = 0;
    for (const auto& [e, w] : row.by_doc) count += Compatible(context, v, w);
    if (count > most) {
      most = count;
      majority = &v;
      tie = false;
    } else if (count == most && !Compatible(context, *majority, v)) {
      tie = true;
    }
  }
  ClaimGroup group;
  group.set_subject(row.subject);
  group.set_kind(row.kind);
  for (size_t d = 0; d < context.documents().size(); ++d) {
    SourceCell* cell = group.add_cells();
    cell->set_path(context.document(static_cast<int>(d)).path());
    auto it = row.by_doc.find(static_cast<int>(d));
    if (it == row.by_doc.end()) {
      cell->set_state(ABSENT);
      continue;
    }
    const RowValue& v = it->second;
    bool agrees = !tie && Compatible(context, *majority, v);
    cell->set_state(agrees ? AGREE : CONFLICT);
    cell->set_value(v.text);
    *cell->mutable_location() = context.LocationOf(v.ref.doc, context.ClaimAt(v.ref).span());
    cell->set_text(context.ClaimAt(v.ref).text());
    if (!agrees) group.set_conflict(true);
  }
  for (const Finding& f : report.findings()) {
    for (const SourceCell& cell : group.cells()) {
      if (cell.has_location() && Overlap(f.location(), cell.location())) {
        group.add_finding_fingerprints(f.fingerprint());
        break;
      }
    }
  }
  return group;
}

// Report.groups: what two or more sources state about the same slot (a
// person's office, an event's count, duration or place). Each document's
// first claim on a slot stands for it.
void AddClaimTable(const ComparisonContext& context, Report* report) {
  std::map<std::string, Row> rows;
  for (size_t d = 0; d < context.documents().size(); ++d) {
    const SourceDocument& doc = context.document(static_cast<int>(d));
    for (int c = 0; c < doc.claims_size(); ++c) {
      SlotValue v = SlotOf(context, doc.claims(c));
      if (v.slot.empty()) continue;
      Row& row = rows[v.slot];
      if (row.subject.empty()) {
        row.subject = v.subject;
        row.kind = v.kind;
      }
      row.by_doc.emplace(static_cast<int>(d), RowValue{{static_cast<int>(d), c}, v.text, v.key});
    }
  }
  for (auto& [slot, row] : rows) {
    if (row.by_doc.size() < 2) continue;
    *report->add_groups() = GroupOf(context, row, *report);
  }
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
  Report report;
  for (Finding& f : RunPasses(context)) *report.add_findings() = std::move(f);
  if (options.claim_table) AddClaimTable(context, &report);
  FillSummary(documents, groups, &report);
  return report;
}

Report CheckDrafts(const std::vector<const SourceDocument*>& documents,
                   const CompareOptions& options, const Lexicon& lexicon) {
  auto is_draft = [&](size_t i) { return i < options.targets.size() && options.targets[i]; };
  std::vector<const SourceDocument*> sources;
  for (size_t i = 0; i < documents.size(); ++i) {
    if (!is_draft(i)) sources.push_back(documents[i]);
  }
  Report report;
  for (size_t i = 0; i < documents.size(); ++i) {
    if (!is_draft(i)) continue;
    std::vector<const SourceDocument*> one = {documents[i]};
    one.insert(one.end(), sources.begin(), sources.end());
    CompareOptions single = options;
    single.targets.assign(one.size(), false);
    single.targets[0] = true;
    // Known facts are among the sources, which are never reported on.
    single.references.clear();
    Report part = CompareDocuments(one, single, lexicon);
    for (Finding& f : *part.mutable_findings()) *report.add_findings() = std::move(f);
    for (ClaimGroup& g : *part.mutable_groups()) *report.add_groups() = std::move(g);
  }
  FillSummary(documents, options, &report);
  for (size_t i = 0; i < documents.size(); ++i) {
    if (is_draft(i)) report.add_drafts(documents[i]->path());
  }
  return report;
}

}  // namespace factcheck
