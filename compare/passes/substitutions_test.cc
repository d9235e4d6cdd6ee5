#include "compare/passes/substitutions.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kSource[] =
    "Officers said the 31-year-old was detained near the old mill on Sunday night after a chase.\n";

TEST(SubstitutionsPass, FindsValuesSwappedInsideARestatedSentence) {
  struct Case {
    std::string draft;
    Lines want;
  } cases[] = {
      {"Officers said the 43-year-old was detained near the old mill on Sunday night after a "
       "chase.\n",
       {"QUANTITY_CONFLICT ERROR 1:19 | draft gives \u201C43-year-old\u201D; 1 other source "
        "disagrees: s1 says \u201C31-year-old\u201D"}},
      {"Officers said the 31-year-old was not detained near the old mill on Sunday night after "
       "a chase.\n",
       {"POLARITY_CONFLICT ERROR 1:35 | draft says \u201Cnot\u201D; 1 other source disagrees: s1 "
        "says \u201Cwas\u201D"}},
      // Restated faithfully: nothing.
      {"The 31-year-old was detained near the old mill on Sunday night, officers said.\n", {}},
  };
  for (const Case& c : cases) {
    SubstitutionsPass pass(SubstitutionsPass::kSwaps);
    EXPECT_EQ(RunPass(pass, {c.draft, kSource}), c.want) << c.draft;
  }
}

// A quote of two sentences after its speaker: its claim sits in the
// first, the second is quoted too.
const char kQuoted[] =
    "\"We played well in the first half,\" Novak said. \"The second half was harder. We will "
    "appeal against the red card shown to our captain.\"\n";

TEST(SubstitutionsPass, ANegationInsideAQuoteAltersTheQuote) {
  SubstitutionsPass pass(SubstitutionsPass::kSwaps);
  EXPECT_EQ(RunPass(pass, {"\"We played well in the first half,\" Novak said. \"The second half was "
                           "harder. We will not appeal against the red card shown to our "
                           "captain.\"\n",
                           kQuoted}),
            Lines({"QUOTE_ALTERED ERROR 1:86 | draft says \u201Cnot\u201D; 1 other source disagrees: "
                   "s1 says \u201Cwill\u201D"}));
}

// A negation under a condition states nothing to flip, but inside a
// quote it still alters the quote.
TEST(SubstitutionsPass, ANegationUnderAConditionAltersOnlyAQuote) {
  const char source[] =
      "The coach said the club would appeal if the league upheld the red card shown to the "
      "captain.\n";
  SubstitutionsPass pass(SubstitutionsPass::kSwaps);
  EXPECT_EQ(RunPass(pass, {"The coach said the club would appeal if the league not upheld the red "
                           "card shown to the captain.\n",
                           source}),
            Lines({}));
  const char quoted[] =
      "\"We will appeal if the league upholds the red card shown to our captain,\" Novak "
      "said.\n";
  EXPECT_EQ(RunPass(pass, {"\"We will appeal if the league never upholds the red card shown to "
                           "our captain,\" Novak said.\n",
                           quoted}),
            Lines({"QUOTE_ALTERED ERROR 1:31 | draft says \u201Cnever\u201D; 1 other source "
                   "disagrees: s1 says \u201Cleague\u201D"}));
}

// The source: a match report.
const char kReport[] =
    "Coach Milan Novak blamed the referee after the 2-0 defeat.\n"
    "The club will appeal against the red card shown in the second half.\n";

TEST(UnstatedValuesPass, NamesAnotherPersonOnlyWhereTheTargetIsWrittenFromTheSource) {
  struct Case {
    std::string draft;
    Lines want;
  } cases[] = {
      // A summary of the report: a name it never writes, for its coach.
      {"Coach Pavel Horak blamed the referee for the defeat.\n"
       "The club will appeal against the red card.\n",
       {"ROLE_CONFLICT ERROR 1:7 | draft names \u201CPavel Horak\u201D; 1 other source "
        "disagrees: s1 says \u201CMilan Novak\u201D"}},
      // An independent report that quotes someone else: most of its
      // sentences say what the source does not, so nothing.
      {"Coach Pavel Horak blamed the referee for the defeat.\n"
       "Fans booed the players off after the final whistle in the rain.\n"
       "Ticket prices rose again this season, angering supporters.\n",
       {}},
      // Other values still compare against an independent report.
      {"Coach Milan Novak blamed the referee after the 3-0 defeat.\n"
       "Fans booed the players off after the final whistle in the rain.\n"
       "Ticket prices rose again this season, angering supporters.\n",
       {"QUANTITY_CONFLICT ERROR 1:48 | draft gives \u201C3-0\u201D; 1 other source disagrees: "
        "s1 says \u201C2-0\u201D"}},
  };
  for (const Case& c : cases) {
    SubstitutionsPass pass(SubstitutionsPass::kUnstatedValues);
    EXPECT_EQ(RunPass(pass, {c.draft, kReport}), c.want) << c.draft;
  }
}

// In an audit no report is the authority: a value one independent report
// states and the other never does is how such reports differ. Only a
// report that restates another (half its sentences align) is held to it.
TEST(UnstatedValuesPass, InAnAuditComparesOnlyAReportThatRestatesAnother) {
  const char independent[] =
      "Coach Milan Novak blamed the referee after the 3-0 defeat.\n"
      "Fans booed the players off after the final whistle in the rain.\n"
      "Ticket prices rose again this season, angering supporters.\n";
  const char restating[] =
      "Coach Milan Novak blamed the referee after the 3-0 defeat.\n"
      "Fans booed the players off after the final whistle in the rain.\n";
  SubstitutionsPass pass(SubstitutionsPass::kUnstatedValues);
  const char other[] =
      "Coach Milan Novak blamed the referee after the 2-0 defeat.\n"
      "The club will appeal against the red card shown in the second half.\n"
      "The stadium was half empty for the first time in years.\n";
  EXPECT_EQ(RunPass(pass, {independent, other}, Mode::kAudit), Lines());
  EXPECT_EQ(RunPass(pass, {restating, other}, Mode::kAudit),
            Lines({"QUANTITY_CONFLICT WARNING 1:48 | draft gives \u201C3-0\u201D; 1 other source "
                   "disagrees: s1 says \u201C2-0\u201D"}));
}

TEST(SubstitutionsPass, SwapsANameOnlyWhereTheTargetIsWrittenFromTheSource) {
  struct Case {
    std::string draft;
    Lines want;
  } cases[] = {
      // A draft of the report: one name in place of another.
      {"Coach Pavel Horak blamed the referee after the 2-0 defeat.\n"
       "The club will appeal against the red card shown in the second half.\n",
       {"ROLE_CONFLICT ERROR 1:7 | draft names \u201CPavel Horak\u201D; 1 other source "
        "disagrees: s1 says \u201CMilan Novak\u201D"}},
      // An independent report whose other sentences say what the source
      // does not: another coach blaming the referee is not a swap.
      {"Coach Pavel Horak blamed the referee after the 2-0 defeat.\n"
       "Fans booed the players off after the final whistle in the rain.\n"
       "Ticket prices rose again this season, angering supporters.\n",
       {}},
      // Its values still compare.
      {"Coach Milan Novak blamed the referee after the 3-0 defeat.\n"
       "Fans booed the players off after the final whistle in the rain.\n"
       "Ticket prices rose again this season, angering supporters.\n",
       {"QUANTITY_CONFLICT ERROR 1:48 | draft gives \u201C3-0\u201D; 1 other source disagrees: "
        "s1 says \u201C2-0\u201D"}},
  };
  for (const Case& c : cases) {
    SubstitutionsPass pass(SubstitutionsPass::kSwaps);
    EXPECT_EQ(RunPass(pass, {c.draft, kReport}), c.want) << c.draft;
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
