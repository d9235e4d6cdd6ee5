#include "claims/analysis/ud_tokenizer.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// The forms of the tokens of text, joined by spaces.
std::string Forms(const std::string& text) {
  std::vector<std::string> forms;
  for (const UdToken& t : TokenizeUd(text, 0, text.size())) {
    forms.push_back(text.substr(t.begin, t.end - t.begin));
  }
  return absl::StrJoin(forms, " ");
}

struct Case {
  const char* text;
  const char* tokens;
};

// Sentences in the style of news copy, tokenized as UD English EWT/GUM
// would.
const Case kCases[] = {
    // Clitics.
    {"The minister said he didn't know.",
     "The minister said he did n't know ."},
    {"Officials can't say and won't guess.",
     "Officials ca n't say and wo n't guess ."},
    {"The council cannot meet before May.",
     "The council can not meet before May ."},
    {"I'm sure we've seen worse, and they'll agree.",
     "I 'm sure we 've seen worse , and they 'll agree ."},
    {"He'd rather they're told first.", "He 'd rather they 're told first ."},
    {"Ukraine's grain and Ukraine\u2019s ports",
     "Ukraine 's grain and Ukraine \u2019s ports"},
    {"She doesn\u2019t think it\u2019s over.",
     "She does n\u2019t think it \u2019s over ."},
    {"The states' budgets shrank.", "The states ' budgets shrank ."},
    {"\"We're gonna win,\" he said, \"and they wanna know how.\"",
     "\" We 're gon na win , \" he said , \" and they wan na know how . \""},
    {"DON'T PANIC", "DO N'T PANIC"},
    // Abbreviations and initials.
    {"Mr. Biden met Mrs. Ruiz and Dr. Patel in the U.S. capital.",
     "Mr. Biden met Mrs. Ruiz and Dr. Patel in the U.S. capital ."},
    {"Sen. Warren and Gov. Hochul spoke on Jan. 6 at 9 a.m. local time.",
     "Sen. Warren and Gov. Hochul spoke on Jan. 6 at 9 a.m. local time ."},
    {"Acme Inc. hired J. R. Smith, an ex-Navy pilot.",
     "Acme Inc. hired J. R. Smith , an ex-Navy pilot ."},
    {"Bread, milk, eggs, etc. rose in price.",
     "Bread , milk , eggs , etc. rose in price ."},
    // At the very end of a sentence the dot is its own token (EWT).
    {"The firm moved to the U.S.", "The firm moved to the U.S ."},
    {"They sold phones, tablets, etc.", "They sold phones , tablets , etc ."},
    {"It ranked No. 1 in the poll.", "It ranked No. 1 in the poll ."},
    // Numbers, money, percentages, times, ordinals.
    {"About 1,000 people paid $5 each, or 3.5% more than in 2025.",
     "About 1,000 people paid $ 5 each , or 3.5 % more than in 2025 ."},
    {"The deal is worth \u00A36.7bn, up from \u20AC5m.",
     "The deal is worth \u00A3 6.7 bn , up from \u20AC 5 m ."},
    {"Polls close at 10:30pm, not 3:30.",
     "Polls close at 10:30 pm , not 3:30 ."},
    {"She finished 2nd in the 18th race of the 1990s.",
     "She finished 2nd in the 18th race of the 1990s ."},
    // Hyphens: split in compounds, kept after prefixes and in phone numbers.
    {"A long-term, well-known plan for a 30-day truce.",
     "A long - term , well - known plan for a 30 - day truce ."},
    {"Send an e-mail about the non-profit's re-elected co-chair.",
     "Send an e-mail about the non-profit 's re-elected co-chair ."},
    {"Call 713-853-3989 between 1969-1970 rates.",
     "Call 713-853-3989 between 1969 - 1970 rates ."},
    // Dashes, ellipses, quotes.
    {"The vote \u2014 delayed twice \u2014 passed.",
     "The vote \u2014 delayed twice \u2014 passed ."},
    {"It was late--very late...", "It was late -- very late ..."},
    {"\u201CNo comment,\u201D she said\u2026",
     "\u201C No comment , \u201D she said \u2026"},
    {"\u2018Enough\u2019, he wrote.", "\u2018 Enough \u2019 , he wrote ."},
    {"(See the report [PDF].)", "( See the report [ PDF ] . )"},
    {"Really?! Yes!!!", "Really ?! Yes !!!"},
    // The web: URLs, e-mail, handles, hashtags, smileys.
    {"Read it at https://example.org/news/a-b?id=3.",
     "Read it at https://example.org/news/a-b?id=3 ."},
    {"Write to press.office@example.gov.uk or visit www.example.com.",
     "Write to press.office@example.gov.uk or visit www.example.com ."},
    {"@CityHall posted #StormWatch updates :)",
     "@CityHall posted #StormWatch updates :)"},
    {"Tickets (via Ticketmaster.com) sold out.",
     "Tickets ( via Ticketmaster.com ) sold out ."},
    {"Prices and/or fees rose 1/2 point on 9/11.",
     "Prices and / or fees rose 1/2 point on 9/11 ."},
    {"AT&T and Procter & Gamble", "AT&T and Procter & Gamble"},
    {"Rock 'n' roll was big in the '60s.",
     "Rock 'n ' roll was big in the '60s ."},
};

TEST(TokenizeUd, FollowsUdEnglish) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Forms(c.text), c.tokens) << c.text;
  }
}

TEST(TokenizeUd, MarksNoSpaceAfter) {
  std::string text = "Don't stop, \"now\".";
  std::vector<UdToken> tokens = TokenizeUd(text, 0, text.size());
  std::vector<std::string> marked;
  for (const UdToken& t : tokens) {
    marked.push_back(text.substr(t.begin, t.end - t.begin) +
                     (t.space_after ? "" : "~"));
  }
  EXPECT_EQ(absl::StrJoin(marked, " "), "Do~ n't stop~ , \"~ now~ \"~ .");
}

TEST(TokenizeUd, OffsetsAreBytesIntoTheWholeText) {
  // "Zürich’s café" after a prefix that is not tokenized.
  std::string text =
      "skip me: Z\xC3\xBCrich\xE2\x80\x99s caf\xC3\xA9\xC2\xA0\xE2\x80\x94 ok";
  int64_t begin = 9;
  std::vector<UdToken> tokens = TokenizeUd(text, begin, text.size());
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].begin, 9);
  EXPECT_EQ(tokens[0].end, 16);  // Z + ü (2 bytes) + rich.
  EXPECT_FALSE(tokens[0].space_after);
  EXPECT_EQ(tokens[1].begin, 16);
  EXPECT_EQ(tokens[1].end, 20);  // ’ (3 bytes) + s.
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin),
            "caf\xC3\xA9");
  // The no-break space separates and belongs to no token.
  EXPECT_TRUE(tokens[2].space_after);
  EXPECT_EQ(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin),
            "\xE2\x80\x94");
  EXPECT_EQ(tokens[4].end, static_cast<int64_t>(text.size()));
  for (const UdToken& t : tokens) {
    EXPECT_GE(t.begin, begin);
    EXPECT_LT(t.begin, t.end);
  }
}

TEST(TokenizeUd, StaysInsideTheRange) {
  std::string text = "one two three";
  std::vector<UdToken> tokens = TokenizeUd(text, 4, 7);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].begin, 4);
  EXPECT_EQ(tokens[0].end, 7);
}

TEST(TokenizeUd, EmptyOrBlankRangeHasNoTokens) {
  EXPECT_TRUE(TokenizeUd("", 0, 0).empty());
  std::string blank = " \t\n\xC2\xA0 ";
  EXPECT_TRUE(TokenizeUd(blank, 0, blank.size()).empty());
  EXPECT_TRUE(TokenizeUd("abc", 2, 2).empty());
  EXPECT_TRUE(TokenizeUd("abc", 3, 1).empty());
}

}  // namespace
}  // namespace factcheck
