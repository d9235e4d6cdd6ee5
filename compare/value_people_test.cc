#include "compare/value_people.h"

#include <set>
#include <string>

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* draft;
  const char* draft_value;  // the value's word, first occurrence
  const char* source;
  const char* source_value;
  bool by_owner;
  bool other_people;
};

// People of both documents, by name word.
const std::set<std::string> kPeople = {"lee", "ann", "chu", "bo", "kim", "tan", "wu", "mei"};

TEST(ValuePeopleTest, TellsWhoAValueIsAbout) {
  const Case cases[] = {
      // Someone else's action, someone else's day.
      {"Ann Lee spoke to reporters on Sunday .", "Sunday", "Bo Chu spoke to reporters on Monday .",
       "Monday", false, true},
      {"Lee said on Sunday that the plan would pass .", "Sunday",
       "The plan will pass , Chu said on Monday .", "Monday", false, true},
      // The same person: the values fill one slot.
      {"Ann Lee spoke to reporters on Sunday .", "Sunday", "Lee spoke to reporters on Monday .",
       "Monday", false, false},
      {"Mr. Lee left on Friday .", "Friday", "Ann Lee left the city on Thursday .", "Thursday",
       false, false},
      // The subject far before the date still counts.
      {"Ann Lee , the new coach of the national team since the spring , spoke on Sunday .",
       "Sunday", "Lee spoke to the press on Monday .", "Monday", false, false},
      // No one named near the draft's value: nothing to tell.
      {"The bill passed on Friday after a long debate .", "Friday",
       "Chu said the bill passed on Thursday .", "Thursday", false, false},
      {"The storm killed 12 people in the north .", "12", "Officials said 14 people died .", "14",
       true, false},
      // A list of who got what: each figure is its owner's.
      {"Lee took 17 percent and Chu 21 percent .", "21", "Chu led with 17 percent , Lee had 21 .",
       "17", true, false},
      {"Kim kept the No. 2 job and Tan the No. 3 post .", "3",
       "Kim was re-elected to the No. 2 post , and Tan to the No. 3 post .", "2", true, true},
      {"Kim won 40 votes and Tan won 35 votes .", "35", "Tan won 38 votes and Kim won 40 votes .",
       "38", true, false},
      // Dates are not read by owner: "Lee urged Chu on Sunday" is Lee's day.
      {"Lee urged Chu on Sunday to sign .", "Sunday", "Lee on Monday urged Chu to sign .",
       "Monday", false, false},
      // One person, named in full and in short.
      {"Bo Chu announced the ban on Monday .", "Monday", "Chu announced a ban Saturday .",
       "Saturday", false, false},
      // Other people altogether.
      {"Wu announced the ban on Monday .", "Monday", "Mei Tan announced a ban Saturday .",
       "Saturday", false, true},
      // Names that are not people do not count.
      {"Texas announced the ban on Monday .", "Monday", "Ohio announced a ban Saturday .",
       "Saturday", false, false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.draft);
    const SubstitutionFinder finder(ShippedLexicon());
    auto words = [&](const char* text) { return finder.Words(text); };
    const std::string draft = c.draft, source = c.source;
    const int d_at = static_cast<int>(draft.find(c.draft_value));
    const int s_at = static_cast<int>(source.find(c.source_value));
    auto is_person = [](const std::string& w) { return kPeople.count(w) > 0; };
    EXPECT_EQ(AboutOtherPeople(words(c.draft), d_at, words(c.source), s_at, is_person, is_person,
                               c.by_owner),
              c.other_people);
  }
}

}  // namespace
}  // namespace factcheck
