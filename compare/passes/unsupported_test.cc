#include "compare/passes/unsupported.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kDraft[] = "The new footbridge over the canal cost 40 million dollars.\n";

TEST(UnsupportedPass, ReportsDraftClaimsNoSourceStates) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Mode mode;
    Lines want;
  } cases[] = {
      {{kDraft, "The footbridge over the canal opened to walkers on a windy morning.\n"},
       Mode::kCheck,
       {"UNSUPPORTED_CLAIM INFO 1:40 | draft states \u201C40 million dollars\u201D; no source states "
        "it"}},
      {{kDraft, "Building the footbridge cost about 40 million dollars, the city said.\n"},
       Mode::kCheck,
       {}},
      // Never in an audit.
      {{kDraft, "The footbridge over the canal opened to walkers on a windy morning.\n"},
       Mode::kAudit,
       {}},
  };
  for (const Case& c : cases) {
    UnsupportedPass pass;
    EXPECT_EQ(RunPass(pass, c.texts, c.mode), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
