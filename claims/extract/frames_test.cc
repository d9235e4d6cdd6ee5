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
    {"Voters approved the amendment in 2012.", "FRAME approve | amendment | asserted"},
    {"The amendment was approved by voters.", "FRAME approve | amendment | asserted"},
    {"The amendment was not approved by voters.", "FRAME approve | amendment | negated"},
    {"Prosecutors indicted four officers on Friday.", "FRAME indict | officer | asserted"},
    {"The officers were never indicted.", "FRAME indict | officer | negated"},
    {"The council did not close the library.", "FRAME close | library | negated"},
    {"The company hasn't paid its workers.", "FRAME pay | worker | negated"},
    {"The trust fund will be exhausted by 2040.", "FRAME exhaust | fund | asserted"},
    {"The fund will not be exhausted by 2040.", "FRAME exhaust | fund | negated"},
    {"A gunman opened fire on the players.", "FRAME open | fire | asserted"},
    {"Police arrested the driver and towed the car.",
     "FRAME arrest | driver | asserted; FRAME tow | car | asserted"},
    {"The mayor vetoed the budget.", "FRAME veto | budget | asserted"},
    {"The board rejected the offer from the buyers.", "FRAME reject | offer | asserted"},
    {"Rescuers found the missing hikers alive.", "FRAME find | hiker | asserted"},
    // Said-verbs, pronoun themes and verbs without a theme: none.
    {"The ministry said the talks had failed.", ""},
    {"She did not say when the report would be released.",
     "FRAME release | report | asserted"},
    {"The council approved it on Monday.", ""},
    {"The talks collapsed.", ""},
    {"Prices rose sharply last year.", ""},
    {"Nobody was hurt.", ""},
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
