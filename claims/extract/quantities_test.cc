// The quantities of a sentence (quantities.h FindQuantities) and what a
// number counts by the parse (CountedNounToken): a sentence and the
// one-line dump of its quantities, or the number as it first occurs and
// the noun counted ("" for none), in the style of re2's parse_test. The
// sentences are written for this test; every value was worked out by hand.
#include "claims/extract/quantities.h"

#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claims/extract/sentence_words.h"
#include "claims/extract/test_parse.h"
#include "claims/test_support.h"
#include "claims/tokenizer.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// "words = value unit counted [qualifier] low..high @anchor/event" for
// each quantity, joined by "; "; an open bound is "*", empty fields drop.
std::string DumpQuantities(const std::string& text) {
  std::vector<Token> tokens = Tokenize(text, 0, static_cast<int64_t>(text.size()));
  std::vector<LowerToken> lower;
  for (const Token& t : tokens) lower.emplace_back(Lower(t.text));
  std::vector<std::string> out;
  for (const QuantityMention& m : FindQuantities(tokens, lower, ShippedLexicon())) {
    const QuantityClaim& q = m.quantity;
    std::string line = absl::StrCat(
        text.substr(tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin), " = ",
        q.value());
    for (const std::string& field : {q.unit(), q.counted()}) {
      if (!field.empty()) absl::StrAppend(&line, " ", field);
    }
    if (!q.qualifier().empty()) absl::StrAppend(&line, " [", q.qualifier(), "]");
    if (q.value() != q.low() || !q.has_high() || q.value() != q.high()) {
      absl::StrAppend(&line, " ", q.has_low() ? absl::StrCat(q.low()) : "*", "..",
                      q.has_high() ? absl::StrCat(q.high()) : "*");
    }
    if (!q.anchor().empty()) absl::StrAppend(&line, " @", q.anchor());
    if (!q.event().empty()) absl::StrAppend(&line, "/", q.event());
    out.push_back(line);
  }
  return absl::StrJoin(out, "; ");
}

struct QuantityCase {
  const char* sentence;
  const char* quantities;
};

const QuantityCase kQuantityCases[] = {
    // Counts: digits or number words, and the noun after them.
    {"Police arrested 12 people.", "12 people = 12 people @arrest"},
    {"Rescuers found three survivors.", "three survivors = 3 survivor @found"},
    {"About 200 firefighters fought the blaze.", "About 200 firefighters = 200 firefighter [about] 170..230"},
    {"More than 1,000 prisoners were freed.", "More than 1,000 prisoners = 1000 prisoner [more than] 1000..*"},
    {"At least 40 homes were damaged.", "At least 40 homes = 40 home [at least] 40..*"},
    {"Nearly 300 jobs will go.", "Nearly 300 jobs = 300 job [nearly] 255..300"},
    {"Up to 50 flights were cancelled.", "Up to 50 flights = 50 flight [up to] 0..50"},
    {"The town has forty two shops.", "forty two shops = 42 shop @has"},
    {"A thousand workers walked out.", "A thousand workers = 1000 worker"},
    {"Two regional capitals fell.", "Two regional capitals = 2 capital"},
    // The anchor is the word before, a noun here (the parse's predicate,
    // claims/extract/predicates.h, replaces it in the extractor).
    {"They gave 20 pupils five books each.",
     "20 pupils = 20 pupil @gav; five books each = 5 book [each] @pupil"},
    {"The city welcomed 3 million tourists.", "3 million tourists = 3e+06 tourist @welcom"},
    // Durations in minutes.
    {"The meeting lasted two hours.", "two hours = 120 minute @last/meeting"},
    {"The talks lasted an hour and 40 minutes.", "an hour and 40 minutes = 100 minute @last/talks"},
    {"She served a 10-day sentence.", "10-day sentence = 14400 minute sentence"},
    // Money and percentages.
    {"The club paid $105 million for the ground.", "$105 million = 1.05e+08 usd @paid"},
    {"The firm made less than a million dollars.",
     "less than a million dollars = 1e+06 dollar [less than] 0..1e+06 @mad"},
    {"Turnout rose to 64 percent.", "64 percent = 64 percent @ros"},
    {"Prices fell 3% in May.", "3% = 3 percent @fell"},
    {"Inflation hit 2.5 per cent.", "2.5 per cent = 2.5 percent @hit"},
    // No quantity: years, dates, clock times, a number counting nothing.
    {"The bridge opened in 1998.", ""},
    {"The vote is on March 12.", ""},
    {"The train left at 6 a.m.", ""},
    {"One of the leaders resigned.", ""},
};

TEST(FindQuantitiesTest, Table) {
  for (const QuantityCase& c : kQuantityCases) {
    EXPECT_EQ(DumpQuantities(c.sentence), c.quantities) << c.sentence;
  }
}

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
