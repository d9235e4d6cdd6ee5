#include "compare/source_identity.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// An invented wire story of eight sentences.
const char kStory[] =
    "Floodwater cut off the village of Amberleigh on Tuesday after two days of heavy rain.\n"
    "About 400 residents spent the night in the school hall, the county council said.\n"
    "Fire crews used boats to reach a care home where 31 people were stranded.\n"
    "The river rose by more than two metres in six hours, the environment agency said.\n"
    "Council leader Priya Nandakumar said the clean-up would take several weeks.\n"
    "Trains between the two nearest towns were cancelled until further notice.\n"
    "Forecasters expect the rain to ease on Thursday but warn of more next week.\n"
    "Residents were asked to avoid driving through flooded roads.\n";

// Another outlet's own report of the same event: the same facts in its
// own words, some figures different.
const char kOwnReport[] =
    "Hundreds of people were evacuated from Amberleigh on Tuesday as floods hit the village.\n"
    "Some 350 residents slept in a school, officials said.\n"
    "Firefighters in boats rescued 30 people from a care home.\n"
    "Priya Nandakumar, who leads the council, warned the clean-up could last weeks.\n"
    "Rail services in the area were suspended.\n"
    "More rain is forecast for next week.\n";

SourceDocument Doc(const std::string& name, const std::string& text) {
  return ExtractForTest(name, text);
}

// "0 1 1" : each document's group, then copy kinds as o(riginal)
// i(dentical) n(ear copy).
std::string Dump(const std::vector<SourceDocument>& docs) {
  std::vector<const SourceDocument*> pointers;
  for (const SourceDocument& d : docs) pointers.push_back(&d);
  SourceGroups groups = GroupCopies(pointers);
  std::string kinds;
  for (CopyKind k : groups.kind) {
    kinds += k == CopyKind::kOriginal ? 'o' : k == CopyKind::kIdentical ? 'i' : 'n';
  }
  return absl::StrCat(absl::StrJoin(groups.group, " "), " ", kinds, " count=", groups.count);
}

TEST(SourceIdentityTest, GroupsCopiesAndKeepsOwnReportsApart) {
  const std::string story = kStory;
  const std::string reheadlined = "Village cut off by floods\n\n" + story;
  const std::string bylined = "By Staff Reporter\n\n" + story;
  const std::string local_intro =
      "Families from our area were among those forced to leave their homes this week.\n"
      "One mother said her children had never seen the river so high.\n" +
      story;
  const std::string cut = story.substr(0, story.rfind("Forecasters"));
  struct Row {
    std::vector<std::string> texts;
    std::string want;
  } rows[] = {
      {{story, story}, "0 0 oi count=1"},
      {{story, reheadlined}, "0 0 on count=1"},
      {{story, bylined, reheadlined}, "0 0 0 onn count=1"},
      {{local_intro, story}, "0 0 on count=1"},
      {{story, cut}, "0 0 on count=1"},
      {{story, kOwnReport}, "0 1 oo count=2"},
      {{kOwnReport, story, reheadlined}, "0 1 1 oon count=2"},
      // One-line reports that say the same thing are two sources unless
      // byte-identical.
      {{"The bridge reopened on Monday.\n", "The bridge reopened on Monday.\n\n"},
       "0 1 oo count=2"},
      {{"The bridge reopened on Monday.\n", "The bridge reopened on Monday.\n"},
       "0 0 oi count=1"},
      {{}, "  count=0"},
  };
  for (const Row& row : rows) {
    std::vector<SourceDocument> docs;
    for (size_t i = 0; i < row.texts.size(); ++i) {
      docs.push_back(Doc(absl::StrCat("d", i, ".txt"), row.texts[i]));
    }
    EXPECT_EQ(Dump(docs), row.want) << row.texts.size() << " texts, first "
                                    << (row.texts.empty() ? "" : row.texts[0].substr(0, 30));
  }
}

TEST(SourceIdentityTest, ShinglesIgnoreCaseAndPunctuation) {
  EXPECT_EQ(Shingles(Doc("a.txt", "One two three four five six.\n")),
            Shingles(Doc("b.txt", "one, TWO three -- four five six\n")));
  EXPECT_EQ(Shingles(Doc("a.txt", "One two three four five six.\n")).size(), 2u);
  EXPECT_TRUE(Shingles(Doc("a.txt", "Too short.\n")).empty());
}

}  // namespace
}  // namespace factcheck
