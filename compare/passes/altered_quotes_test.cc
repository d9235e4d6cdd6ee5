#include "compare/passes/altered_quotes.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

// Sentences written for this test.
TEST(AlteredQuotesPass, FindsANearCopyThatSaysOtherwise) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      // A negation added, the quote running over two sentences in the
      // draft and cut to one in the source, no speaker in either.
      {{"\"The ferry line is closed. The port board was not seeking new owners for it.\"\n",
        "It added: \"The port board was seeking new owners for it.\"\n"},
       {"QUOTE_ALTERED ERROR 1:1 | draft quotes \u201CThe ferry line is closed. The port board "
        "was not seeking new\u2026\u201D; 1 other source disagrees: s1 quote \u201CThe port "
        "board was seeking new owners for it.\u201D"}},
      // The same, the sources giving it to different speakers.
      {{"\"We did not raise the fares on the night trains,\" said Ana Pirc.\n",
        "\"We did raise the fares on the night trains,\" Tomas Verlund said.\n"},
       {"QUOTE_ALTERED ERROR 1:1 | draft quotes \u201CWe did not raise the fares on the night "
        "trains\u201D; 1 other source disagrees: s1 quote \u201CWe did raise the fares on the "
        "night trains\u201D"}},
      // An opposite by its negative prefix.
      {{"\"It strikes an unfair balance between the two towns,\" she said.\n",
        "\"It strikes a fair balance between the two towns,\" she said.\n"},
       {"QUOTE_ALTERED ERROR 1:1 | draft quotes \u201CIt strikes an unfair balance between the "
        "two towns\u201D; 1 other source disagrees: s1 quote \u201CIt strikes a fair balance "
        "between the two towns\u201D"}},
      // The same words, cut elsewhere: support, nothing to report.
      {{"\"We did not raise the fares on the night trains,\" said Ana Pirc.\n",
        "\"We did not raise the fares,\" she said, \"on the night trains.\"\n"},
       {}},
      // Another word, not another meaning.
      {{"\"We did not raise the fares on the late trains,\" said Ana Pirc.\n",
        "\"We did not raise the fares on the night trains,\" said Ana Pirc.\n"},
       {}},
      // A source that also quotes the words as the draft does supports it.
      {{"\"We did not raise the fares on the night trains,\" said Ana Pirc.\n",
        "\"We did raise the fares on the night trains,\" one aide recalled.\n\"We did not "
        "raise the fares on the night trains,\" said Ana Pirc.\n"},
       {}},
      // Short quotes are common phrases, not one statement.
      {{"\"We will not win,\" said Ana Pirc.\n", "\"We will win,\" said Ana Pirc.\n"}, {}},
  };
  for (const Case& c : cases) {
    AlteredQuotesPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
