// File: compare/passes/sink.h
//
// Where comparison passes (compare/passes/pass.h) put what they find, for
// one target document. A pass counts the sources with and against a claim
// in a Tally and hands it to the sink; the sink alone decides whether that
// makes a finding and writes it:
//
//  - votes by source, not by file: a group of copies (compare/
//    source_identity.h) votes once, and never against its own claim;
//  - severity: in an audit, ERROR when more sources stand against the claim
//    than with it (its own document counts with it), WARNING when they
//    split evenly, nothing when most agree. In a check the sources are the
//    authority: a draft claim they contradict and none supports is an
//    ERROR even against one source; split sources stay a WARNING;
//  - de-duplication: one finding per (claim, kind); a swapped word in a
//    sentence some finding already covers is not reported again, nor is a
//    claim without support where a finding already points;
//  - messages ("003 calls ... ; 2 other sources disagree: ..."), the most
//    given alternative (Finding.expected), fingerprints, and the bounds on
//    evidence (kMaxEvidencePerSide per stance, preferring distinct
//    sources) and on values named (kMaxValuesInMessage, kMaxNamesPerValue).
//
// Example:
//   FindingSink sink(context);
//   Tally tally;
//   sink.Count(tally, source_claim, STANCE_CONTRADICTS, "Mayor of X");
//   tally.alternatives["call Jo Ames Mayor of X"].insert(source_claim.doc);
//   sink.Emit(ROLE_CONFLICT, target_claim, tally, claimed, "calls Jo Ames ...");
//   std::vector<Finding> findings = sink.TakeFindings();   // sorted

#ifndef FACTCHECK_COMPARE_PASSES_SINK_H_
#define FACTCHECK_COMPARE_PASSES_SINK_H_

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "compare/passes/context.h"
#include "proto/report.pb.h"

namespace factcheck {
namespace passes {

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

// A name as one document writes it, and where.
struct Spelling {
  int doc;
  std::string text;
  Span span;
};

class FindingSink {
 public:
  // `context` must outlive the sink.
  explicit FindingSink(const ComparisonContext& context) : context_(context) {}

  // Adds `ref`'s document to the tally on `stance`'s side, with the
  // claim's evidence while the tally keeps evidence of that stance.
  void Count(Tally& tally, ClaimRef ref, Stance stance, const std::string& value) const;

  // Emits a finding of `kind` on claim `target` when the tally's sources
  // contradict it (see the file comment); `claimed` is the claim's value,
  // `what_claimed` the message's verb phrase ("calls Jo Ames Mayor").
  void Emit(FindingKind kind, ClaimRef target, Tally& tally, const std::string& claimed,
            const std::string& what_claimed);
  // The same at `location`, text `text`, of a sentence of document `doc`
  // that no claim covers (a swapped word); nothing when a finding so far
  // overlaps `sentence`, the whole sentence (a claim's finding there
  // already explains the swap, as a quote given to another speaker swaps
  // the speaker's name).
  void EmitInSentence(FindingKind kind, int doc, const Location& location,
                      const Location& sentence, const std::string& text, Tally& tally,
                      const std::string& claimed, const std::string& what_claimed);
  // check: claim `ref` of a draft that no source states (INFO), with the
  // closest statement of the sources as evidence when there is one;
  // nothing when a finding so far overlaps the claim.
  void EmitUnsupported(ClaimRef ref, const Evidence* closest);
  // `spelling` written as `others` (at most kMaxNamesPerValue) and `more`
  // further spellings elsewhere (INFO). `others` must not be empty.
  void EmitNameVariant(const Spelling& spelling, const std::vector<const Spelling*>& others,
                       int more);

  // The pass whose findings follow (Finding.pass); the driver sets it
  // before each pass runs.
  void SetPass(absl::string_view pass) { pass_ = std::string(pass); }

  // A quote whose words a pass compared with the same speaker's quote in
  // an aligned sentence; passes that compare quotes across whole
  // documents leave it alone.
  void MarkQuoteJudged(ClaimRef ref) { quote_judged_.insert({ref.doc, ref.claim}); }
  bool QuoteJudged(ClaimRef ref) const { return quote_judged_.count({ref.doc, ref.claim}) > 0; }

  // The findings so far, ordered by line, column, kind and message (stable
  // otherwise), and empties the sink.
  std::vector<Finding> TakeFindings();

 private:
  // `claim` is the claim index for de-duplication, or a negative key for
  // a place in a sentence that no claim covers.
  void EmitAt(FindingKind kind, int doc, int claim, const Location& location,
              const std::string& text, Tally& tally, const std::string& claimed,
              const std::string& what_claimed);
  // Whether a finding so far overlaps `location`.
  bool Covers(const Location& location) const;
  // "000 and its near copy 001, 002": the sources of `docs`, a group once.
  std::string GroupNames(const std::set<int>& docs) const;
  // The alternative value the most groups against give; `described` gets
  // who gives what, for the message.
  std::string MostGivenValue(const Tally& tally, const std::set<int>& against_groups,
                             std::string* described) const;
  void AddCappedEvidence(const Tally& tally, int with_groups, int against_groups,
                         Finding* finding) const;

  const ComparisonContext& context_;
  std::string pass_;
  std::vector<Finding> findings_;
  // Findings already emitted, by (doc, claim, kind).
  std::set<std::tuple<int, int, int>> emitted_;
  std::set<std::pair<int, int>> quote_judged_;
  // Keys for findings at places no claim covers (negative).
  int next_key_ = -1;
};

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_SINK_H_
