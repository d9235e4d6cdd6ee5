// File: tools/gate.h
//
// The CI gate: what is left of a Report once the project's settings, the
// inline suppressions, the baseline and the changed lines are applied, so
// that a newsroom can adopt factcheck on an existing archive and fail a
// build only on what a change introduces.
//
// Applied in this order (ApplyGate):
//   1. config `ignore` globs drop findings in matching paths;
//   2. config `kinds` disable kinds or override their severity;
//   3. inline suppressions in the checked files drop the finding on the
//      next non-blank line (one or more kinds, or every kind when none is
//      named); a suppression that drops nothing becomes an
//      UNUSED_SUPPRESSION warning. Forms:
//        Markdown, HTML:  <!-- factcheck-disable-next-line KIND[,KIND] -->
//        plain text:      [factcheck-disable-next-line KIND[,KIND]]
//      (the plain-text form on a line of its own);
//   4. with changed lines, findings outside them are dropped;
//   5. --write-baseline records what is left, by fingerprint;
//   6. a baseline (read, or just written) drops the findings it records,
//      matched by fingerprint, each entry at most once;
//   and the summary counts are recomputed.
//
// Example:
//   GateOptions gate;
//   gate.baseline_path = "factcheck-baseline.textproto";
//   absl::Status s = ApplyGate(gate, config, texts, checked_paths, &report);

#ifndef FACTCHECK_TOOLS_GATE_H_
#define FACTCHECK_TOOLS_GATE_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "proto/config.pb.h"
#include "proto/report.pb.h"
#include "tools/config.h"
#include "tools/source_text.h"

namespace factcheck {

struct GateOptions {
  // Read this baseline and drop the findings it records. Default: none.
  std::string baseline_path;
  // Write the findings left after steps 1-4 here, then drop them.
  // Default: none.
  std::string write_baseline_path;
  // Keep only findings on changed lines. Default: false.
  bool changed_lines_only = false;
  // With changed_lines_only: the unified diff to read (its text), or when
  // empty, `git diff -U0 diff_base` run in the current folder.
  std::string diff_text;
  std::string diff_base;
};

// One inline suppression.
struct Suppression {
  Location location;        // the directive itself
  std::string text;         // the directive as written
  std::set<FindingKind> kinds;  // empty: every kind
  int target_line = 0;      // the line it applies to; 0 when none follows
};

// The suppressions in one file's original bytes. Returns
// InvalidArgumentError "PATH:LINE:COL: unknown finding kind NAME" for a
// kind that does not exist.
absl::StatusOr<std::vector<Suppression>> FindSuppressions(const std::string& path,
                                                          const SourceText& text);

// Changed lines per file, from a unified diff ("+++ b/PATH" and hunk
// headers; added lines only). `root` is the folder the diff's paths are
// relative to; keys are absolute, normalised paths. Returns
// InvalidArgumentError for a hunk header that does not parse.
using ChangedLines = std::map<std::string, std::set<int>>;
absl::StatusOr<ChangedLines> ParseUnifiedDiff(const std::string& diff, const std::string& root);

// Runs `git diff -U0 REF` in the current folder. Returns
// FailedPreconditionError when git fails: not a checkout, or REF is not
// there, which in a shallow CI checkout means the base was not fetched;
// the message then names the command that fetches it (FetchCommand):
//   "--diff-base=origin/main: no such revision in this shallow checkout;
//    fetch the base first: git fetch --depth=1 origin main:refs/remotes/origin/main"
absl::StatusOr<ChangedLines> GitChangedLines(const std::string& ref);

// The git command that brings revision `ref` into the checkout, with
// --depth=1 (--deepen=N for HEAD~N) when the checkout is shallow:
//   origin/B, refs/remotes/origin/B  git fetch origin B:refs/remotes/origin/B
//   HEAD~N, HEAD^                    git fetch --deepen=N origin
//   a commit id                      git fetch origin ID
//   another name R                   git fetch origin R:R
std::string FetchCommand(const std::string& ref, bool shallow);

// Reads a baseline file. Returns NotFoundError when it cannot be read and
// InvalidArgumentError "PATH:LINE:COL: reason" when it does not parse.
absl::StatusOr<Baseline> ReadBaseline(const std::string& path);

// The baseline of `report`'s findings, as written by --write-baseline.
std::string BaselineText(const Report& report);

// Applies the steps above to `report`. `checked_paths` are the files whose
// findings the run reports (the drafts of `check`, every input of
// `audit`); only their suppressions count. Returns the errors of the
// functions above, and PermissionDeniedError when the baseline cannot be
// written.
absl::Status ApplyGate(const GateOptions& options, const ProjectConfig& config,
                       const SourceTexts& texts, const std::vector<std::string>& checked_paths,
                       Report* report);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_GATE_H_
