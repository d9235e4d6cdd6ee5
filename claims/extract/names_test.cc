// Person-name candidates of parsed sentences: a sentence and its names
// (names.h FindPersonNames) joined by " | ", in the style of re2's
// parse_test. The sentences are written for this test.
#include "claims/extract/names.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "claims/extract/test_parse.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* sentence;
  const char* names;
};

const Case kCases[] = {
    // Titles, honorifics, qualifiers and parties are not part of the name.
    {"Former Alaska Gov. Sarah Palin spoke at the rally.", "Sarah Palin"},
    {"Mr. Okafor declined to comment.", "Okafor"},
    {"Sen. Marcus Bell voted against the bill.", "Marcus Bell"},
    {"Foreign Minister Ana Petrovic arrived in the capital.", "Ana Petrovic"},
    {"Republican Dana Whitfield won the seat.", "Dana Whitfield"},
    {"Russian President Ivan Sorokin met the delegation.", "Ivan Sorokin"},
    {"The deputy mayor, Lena Vogt, resigned.", "Lena Vogt"},
    // Particles inside a name; a regnal number at its end.
    {"Ludwig van der Berg opened the exhibition.", "Ludwig van der Berg"},
    {"King Harald V attended the service.", "Harald V"},
    // A party tag after a name is no name of its own.
    {"Sen. Marcus Bell, R-Texas, voted against the bill.", "Marcus Bell"},
    {"Rep. Joan Avery (D-Calif.) introduced the measure.", "Joan Avery"},
    {"Bell, R-S.C., said he was disappointed.", "Bell"},
    // Several people; a name after a verb.
    {"Dana Whitfield and Tomas Lindgren signed the letter.", "Dana Whitfield | Tomas Lindgren"},
    {"The award went to Harriet Okafor on Friday.", "Harriet Okafor"},
    // Things that are not people: months, weekdays, acronyms, places,
    // organisations, honorifics alone.
    {"The talks resumed on Monday in March.", ""},
    {"NATO and the EU issued a joint statement.", ""},
    {"Mr. said nothing.", ""},
    {"The Premier League announced the fixtures.", ""},
    {"Officials at City Hall refused to comment.", ""},
    {"It happened in France last year.", ""},
    // A sentence-initial stopword is not a name.
    {"The committee met again.", ""},
    {"Yesterday Lindgren was re-elected.", "Lindgren"},
    // A hyphenated surname is one name.
    {"Professor Ruth Calder-Hayes led the study.", "Ruth Calder-Hayes"},
    {"The report by Anne Dubois-Martin was published.", "Anne Dubois-Martin"},
    // A titled run that names a thing: a determiner before the title and a
    // thing's word at its end, or a possessor before a venue word.
    {"Fans packed the King Albert Stadium on Sunday.", ""},
    {"She studied at King Henry's School in the town.", ""},
    {"The Rev. Ann Park led the prayers.", "Ann Park"},
    {"Gov. Ellen Park signed the bill.", "Ellen Park"},
};

TEST(NamesTest, Table) {
  for (const Case& c : kCases) {
    std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    std::vector<std::string> texts;
    for (const PersonName& name : FindPersonNames(s, ShippedLexicon())) texts.push_back(name.text);
    EXPECT_EQ(absl::StrJoin(texts, " | "), c.names) << c.sentence << "\n" << ExplainForTest(s);
  }
}

}  // namespace
}  // namespace factcheck
