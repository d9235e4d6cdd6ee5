// Doers from parsed sentences: a sentence, the verb asked about (its
// first occurrence) and the one-line dump (doers.h DumpDoer), in the
// style of re2's parse_test. The sentences are written for this test.
#include "claims/extract/doers.h"

#include <string>

#include "claims/extract/test_parse.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* sentence;
  const char* verb;
  const char* doer;
};

const Case kCases[] = {
    {"The mayor resigned on Friday.", "resigned", "DOER resigned <- mayor"},
    {"Jane Roe did not resign.", "resign", "DOER resign <- Jane"},
    {"The budget was rejected by the council.", "rejected", "DOER rejected <- budget"},
    // Coordination and control share the subject.
    {"The senator resigned and left the city.", "left", "DOER left <- senator"},
    {"The governor refused to sign the bill.", "sign", "DOER sign <- governor"},
    // A relative pronoun stands for its noun.
    {"The coach, who joined in May, was sacked.", "joined", "DOER joined <- coach"},
    // Auxiliaries and copulas stand for their head.
    {"The minister had not been told.", "been", "DOER been <- minister"},
    {"The minister was not happy with the plan.", "was", "DOER was <- minister"},
    // The speaker of a report is not the doer of what is reported.
    {"Karen Smith said the theft forced her to see a doctor.", "forced", "DOER forced <- theft"},
    {"He said radiation levels may not cause any harm.", "cause", "DOER cause <- levels"},
    {"Professor Lee said none of the pupils realised the danger.", "realised",
     "DOER realised <- none"},
    {"The lawyer for Tom Hart argued that the police ignored the evidence.", "ignored",
     "DOER ignored <- police"},
    // A name inside a noun phrase is not its subject.
    {"The lawyer of Tom Hart appealed the ruling.", "appealed", "DOER appealed <- lawyer"},
    {"A friend of the singer posted the video.", "posted", "DOER posted <- friend"},
    // Words that are not predicates have no doer.
    {"The nurses were at breaking point.", "breaking", "DOER breaking <- none"},
    {"Police may not release the names.", "not", "DOER not <- none"},
    {"The plan failed after the talks.", "after", "DOER after <- none"},
    // Passive and other subjects.
    {"Three men were arrested in the raid.", "arrested", "DOER arrested <- men"},
    {"The firm cheated its investors for years.", "cheated", "DOER cheated <- firm"},
    {"Residents who fled the fire returned on Sunday.", "fled", "DOER fled <- Residents"},
    {"After the vote, the chairman announced his retirement.", "announced",
     "DOER announced <- chairman"},
    {"Firefighters tackled the blaze and rescued two children.", "rescued",
     "DOER rescued <- Firefighters"},
};

int FirstToken(const ParsedSentence& s, const std::string& word) {
  for (int i = 0; i < s.size(); ++i) {
    if (s.word(i) == word) return i;
  }
  return -1;
}

TEST(DoersTest, Table) {
  for (const Case& c : kCases) {
    const std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    const int verb = FirstToken(s, c.verb);
    ASSERT_GE(verb, 0) << c.sentence;
    EXPECT_EQ(DumpDoer(s, verb), c.doer) << c.sentence << "\n" << ExplainForTest(s);
  }
}

TEST(DoersTest, NameInApposition) {
  const std::string text = "The minister, Jane Roe, resigned.";
  ParsedSentence s = ParseForTest(text);
  const int verb = FirstToken(s, "resigned");
  EXPECT_TRUE(IsDoer(s, verb, FirstToken(s, "Jane"), FirstToken(s, "Roe")))
      << ExplainForTest(s);
  EXPECT_FALSE(IsDoer(s, verb, 0, 0)) << "'The' is not the subject";
}

TEST(DoersTest, OnlyVerbsAndAdjectivesArePredicates) {
  const std::string text = "Police may not release the names of the victims.";
  ParsedSentence s = ParseForTest(text);
  EXPECT_TRUE(IsPredicate(s, FirstToken(s, "release"))) << ExplainForTest(s);
  EXPECT_TRUE(IsPredicate(s, FirstToken(s, "may"))) << "an auxiliary stands for its verb";
  EXPECT_FALSE(IsPredicate(s, FirstToken(s, "not")));
  EXPECT_FALSE(IsPredicate(s, FirstToken(s, "names")));
}

TEST(DoersTest, RelativeClauseOfAnApposition) {
  const std::string text = "The move was announced by Tom Hale, the party secretary, who did not give details.";
  ParsedSentence s = ParseForTest(text);
  EXPECT_TRUE(IsDoer(s, FirstToken(s, "give"), FirstToken(s, "Tom"), FirstToken(s, "Hale")))
      << ExplainForTest(s);
}

TEST(DoersTest, NameAfterATitle) {
  const std::string text = "Mayor Lina Orsk did not approve the harbour plan.";
  ParsedSentence s = ParseForTest(text);
  EXPECT_TRUE(IsDoer(s, FirstToken(s, "approve"), 1, 2)) << ExplainForTest(s);
}

TEST(DoersTest, ReportedEventIsNotTheSpeakers) {
  const std::string text = "Karen Smith said the theft forced her to see a doctor.";
  ParsedSentence s = ParseForTest(text);
  EXPECT_FALSE(IsDoer(s, FirstToken(s, "forced"), 0, 1)) << ExplainForTest(s);
  EXPECT_TRUE(IsDoer(s, FirstToken(s, "said"), 0, 1)) << ExplainForTest(s);
}

}  // namespace
}  // namespace factcheck
