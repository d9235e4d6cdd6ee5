// File: compare/comparator.h
//
// Finds where documents contradict each other, from their claim records
// alone (compare/ never re-reads text). Two comparators complement each
// other:
//
//  1. Entity attributes. Role claims are keyed by the person (names folded
//     across spellings: "Tchaikovsky" = "Tchaikovskyy") and by the office of a
//     country. A claim conflicts when other sources give the same person
//     another country for the same kind of office, the same single-holder
//     office to someone else, or another single-holder office of the same
//     country. Both kinds of evidence go into one finding.
//  2. Aligned sentences (compare/alignment.h). For each sentence, the
//     sentences of other sources that state the same thing are compared
//     slot by slot: quantities as intervals ("an hour and 40 minutes"
//     agrees with "less than two hours"), times (weekdays, dates, years),
//     places (with containment from the gazetteer) and quotes of the same
//     speaker. Quotes and events are also indexed across whole documents:
//     the same words given to another speaker (QUOTE_MISATTRIBUTED), the
//     same subject and predicate with the opposite polarity
//     (POLARITY_CONFLICT).
//
// Severity: ERROR when more sources stand against the claim than with it
// (the claim's own document counts with it), WARNING when they split
// evenly; a claim most sources share is not reported. A source is a group
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

// Sets report->summary, report->paths and report->copies from the
// documents and the report's findings (replacing what was there); copies
// are grouped as CompareDocuments groups them under `options`.
void FillSummary(const std::vector<const SourceDocument*>& documents,
                 const CompareOptions& options, Report* report);

// CompareOptions, the bounds above and SourceName: compare/compare_options.h.

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_COMPARATOR_H_
