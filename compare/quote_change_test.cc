#include "compare/quote_change.h"

#include "claims/test_support.h"
#include "compare/claim_values.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* draft;
  const char* source;
  bool changes_meaning;
};

// Quotations written for this test: one statement as two outlets might
// transcribe it.
const Case kCases[] = {
    // Negation added or removed between shared words.
    {"the council was seeking them", "the council was not seeking them", true},
    {"we did not challenge your record", "we did challenge your record", true},
    {"I never take these things lightly", "I always take these things lightly", true},
    {"it isn't a debate we should have", "it is a debate we should have", true},
    {"this don't cut a single dollar", "this do cut a single dollar", true},
    {"I have not misled any panel, and I have hidden any records",
     "I have not broken any rules. I have not misled any panel, and I have not hidden any records",
     true},
    {"we will not all just have to wait", "we will all just have to wait", true},
    {"equal pay for no one", "equal pay for everyone", true},
    // An opposite, or a word with a negative prefix; also as the whole of
    // a short fragment.
    {"broadly acceptable", "completely unacceptable", true},
    {"broadly fair", "completely reasonable", false},
    {"if we agree, we have to part", "if we disagree, we have to part", true},
    {"she was a good role model there", "she was a bad role model there", true},
    {"if you help me win this race you will", "if you help me lose this race you will", true},
    {"the store opened its doors on time", "the store closed its doors on time", true},
    // A number.
    {"we will hire 40 more nurses this year", "we will hire 400 more nurses this year", true},
    // Transcription and spelling.
    {"now it looks like Gadhafi is going to win", "now it looks like al-Qaddafi is going to win",
     false},
    {"these local supervisors have too much say", "these supervisors have too much say", false},
    {"I was talking about the radical environmentalists",
     "I was talking about the radical environmentalist", false},
    {"a rationale for gutting the programs", "rationale gutting the programs", false},
    {"we are going to fix it one way or the other", "we're going to fix it one way or the other",
     false},
    // Excerpts that start or stop elsewhere.
    {"I feel very badly for him", "I feel very badly for him. He has not had an easy life", false},
    {"Nothing happened to her and it is unfair", "She lied and nothing happened to her and it is unfair",
     false},
    // A negation only in a longer spliced passage is another excerpt.
    {"we will fund the schools and we will build the roads",
     "we will fund the schools because nobody else would ever do it and we will build the roads",
     false},
    // Same words.
    {"the vote is final", "the vote is final", false},
    {"more hostage taking", "not a compromise but more hostage taking", false},
    // An excerpt of a longer quotation is matched where it runs in it, not
    // against an early word of the same spelling.
    {"it is not about you. It is not about your town. It is about some grand plan, some grand "
     "scheme. Not a plan for the valley",
     "It is about some grand plan, some grand scheme. Oh, not a plan for the valley", false},
    // Different wording of the same sense.
    {"they destroyed his life", "they ruined his life", false},
    {"a very strong life", "a very good life", false},
};

TEST(QuoteChangeTest, Table) {
  for (const Case& c : kCases) {
    EXPECT_EQ(QuoteChangesMeaning(QuoteWords(c.draft), QuoteWords(c.source), ShippedLexicon()),
              c.changes_meaning)
        << c.draft << " | " << c.source;
  }
}

struct CopyCase {
  const char* a;
  const char* b;
  bool near_copy;
};

// Quotations written for this test.
const CopyCase kCopyCases[] = {
    // One statement, a word added or dropped, inside a longer excerpt.
    {"the river board was seeking them out", "the river board was not seeking them out", true},
    {"and then the river board was not seeking them out today, she added later",
     "the river board was seeking them out", true},
    {"we did not ever raise the fares on the night trains",
     "we did ever raise the fares on night trains", true},
    // Too short to tell one statement from a common phrase.
    {"we will win", "we will not win", false},
    // Two of the shorter's words missing.
    {"the river board was seeking them out", "the lake board was seeking those out", false},
    // The shorter's words spread over a longer stretch: another statement.
    {"the board was seeking them out",
     "the board said it was not at all sure of seeking more of them or going out", false},
};

TEST(QuoteChangeTest, NearCopy) {
  for (const CopyCase& c : kCopyCases) {
    EXPECT_EQ(NearCopy(QuoteWords(c.a), QuoteWords(c.b)), c.near_copy) << c.a << " | " << c.b;
  }
}

}  // namespace
}  // namespace factcheck
