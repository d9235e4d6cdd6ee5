// What a number counts (quantities.h CountedNounToken): a sentence, the
// number as it first occurs, and the noun counted ("" for none), in the
// style of re2's parse_test. The sentences are written for this test.
#include "claims/extract/quantities.h"

#include <cstring>
#include <string>

#include "claims/extract/test_parse.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* sentence;
  const char* number;
  const char* counted;
};

const Case kCases[] = {
    // The noun right after the number.
    {"Police arrested 12 people during the protest.", "12", "people"},
    {"The factory will add 40 jobs next year.", "40", "jobs"},
    {"Rescuers pulled three survivors from the rubble.", "three", "survivors"},
    // Adjectives and adverbs between: the noun, not the next word.
    {"The storm destroyed 300 wooden beach huts.", "300", "huts"},
    {"She has written 11 best-selling novels.", "11", "novels"},
    {"The council approved 25 new affordable homes.", "25", "homes"},
    {"Officials counted 5,000 dead fish along the shore.", "5,000", "fish"},
    {"The club signed two young French defenders.", "two", "defenders"},
    {"Voters backed 14 local ballot measures.", "14", "measures"},
    {"The firm sold 800 electric cars in May.", "800", "cars"},
    {"Engineers inspected 60 old railway bridges.", "60", "bridges"},
    // A number that counts no noun after it.
    {"The boy was 16 when he left school.", "16", ""},
    {"When she was 16 her family moved to the coast.", "16", ""},
    {"The bill passed by 52 to 48.", "52", ""},
    {"One in 12 drivers failed the test.", "One", ""},
    {"The house stood at number 11.", "11", ""},
    {"The team finished the season in 10th place.", "10th", ""},
    {"Temperatures reached 40 on Tuesday.", "40", ""},
    {"Of the 20, only two returned.", "20", ""},
    {"The score was 3-1 at half time.", "3-1", ""},
    // Limits of the parse: a participle read as a verb ("used"), an adverb
    // before the adjective, or a hyphenated adverb split in two hides the
    // noun; the extractor keeps its own reading then (or takes "eye").
    {"The firm sold 800 used electric cars in May.", "800", ""},
    {"He showed off 16 extremely expensive timepieces.", "16", ""},
    {"He showed off 16 eye-wateringly expensive timepieces.", "16", "eye"},
};

TEST(CountedNounTokenTest, Table) {
  for (const Case& c : kCases) {
    const std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    const size_t at = text.find(c.number);
    ASSERT_NE(at, std::string::npos) << c.number;
    const int t = CountedNounToken(s, static_cast<int64_t>(at),
                                   static_cast<int64_t>(at + strlen(c.number)));
    EXPECT_EQ(t < 0 ? std::string() : std::string(s.word(t)), c.counted)
        << c.sentence << "\n"
        << ExplainForTest(s);
  }
}

}  // namespace
}  // namespace factcheck
