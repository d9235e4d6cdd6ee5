// The predicate each phrase belongs to: a sentence, the phrase (its first
// occurrence), and the predicate (predicates.h GoverningPredicate), in the
// style of re2's parse_test. The sentences are written for this test.
#include "claims/extract/predicates.h"

#include <string>

#include "claims/extract/test_parse.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* sentence;
  const char* phrase;
  const char* predicate;
};

const Case kCases[] = {
    // A time phrase under its verb.
    {"The bridge closed in 2019 after the flood.", "2019", "close"},
    {"The council voted on Monday to raise the fares.", "Monday", "vote"},
    {"Talks resumed on Friday in the capital.", "Friday", "resume"},
    {"The museum will reopen next spring.", "next spring", "reopen"},
    {"The company hired 40 workers last year.", "last year", "hire"},
    // Two verbs: each phrase belongs to its own.
    {"Officials said on Monday that the bridge closed in 2019.", "Monday", "say"},
    {"Officials said on Monday that the bridge closed in 2019.", "2019", "close"},
    {"The mayor announced on Tuesday that the pool would open in June.", "Tuesday", "say"},
    {"The mayor announced on Tuesday that the pool would open in June.", "June", "open"},
    // Said-verbs are one predicate.
    {"The ministry told reporters on Sunday that prices would rise.", "Sunday", "say"},
    {"She said Wednesday that the plan had failed.", "Wednesday", "say"},
    // A count under its verb.
    {"Police arrested 12 people during the protest.", "12 people", "arrest"},
    {"The storm destroyed more than 300 homes on the coast.", "300 homes", "destroy"},
    {"The team won 5 of its last 6 games.", "5", "win"},
    // A place under its verb.
    {"The leaders met in Geneva last week.", "Geneva", "meet"},
    {"The plane landed safely in Lisbon on Saturday.", "Lisbon", "land"},
    // A phrase inside a relative clause belongs to that clause's verb.
    {"The law, which took effect in March, bans the sale of fireworks.", "March", "take"},
    {"The senator who resigned in May has returned to teaching.", "May", "resign"},
    // A phrase that qualifies a noun, or under no verb: none.
    {"Voters rejected a 2010 measure on taxes.", "2010", ""},
    {"The country's estimated 11 million migrants may apply.", "11 million", ""},
    {"Record heat in July", "July", ""},
    {"A fire at the depot on Thursday night.", "Thursday", ""},
};

TEST(GoverningPredicateTest, Table) {
  for (const Case& c : kCases) {
    const std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    const size_t at = text.find(c.phrase);
    ASSERT_NE(at, std::string::npos) << c.phrase;
    EXPECT_EQ(GoverningPredicate(s, static_cast<int64_t>(at),
                                 static_cast<int64_t>(at + strlen(c.phrase)), ShippedLexicon()),
              c.predicate)
        << c.sentence << " / " << c.phrase << "\n"
        << ExplainForTest(s);
  }
}

// Dates follow event nouns to their verbs (WordNet derivations); other
// nouns give none.
const Case kEventNounCases[] = {
    {"Their only encounter in 2021 ended badly.", "2021", "encounter"},
    {"The shooting on Friday near the school left two people hurt.", "Friday", "shoot"},
    {"The resignation on Monday surprised the board.", "Monday", "resign"},
    {"Turnout in the 2016 election was low.", "2016", "elect"},
    {"The talks ended on Monday.", "Monday", "end"},
    {"The school's 2019 budget was cut.", "2019", ""},
    // Beside an event noun under one verb, the date is the noun's.
    {"No deal has followed since their last encounter in 2021.", "2021", "encounter"},
    {"Prices fell after the election in 2016.", "2016", "elect"},
    {"Prices have fallen since March.", "March", "fall"},
    // Under an adverb of the verb.
    {"The two met only once, in 2017, in Oslo.", "2017", "meet"},
    // A fronted date the parse hangs on the subject after it dates the verb.
    {"In May, officers in two towns arrested five men.", "May", "arrest"},
    {"On Tuesday, workers at the plant walked out.", "Tuesday", "walk"},
    {"In 2019, engineers from the firm designed a new bridge.", "2019", "design"},
    // A date between a subject and its verb is the verb's, however the
    // parse hangs it, unless the subject names an event (as "resignation"
    // above; WordNet's derivations also make "committee" and "police" such
    // nouns, which keep their date).
    {"The White House on Wednesday released the full set of emails.", "Wednesday", "release"},
    {"The board on Monday approved the plan to close two schools.", "Monday", "approve"},
    {"Police on Friday arrested two men near the station.", "Friday", "police"},
    {"A Republican staffer on Friday apologized for the post.", "Friday", "apologize"},
};

TEST(GoverningPredicateTest, EventNouns) {
  for (const Case& c : kEventNounCases) {
    const std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    const size_t at = text.find(c.phrase);
    ASSERT_NE(at, std::string::npos) << c.phrase;
    const int64_t begin = static_cast<int64_t>(at), end = begin + strlen(c.phrase);
    EXPECT_EQ(GoverningPredicate(s, begin, end, ShippedLexicon(), EventNouns::kFollow),
              c.predicate)
        << c.sentence << " / " << c.phrase << "\n"
        << ExplainForTest(s);
  }
  // Without kFollow a date under a noun has no predicate.
  const std::string text = "Their only encounter in 2021 ended badly.";
  ParsedSentence s = ParseForTest(text);
  const int64_t at = static_cast<int64_t>(text.find("2021"));
  EXPECT_EQ(GoverningPredicate(s, at, at + 4, ShippedLexicon()), "");
}

}  // namespace
}  // namespace factcheck
