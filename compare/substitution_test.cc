#include "compare/substitution.h"

#include <cstring>
#include <string>
#include <vector>

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* draft;
  const char* source;
  FindingKind kind;           // FINDING_KIND_UNSPECIFIED: no swap expected
  const char* draft_text;     // the swapped words in the draft
  const char* source_text;    // and in the source
};

// Sentences written for this test, in the style of wire copy; none comes
// from the seeds.
const Case kCases[] = {
    {"The 24-year-old was arrested in Leeds on Monday night .",
     "The 19-year-old was arrested in Leeds on Monday night .", QUANTITY_CONFLICT, "24-year-old",
     "19-year-old"},
    {"Firefighters rescued four people from the burning building on Elm Street .",
     "Firefighters rescued three people from the burning building on Elm Street .",
     QUANTITY_CONFLICT, "four", "three"},
    {"The club paid £40m for the striker last summer , a record fee .",
     "The club paid £25m for the striker last summer , a record fee .", QUANTITY_CONFLICT,
     "£40m", "£25m"},
    {"He earns £100,000-a-month at the club , his agent said .",
     "He earns £100,000-a-week at the club , his agent said .", QUANTITY_CONFLICT,
     "£100,000-a-month", "£100,000-a-week"},
    {"The bridge was completed in 1932 after six years of work .",
     "The bridge was completed in 1928 after six years of work .", DATE_CONFLICT, "1932",
     "1928"},
    {"The council will vote on the plan on Thursday , officials said .",
     "The council will vote on the plan on Tuesday , officials said .", DATE_CONFLICT,
     "Thursday", "Tuesday"},
    {"The striker scored twice as Porto beat Benfica in the cup final .",
     "The striker scored twice as Porto beat Braga in the cup final .", ROLE_CONFLICT,
     "Benfica", "Braga"},
    {"The summit was held in Lisbon , where leaders signed the accord .",
     "The summit was held in Madrid , where leaders signed the accord .", LOCATION_CONFLICT,
     "Lisbon", "Madrid"},
    // A known place for a name the vocabulary does not know: a place
    // only after a place preposition, else a name for a name.
    {"The photo was sent to a college student in Seattle last month .",
     "The photo was sent to a college student in Bellingham last month .", LOCATION_CONFLICT,
     "Seattle", "Bellingham"},
    {"The photo was sent to a college student in Seattle last month .",
     "The photo was sent to a college student via Twitter last month .", ROLE_CONFLICT,
     "Seattle", "Twitter"},
    {"The company did not sell its stake in the mine last year .",
     "The company sold its stake in the mine last year .", POLARITY_CONFLICT, "not", "sold"},
    {"The investor sold the painting at auction for a record price .",
     "The investor bought the painting at auction for a record price .", POLARITY_CONFLICT,
     "sold", "bought"},
    // A name in the same place, followed by other changed words; a name
    // at the start of the sentence against the words before the shared ones.
    {"The farmer , known locally as Tam , was proud of the whole herd .",
     "The farmer , known locally as Rab , had sold most of the whole herd .", ROLE_CONFLICT,
     "Tam", "Rab"},
    {"Seattle-based designer Ana Ruiz opened the shop in March , her first .",
     "Back then , Boston-based designer Ana Ruiz opened the shop in March , her first .",
     LOCATION_CONFLICT, "Seattle-based", "Boston-based"},
    {"The drawing is expected to fetch more than £20,000 at auction next week .",
     "The drawing is expected to fetch more than £10,000 at auction next week .",
     QUANTITY_CONFLICT, "£20,000", "£10,000"},
    // Units of time and relative days.
    {"Several weeks later , her doctor noticed small burns on her arm .",
     "Several days later , her doctor noticed small burns on her arm .", DATE_CONFLICT, "weeks",
     "days"},
    {"The festival , which takes place today , draws large crowds to the park .",
     "The festival , which takes place tomorrow , draws large crowds to the park .",
     DATE_CONFLICT, "today", "tomorrow"},
    // Not swaps.
    // An honorific, a one-word title and a party letter are not names.
    {"Mr. Lundqvist told reporters the plan would fail , aides said .",
     "Lundqvist told reporters the plan would fail on Monday , aides said .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"The bill was backed by Rep. Ann Ortiz , D-Ore. , on the floor .",
     "The bill was backed by Ann Ortiz , a Democrat , on the floor .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    // In a Title Case headline every word is capitalised: not a name swap.
    {"Leading Senators Say Budget Deal Is Close",
     "Top Senators Say Budget Deal Is Close", FINDING_KIND_UNSPECIFIED, "", ""},
    // ... nor against a sentence of running text.
    {"Mayor Praises Harbor Plan At Council Meeting",
     "Ruiz Praises Harbor Plan At Council Meeting , aides said .", FINDING_KIND_UNSPECIFIED, "",
     ""},
    // A party for a party.
    {"The proposal was opposed by Democrats on the committee last week .",
     "The proposal was opposed by Republicans on the committee last week .", ROLE_CONFLICT,
     "Democrats", "Republicans"},
    // A name spelled two ways, and a party for another name: not swaps.
    {"The chairman , Reince Lindqvist , thanked the members of the committee .",
     "The chairman , Reince Lindqvsit , thanked the members of the committee .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"The proposal was opposed by Democrats on the committee last week .",
     "The proposal was opposed by Google on the committee last week .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"The ferry left an hour after the two trucks had collided on the quay .",
     "The ferry left yesterday after the two trucks had collided on the quay .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"He left most of the planning of the day to his fiancee , Ann .",
     "He left most of the planning of next week's wedding to his fiancee , Ann .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"The cord shouldn't be clamped earlier than one minute after the birth .",
     "The cord should be clamped within five minutes after the birth .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"Firefighters rescued 4 people from the burning building on Elm Street .",
     "Firefighters rescued four people from the burning building on Elm Street .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"Firefighters rescued more than 30 people from the building on Elm Street .",
     "Firefighters rescued 34 people from the building on Elm Street .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"Porto beat Braga 2-1 , with goals from Silva and Costa .",
     "Porto beat Braga 2-1 , with goals from Costa and Silva .", FINDING_KIND_UNSPECIFIED, "",
     ""},
    {"Mr Costa said the talks in Kiev had been useful .",
     "Mr Costa said the talks in Kyiv had been useful .", FINDING_KIND_UNSPECIFIED, "", ""},
    {"The forward joined Man Utd from Porto for a fee of £30m last summer .",
     "The forward joined United from Porto for a fee of £30m last summer .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"Coach Rob Hale said the squad had trained well before the final .",
     "Coach Robert Hale said the squad had trained well before the final .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    // An owner against a thing: a rewording.
    {"The coach said Lopez's side had played their best football of the season .",
     "The coach said Uruguay had played their best football of the season .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"The weather was fine .", "The match was cancelled because of rain on Sunday .",
     FINDING_KIND_UNSPECIFIED, "", ""},
    {"The Saturday Evening Herald printed the photograph in 1950 .",
     "The Saturday Evening Herald printed the photograph in 1950 .", FINDING_KIND_UNSPECIFIED,
     "", ""},
};

TEST(SubstitutionFinderTest, FindsTypedSwapsAndOnlyThose) {
  SubstitutionFinder finder(ShippedLexicon());
  for (const Case& c : kCases) {
    std::vector<Substitution> found = finder.Find(c.draft, c.source);
    if (c.kind == FINDING_KIND_UNSPECIFIED) {
      EXPECT_TRUE(found.empty()) << c.draft << "\n  found: " << found[0].draft_text << " / "
                                 << found[0].source_text;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.draft;
    EXPECT_EQ(found[0].kind, c.kind) << c.draft;
    EXPECT_EQ(found[0].draft_text, c.draft_text) << c.draft;
    EXPECT_EQ(found[0].source_text, c.source_text) << c.draft;
    std::string draft = c.draft;
    EXPECT_EQ(draft.substr(found[0].draft_begin, found[0].draft_end - found[0].draft_begin),
              c.draft_text);
  }
}

TEST(SubstitutionFinderTest, AnotherSentenceStatingTheValueSupportsIt) {
  SubstitutionFinder finder(ShippedLexicon());
  std::vector<Substitution> found =
      finder.Find("Firefighters rescued four people from the burning building on Elm Street .",
                  "Firefighters rescued three people from the burning building on Elm Street .");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(finder.Supports("A fourth person was found later , and four people in all "
                              "were rescued .",
                              found[0]));
  EXPECT_FALSE(finder.Supports("Four engines attended the fire .", found[0]));
}

// A negation under a condition ("if ... can't") is marked conditional; a
// plain one is not.
TEST(SubstitutionFinderTest, NegationUnderAConditionIsMarked) {
  SubstitutionFinder finder(ShippedLexicon());
  std::vector<Substitution> found = finder.Find(
      "The mayor said that if the council can't agree on the budget , talks should end .",
      "The mayor said that the council should agree on the budget , and talks should end .");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, POLARITY_CONFLICT);
  EXPECT_TRUE(found[0].conditional);
  found = finder.Find("The company did not sell its stake in the mine last year .",
                      "The company sold its stake in the mine last year .");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].conditional);
}

TEST(SubstitutionFinderTest, WordsAreTypedAndStrippedOfPunctuation) {
  SubstitutionFinder finder(ShippedLexicon());
  std::vector<SentenceWord> words =
      finder.Words("\xE2\x80\x9CWe won't go ,\xE2\x80\x9D said Ana Lima , 35 , in May 2019 .");
  ASSERT_GE(words.size(), 10u);
  EXPECT_EQ(words[0].folded, "we");
  EXPECT_EQ(words[1].type, SentenceWord::Type::kNegation);
  EXPECT_EQ(words[4].type, SentenceWord::Type::kName);  // Ana
  EXPECT_EQ(words[6].type, SentenceWord::Type::kNumber);
  EXPECT_EQ(words[6].value, 35);
  EXPECT_EQ(words[8].type, SentenceWord::Type::kDateWord);
  EXPECT_EQ(words[9].type, SentenceWord::Type::kYear);
}

// Equal words around a swap: the draft's swapped words and the source's
// (empty where the draft adds a word), each at its first occurrence.
TEST(SharedWordsAroundTest, Table) {
  struct Row {
    const char* draft;
    const char* draft_swap;
    const char* source;
    const char* source_swap;  // the word the swap stands before when empty
    const char* source_at;
    int shared;
  } rows[] = {
      // One word changed in a quote restated: most of it is shared.
      {"We will not appeal against the red card shown to our captain.", "not",
       "We will appeal against the red card shown to our captain.", "", "appeal", 11},
      {"We lost the game because we were not ready for the cold.", "not",
       "We lost the game because we were ready for the cold.", "", "ready", 11},
      // Two remarks of one speaker: a word or two by chance.
      {"I don't think the plan is a stunt.", "don't",
       "I think it is important that we send a message.", "", "think", 2},
      {"I used money that should have been used for my campaign.", "should",
       "I used money I shouldn't have used for personal purposes.", "shouldn't", "shouldn't", 1},
  };
  SubstitutionFinder finder(ShippedLexicon());
  for (const Row& r : rows) {
    const std::string draft = r.draft, source = r.source;
    Substitution sub;
    sub.draft_begin = static_cast<int>(draft.find(r.draft_swap));
    sub.draft_end = sub.draft_begin + static_cast<int>(strlen(r.draft_swap));
    sub.source_begin = static_cast<int>(source.find(r.source_at));
    sub.source_end = sub.source_begin + static_cast<int>(strlen(r.source_swap));
    EXPECT_EQ(SharedWordsAround(finder.Words(draft), finder.Words(source), sub), r.shared)
        << r.draft << " / " << r.source;
  }
}

TEST(PlacesNestTest, Table) {
  struct Row {
    const char* a;
    const char* b;
    bool nest;
  } rows[] = {
      {"Ohio", "U.S.", true},           {"United States", "Florida", true},
      {"American", "Texas", true},      {"Seattle-based", "U.S.", true},
      {"Ohio", "Ohio", true},           {"Ohio", "Oregon", false},
      {"Canada", "Texas", false},       {"France", "Germany", false},
      {"Nowhereville", "U.S.", false},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(PlacesNest(ShippedLexicon(), r.a, r.b), r.nest) << r.a << " / " << r.b;
  }
}

}  // namespace
}  // namespace factcheck
