// Frames from parsed sentences: a sentence and the one-line dumps of its
// frames (frames.h DumpFrame) joined by "; ", in the style of re2's
// parse_test. The sentences are written for this test.
#include "claims/extract/frames.h"

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
  const char* frames;
};

const Case kCases[] = {
    // Active and passive give one frame.
    {"Voters approved the amendment in 2012.", "FRAME approve | amendment | asserted | 2012 voter"},
    {"The amendment was approved by voters.", "FRAME approve | amendment | asserted | voter"},
    {"The amendment was not approved by voters.", "FRAME approve | amendment | negated | voter"},
    {"Prosecutors indicted four officers on Friday.", "FRAME indict | officer | asserted | four friday prosecutor"},
    {"The officers were never indicted.", "FRAME indict | officer | negated"},
    {"The council did not close the library.", "FRAME close | library | negated | council"},
    {"The company hasn't paid its workers.", "FRAME pay | worker | negated | company"},
    {"The trust fund will be exhausted by 2040.", "FRAME exhaust | fund | asserted | 2040 trust"},
    {"The fund will not be exhausted by 2040.", "FRAME exhaust | fund | negated | 2040"},
    {"A gunman opened fire on the players.", "FRAME open | fire | asserted | gunman player"},
    {"Police arrested the driver and towed the car.",
     "FRAME arrest | driver | asserted | police; FRAME tow | car | asserted | police"},
    {"The mayor vetoed the budget.", "FRAME veto | budget | asserted | mayor"},
    {"The board rejected the offer from the buyers.", "FRAME reject | offer | asserted | board buyer"},
    // A relative pronoun stands for the noun its clause modifies.
    {"The amendment, which was not approved by voters, failed.",
     "FRAME approve | amendment | negated | voter; FRAME fail | amendment | asserted"},
    {"Rescuers found the missing hikers alive.", "FRAME find | hiker | asserted | alive missing rescuer"},
    // A verb with no object has its subject for theme; said-verbs and
    // pronoun themes give none.
    {"The ministry said the talks had failed.", "FRAME fail | talk | asserted"},
    // Hedged, conditional or asked: not stated either way.
    {"She did not say when the report would be released.", ""},
    {"The amendment could be approved by voters in May.", ""},
    {"Voters were asked whether the amendment was approved.", ""},
    {"Readers will protest if the council closes the library.", "FRAME protest | reader | asserted"},
    {"The mayor allegedly vetoed the budget.", ""},
    {"The budget should not be vetoed by the mayor.", ""},
    // Negated over a period: when it last happened, not that it never did.
    {"The striker has not scored a goal since March.", ""},
    {"The striker scored a goal in March.", "FRAME score | goal | asserted | march striker"},
    // The complement of another verb is not stated; reported speech is.
    {"Aides urged the mayor not to veto the budget.", ""},
    {"Analysts concluded that the mayor would not veto the budget.", ""},
    {"The mayor said she had not vetoed the budget.", "FRAME veto | budget | negated"},
    {"The council approved it on Monday.", ""},
    {"The talks collapsed.", "FRAME collapse | talk | asserted"},
    {"Prices rose sharply last year.", "FRAME rise | price | asserted | last year"},
    {"Nobody was hurt.", ""},
    // Verbs used as nouns or adjectives state no event.
    {"The hospital is at breaking point.", ""},
    {"Building a new bridge is a complex task.", ""},
    {"Honoured: Medals and flags were laid on the steps.", ""},
    {"Jailed: The former mayor was sentenced for taking bribes.",
     "FRAME sentence | mayor | asserted | former; FRAME take | bribe | asserted"},
    // A relative pronoun or a participle's noun is the doer.
    {"The council passed a budget that funded the schools.",
     "FRAME pass | budget | asserted | council; FRAME fund | school | asserted | budget"},
    {"Lawyers filed a motion seeking the release of the files.",
     "FRAME file | motion | asserted | lawyer; FRAME seek | release | asserted | file motion"},
    // An adverbial clause is as stated as its head.
    {"The plant could close next year, putting 300 jobs at risk.", ""},
    {"The plant closed last year, putting 300 jobs at risk.",
     "FRAME close | plant | asserted | last year; FRAME put | job | asserted | 300 risk"},
    {"The firm declined the offer to merge, sending its lawyers home.",
     "FRAME decline | offer | asserted | firm; FRAME send | lawyer | asserted"},
};

TEST(FindFramesTest, Table) {
  for (const Case& c : kCases) {
    const std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    std::vector<std::string> dumps;
    for (const Frame& f : FindFrames(s, ShippedLexicon())) dumps.push_back(DumpFrame(f));
    EXPECT_EQ(absl::StrJoin(dumps, "; "), c.frames) << c.sentence << "\n" << ExplainForTest(s);
  }
}

}  // namespace
}  // namespace factcheck
