#include "compare/passes/event_times.h"

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
    "Lina Orsk has often criticised Jo Ames.\n\nThe two met only once, in 2017, in Oslo.\n";

TEST(EventTimesPass, DatesAnEventOfTheSamePeopleAcrossDocuments) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      // No shared words with the source's sentence; the same event.
      {{"Jo Ames and Lina Orsk met in 2019 at a summit.\n", kSource},
       {"DATE_CONFLICT ERROR 1:30 | draft dates it 2019; 1 other source disagrees: s1 give 2017"}},
      // "encounter" is "meet" (WordNet), the people named by pronoun.
      {{"Jo Ames may meet Lina Orsk, a plan that has stalled since their only encounter in "
        "2019.\n",
        kSource},
       {"DATE_CONFLICT ERROR 1:83 | draft dates it 2019; 1 other source disagrees: s1 give "
        "2017"}},
      // The same year agrees.
      {{"Jo Ames and Lina Orsk met in 2017 at a summit.\n", kSource}, {}},
      // Other people.
      {{"Jo Ames and Kai Brun met in 2019 at a summit.\n", kSource}, {}},
      // Another event of the same people.
      {{"Jo Ames and Lina Orsk divorced in 2019.\n", kSource}, {}},
      // The draft's sentence gives the source's year as well.
      {{"Jo Ames and Lina Orsk met in 2017 and again in 2019.\n", kSource}, {}},
      // Inside a quote.
      {{"\"Jo Ames and Lina Orsk met in 2019,\" a friend wrote.\n", kSource}, {}},
  };
  for (const Case& c : cases) {
    EventTimesPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
