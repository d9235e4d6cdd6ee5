// Roles from parsed sentences: a sentence and the one-line dump of each
// role found (roles.h DumpRole: person | office | affiliation | modifier |
// party), in the style of re2's parse_test. The sentences are written for
// this test.
#include "claims/extract/roles.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claims/extract/names.h"
#include "claims/extract/test_parse.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* sentence;
  const char* roles;  // dumps joined by "; "
};

const Case kCases[] = {
    // Title before the name.
    {"Former Alaska Gov. Maria Kowalczyk spoke in Ohio on Monday.",
     "ROLE Maria Kowalczyk | governor | alaska | former | "},
    // A hyphenated prefix makes the role a past one.
    {"Two years earlier, then-Gov. Dana Whitlock vetoed the bill.",
     "ROLE Dana Whitlock | governor |  | former | "},
    // A qualifier before an organisation the vocabulary does not know.
    {"The board hired former Brightwell Foods CEO Ann Tuck.",
     "ROLE Ann Tuck | chief executive |  | former | "},
    {"Former Rovers assistant manager Ian Pell was named coach.",
     "ROLE Ian Pell | manager |  | former assistant | "},
    {"Polish Foreign Minister Tomasz Brzezinski arrived late.",
     "ROLE Tomasz Brzezinski | minister of foreign affairs | poland |  | "},
    {"Turkey's Foreign Minister Ayla Demir opened the meeting.",
     "ROLE Ayla Demir | minister of foreign affairs | turkey |  | "},
    {"Republican Sen. Carl Whitfield voted against the bill.",
     "ROLE Carl Whitfield | senator |  |  | republican"},
    {"The talks were chaired by French President Claire Dubois.",
     "ROLE Claire Dubois | president | france |  | "},
    {"Deputy Prime Minister Anil Rao resigned on Friday.",
     "ROLE Anil Rao | prime minister |  | deputy | "},
    // A person whose name the recogniser may not know, after a title.
    {"President Okonkwo signed the order.", "ROLE Okonkwo | president |  |  | "},
    // Party and state.
    {"Rep. Dana Holloway, R-Texas, said the vote would wait.",
     "ROLE Dana Holloway | representative | texas |  | republican"},
    {"The plan was backed by Sen. Luis Ortega (D-Calif.) and others.",
     "ROLE Luis Ortega | senator | california |  | democratic"},
    {"Kessler, D-Ohio, wrote the measure.", "ROLE Kessler |  | ohio |  | democratic"},
    {"Ruth Kessler, Republican of Iowa, spoke.", "ROLE Ruth Kessler |  | iowa |  | republican"},
    // A party noun in apposition or after a copula.
    {"Sen. Ruth Kessler, the top Democrat on the panel, objected.",
     "ROLE Ruth Kessler | senator |  |  | democratic"},
    {"Dana Holloway, a Republican, voted no.", "ROLE Dana Holloway |  |  |  | republican"},
    {"Marta Lindqvist is a Republican from the north.",
     "ROLE Marta Lindqvist |  |  |  | republican"},
    // A party word before a noun is no party noun.
    {"Dana Holloway, a Republican senator, voted no.",
     "ROLE Dana Holloway | senator |  |  | republican"},
    // Title after the name.
    {"Dana Holloway, the chairman of the committee, declined to comment.",
     "ROLE Dana Holloway | chair |  |  | "},
    {"Ayla Demir, Turkey's foreign minister, left early.",
     "ROLE Ayla Demir | minister of foreign affairs | turkey |  | "},
    {"The decision was announced by Marta Lindqvist, the prime minister of Sweden.",
     "ROLE Marta Lindqvist | prime minister | sweden |  | "},
    // Name after the title.
    {"The president, Kofi Mensah, spoke first.", "ROLE Kofi Mensah | president |  |  | "},
    {"Ukraine's defense minister, Petro Savchenko, arrived on Tuesday.",
     "ROLE Petro Savchenko | minister of defense | ukraine |  | "},
    // Copula.
    {"Ines Carvalho is the Portuguese foreign minister.",
     "ROLE Ines Carvalho | minister of foreign affairs | portugal |  | "},
    // Honorific titles carry no affiliation; two titles are two roles.
    {"Vatican Secretary of State Cardinal Paolo Ferri met the envoys.",
     "ROLE Paolo Ferri | secretary of state | holy_see |  | ; ROLE Paolo Ferri | cardinal |  |  | "},
    // Not roles.
    {"Mr. Whitfield told reporters the plan would fail.", ""},
    {"Leading Democrats on Twitter criticized the plan on Tuesday.", ""},
    {"The senator, who spoke on Tuesday, left.", ""},
    // A lowercase title, a lone surname and a verb: a relative clause
    // about the title's holder, not the surname's title.
    {"He quoted the words of the president Marlowe worked for in 1970.", ""},
    {"It was the governor Whitcomb trusted most.", ""},
    {"Presidents and prime ministers met in Brussels.", ""},
    // Two offices side by side are a list, not one title.
    {"Ministers and the President Anna Berg agreed.", "ROLE Anna Berg | president |  |  | "},
    {"Gov. Ellen Park of Oregon vetoed the measure.", "ROLE Ellen Park | governor | oregon |  | "},
};

TEST(RolesTest, Table) {
  for (const Case& c : kCases) {
    std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    std::vector<std::string> dumps;
    for (const RoleFinding& r : FindRoles(s, FindPersonNames(s, ShippedLexicon()), ShippedLexicon())) {
      dumps.push_back(DumpRole(r));
    }
    EXPECT_EQ(absl::StrJoin(dumps, "; "), c.roles) << c.sentence << "\n" << ExplainForTest(s);
  }
}

}  // namespace
}  // namespace factcheck
