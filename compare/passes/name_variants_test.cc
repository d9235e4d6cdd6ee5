#include "compare/passes/name_variants.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

TEST(NameVariantsPass, ReportsOneNameSpelledTwoWays) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      {{"Renée Varo opened the new library on Saturday.\n",
        "Renee Varo opened the new library on Saturday.\n"},
       {"NAME_VARIANT INFO 1:1 | draft spells \u201CRen\u00E9e Varo\u201D; also written s1 "
        "\u201CRenee Varo\u201D (the same name)"}},
      {{"Renée Varo opened the new library on Saturday.\n",
        "Renée Varo opened the library at the weekend.\n"},
       {}},
  };
  for (const Case& c : cases) {
    NameVariantsPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
