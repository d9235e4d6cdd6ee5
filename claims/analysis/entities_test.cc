#include "claims/analysis/entities.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

constexpr int kPerson = 0, kPlace = 2;
constexpr int O = 0;

std::string Dump(const std::vector<int>& labels) {
  std::vector<std::string> out;
  for (const EntitySpan& s : SpansFromLabels(labels)) {
    out.push_back(absl::StrCat(s.begin, "-", s.end, ":", s.type));
  }
  return absl::StrJoin(out, " ");
}

TEST(SpansFromLabels, ReadsBioSequences) {
  const int BP = BeginLabel(kPerson), IP = InsideLabel(kPerson);
  const int BL = BeginLabel(kPlace), IL = InsideLabel(kPlace);
  struct Case {
    std::vector<int> labels;
    const char* spans;
  } cases[] = {
      {{}, ""},
      {{O, O}, ""},
      {{BP, IP, O, BL}, "0-2:0 3-4:2"},
      {{BP, BP}, "0-1:0 1-2:0"},
      {{BL, IL, IL}, "0-3:2"},
      // An inside label of another type does not extend the span.
      {{BP, IL}, "0-1:0"},
      {{O, IP}, ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Dump(c.labels), c.spans) << absl::StrJoin(c.labels, ",");
  }
}

TEST(EntityLabelAllowed, InsideOnlyContinuesItsOwnType) {
  const int BP = BeginLabel(kPerson), IP = InsideLabel(kPerson);
  const int IL = InsideLabel(kPlace);
  EXPECT_TRUE(EntityLabelAllowed(-1, O));
  EXPECT_TRUE(EntityLabelAllowed(-1, BP));
  EXPECT_FALSE(EntityLabelAllowed(-1, IP));
  EXPECT_FALSE(EntityLabelAllowed(O, IP));
  EXPECT_TRUE(EntityLabelAllowed(BP, IP));
  EXPECT_TRUE(EntityLabelAllowed(IP, IP));
  EXPECT_FALSE(EntityLabelAllowed(BP, IL));
}

TEST(EntityRecognizer, RejectsAModelOfOtherTypes) {
  AnalysisModelProto model;
  model.add_entity_types("PERSON");
  model.mutable_entities()->set_num_classes(5);
  EXPECT_EQ(EntityRecognizer::FromProto(model).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factcheck
