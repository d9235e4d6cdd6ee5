#include "compare/passes/substitutions.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kSource[] =
    "Officers said the 31-year-old was detained near the old mill on Sunday night after a chase.\n";

TEST(SubstitutionsPass, FindsValuesSwappedInsideARestatedSentence) {
  struct Case {
    std::string draft;
    Lines want;
  } cases[] = {
      {"Officers said the 43-year-old was detained near the old mill on Sunday night after a "
       "chase.\n",
       {"QUANTITY_CONFLICT ERROR 1:19 | draft gives \u201C43-year-old\u201D; 1 other source "
        "disagrees: s1 says \u201C31-year-old\u201D"}},
      {"Officers said the 31-year-old was not detained near the old mill on Sunday night after "
       "a chase.\n",
       {"POLARITY_CONFLICT ERROR 1:35 | draft says \u201Cnot\u201D; 1 other source disagrees: s1 "
        "says \u201Cwas\u201D"}},
      // Restated faithfully: nothing.
      {"The 31-year-old was detained near the old mill on Sunday night, officers said.\n", {}},
  };
  for (const Case& c : cases) {
    SubstitutionsPass pass;
    EXPECT_EQ(RunPass(pass, {c.draft, kSource}), c.want) << c.draft;
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
