#include "compare/passes/context.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

struct Documents {
  explicit Documents(const std::vector<std::string>& texts, bool check) {
    for (size_t i = 0; i < texts.size(); ++i) {
      docs.push_back(ExtractForTest(absl::StrCat("d", i, ".txt"), texts[i]));
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      pointers.push_back(&docs[i]);
      groups.group.push_back(static_cast<int>(i));
      groups.kind.push_back(CopyKind::kOriginal);
      groups.containment.push_back(0.0);
    }
    groups.count = static_cast<int>(docs.size());
    if (check) {
      options.targets.assign(docs.size(), false);
      options.targets[0] = true;
    }
  }
  std::vector<SourceDocument> docs;
  std::vector<const SourceDocument*> pointers;
  SourceGroups groups;
  CompareOptions options;
};

TEST(ComparisonContext, TargetsAndSourcesByMode) {
  // "target/source pairs": IsTarget(d) and IsSource(d, 0) for d = 0, 1, 2.
  struct Case {
    bool check;
    std::string want;
  } cases[] = {{false, "T- TS TS"}, {true, "T- -S -S"}};
  for (const Case& c : cases) {
    Documents fx({"One.\n", "Two.\n", "Three.\n"}, c.check);
    ComparisonContext context(fx.pointers, fx.options, ShippedLexicon(), fx.groups);
    std::string got;
    for (int d = 0; d < 3; ++d) {
      if (d > 0) got += " ";
      got += context.IsTarget(d) ? "T" : "-";
      got += context.IsSource(d, 0) ? "S" : "-";
    }
    EXPECT_EQ(got, c.want) << (c.check ? "check" : "audit");
  }
}

TEST(ComparisonContext, SurnameBecomesTheOnlyFullName) {
  Documents fx({"Mayor Lina Orsk opened the library.\n", "Orsk said it was late.\n"}, false);
  ComparisonContext context(fx.pointers, fx.options, ShippedLexicon(), fx.groups);
  EXPECT_EQ(context.PersonKey("Orsk"), context.PersonKey("Lina Orsk"));
  EXPECT_EQ(context.PersonKey("Varo"), "varo");  // no full name with it
  EXPECT_EQ(context.DocumentOfPath("d1.txt"), 1);
  EXPECT_EQ(context.DocumentOfPath("missing.txt"), -1);
}

TEST(ComparisonContext, TargetAlignsEachSentence) {
  Documents fx({"The ferry to the island was cancelled because of the storm.\n",
                "The ferry to the island was cancelled because of the storm on Friday.\n"},
               false);
  ComparisonContext context(fx.pointers, fx.options, ShippedLexicon(), fx.groups);
  TargetDocument target = context.Target(0);
  ASSERT_EQ(target.aligned.size(), 1u);
  ASSERT_FALSE(target.aligned[0].empty());
  EXPECT_EQ(target.aligned[0][0].document, 1);
}

TEST(ComparisonContext, LimitToPanelKeepsSmallBuckets) {
  Documents fx({"One.\n", "Two.\n"}, false);
  ComparisonContext context(fx.pointers, fx.options, ShippedLexicon(), fx.groups);
  std::vector<int> bucket = {1, 0, 1};
  context.LimitToPanel(bucket, [](int d) { return d; });
  EXPECT_EQ(bucket, (std::vector<int>{1, 0, 1}));
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
