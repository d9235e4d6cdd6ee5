// Quote speakers from parsed sentences: a sentence with one quote (its
// first pair of quote marks) and the one-line dump of its speaker
// (quotes.h DumpQuoteSpeaker: kind | words | verb), in the style of re2's
// parse_test. The sentences are written for this test.
#include "claims/extract/quotes.h"

#include <string>
#include <vector>

#include "claims/extract/names.h"
#include "claims/extract/test_parse.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* sentence;
  const char* speaker;
};

const Case kCases[] = {
    // The speaker after the quote, either order of verb and subject.
    {"\"We will not back down,\" the mayor said on Tuesday.",
     "SPEAKER description | mayor | said"},
    {"\"It was a terrible day for the city,\" said Harriet Okafor, a council spokeswoman.",
     "SPEAKER name | Harriet Okafor | said"},
    {"\"The figures speak for themselves,\" Daniel Meyer told reporters.",
     "SPEAKER name | Daniel Meyer | told"},
    {"\"I have never seen anything like it,\" she added.", "SPEAKER pronoun | she | added"},
    {"\"Nobody was hurt,\" he said, \"and the building was empty.\"",
     "SPEAKER pronoun | he | said"},
    {"\"The investigation is continuing,\" police said.", "SPEAKER description | police | said"},
    {"\"Prices will keep rising,\" the central bank warned in a statement.",
     "SPEAKER description | central bank | warned"},
    {"\"This is a first step,\" Sen. Marcus Bell said after the vote.",
     "SPEAKER name | Marcus Bell | said"},
    {"\"We are ready,\" said the coach, Tomas Lindgren.", "SPEAKER name | Tomas Lindgren | said"},
    {"\"There is nothing to hide,\" Lindgren insisted.", "SPEAKER name | Lindgren | insisted"},
    {"\"It is great that the council has changed course, but it takes more than a vote to fix "
     "the roads,\" Ana Pirc, senior attorney with the "
     "Center for Road Safety, said in a statement.",
     "SPEAKER name | Ana Pirc | said"},
    // The speaker before the quote.
    {"The minister told reporters: \"There is no plan to raise taxes.\"",
     "SPEAKER description | minister | told"},
    {"Amara Diallo said the offer was \"too little, too late\" for the workers.",
     "SPEAKER name | Amara Diallo | said"},
    {"Police said the man was \"known to officers\" and had been arrested before.",
     "SPEAKER description | Police | said"},
    {"The spokesman, Yusuf Kaya, said: \"The border stays open.\"",
     "SPEAKER name | Yusuf Kaya | said"},
    {"Ellen Marsh, the head of the union, said members felt \"betrayed\".",
     "SPEAKER name | Ellen Marsh | said"},
    {"Officials wrote in the report that the dam was \"at serious risk\".",
     "SPEAKER description | Officials | wrote"},
    {"Kaya smiled and said: \"We will see.\"", "SPEAKER name | Kaya | said"},
    // A said-verb that governs the quote's clause from further up.
    {"Ana Pirc said on Monday that when she used the word she was referring to a \"long-term "
     "plan for the valley\".",
     "SPEAKER name | Ana Pirc | said"},
    // A pronoun under a clause whose subject is named: that name, not the
    // nearer object.
    {"Tomas Lindgren criticised Harriet Okafor for what he said was \"reckless spending\".",
     "SPEAKER pronoun | he | said | Tomas Lindgren"},
    {"Harriet Okafor met Tomas Lindgren, and he said \"we are ready to sign\".",
     "SPEAKER pronoun | he | said"},
    // Before the quote, the speaker precedes the verb; words the quote
    // qualifies do not speak.
    {"Sen. Marcus Bell said a handshake with the rebels would be \"a moment of shame\".",
     "SPEAKER name | Marcus Bell | said"},
    {"\"We are reviewing the decision,\" the statement said.",
     "SPEAKER description | statement | said"},
    // A possessor is not the speaker; the appositive name is.
    {"Verlund's lawyer, Ana Pirc, said in a statement that the office \"has filed charges.\"",
     "SPEAKER name | Ana Pirc | said"},
    {"The paper's editor, Ana Pirc, later tweeted that \"we stand by our reporting.\"",
     "SPEAKER name | Ana Pirc | tweeted"},
    // A participle's said-verb speaks for the subject of the verb it hangs
    // on, not the nearest name.
    {"Pirc contrasted her record with Verlund's, saying \"I built a company from nothing.\"",
     "SPEAKER name | Pirc | saying"},
    {"Ana Pirc wrote a letter to the two ministers, saying they should \"try harder.\"",
     "SPEAKER name | Ana Pirc | saying"},
    // Frames that name no one.
    {"\"We are studying the proposal,\" it said in a statement.",
     "SPEAKER unresolved |  | said"},
    {"\"Stay indoors,\" they warned.", "SPEAKER unresolved |  | warned"},
    // No said-verb: no frame here (the caller may carry a speaker on).
    {"\"This is the end of an era.\"", "SPEAKER none"},
    {"The film, called \"Night Harbour\", opens in May.", "SPEAKER none"},
    // No said-verb, but the quote sits in a clause whose subject can speak.
    {"Critics described the plan as \"a gamble\" on Monday.",
     "SPEAKER description | Critics | clause described"},
    {"She went to the rally to see Lee and called him \"a decent man\".",
     "SPEAKER pronoun | She | clause went"},
    {"After the posts were removed, he asked the mayor to \"come out and say it\".",
     "SPEAKER pronoun | he | asked"},
    {"The senator implied that she had failed \"the people of this state\".",
     "SPEAKER description | senator | clause implied"},
    {"Hunt Ray questioned the \"amended\" text.", "SPEAKER none"},
    {"When the draft was sent to Mr. Petraeus, he dismissed it, saying \"I would not use this,\" and left.",
     "SPEAKER pronoun | he | saying"},
    {"The term \"deep state\" refers to officials.", "SPEAKER none"},
    {"Vo campaign spokeswoman Lis Hart described the ad as \"dishonest\" on Monday.",
     "SPEAKER name | Lis Hart | clause described"},
    // A misparse hangs the speaker as an appositive of an appositive.
    {"After Harlow's more feisty performance Thursday, Dunmore campaign manager Ed Price quipped "
     "that he's a \"happy warrior\" for the middle class.",
     "SPEAKER name | Ed Price | clause quipped"},
    // A source phrase names who says what the clause quotes.
    {"According to Mara Lind, a lawyer for the family, he carried a \"small folding knife\".",
     "SPEAKER name | Mara Lind | clause carried"},
    {"According to police, the driver was \"extremely drunk\" at the time.",
     "SPEAKER description | police | clause drunk"},
};

// Offsets of the first quote with its marks: from the first opening mark
// to the next closing one.
void QuoteOffsets(const std::string& text, int64_t* begin, int64_t* end) {
  size_t open = text.find('"');
  size_t close = text.find('"', open + 1);
  *begin = static_cast<int64_t>(open);
  *end = static_cast<int64_t>(close + 1);
}

TEST(QuotesTest, Table) {
  for (const Case& c : kCases) {
    std::string text = c.sentence;
    ParsedSentence s = ParseForTest(text);
    int64_t begin = 0, end = 0;
    QuoteOffsets(text, &begin, &end);
    QuoteSpeaker speaker = FindQuoteSpeaker(s, begin, end, FindPersonNames(s, ShippedLexicon()),
                                            ShippedLexicon());
    EXPECT_EQ(DumpQuoteSpeaker(s, speaker), c.speaker) << c.sentence << "\n" << ExplainForTest(s);
  }
}

TEST(QuotesTest, Titles) {
  struct TitleCase {
    const char* quote;
    bool title;
  } cases[] = {
      {"This Week.", true},
      {"Face the Nation", true},
      {"Meet the Press,", true},
      {"The Lord of the Rings", true},
      {"Law & Order.", true},
      {"& Sons", false},                           // "&" only inside
      {"It's wrong.", false},
      {"Never", false},                            // one word: speech
      {"We Will Win and Then Some More", false},   // too long
      {"Nobody saw it coming", false},
      {"of the People", false},                    // starts lowercase
      {"Ready for the", false},                    // ends on a stopword
  };
  for (const TitleCase& c : cases) {
    EXPECT_EQ(IsQuotedTitle(c.quote, ShippedLexicon()), c.title) << c.quote;
  }
}

}  // namespace
}  // namespace factcheck
