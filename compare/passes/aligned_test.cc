#include "compare/passes/aligned.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

TEST(AlignedPass, ComparesTheClaimsOfAlignedSentences) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      {{"The ferry crossing to the island took three hours, the operator said.\n",
        "The ferry crossing to the island took five hours, the operator said.\n"},
       {"QUANTITY_CONFLICT ERROR 1:39 | draft gives 3 hours; 1 other source disagrees: s1 give 5 "
        "hours"}},
      {{"The ferry crossing to the island took three hours, the operator said.\n",
        "The ferry crossing to the island took less than four hours, the operator said.\n"},
       {}},
      // The draft's sentence gives the source's figure to something else.
      {{"The ferry took three hours and the bus took five hours, the operator said.\n",
        "The crossing took five hours, the operator said.\n"},
       {}},
      {{"The planning hearing on the quarry was held on Monday, the clerk said.\n",
        "The planning hearing on the quarry was held on Thursday, the clerk said.\n"},
       {"DATE_CONFLICT ERROR 1:48 | draft dates it Monday; 1 other source disagrees: s1 give "
        "Thursday"}},
      // A date of what someone else did: not the draft's date.
      {{"Mara Tellen spoke at the quarry planning hearing on Monday, the clerk said.\n",
        "Ana Pirc spoke at the quarry planning hearing on Thursday, the clerk said.\n"},
       {}},
      {{"Mara Tellen spoke at the quarry planning hearing on Monday, the clerk said.\n",
        "Tellen spoke at the quarry planning hearing on Thursday, the clerk said.\n"},
       {"DATE_CONFLICT ERROR 1:53 | draft dates it Monday; 1 other source disagrees: s1 give "
        "Thursday"}},
      // A year inside the span the other sentence gives.
      {{"Mara Tellen was mayor of the valley town in 2004, the clerk said.\n",
        "Mara Tellen was mayor of the valley town from 1999 to 2008, the clerk said.\n"},
       {}},
      {{"Mara Tellen was mayor of the valley town in 2012, the clerk said.\n",
        "Mara Tellen was mayor of the valley town from 1999 to 2008, the clerk said.\n"},
       {"DATE_CONFLICT ERROR 1:45 | draft dates it 2012; 1 other source disagrees: s1 give "
        "1999; s1 give 2008"}},
      // A negation alters the quote.
      {{"\"The quarry will bring jobs to the whole valley,\" said Mara Tellen on Monday.\n",
        "\"The quarry will never bring jobs to the whole valley,\" said Mara Tellen on Monday.\n"},
       {"QUOTE_ALTERED ERROR 1:1 | draft quotes Mara Tellen as \u201CThe quarry will bring jobs to "
        "the whole valley\u201D; 1 other source disagrees: s1 quote \u201CThe quarry will never "
        "bring jobs to the whole valley\u201D"}},
      // Another outlet's transcription of the same statement is not.
      {{"\"The quarry will bring jobs to the whole valley,\" said Mara Tellen on Monday.\n",
        "\"The quarry will bring work to the whole valley,\" said Mara Tellen on Monday.\n"},
       {}},
      // A near copy of the quote with a negation, whoever the outlets say
      // spoke it (the draft's "he" has no referent here).
      {{"\"We are disappointed by the council's decision, but hardly surprised,\" he said.\n",
        "\"We are not disappointed by the council's decision, but hardly surprised,\" said "
        "the statement from Ana Pirc.\n"},
       {"QUOTE_ALTERED ERROR 1:1 | draft quotes \u201CWe are disappointed by the council's "
        "decision, but hardly surprised\u201D; 1 other source disagrees: s1 quote \u201CWe are "
        "not disappointed by the council's decision, but hardly surprised\u201D"}},
      // Short quotes with other speakers are other statements.
      {{"\"We will win,\" said Ana Pirc on Monday.\n",
        "\"We will lose,\" said Tomas Verlund on Monday.\n"},
       {}},
  };
  for (const Case& c : cases) {
    AlignedPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
