// The times of a sentence (times.h FindTimes): a sentence, read as written
// on Wednesday 2026-03-18, and the one-line dump of its times, in the style
// of re2's parse_test. The sentences are written for this test; every
// interval was worked out by hand from that date.
#include "claims/extract/times.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "claims/extract/sentence_words.h"
#include "claims/extract/test_parse.h"
#include "claims/test_support.h"
#include "claims/tokenizer.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// "KIND words [modifier] begin..end" for each time, joined by "; ".
std::string DumpTimes(const std::string& text, std::optional<absl::CivilDay> date) {
  std::vector<Token> tokens = Tokenize(text, 0, static_cast<int64_t>(text.size()));
  std::vector<LowerToken> lower;
  for (const Token& t : tokens) lower.emplace_back(Lower(t.text));
  std::vector<std::string> out;
  for (const TimeMention& m : FindTimes(tokens, lower, ShippedLexicon(), date)) {
    std::string kind(absl::StripPrefix(TimeKind_Name(m.time.kind()), "TIME_KIND_"));
    std::string words =
        text.substr(tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin);
    std::string line = absl::StrCat(kind, " ", words);
    if (!m.time.modifier().empty()) absl::StrAppend(&line, " [", m.time.modifier(), "]");
    if (m.time.resolved()) absl::StrAppend(&line, " ", m.time.begin_date(), "..", m.time.end_date());
    out.push_back(line);
  }
  return absl::StrJoin(out, "; ");
}

struct Case {
  const char* sentence;
  const char* times;
};

const Case kCases[] = {
    // Weekdays: the last one on or before the date, or after it for "next".
    {"The council voted on Tuesday.", "DATE Tuesday 2026-03-17..2026-03-17"},
    {"The strike began on Wednesday.", "DATE Wednesday 2026-03-18..2026-03-18"},
    {"He left the party last Wednesday.", "DATE last Wednesday [last] 2026-03-11..2026-03-11"},
    {"The vote is due next Monday.", "DATE next Monday [next] 2026-03-23..2026-03-23"},
    {"Fighting resumed on Thursday night.", "DATE Thursday night 2026-03-12..2026-03-12"},
    {"She wrote for the Sunday Times for a decade.", ""},
    {"On Friday, March 13, 2026, the bridge shut.",
     "DATE Friday, March 13, 2026 2026-03-13..2026-03-13"},
    // Months, with and without a day or year; a month after the date's
    // month is last year's.
    {"The deal was signed on March 3, 2024.", "DATE March 3, 2024 2024-03-03..2024-03-03"},
    {"The inquiry opened on Aug. 24.", "DATE Aug. 24 2025-08-24..2025-08-24"},
    {"The law changed in December.", "MONTH December 2025-12-01..2025-12-31"},
    {"Prices rose in February.", "MONTH February 2026-02-01..2026-02-28"},
    {"The plant closed in May 2019.", "MONTH May 2019 2019-05-01..2019-05-31"},
    {"May I ask one more question?", ""},
    // Years, whole or in part.
    {"The museum reopened in 2019.", "YEAR 2019 2019-01-01..2019-12-31"},
    {"The bridge was finished in early 2021.", "YEAR early 2021 [early] 2021-01-01..2021-04-30"},
    {"Sales slowed in late 2022.", "YEAR late 2022 [late] 2022-09-01..2022-12-31"},
    {"Work went on until mid 2023.", "YEAR mid 2023 [mid] 2023-04-01..2023-09-30"},
    {"Each family was paid $2020 in cash.", ""},
    {"The tower is 1850 feet tall.", "YEAR 1850 1850-01-01..1850-12-31"},  // a known limit
    // Since: when a state began.
    {"He has lived there since 2002.", "SINCE since 2002 2002-01-01..2002-12-31"},
    {"She has been in charge since May.", "SINCE since May 2025-05-01..2025-05-31"},
    // Periods relative to the date.
    {"The price fell last week.", "RELATIVE last week [last] 2026-03-09..2026-03-15"},
    {"The plan will be published next month.",
     "RELATIVE next month [next] 2026-04-01..2026-04-30"},
    {"Turnout rose this year.", "RELATIVE this year [this] 2026-01-01..2026-12-31"},
    {"He resigned a week ago.", "RELATIVE a week ago [ago] 2026-03-11..2026-03-11"},
    {"The mine closed two days ago, on Monday.",
     "RELATIVE two days ago [ago] 2026-03-16..2026-03-16; DATE Monday 2026-03-16..2026-03-16"},
    {"Nothing happened ago.", ""},
    // Two times in one sentence, in order.
    {"Talks began in 2020 and ended last month.",
     "YEAR 2020 2020-01-01..2020-12-31; RELATIVE last month [last] 2026-02-01..2026-02-28"},
};

TEST(FindTimesTest, Table) {
  const absl::CivilDay date(2026, 3, 18);
  for (const Case& c : kCases) {
    EXPECT_EQ(DumpTimes(c.sentence, date), c.times) << c.sentence;
  }
}

// Without the text's date a weekday or a bare month is still a time, but
// unresolved; a full date or a year fixes its own interval.
TEST(FindTimesTest, WithoutADateOnlyFullDatesAndYearsResolve) {
  EXPECT_EQ(DumpTimes("The talks ended on Friday.", std::nullopt), "DATE Friday");
  EXPECT_EQ(DumpTimes("The law changed in December.", std::nullopt), "MONTH December");
  EXPECT_EQ(DumpTimes("The price fell last week.", std::nullopt), "RELATIVE last week [last]");
  EXPECT_EQ(DumpTimes("The deal was signed on March 3, 2024.", std::nullopt),
            "DATE March 3, 2024 2024-03-03..2024-03-03");
  EXPECT_EQ(DumpTimes("He has lived there since 2002.", std::nullopt),
            "SINCE since 2002 2002-01-01..2002-12-31");
}

// The same with the parse saying which time words are in a clause about
// the future (the extractor's reading).
std::string DumpTimesParsed(const std::string& text, absl::CivilDay date) {
  std::vector<Token> tokens = Tokenize(text, 0, static_cast<int64_t>(text.size()));
  std::vector<LowerToken> lower;
  for (const Token& t : tokens) lower.emplace_back(Lower(t.text));
  const ParsedSentence parsed = ParseForTest(text);
  std::vector<bool> future(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (int p = 0; p < parsed.size(); ++p) {
      if (parsed.begin(p) == tokens[i].begin) future[i] = InFutureClause(parsed, p, ShippedLexicon());
    }
  }
  std::vector<std::string> out;
  for (const TimeMention& m : FindTimes(tokens, lower, ShippedLexicon(), date, future)) {
    out.push_back(absl::StrCat(
        text.substr(tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin), " ",
        m.time.begin_date(), "..", m.time.end_date()));
  }
  return absl::StrJoin(out, "; ");
}

// A weekday or month in a clause about the future is the next one; in any
// other clause, the last. Written on Wednesday 2026-03-18.
TEST(FindTimesTest, AFutureClauseResolvesForward) {
  const Case cases[] = {
      {"The council will vote on Tuesday.", "Tuesday 2026-03-24..2026-03-24"},
      {"The minister is scheduled to visit on Friday.", "Friday 2026-03-20..2026-03-20"},
      {"The museum will reopen in January.", "January 2027-01-01..2027-01-31"},
      {"The shop will open in May.", "May 2026-05-01..2026-05-31"},
      {"He said on Monday that he would resign.", "Monday 2026-03-16..2026-03-16"},
      {"The council voted on Tuesday.", "Tuesday 2026-03-17..2026-03-17"},
      {"The law changed in December.", "December 2025-12-01..2025-12-31"},
      {"The council will meet on Monday evening.", "Monday evening 2026-03-23..2026-03-23"},
      {"The trial will open on April 2 in Leeds.", "April 2 2026-04-02..2026-04-02"},
      // A time that dates a thing, not the clause.
      {"The report will describe the January floods.", "January 2026-01-01..2026-01-31"},
      // Modals are not read as future: a known limit.
      {"She could resign as early as Thursday.", "Thursday 2026-03-12..2026-03-12"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DumpTimesParsed(c.sentence, absl::CivilDay(2026, 3, 18)), c.times) << c.sentence;
  }
}

}  // namespace
}  // namespace factcheck
