#include "claims/analysis/parser.h"

#include <algorithm>

#include "absl/status/status.h"

namespace factcheck {
namespace {

uint64_t Distance(int s0, int n0) {
  if (s0 < 0 || n0 < 0) return 0;
  int d = n0 - s0;
  if (d <= 4) return d;
  return d <= 7 ? 5 : 6;
}

}  // namespace

void ParserFeatures(const ArcEagerState& s, const std::vector<WordInfo>& words,
                    const std::vector<int>& tags, std::vector<uint64_t>* out) {
  auto W = [&](int t) -> uint64_t {
    if (t < 0) return 1;
    if (t == 0) return 2;
    return words[t - 1].lower;
  };
  auto P = [&](int t) -> uint64_t {
    if (t < 0) return 1;
    if (t == 0) return 2;
    return static_cast<uint64_t>(tags[t - 1]) + 3;
  };
  auto L = [&](int t) -> uint64_t {
    return t > 0 ? static_cast<uint64_t>(s.label(t) + 1) : 0;
  };
  const int s0 = s.stack(0), s1 = s.stack(1);
  const int n0 = s.buffer(0), n1 = s.buffer(1), n2 = s.buffer(2);
  const int s0h = s.head(s0), s0h2 = s.head(s0h);
  const int s0l = s.left(s0, 0), s0l2 = s.left(s0, 1);
  const int s0r = s.right(s0, 0), s0r2 = s.right(s0, 1);
  const int n0l = s.left(n0, 0), n0l2 = s.left(n0, 1);
  const uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
  const uint64_t n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  const uint64_t s0wp = HashMix(s0w, s0p), n0wp = HashMix(n0w, n0p);
  const uint64_t d = Distance(s0, n0);
  const uint64_t has_head = s0 > 0 && s.head(s0) >= 0 ? 1 : 0;
  out->clear();
  out->push_back(FeatureHash(0, has_head));
  out->push_back(FeatureHash(1, s0w));
  out->push_back(FeatureHash(2, s0p));
  out->push_back(FeatureHash(3, s0wp));
  out->push_back(FeatureHash(4, n0w));
  out->push_back(FeatureHash(5, n0p));
  out->push_back(FeatureHash(6, n0wp));
  out->push_back(FeatureHash(7, n1w));
  out->push_back(FeatureHash(8, n1p));
  out->push_back(FeatureHash(9, n1w, n1p));
  out->push_back(FeatureHash(10, n2w));
  out->push_back(FeatureHash(11, n2p));
  out->push_back(FeatureHash(12, n2w, n2p));
  out->push_back(FeatureHash(13, s0wp, n0wp));
  out->push_back(FeatureHash(14, s0wp, n0w));
  out->push_back(FeatureHash(15, s0w, n0wp));
  out->push_back(FeatureHash(16, s0wp, n0p));
  out->push_back(FeatureHash(17, s0p, n0wp));
  out->push_back(FeatureHash(18, s0w, n0w));
  out->push_back(FeatureHash(19, s0p, n0p));
  out->push_back(FeatureHash(20, n0p, n1p));
  out->push_back(FeatureHash(21, n0p, n1p, n2p));
  out->push_back(FeatureHash(22, s0p, n0p, n1p));
  out->push_back(FeatureHash(23, P(s0h), s0p, n0p));
  out->push_back(FeatureHash(24, s0p, P(s0l), n0p));
  out->push_back(FeatureHash(25, s0p, P(s0r), n0p));
  out->push_back(FeatureHash(26, s0p, n0p, P(n0l)));
  out->push_back(FeatureHash(27, s0w, d));
  out->push_back(FeatureHash(28, s0p, d));
  out->push_back(FeatureHash(29, n0w, d));
  out->push_back(FeatureHash(30, n0p, d));
  out->push_back(FeatureHash(31, s0w, n0w, d));
  out->push_back(FeatureHash(32, s0p, n0p, d));
  const uint64_t s0vr = s.right_count(s0), s0vl = s.left_count(s0);
  const uint64_t n0vl = s.left_count(n0);
  out->push_back(FeatureHash(33, s0w, s0vr));
  out->push_back(FeatureHash(34, s0p, s0vr));
  out->push_back(FeatureHash(35, s0w, s0vl));
  out->push_back(FeatureHash(36, s0p, s0vl));
  out->push_back(FeatureHash(37, n0w, n0vl));
  out->push_back(FeatureHash(38, n0p, n0vl));
  out->push_back(FeatureHash(39, W(s0h)));
  out->push_back(FeatureHash(40, P(s0h)));
  out->push_back(FeatureHash(41, L(s0)));
  out->push_back(FeatureHash(42, W(s0l)));
  out->push_back(FeatureHash(43, P(s0l)));
  out->push_back(FeatureHash(44, L(s0l)));
  out->push_back(FeatureHash(45, W(s0r)));
  out->push_back(FeatureHash(46, P(s0r)));
  out->push_back(FeatureHash(47, L(s0r)));
  out->push_back(FeatureHash(48, W(n0l)));
  out->push_back(FeatureHash(49, P(n0l)));
  out->push_back(FeatureHash(50, L(n0l)));
  out->push_back(FeatureHash(51, W(s0h2)));
  out->push_back(FeatureHash(52, P(s0h2)));
  out->push_back(FeatureHash(53, L(s0h)));
  out->push_back(FeatureHash(54, W(s0l2)));
  out->push_back(FeatureHash(55, P(s0l2)));
  out->push_back(FeatureHash(56, L(s0l2)));
  out->push_back(FeatureHash(57, W(s0r2)));
  out->push_back(FeatureHash(58, P(s0r2)));
  out->push_back(FeatureHash(59, L(s0r2)));
  out->push_back(FeatureHash(60, W(n0l2)));
  out->push_back(FeatureHash(61, P(n0l2)));
  out->push_back(FeatureHash(62, L(n0l2)));
  out->push_back(FeatureHash(63, s0p, P(s0l), P(s0l2)));
  out->push_back(FeatureHash(64, s0p, P(s0r), P(s0r2)));
  out->push_back(FeatureHash(65, s0p, P(s0h), P(s0h2)));
  out->push_back(FeatureHash(66, n0p, P(n0l), P(n0l2)));
  out->push_back(FeatureHash(67, s0w, s.right_labels(s0)));
  out->push_back(FeatureHash(68, s0p, s.right_labels(s0)));
  out->push_back(FeatureHash(69, s0w, s.left_labels(s0)));
  out->push_back(FeatureHash(70, s0p, s.left_labels(s0)));
  out->push_back(FeatureHash(71, n0w, s.left_labels(n0)));
  out->push_back(FeatureHash(72, n0p, s.left_labels(n0)));
  out->push_back(FeatureHash(73, P(s1)));
  out->push_back(FeatureHash(74, W(s1)));
  out->push_back(FeatureHash(75, P(s1), s0p, n0p));
  out->push_back(FeatureHash(76, has_head, s0p, n0p));
  out->push_back(FeatureHash(77, has_head, s0wp));
  out->push_back(FeatureHash(78, P(s1), s0p));
  out->push_back(FeatureHash(79, has_head, L(s0), n0p));
  auto C = [&](int t) -> uint64_t {
    if (t < 0) return 1;
    if (t == 0) return 2;
    return words[t - 1].cluster[1];
  };
  out->push_back(FeatureHash(80, C(s0)));
  out->push_back(FeatureHash(81, C(n0)));
  out->push_back(FeatureHash(82, C(s0), C(n0)));
  out->push_back(FeatureHash(83, C(s0), n0p));
  out->push_back(FeatureHash(84, s0p, C(n0)));
}

void ValidMoves(const ArcEagerState& s, int root_label, bool valid[kNumMoves]) {
  const bool open = !s.terminal();
  const int s0 = s.stack(0);
  valid[kMoveShift] = open;
  valid[kMoveReduce] = open && s0 > 0 && s.head(s0) >= 0;
  valid[kMoveLeft] = open && s0 > 0 && s.head(s0) < 0;
  valid[kMoveRight] = open && (s0 > 0 || (s0 == 0 && s.IsValid(RightArc(root_label))));
}

void LabelFeatures(const std::vector<uint64_t>& action_features, int move,
                   std::vector<uint64_t>* out) {
  // The templates of ParserFeatures that speak of the two words an arc
  // joins, their dependents and distance; the rest choose transitions.
  static constexpr int kTemplates[] = {
      0,  1,  2,  3,  4,  5,  6,  8,  13, 16, 17, 18, 19, 20, 22, 23,
      24, 25, 26, 27, 29, 31, 32, 39, 40, 41, 43, 44, 46, 47, 49, 50,
      67, 68, 70, 72, 75, 78, 80, 81, 82, 83, 84};
  out->clear();
  for (int t : kTemplates) out->push_back(HashMix(action_features[t], move));
}

absl::StatusOr<Parser> Parser::FromProto(const AnalysisModelProto& model,
                                         absl::string_view tables) {
  Parser parser;
  parser.deprels_.assign(model.deprels().begin(), model.deprels().end());
  auto root = std::find(parser.deprels_.begin(), parser.deprels_.end(), "root");
  if (root == parser.deprels_.end()) {
    return absl::InvalidArgumentError("the parser has no \"root\" relation");
  }
  parser.root_label_ = static_cast<int>(root - parser.deprels_.begin());
  auto fallback =
      std::find(parser.deprels_.begin(), parser.deprels_.end(), "parataxis");
  parser.fallback_label_ = fallback == parser.deprels_.end()
                               ? parser.root_label_
                               : static_cast<int>(fallback - parser.deprels_.begin());
  absl::StatusOr<PerceptronModel> moves = PerceptronModel::FromProto(model.parser(), false, tables);
  if (!moves.ok()) return moves.status();
  absl::StatusOr<PerceptronModel> labels =
      PerceptronModel::FromProto(model.parser_labels(), false, tables);
  if (!labels.ok()) return labels.status();
  if (moves->num_classes() != kNumMoves ||
      labels->num_classes() != parser.num_labels()) {
    return absl::InvalidArgumentError("parser classes differ from the relations");
  }
  parser.moves_ = *std::move(moves);
  parser.labels_ = *std::move(labels);
  return parser;
}

void Parser::Parse(const std::vector<WordInfo>& words,
                   const std::vector<int>& tags, std::vector<int>* heads,
                   std::vector<int>* labels) const {
  const int n = static_cast<int>(words.size());
  ArcEagerState state(n, num_labels(), root_label_);
  std::vector<uint64_t> features, label_features;
  std::vector<float> label_scores(num_labels());
  float scores[kNumMoves];
  bool valid[kNumMoves];
  while (!state.terminal()) {
    ParserFeatures(state, words, tags, &features);
    std::fill(scores, scores + kNumMoves, 0.0f);
    moves_.Score(features.data(), features.size(), scores);
    ValidMoves(state, root_label_, valid);
    int move = -1;
    for (int m = 0; m < kNumMoves; ++m) {
      if (valid[m] && (move < 0 || scores[m] > scores[move])) move = m;
    }
    int label = 0;
    if (move == kMoveRight && state.stack(0) == 0) {
      label = root_label_;
    } else if (move == kMoveLeft || move == kMoveRight) {
      LabelFeatures(features, move, &label_features);
      std::fill(label_scores.begin(), label_scores.end(), 0.0f);
      labels_.Score(label_features.data(), label_features.size(),
                    label_scores.data());
      label_scores[root_label_] = -1e30f;
      label = Argmax(label_scores);
    }
    state.Apply(MoveAction(move, label));
  }
  state.Finish(fallback_label_);
  heads->resize(n);
  labels->resize(n);
  for (int w = 1; w <= n; ++w) {
    (*heads)[w - 1] = state.head(w);
    (*labels)[w - 1] = state.label(w);
  }
}

}  // namespace factcheck
