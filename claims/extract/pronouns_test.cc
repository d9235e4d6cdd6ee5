// Which names a "he" or "she" cannot stand for, on sentences written for
// this test: a sentence, the name's first word, the pronoun, and whether
// the name is ruled out (in the pronoun's clause, or in a coordination).
#include "claims/extract/pronouns.h"

#include <string>

#include "claims/extract/test_parse.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

int Find(const ParsedSentence& s, const std::string& word) {
  for (int i = 0; i < s.size(); ++i) {
    if (s.word(i) == word) return i;
  }
  return -1;
}

struct Case {
  const char* sentence;
  const char* name;
  const char* pronoun;
  bool same_clause;
  bool coordinated;
};

const Case kCases[] = {
    // In the pronoun's own clause: not its antecedent.
    {"Of Lindqvist, he said the plan was sound.", "Lindqvist", "he", true, false},
    {"On Monday he told Okafor that the deal was off.", "Okafor", "he", true, false},
    {"She thanked Moreau for the invitation.", "Moreau", "She", true, false},
    // In another clause: may be.
    {"Lindqvist said he would resign.", "Lindqvist", "he", false, false},
    {"After Okafor left the room, he called the minister.", "Okafor", "he", false, false},
    {"Moreau, who chairs the panel, said she was pleased.", "Moreau", "she", false, false},
    // In a list.
    {"He named Anna Berg, Tom Reyes and Carl Moss as his deputies.", "Carl", "He", true, true},
    {"Berg and Moss arrived late, and he was angry.", "Berg", "he", false, true},
    {"Tom Reyes arrived late, and he was angry.", "Tom", "he", false, false},
};

TEST(PronounsTest, Table) {
  for (const Case& c : kCases) {
    const std::string text = c.sentence;  // outlives the parse
    ParsedSentence s = ParseForTest(text);
    const int name = Find(s, c.name), pronoun = Find(s, c.pronoun);
    ASSERT_GE(name, 0) << c.sentence;
    ASSERT_GE(pronoun, 0) << c.sentence;
    EXPECT_EQ(NameInPronounClause(s, name, pronoun), c.same_clause) << c.sentence;
    EXPECT_EQ(NameInCoordination(s, name), c.coordinated) << c.sentence;
  }
}

TEST(PronounsTest, MainSubject) {
  const struct {
    const char* sentence;
    bool pronoun;
  } cases[] = {
      {"He recalled the campaign with his running mate.", true},
      {"She left before the vote.", true},
      {"They left before the vote.", false},  // no sex: a group as often
      {"Lindqvist recalled the campaign.", false},
      {"It rained all day.", false},
  };
  for (const auto& c : cases) {
    const std::string text = c.sentence;
    EXPECT_EQ(MainSubjectIsPersonalPronoun(ParseForTest(text), ShippedLexicon()), c.pronoun)
        << c.sentence;
  }
}

TEST(PronounsTest, MainSubjectWord) {
  const struct {
    const char* sentence;
    const char* subject;  // "" for none
  } cases[] = {
      {"When Okafor spoke, Lindqvist left the room.", "Lindqvist"},
      {"After the vote, the mayor was re-elected by a wide margin.", "mayor"},
      {"Berg, who chairs the panel, said the plan was sound.", "Berg"},
      {"On Monday.", ""},
  };
  for (const auto& c : cases) {
    const std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    const int subject = MainSubject(s);
    EXPECT_EQ(subject < 0 ? "" : std::string(s.word(subject)), c.subject) << c.sentence;
  }
}

TEST(PronounsTest, TokenStartingAt) {
  const std::string text = "Of Lindqvist, he said.";
  ParsedSentence s = ParseForTest(text);
  EXPECT_EQ(TokenStartingAt(s, s.begin(3)), 3);
  EXPECT_EQ(TokenStartingAt(s, s.begin(3) + 1), -1);
}

}  // namespace
}  // namespace factcheck
