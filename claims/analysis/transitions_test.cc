#include "claims/analysis/transitions.h"

#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

constexpr int kRoot = 0, kNsubj = 1, kObj = 2, kDet = 3, kLabels = 4;

// Follows the zero-cost action with the lowest index at every step.
ArcEagerState FollowOracle(const std::vector<int>& heads,
                           const std::vector<int>& labels) {
  ArcEagerState s(static_cast<int>(heads.size()) - 1, kLabels, kRoot);
  while (!s.terminal()) {
    int chosen = -1;
    for (int a = 0; a < NumActions(kLabels) && chosen < 0; ++a) {
      if (s.IsValid(a) && s.Cost(a, heads, labels) == 0) chosen = a;
    }
    EXPECT_GE(chosen, 0);
    if (chosen < 0) break;
    s.Apply(chosen);
  }
  s.Finish(kDet);
  return s;
}

TEST(ArcEagerOracle, ReachesAProjectiveGoldTree) {
  // "the dog saw a cat": the<-dog<-saw->cat->a, saw is the root.
  std::vector<int> heads = {-1, 2, 3, 0, 5, 3};
  std::vector<int> labels = {-1, kDet, kNsubj, kRoot, kDet, kObj};
  ArcEagerState s = FollowOracle(heads, labels);
  for (int w = 1; w <= 5; ++w) {
    EXPECT_EQ(s.head(w), heads[w]) << w;
    EXPECT_EQ(s.label(w), labels[w]) << w;
  }
}

TEST(ArcEagerOracle, CountsLostArcs) {
  std::vector<int> heads = {-1, 2, 3, 0, 5, 3};
  std::vector<int> labels = {-1, kDet, kNsubj, kRoot, kDet, kObj};
  ArcEagerState s(5, kLabels, kRoot);
  s.Apply(kShift);  // stack 0 the
  // Attaching "the" to "dog" with the wrong label costs one.
  EXPECT_EQ(s.Cost(LeftArc(kDet), heads, labels), 0);
  EXPECT_EQ(s.Cost(LeftArc(kObj), heads, labels), 1);
  // Making "dog" depend on "the" loses the/dog and dog/saw.
  EXPECT_EQ(s.Cost(RightArc(kObj), heads, labels), 2);
}

TEST(ArcEagerState, RootTakesOneDependentAndFinishAttachesTheRest) {
  ArcEagerState s(3, kLabels, kRoot);
  EXPECT_FALSE(s.IsValid(RightArc(kObj)));  // from the root, only root
  s.Apply(RightArc(kRoot));
  EXPECT_FALSE(s.IsValid(kReduce) && s.stack(0) == 0);
  s.Apply(kReduce);
  EXPECT_FALSE(s.IsValid(RightArc(kRoot)));  // the root has its dependent
  s.Apply(kShift);
  s.Apply(kShift);
  EXPECT_TRUE(s.terminal());
  s.Finish(kDet);
  EXPECT_EQ(s.head(1), 0);
  EXPECT_EQ(s.head(2), 1);
  EXPECT_EQ(s.label(2), kDet);
  EXPECT_EQ(s.head(3), 1);
}

}  // namespace
}  // namespace factcheck
