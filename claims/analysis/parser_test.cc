#include "claims/analysis/parser.h"

#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

constexpr int kRoot = 0, kLabels = 3;

TEST(ValidMoves, FollowTheStateOfTheStack) {
  ArcEagerState s(2, kLabels, kRoot);
  bool valid[kNumMoves];
  ValidMoves(s, kRoot, valid);
  // Only the root is on the stack: it can neither be reduced nor get a head.
  EXPECT_TRUE(valid[kMoveShift]);
  EXPECT_FALSE(valid[kMoveReduce]);
  EXPECT_FALSE(valid[kMoveLeft]);
  EXPECT_TRUE(valid[kMoveRight]);
  s.Apply(MoveAction(kMoveRight, kRoot));
  ValidMoves(s, kRoot, valid);
  EXPECT_TRUE(valid[kMoveReduce]);
  EXPECT_FALSE(valid[kMoveLeft]);  // word 1 has its head
  s.Apply(MoveAction(kMoveReduce, 0));
  ValidMoves(s, kRoot, valid);
  EXPECT_FALSE(valid[kMoveRight]);  // the root has its one dependent
  s.Apply(MoveAction(kMoveShift, 0));
  ValidMoves(s, kRoot, valid);
  for (bool v : valid) EXPECT_FALSE(v);  // terminal
}

TEST(MoveAction, MapsMovesAndLabelsToTransitions) {
  EXPECT_EQ(MoveAction(kMoveShift, 2), kShift);
  EXPECT_EQ(MoveAction(kMoveReduce, 2), kReduce);
  EXPECT_EQ(MoveAction(kMoveLeft, 2), LeftArc(2));
  EXPECT_EQ(MoveAction(kMoveRight, 1), RightArc(1));
}

TEST(LabelFeatures, DifferByDirection) {
  std::vector<uint64_t> action(90);
  for (size_t i = 0; i < action.size(); ++i) action[i] = i * 7919;
  std::vector<uint64_t> left, right;
  LabelFeatures(action, kMoveLeft, &left);
  LabelFeatures(action, kMoveRight, &right);
  ASSERT_EQ(left.size(), right.size());
  EXPECT_NE(left, right);
  EXPECT_LT(left.size(), action.size());
}

TEST(Parser, NeedsARootRelation) {
  AnalysisModelProto m;
  m.add_deprels("nsubj");
  EXPECT_EQ(Parser::FromProto(m).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factcheck
