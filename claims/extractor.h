// File: claims/extractor.h
//
// Turns the sentences of one document into typed claim records (see
// proto/claim.proto) that compare/ can align across sources:
//
//   role      "Ukrainian President Jane Roe", "Ukraine's defense minister,
//             John Doe", "President Jane Roe of Ukraine", "John Doe, the
//             Kremlin aide", "the head of Ukraine's delegation"
//   quantity  "1,000 prisoners each", "a 30-day ceasefire", "an hour and 40
//             minutes", "less than two hours", "$105 million", "12%"
//   time      weekdays, dates, months, years, "last week", "since March
//             2022", resolved against the publication date when known
//   place     "in Istanbul", "at the Grand Palace", with containment from
//             the gazetteer
//   quote     the quoted words and their speaker, found through said-verbs
//             on either side, appositives, pronouns and continuation
//   event     subject, predicate and polarity: asserted, negated ("did not
//             stay", "declined to attend", "offered no commitment"),
//             hedged ("may", "reportedly")
//
// It also fills the document's person entities and their mentions: a full
// name, its surname alone, and pronouns used for quote attribution are one
// entity. claims/ never looks at other documents.
//
// Example:
//   ClaimExtractor extractor(*lexicon);
//   ReadDocumentResult read = reader.Read(input);
//   extractor.Extract(input, read);
//   for (const Claim& c : read.document.claims()) ...

#ifndef FACTCHECK_CLAIMS_EXTRACTOR_H_
#define FACTCHECK_CLAIMS_EXTRACTOR_H_

#include <string>

#include "absl/strings/string_view.h"
#include "claims/document_reader.h"
#include "claims/input_file.h"
#include "claims/lexicon.h"
#include "claims/word_forms.h"

namespace factcheck {

class ClaimExtractor {
 public:
  // `lexicon` must outlive the extractor.
  explicit ClaimExtractor(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Fills document.entities, mentions, claims and outlet of `read`, which
  // DocumentReader made from `input`. Never fails.
  void Extract(const InputFile& input, ReadDocumentResult& read) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACTOR_H_
