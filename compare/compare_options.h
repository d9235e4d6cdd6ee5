// File: compare/compare_options.h
//
// What a comparison is asked to do (CompareOptions), the bounds every
// comparison pass keeps to, and the short source names messages use.
// Split from compare/comparator.h so that the passes (compare/passes/) and
// the driver share them without depending on each other; comparator.h
// includes this header, so its users see no difference.
//
// Example:
//   CompareOptions options;
//   options.targets = {true, false};   // check documents[0] against [1]
//   SourceName("dir/003_905a.txt");    // "003_905a"

#ifndef FACTCHECK_COMPARE_COMPARE_OPTIONS_H_
#define FACTCHECK_COMPARE_COMPARE_OPTIONS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck {

inline constexpr int kMaxEvidencePerSide = 5;
// When more documents than this state one slot (a person's office, a
// quote's words, an event's attribute, a name), each claim is compared with
// a panel of kMaxPanel of them: the same panel for every claim (the
// documents whose paths hash lowest), so the cost per claim stays flat
// however many reports tell one story. Counts in messages are then counts
// of the panel.
inline constexpr int kMaxPanel = 256;
inline constexpr size_t kMaxValuesInMessage = 4;
inline constexpr size_t kMaxNamesPerValue = 5;

struct CompareOptions {
  // targets[i]: report findings in documents[i]. Empty means every
  // document (audit). Documents that are not targets are the sources.
  std::vector<bool> targets;
  // references[i]: documents[i] is evidence only and never reported on,
  // even in an audit (known facts, proto/facts.proto). Empty means none.
  std::vector<bool> references;
  // Minimum alignment score for two sentences to state the same thing.
  double min_alignment = 0.34;
  // The same for the word-by-word pass, which needs less: it compares only
  // inside stretches the two sentences share word for word.
  double min_word_alignment = 0.2;
  // Also fill Report.groups: one row per slot (a person's office, an
  // event's count, duration or place) that two or more documents state,
  // with each document's value, agreeing or not. Default: false.
  bool claim_table = false;
  // Threads comparing target documents at the same time; the report is the
  // same for any value. Default: 1.
  int jobs = 1;
};

// "003_905a.txt" -> "003_905a"; the short name used in messages.
std::string SourceName(absl::string_view path);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_COMPARE_OPTIONS_H_
