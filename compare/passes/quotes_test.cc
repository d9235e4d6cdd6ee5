#include "compare/passes/quotes.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kDraft[] = "\"We will not give up on the valley farms,\" said Mara Tellen.\n";

TEST(QuotesPass, FindsTheSameWordsGivenToAnotherSpeaker) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      {{kDraft, "\"We will not give up on the valley farms,\" said Jon Brekke.\n"},
       {"QUOTE_MISATTRIBUTED ERROR 1:1 | draft attributes \u201CWe will not give up on the valley "
        "farms\u201D to Mara Tellen; 1 other source disagrees: s1 attribute it to Jon Brekke"}},
      // The same speaker, or other words: nothing.
      {{kDraft, "\"We will not give up on the valley farms,\" Mara Tellen said.\n"}, {}},
      {{kDraft, "\"The valley farms will close,\" said Jon Brekke.\n"}, {}},
      // A pronoun frames the source's quote: "he" is the last person named.
      {{kDraft,
        "Jon Brekke spoke last.\n\"We will not give up on the valley farms,\" he said.\n"},
       {"QUOTE_MISATTRIBUTED ERROR 1:1 | draft attributes \u201CWe will not give up on the valley "
        "farms\u201D to Mara Tellen; 1 other source disagrees: s1 attribute it to Jon Brekke"}},
      // No said-verb frames the source's quote; its speaker is a guess
      // (the nearest person before it), which never contradicts.
      {{kDraft,
        "Jon Brekke, the council's leader, opened the session on the valley farms \"We will "
        "not give up on the valley farms\".\n"},
       {}},
      // The quote continues the source's previous speaker: also a guess.
      {{kDraft,
        "\"The council met,\" said Jon Brekke.\n\"We will not give up on the valley "
        "farms.\"\n"},
       {}},
  };
  for (const Case& c : cases) {
    QuotesPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
