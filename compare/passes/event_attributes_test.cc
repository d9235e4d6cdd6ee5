#include "compare/passes/event_attributes.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kDraft[] = "The talks, which lasted three hours, ended without a deal.\n";

TEST(EventAttributesPass, ComparesAnEventsDurationAcrossDocuments) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      // Another sentence altogether, the same event.
      {{kDraft, "Both sides left early.\n\nThe talks, which lasted six hours, were tense.\n"},
       {"QUANTITY_CONFLICT ERROR 1:25 | draft says the talks lasted 3 hours; 1 other source "
        "disagrees: s1 give 6 hours"}},
      // Overlapping intervals agree.
      {{kDraft, "The talks, which lasted less than four hours, were tense.\n"}, {}},
  };
  for (const Case& c : cases) {
    EventAttributesPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
