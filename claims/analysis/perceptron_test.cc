#include "claims/analysis/perceptron.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Three classes told apart by one word each; "the" appears in all.
std::vector<std::pair<std::vector<uint64_t>, int>> Examples() {
  auto f = [](const char* w) { return FeatureHash(1, w); };
  return {{{f("the"), f("cat")}, 0},
          {{f("the"), f("runs")}, 1},
          {{f("the"), f("red")}, 2},
          {{f("a"), f("cat")}, 0},
          {{f("a"), f("runs")}, 1}};
}

PerceptronModel Train(int passes) {
  PerceptronTrainer trainer(3);
  std::vector<float> scores(3);
  for (int p = 0; p < passes; ++p) {
    for (const auto& ex : Examples()) {
      std::fill(scores.begin(), scores.end(), 0.0f);
      trainer.Score(ex.first, scores.data());
      trainer.Update(ex.first, ex.second, Argmax(scores));
      trainer.Tick();
    }
  }
  return trainer.Average();
}

int Predict(const PerceptronModel& m, const std::vector<uint64_t>& f) {
  std::vector<float> scores(m.num_classes(), 0.0f);
  m.Score(f.data(), f.size(), scores.data());
  return Argmax(scores);
}

TEST(Perceptron, LearnsSeparableClasses) {
  PerceptronModel m = Train(5);
  for (const auto& ex : Examples()) EXPECT_EQ(Predict(m, ex.first), ex.second);
}

TEST(Perceptron, UnknownFeaturesScoreNothing) {
  PerceptronModel m = Train(5);
  std::vector<uint64_t> unknown = {FeatureHash(9, "never")};
  std::vector<float> scores(3, 0.0f);
  m.Score(unknown.data(), unknown.size(), scores.data());
  EXPECT_EQ(scores, std::vector<float>(3, 0.0f));
}

TEST(Perceptron, ProtoRoundTripKeepsScoresAndBytes) {
  PerceptronModel m = Train(5);
  PerceptronProto proto;
  m.ToProto(&proto);
  absl::StatusOr<PerceptronModel> back = PerceptronModel::FromProto(proto, /*keep_keys=*/true);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->num_weights(), m.num_weights());
  for (const auto& ex : Examples()) {
    EXPECT_EQ(Predict(*back, ex.first), ex.second);
  }
  PerceptronProto again;
  back->ToProto(&again);
  EXPECT_EQ(again.SerializeAsString(), proto.SerializeAsString());
  // Training twice gives the same bytes.
  PerceptronProto retrained;
  Train(5).ToProto(&retrained);
  EXPECT_EQ(retrained.SerializeAsString(), proto.SerializeAsString());
}

TEST(Perceptron, RareFeaturesArePruned) {
  PerceptronTrainer trainer(2);
  std::vector<uint64_t> common = {FeatureHash(1, "common")};
  std::vector<uint64_t> rare = {FeatureHash(1, "rare")};
  for (int i = 0; i < 3; ++i) trainer.Update(common, i % 2, 1 - i % 2);
  trainer.Update(rare, 0, 1);
  trainer.Tick();
  EXPECT_EQ(trainer.Average(1).num_features(), 2);
  EXPECT_EQ(trainer.Average(2).num_features(), 1);
}

TEST(Perceptron, FromProtoRejectsInconsistentArrays) {
  PerceptronProto proto;
  proto.set_num_classes(2);
  proto.add_keys(7);
  proto.add_counts(2);
  proto.add_weights(1.0f);
  proto.set_classes(std::string(1, '\0'));
  EXPECT_EQ(PerceptronModel::FromProto(proto).status().code(),
            absl::StatusCode::kInvalidArgument);
  proto.add_weights(1.0f);
  proto.set_classes(std::string("\0\5", 2));
  EXPECT_EQ(PerceptronModel::FromProto(proto).status().code(),
            absl::StatusCode::kInvalidArgument);
  proto.set_num_classes(0);
  EXPECT_FALSE(PerceptronModel::FromProto(proto).ok());
}

TEST(Perceptron, ScoresFromItsFlatTableInPlaceOrCopied) {
  PerceptronModel m = Train(5);
  std::string table;
  m.AppendTable(&table);
  EXPECT_EQ(table.size() % 8, 0u);
  // At the string's own (aligned) start it is used in place; one byte on,
  // it is copied.
  std::string shifted = "x" + table;
  for (absl::string_view bytes : {absl::string_view(table), absl::string_view(shifted).substr(1)}) {
    absl::StatusOr<PerceptronModel> flat = PerceptronModel::FromTable(bytes);
    ASSERT_TRUE(flat.ok()) << flat.status();
    EXPECT_EQ(flat->num_classes(), m.num_classes());
    EXPECT_EQ(flat->num_weights(), m.num_weights());
    for (const auto& ex : Examples()) {
      std::vector<float> want(3), got(3);
      m.Score(ex.first.data(), ex.first.size(), want.data());
      flat->Score(ex.first.data(), ex.first.size(), got.data());
      EXPECT_EQ(want, got);
    }
  }
}

TEST(Perceptron, FromTableRejectsShortOrForeignBytes) {
  PerceptronModel m = Train(5);
  std::string table;
  m.AppendTable(&table);
  EXPECT_FALSE(PerceptronModel::FromTable(table.substr(0, 20)).ok());
  EXPECT_FALSE(PerceptronModel::FromTable(table.substr(0, table.size() - 16)).ok());
  std::string foreign = table;
  foreign[0] ^= 1;
  EXPECT_FALSE(PerceptronModel::FromTable(foreign).ok());
  PerceptronProto proto;
  m.ToProto(&proto);
  proto.set_table_offset(8);
  proto.set_table_size(table.size());
  EXPECT_FALSE(PerceptronModel::FromProto(proto, false, table).ok());
}

TEST(HashBytes, IsStableAcrossRuns) {
  // Fixed values: a change here changes every trained model.
  EXPECT_EQ(HashBytes(""), HashBytes(std::string()));
  EXPECT_NE(HashBytes("a"), HashBytes("b"));
  EXPECT_EQ(HashBytes("factcheck"), HashBytes("factcheck"));
}

}  // namespace
}  // namespace factcheck
