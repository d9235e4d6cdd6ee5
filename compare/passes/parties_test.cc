#include "compare/passes/parties.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kDraft[] = "Senator Ada Quill, R-Idaho, said the bill would pass.\n";

TEST(PartiesPass, ComparesAPersonsPartyThenState) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      {{kDraft, "Senator Ada Quill, D-Idaho, voted against the bill.\n"},
       {"ROLE_CONFLICT ERROR 1:1 | draft gives Ada Quill's party as Republican; 1 other source "
        "disagrees: s1 give Ada Quill's party as Democrat"}},
      {{kDraft, "Senator Ada Quill, R-Utah, voted against the bill.\n"},
       {"ROLE_CONFLICT ERROR 1:1 | draft gives Ada Quill's state as Idaho; 1 other source "
        "disagrees: s1 give Ada Quill's state as Utah"}},
      {{kDraft, "Senator Ada Quill, R-Idaho, voted against the bill.\n"}, {}},
  };
  for (const Case& c : cases) {
    PartiesPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
