#include "claims/analysis/tagger.h"

#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(AmbiguityClasses, SameTagSetsShareAClass) {
  AmbiguityClasses a;
  a.Add(HashBytes("run"), 3);
  a.Add(HashBytes("run"), 1);
  a.Add(HashBytes("walk"), 1);
  a.Add(HashBytes("walk"), 3);
  a.Add(HashBytes("walk"), 3);
  a.Add(HashBytes("the"), 0);
  a.Finish();
  EXPECT_EQ(a.Get(HashBytes("run")), a.Get(HashBytes("walk")));
  EXPECT_NE(a.Get(HashBytes("run")), a.Get(HashBytes("the")));
  EXPECT_EQ(a.Get(HashBytes("unseen")), 0u);
}

TEST(TaggerFeatures, DependOnPreviousTagsAndNeighbours) {
  std::vector<WordInfo> words = {DescribeWord("The", SentenceCase::kNormal),
                                 DescribeWord("talks", SentenceCase::kNormal),
                                 DescribeWord("ended", SentenceCase::kNormal)};
  std::vector<uint64_t> amb(3, 0);
  std::vector<uint64_t> a, b, c;
  TaggerFeatures(words, amb, 1, 4, -1, &a);
  TaggerFeatures(words, amb, 1, 5, -1, &b);
  TaggerFeatures(words, amb, 1, 4, -1, &c);
  EXPECT_EQ(a, c);
  EXPECT_NE(a, b);
  // The last word sees the end of the sentence, not a word past it.
  TaggerFeatures(words, amb, 2, 4, 4, &a);
  EXPECT_FALSE(a.empty());
}

TEST(Tagger, RejectsMalformedModels) {
  AnalysisModelProto m;
  m.add_tags("NOUN");  // no XPOS
  EXPECT_EQ(Tagger::FromProto(m).status().code(),
            absl::StatusCode::kInvalidArgument);
  m.set_tags(0, "NOUN\tNN");
  m.mutable_tagger()->set_num_classes(2);
  EXPECT_EQ(Tagger::FromProto(m).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factcheck
