// File: compare/comparator.h
//
// Finds where documents contradict each other, from their claim records
// alone (compare/ never re-reads text). CompareDocuments is a driver: it
// builds one read-only ComparisonContext (compare/passes/context.h: the
// documents, options, lexicon, copy groups, people index and sentence
// index), lets each pass (compare/passes/pass.h) build its own index, and
// then, for each target document, aligns its sentences once and runs the
// passes in this fixed order, each writing to one FindingSink
// (compare/passes/sink.h), which owns the vote, severity, de-duplication,
// messages and fingerprints:
//
//  1. roles (compare/passes/roles.h): a person's office, keyed by the
//     person (names folded across spellings: "Tchaikovsky" =
//     "Tchaikovskyy") and by the single-holder office of a country;
//  2. parties (parties.h): a person's party and party group's state;
//  3. aligned (aligned.h): the sentences of other sources that state the
//     same thing (compare/alignment.h), compared slot by slot: quantities
//     as intervals ("an hour and 40 minutes" agrees with "less than two
//     hours"), times, places (with containment from the gazetteer) and
//     quotes of the same speaker;
//  4. event_attributes (event_attributes.h): an event's count, duration
//     or city across whole documents;
//  5. quotes (quotes.h): the same words given to another speaker
//     (QUOTE_MISATTRIBUTED);
//  6. polarity (polarity.h): the same subject and predicate with the
//     opposite polarity (POLARITY_CONFLICT);
//  7. substitutions (substitutions.h): typed values swapped inside
//     restated sentences, and values a source of the same story never
//     states;
//  8. name_variants (name_variants.h): one name spelled two ways (INFO);
//  9. unsupported (unsupported.h): check only, the drafts' claims no
//     source states (INFO).
//
// No pass reads another's index or findings; the order matters only where
// the sink de-duplicates (one finding per claim and kind; no swap or
// unsupported claim where a finding already points).
//
// Severity: ERROR when more sources stand against the claim than with it
// (the claim's own document counts with it), WARNING when they split
// evenly; a claim most sources share is not reported. In a check the
// sources are the authority: a draft claim they contradict and none
// supports is an ERROR even against one source. A source is a group
// of copies (compare/source_identity.h): a reprint, or the same file twice,
// votes once, on the side of the file it copies, and is reported on in its
// own right; messages name a group as "000 and its near copy 001".
//
// Bounds: a finding keeps at most kMaxEvidencePerSide evidence spans per
// stance (Finding.more_sources_for/against count the sources left out), and
// its message names at most kMaxValuesInMessage alternative values, each
// with at most kMaxNamesPerValue sources. Inferred values
// (RoleClaim.affiliation_inferred) support or oppose other claims but never
// raise a finding themselves.
//
// Example:
//   std::vector<const SourceDocument*> docs = ...;   // extracted
//   CompareOptions options;
//   options.targets = {true, false, false};          // check docs[0] only
//   Report report = CompareDocuments(docs, options, *lexicon);

#ifndef FACTCHECK_COMPARE_COMPARATOR_H_
#define FACTCHECK_COMPARE_COMPARATOR_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/lexicon.h"
#include "compare/compare_options.h"
#include "compare/name_fold.h"
#include "proto/document.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

// Compares the documents and returns the findings, deterministically
// ordered (by document, line, column, kind) and each with a fingerprint.
Report CompareDocuments(const std::vector<const SourceDocument*>& documents,
                        const CompareOptions& options, const Lexicon& lexicon);

// check: compares each draft (options.targets[i]) with the sources (the
// other documents) alone, so that one draft never changes another's
// findings. Returns the drafts' findings and claim-table rows in document
// order, the summary over all documents (FillSummary) and Report.drafts.
// options.references is ignored: known facts are sources anyway.
Report CheckDrafts(const std::vector<const SourceDocument*>& documents,
                   const CompareOptions& options, const Lexicon& lexicon);

// Sets report->summary, report->paths and report->copies from the
// documents and the report's findings (replacing what was there); copies
// are grouped as CompareDocuments groups them under `options`.
void FillSummary(const std::vector<const SourceDocument*>& documents,
                 const CompareOptions& options, Report* report);

// CompareOptions, the bounds above and SourceName: compare/compare_options.h.

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_COMPARATOR_H_
