#include "compare/passes/polarity.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kDraft[] = "Mayor Lina Orsk approved the harbour plan on Monday.\n";

TEST(PolarityPass, FindsTheSameEventWithTheOppositePolarity) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      {{kDraft, "Mayor Lina Orsk did not approve the harbour plan.\n"}, 
       {"POLARITY_CONFLICT ERROR 1:17 | draft says Lina Orsk \u201Capproved\u201D; 1 other "
        "source disagrees: s1 say \u201Cdid not approve\u201D"}},
      {{kDraft, "Mayor Lina Orsk approved the plan after a long debate.\n"}, {}},
      // Frames of the parse: theme and predicate, and one other word shared.
      {{"Twelve officers were not indicted by the grand jury on Friday.\n",
        "The grand jury indicted twelve officers on Friday.\n"},
       {"POLARITY_CONFLICT ERROR 1:22 | draft says of the officer \u201Cnot indicted\u201D; 1 "
        "other source disagrees: s1 say \u201Cindicted\u201D"}},
      // No other word shared: maybe two events.
      {{"The officers were not indicted.\n", "A grand jury indicted officers on Friday.\n"}, {}},
      // Inside a quote: the quotes pass judges the words.
      {{"\"The officers were not indicted by the jury,\" the lawyer said.\n",
        "The jury indicted the officers.\n"},
       {}},
      // Over a period: not the opposite.
      {{"The officers have not been indicted by a jury since March.\n",
        "A jury indicted the officers in March.\n"},
       {}},
  };
  for (const Case& c : cases) {
    PolarityPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
