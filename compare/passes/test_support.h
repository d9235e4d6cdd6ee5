// File: compare/passes/test_support.h
//
// Test-only: runs one comparison pass over short texts, extracted with the
// shipped lexicon, and returns one line per finding:
//   "KIND SEVERITY line:column | message".
//
// Example:
//   RolesPass roles;
//   EXPECT_EQ(RunPass(roles, {"Mayor Jo Ames ...\n", "Mayor Jo Ames ...\n"}),
//             (std::vector<std::string>{"ROLE_CONFLICT ERROR 1:1 | draft calls ..."}));

#ifndef FACTCHECK_COMPARE_PASSES_TEST_SUPPORT_H_
#define FACTCHECK_COMPARE_PASSES_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "compare/passes/pass.h"

namespace factcheck {
namespace passes {

enum class Mode {
  // texts[0] ("draft.txt") is checked against the others ("s1.txt", ...).
  kCheck,
  // Every text is compared with all the others (findings of all of them).
  kAudit,
};

// Prepares `pass` over the texts (each its own source) and compares each
// target; the findings of all targets, in document order.
std::vector<std::string> RunPass(ComparisonPass& pass, const std::vector<std::string>& texts,
                                 Mode mode = Mode::kCheck);

}  // namespace passes
}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_PASSES_TEST_SUPPORT_H_
