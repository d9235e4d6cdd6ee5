#include "compare/unstated_value.h"

#include <string>
#include <vector>

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* draft;
  const char* source;  // the aligned source sentence
  const char* elsewhere;  // another sentence of the source document
  FindingKind kind;       // FINDING_KIND_UNSPECIFIED: nothing expected
  const char* draft_text;
  const char* source_text;
};

// Sentences written for this test in the style of news summaries; none
// comes from the seeds or the benchmarks.
const Case kCases[] = {
    // A value with its own unit, never stated by the source.
    {"Plunged to just 300ft above the sea before the pilot regained control .",
     "The airliner fell to just 1,300ft above the sea before its captain took back control .",
     "The crew were praised .", QUANTITY_CONFLICT, "300ft", "1,300ft"},
    {"The 42-year-old runs a bakery in the town .",
     "Baker Ruth Amos, a 24-year-old mother of two, opened the shop last year .",
     "She employs five people .", QUANTITY_CONFLICT, "42-year-old", "24-year-old"},
    // A bare number, slotted by what it counts.
    {"Police arrested four Dutch sailors on board the boat .",
     "Officers arrested two Dutch sailors and a Belgian who were on board the boat .",
     "The boat was towed to port .", QUANTITY_CONFLICT, "four", "two"},
    // A place for a place, a name for a name, a month for a month.
    {"The storm hit Ohio on Monday , cutting power to thousands .",
     "The storm hit Kentucky on Monday , cutting power to 40,000 homes .",
     "Crews worked through the night .", LOCATION_CONFLICT, "Ohio", "Kentucky"},
    {"Coach Pavel Horak blamed the referee for the defeat .",
     "Coach Milan Novak blamed the referee after the 2-0 defeat .",
     "The club will appeal .", ROLE_CONFLICT, "Pavel Horak", "Milan Novak"},
    {"The winger has been out since March with a knee injury .",
     "The winger has been absent since hurting his knee against Leeds on April 12 .",
     "He is due back next week .", DATE_CONFLICT, "March", "April"},
    // A list of figures: each is tied to its own item, not to the slot's
    // word that stands by all of them.
    {"In the poll the mayor took 11 percent of the vote .",
     "The poll put the sheriff ( 17 percent ) ahead of the judge ( 14 percent ) and the clerk ( 9 "
     "percent ) .",
     "Turnout was low .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"In the poll the mayor took 11 percent of the vote .",
     "The poll gave the mayor 17 percent , the judge 14 percent and the clerk 9 percent .",
     "Turnout was low .", QUANTITY_CONFLICT, "11", "17"},
    {"In the poll the mayor took 11 percent of the vote .",
     "In the poll the mayor took 17 percent of the vote .", "Turnout was low .",
     QUANTITY_CONFLICT, "11", "17"},
    // The source states the value elsewhere, in the draft's context: the
    // summary may have merged two sentences.
    {"Plunged to just 300ft above the sea before the pilot regained control .",
     "The airliner fell to just 1,300ft above the sea before its captain took back control .",
     "The plane plunged to 300ft before the pilot regained control .", FINDING_KIND_UNSPECIFIED,
     "", ""},
    // ... but in another context it does not support the draft.
    {"The plane plunged to just 900ft above the sea before the pilot regained control .",
     "The airliner fell to just 1,300ft above the sea before its captain took back control .",
     "It had been cruising at 900ft over the hills an hour earlier .", QUANTITY_CONFLICT, "900ft",
     "1,300ft"},
    // A rounding, a bound, a misspelt name, a shortened name.
    {"The club paid £33m for the striker .", "The club paid £32.8m for the striker .",
     "He signed a five-year deal .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"Rescuers saved more than 40 people from the flood .",
     "Rescuers saved 37 people from the flood waters .", "The river burst its banks .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"The team flew to Madird for the final .", "The team flew to Lisbon for the semi-final .",
     "The final will be played in Madrid .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"Man Utd beat Ajax in the final .", "Manchester United beat Ajax in the final .",
     "The match was close .", FINDING_KIND_UNSPECIFIED, "", ""},
    // A year and another year that share no neighbour: another slot.
    {"He left office in 1953 having hosted six state dinners .",
     "He became president in 1945 and held six dinners in all .",
     "He left office long ago .", FINDING_KIND_UNSPECIFIED, "", ""},
    // Names of another kind: a stadium is not a league.
    // A place that qualifies a title says whose office it is: it compares
    // with the place of the same holder's title, not with where something
    // happened, nor with another holder's.
    {"Ohio Governor Ann Lee visited the flooded town on Monday .",
     "The governor toured the flooded town in Kentucky on Monday .",
     "She promised aid .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"Crowds cheered former Ohio Gov. Ann Lee at the rally on Monday .",
     "Crowds cheered the governor at the rally in Kentucky on Monday .",
     "She promised aid .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"The plan was backed by Ohio Governor Ann Lee and the mayor .",
     "The plan was backed by Kentucky Governor Ruth Amos and the mayor .",
     "It passed .", ROLE_CONFLICT, "Ann Lee", "Ruth Amos"},  // the holders, not their states
    {"The plan was backed by Ohio Governor Ann Lee and the mayor .",
     "The plan was backed by Ann Lee , the governor of Kentucky , and the mayor .",
     "It passed .", LOCATION_CONFLICT, "Ohio", "Kentucky"},
    // A governor's state is no rival for a mayor's city; a governor's
    // state is for another governor's.
    {"Earlier , Ohio Gov. Ann Lee took a similar stand against the law .",
     "Kentucky mayor bans official travel over the law .",
     "It passed .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"Earlier , Ohio Gov. Ann Lee took a similar stand against the law .",
     "Earlier , Kentucky Gov. Ann Lee took a similar stand against the law .",
     "It passed .", LOCATION_CONFLICT, "Ohio", "Kentucky"},
    // "X of Ohio": whose place it is; another person's state is no rival.
    {"Former Rep. Ann Lee of Ohio called for the report to be made public .",
     "Senator Ruth Amos of Kentucky and Ann Lee called for the report to be made public .",
     "It passed .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"Former Rep. Ann Lee of Ohio called for the report to be made public .",
     "Former Rep. Ann Lee of Kentucky called for the report to be made public .",
     "It passed .", LOCATION_CONFLICT, "Ohio", "Kentucky"},
    // A sentence that lists places says where things are; another place
    // in the other sentence is one more, not a swap.
    {"Bans were also imposed in Oregon , Nevada and Vermont .",
     "Officials imposed a ban on travel to Arkansas .",
     "The law drew protests .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"Besides Washington , Boston and Denver imposed bans on travel to the state .",
     "Officials imposed a ban on travel to Arkansas .",
     "The law drew protests .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"Besides Oregon and Millbrook , Boston and Denver have also imposed bans .",
     "Officials imposed a ban on travel to Arkansas .",
     "The law drew protests .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"The storm hit Ohio on Monday , cutting power to thousands .",
     "The storm hit Texas , Kansas and Missouri on Monday .",
     "Crews worked through the night .", FINDING_KIND_UNSPECIFIED, "", ""},
    // A place is rivalled by a place, never by a people.
    {"The talks in Ohio on Monday ended without a deal .",
     "The talks with the Russians on Monday ended without a deal .",
     "Crews worked through the night .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"The final takes place at National Arena in the capital .",
     "The winner of the Europa League plays in the final in the capital .",
     "Tickets sold out .", FINDING_KIND_UNSPECIFIED, "", ""},
};

TEST(FindUnstatedValuesTest, FindsValuesTheSourceNeverStates) {
  const Lexicon& lexicon = ShippedLexicon();
  SubstitutionFinder finder(lexicon);
  for (const Case& c : kCases) {
    StatedValues stated;
    stated.Add(finder.Words(c.source), lexicon);
    stated.Add(finder.Words(c.elsewhere), lexicon);
    std::vector<Substitution> found = FindUnstatedValues(
        c.draft, finder.Words(c.draft), c.source, finder.Words(c.source),
        [&]() -> const StatedValues& { return stated; }, lexicon);
    if (c.kind == FINDING_KIND_UNSPECIFIED) {
      EXPECT_TRUE(found.empty()) << c.draft << "\n  found: " << found[0].draft_text << " / "
                                 << found[0].source_text;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.draft;
    EXPECT_EQ(found[0].kind, c.kind) << c.draft;
    EXPECT_EQ(found[0].draft_text, c.draft_text) << c.draft;
    EXPECT_EQ(found[0].source_text, c.source_text) << c.draft;
    const std::string source = c.source;
    EXPECT_EQ(source.substr(found[0].source_begin, found[0].source_end - found[0].source_begin),
              c.source_text);
  }
}

TEST(FindUnstatedValuesTest, APersonNamedElsewhereIsComparedAsAPerson) {
  const Lexicon& lexicon = ShippedLexicon();
  SubstitutionFinder finder(lexicon);
  const std::string draft = "Pavel Horak blamed the referee for the defeat .";
  const std::string source = "Coach Milan Novak blamed the referee after the 2-0 defeat .";
  const std::string elsewhere = "The club's owner , Pavel Horak , was in the stand .";
  StatedValues stated;
  stated.Add(finder.Words(source), lexicon);
  stated.Add(finder.Words(elsewhere), lexicon);
  // Not known to be people: the names may be a club's or a place's.
  auto stated_of = [&]() -> const StatedValues& { return stated; };
  EXPECT_TRUE(FindUnstatedValues(draft, finder.Words(draft), source, finder.Words(source),
                                 stated_of, lexicon)
                  .empty());
  stated.AddPerson("Pavel Horak");
  stated.AddPerson("Milan Novak");
  std::vector<Substitution> found = FindUnstatedValues(
      draft, finder.Words(draft), source, finder.Words(source), stated_of, lexicon);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, ROLE_CONFLICT);
  EXPECT_EQ(found[0].draft_text, "Pavel Horak");
  EXPECT_EQ(found[0].source_text, "Milan Novak");
}

TEST(StatedValuesTest, KnowsNumbersWordsAndNamesInShort) {
  const Lexicon& lexicon = ShippedLexicon();
  SubstitutionFinder finder(lexicon);
  StatedValues stated;
  stated.Add(finder.Words("Manchester United paid £5m for the 19-year-old in Tokyo , "
                          "and £6.7bn went on wages ."),
             lexicon);
  SentenceWord number;
  number.type = SentenceWord::Type::kNumber;
  number.value = 5e6;
  EXPECT_TRUE(stated.StatesNumber(number, "\xC2\xA3"));
  number.value = 5;
  EXPECT_FALSE(stated.StatesNumber(number, "\xC2\xA3"));
  number.value = 6e9;  // "£6bn": the £6.7bn rounded down
  EXPECT_TRUE(stated.StatesNumber(number, "\xC2\xA3"));
  number.value = 19;  // a 19-year-old, but not 19 pounds
  EXPECT_TRUE(stated.StatesNumber(number, "-year-old"));
  EXPECT_FALSE(stated.StatesNumber(number, "\xC2\xA3"));
  EXPECT_TRUE(stated.StatesWord("paid"));
  EXPECT_TRUE(stated.StatesNameInShort("man"));    // "Man Utd"
  EXPECT_TRUE(stated.StatesNameInShort("toyko"));  // misspelt
  EXPECT_FALSE(stated.StatesNameInShort("kyoto"));
}

}  // namespace
}  // namespace factcheck
