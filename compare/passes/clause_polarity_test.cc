#include "compare/passes/clause_polarity.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

TEST(ClausePolarityPass, FindsTheSameVerbNegatedInAClauseOfTheSameWords) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      {{"On the pier, a gunman had not opened fire on the rowing team at dawn.\n",
        "A lone gunman opened fire at dawn on the rowing team of the county.\n"},
       {"POLARITY_CONFLICT ERROR 1:27 | draft says \u201Cnot opened\u201D; 1 other source "
        "disagrees: s1 say \u201Copened\u201D"}},
      // Dropped negation, the verb in other words of the same meaning.
      {{"The port authority said the city will fund the new harbour wall next year.\n",
        "The city will not fund a harbour wall, the port authority said on Monday.\n"},
       {"POLARITY_CONFLICT ERROR 1:39 | draft says \u201Cfund\u201D; 1 other source "
        "disagrees: s1 say \u201Cnot fund\u201D"}},
      // A source that states it the same way supports: the sources split.
      {{"On the pier, a gunman had not opened fire on the rowing team at dawn.\n",
        "A lone gunman opened fire at dawn on the rowing team of the county.\n",
        "A gunman on the pier had not opened fire on the rowing team by dawn.\n"},
       {}},
      // Two clause words in common are not enough: maybe two events.
      {{"The gunman had not opened fire on the bus.\n",
        "Police opened the bridge after the fire on the bus was out.\n"},
       {}},
      // Another verb.
      {{"On the pier, a gunman had not opened fire on the rowing team at dawn.\n",
        "A lone gunman returned fire at dawn on the rowing team of the county.\n"},
       {}},
      // Inside a quote: the quotes pass judges the words.
      {{"\"On the pier, a gunman had not opened fire on the rowing team at dawn,\" he said.\n",
        "A lone gunman opened fire at dawn on the rowing team of the county.\n"},
       {}},
  };
  for (const Case& c : cases) {
    ClausePolarityPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
