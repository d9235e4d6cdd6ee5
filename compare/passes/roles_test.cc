#include "compare/passes/roles.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "compare/passes/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

using Lines = std::vector<std::string>;

const char kDraft[] = "Prime Minister Tomas Verlund of Iceland met the delegation on Tuesday.\n";

TEST(RolesPass, ComparesAPersonsOfficeAndCountry) {
  struct Case {
    std::vector<std::string> texts;  // draft first
    Lines want;
  } cases[] = {
      // Another country for the same person.
      {{kDraft, "Prime Minister Tomas Verlund of Finland spoke to reporters.\n"},
       {"ROLE_CONFLICT ERROR 1:1 | draft calls Tomas Verlund Prime Minister of Iceland; 1 other "
        "source disagrees: s1 call Tomas Verlund Prime Minister of Finland"}},
      // The same office: nothing.
      {{kDraft, "Prime Minister Tomas Verlund of Iceland spoke to reporters.\n"}, {}},
      // One source against and one with: the draft's own counts with it.
      {{kDraft, "Prime Minister Tomas Verlund of Iceland spoke to reporters.\n",
        "Prime Minister Tomas Verlund of Finland spoke to reporters.\n"},
       {}},
      // Sources split evenly (the draft's own counts with it): a warning.
      {{kDraft, "Prime Minister Tomas Verlund of Iceland spoke to reporters.\n",
        "Prime Minister Tomas Verlund of Finland spoke to reporters.\n",
        "Prime Minister Tomas Verlund of Finland arrived late.\n"},
       {"ROLE_CONFLICT WARNING 1:1 | draft calls Tomas Verlund Prime Minister of Iceland; 2 other "
        "sources disagree: s2, s3 call Tomas Verlund Prime Minister of Finland"}},
      // Someone else in the same single-holder office.
      {{kDraft, "Prime Minister Hella Brun of Iceland spoke to reporters.\n"},
       {"ROLE_CONFLICT ERROR 1:1 | draft calls Tomas Verlund Prime Minister of Iceland; 1 other "
        "source disagrees: s1 name Hella Brun as Prime Minister of Iceland"}},
      // The same holder with a middle initial: the same person.
      {{kDraft, "Prime Minister Tomas J. Verlund of Iceland spoke to reporters.\n"}, {}},
      // A holder whose country the source only infers names no holder.
      {{kDraft, "Prime Minister Hella Brun met Icelandic fishermen.\n"}, {}},
      // Another office of the same exclusive group, no country stated.
      {{"Sen. Dara Whitcomb spoke on Tuesday.\n", "Gov. Dara Whitcomb spoke on Tuesday.\n"},
       {"ROLE_CONFLICT ERROR 1:1 | draft calls Dara Whitcomb Senator; 1 other source disagrees: "
        "s1 call Dara Whitcomb Governor"}},
      // Offices of different groups: a senator can be the majority leader.
      {{"Sen. Dara Whitcomb spoke on Tuesday.\n",
        "Majority Leader Dara Whitcomb spoke on Tuesday.\n"},
       {}},
      // A source that gives the draft's office too: nothing.
      {{"Sen. Dara Whitcomb spoke on Tuesday.\n",
        "Gov. Dara Whitcomb and Sen. Dara Whitcomb spoke on Tuesday.\n"},
       {}},
  };
  for (const Case& c : cases) {
    RolesPass pass;
    EXPECT_EQ(RunPass(pass, c.texts), c.want) << absl::StrJoin(c.texts, " || ");
  }
}

TEST(RolesPass, AuditReportsEachSide) {
  RolesPass pass;
  EXPECT_EQ(RunPass(pass, {kDraft, "Prime Minister Tomas Verlund of Finland spoke.\n"}, Mode::kAudit),
            (Lines{"ROLE_CONFLICT WARNING 1:1 | draft calls Tomas Verlund Prime Minister of "
                   "Iceland; 1 other source disagrees: s1 call Tomas Verlund Prime Minister of "
                   "Finland",
                   "ROLE_CONFLICT WARNING 1:1 | s1 calls Tomas Verlund Prime Minister of "
                   "Finland; 1 other source disagrees: draft call Tomas Verlund Prime Minister "
                   "of Iceland"}));
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
