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

// The parser state the feature templates read: the stack top (s0) and
// second (s1), the buffer's first words (n0..n2), the heads (h) and
// outermost left (l) and right (r) dependents, and each one's word (W), tag
// (P), label (L) and cluster (C) atoms, 1 for none and 2 for the root.
struct FeatureWindow {
  FeatureWindow(const ArcEagerState& state, const std::vector<WordInfo>& word_infos,
                const std::vector<int>& word_tags)
      : s(state), words(word_infos), tags(word_tags) {
    s0 = s.stack(0), s1 = s.stack(1);
    n0 = s.buffer(0), n1 = s.buffer(1), n2 = s.buffer(2);
    s0h = s.head(s0), s0h2 = s.head(s0h);
    s0l = s.left(s0, 0), s0l2 = s.left(s0, 1);
    s0r = s.right(s0, 0), s0r2 = s.right(s0, 1);
    n0l = s.left(n0, 0), n0l2 = s.left(n0, 1);
    s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
    n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
    s0wp = HashMix(s0w, s0p), n0wp = HashMix(n0w, n0p);
    d = Distance(s0, n0);
    has_head = s0 > 0 && s.head(s0) >= 0 ? 1 : 0;
  }

  uint64_t W(int t) const {
    if (t < 0) return 1;
    if (t == 0) return 2;
    return words[t - 1].lower;
  }
  uint64_t P(int t) const {
    if (t < 0) return 1;
    if (t == 0) return 2;
    return static_cast<uint64_t>(tags[t - 1]) + 3;
  }
  uint64_t L(int t) const { return t > 0 ? static_cast<uint64_t>(s.label(t) + 1) : 0; }
  uint64_t C(int t) const {
    if (t < 0) return 1;
    if (t == 0) return 2;
    return words[t - 1].cluster[1];
  }

  const ArcEagerState& s;
  const std::vector<WordInfo>& words;
  const std::vector<int>& tags;
  int s0, s1, n0, n1, n2, s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2;
  uint64_t s0w, s0p, n0w, n0p, n1w, n1p, n2w, n2p, s0wp, n0wp, d, has_head;
};

// Whether the stack top has a head; the words and tags of it and of the
// next three words.
void AddStackBufferUnigrams(const FeatureWindow& f, std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(0, f.has_head));
  out->push_back(FeatureHash(1, f.s0w));
  out->push_back(FeatureHash(2, f.s0p));
  out->push_back(FeatureHash(3, f.s0wp));
  out->push_back(FeatureHash(4, f.n0w));
  out->push_back(FeatureHash(5, f.n0p));
  out->push_back(FeatureHash(6, f.n0wp));
  out->push_back(FeatureHash(7, f.n1w));
  out->push_back(FeatureHash(8, f.n1p));
  out->push_back(FeatureHash(9, f.n1w, f.n1p));
  out->push_back(FeatureHash(10, f.n2w));
  out->push_back(FeatureHash(11, f.n2p));
  out->push_back(FeatureHash(12, f.n2w, f.n2p));
}

// Pairs and triples of the stack top and buffer front, the tags around
// them, and their distance.
void AddStackBufferPairs(const FeatureWindow& f, std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(13, f.s0wp, f.n0wp));
  out->push_back(FeatureHash(14, f.s0wp, f.n0w));
  out->push_back(FeatureHash(15, f.s0w, f.n0wp));
  out->push_back(FeatureHash(16, f.s0wp, f.n0p));
  out->push_back(FeatureHash(17, f.s0p, f.n0wp));
  out->push_back(FeatureHash(18, f.s0w, f.n0w));
  out->push_back(FeatureHash(19, f.s0p, f.n0p));
  out->push_back(FeatureHash(20, f.n0p, f.n1p));
  out->push_back(FeatureHash(21, f.n0p, f.n1p, f.n2p));
  out->push_back(FeatureHash(22, f.s0p, f.n0p, f.n1p));
  out->push_back(FeatureHash(23, f.P(f.s0h), f.s0p, f.n0p));
  out->push_back(FeatureHash(24, f.s0p, f.P(f.s0l), f.n0p));
  out->push_back(FeatureHash(25, f.s0p, f.P(f.s0r), f.n0p));
  out->push_back(FeatureHash(26, f.s0p, f.n0p, f.P(f.n0l)));
  out->push_back(FeatureHash(27, f.s0w, f.d));
  out->push_back(FeatureHash(28, f.s0p, f.d));
  out->push_back(FeatureHash(29, f.n0w, f.d));
  out->push_back(FeatureHash(30, f.n0p, f.d));
  out->push_back(FeatureHash(31, f.s0w, f.n0w, f.d));
  out->push_back(FeatureHash(32, f.s0p, f.n0p, f.d));
}

// How many dependents the stack top and buffer front have.
void AddValencies(const FeatureWindow& f, std::vector<uint64_t>* out) {
  const uint64_t s0vr = f.s.right_count(f.s0), s0vl = f.s.left_count(f.s0);
  const uint64_t n0vl = f.s.left_count(f.n0);
  out->push_back(FeatureHash(33, f.s0w, s0vr));
  out->push_back(FeatureHash(34, f.s0p, s0vr));
  out->push_back(FeatureHash(35, f.s0w, s0vl));
  out->push_back(FeatureHash(36, f.s0p, s0vl));
  out->push_back(FeatureHash(37, f.n0w, n0vl));
  out->push_back(FeatureHash(38, f.n0p, n0vl));
}

// The heads of the stack top and the outermost dependents of it and of the
// buffer front.
void AddHeadsAndChildren(const FeatureWindow& f, std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(39, f.W(f.s0h)));
  out->push_back(FeatureHash(40, f.P(f.s0h)));
  out->push_back(FeatureHash(41, f.L(f.s0)));
  out->push_back(FeatureHash(42, f.W(f.s0l)));
  out->push_back(FeatureHash(43, f.P(f.s0l)));
  out->push_back(FeatureHash(44, f.L(f.s0l)));
  out->push_back(FeatureHash(45, f.W(f.s0r)));
  out->push_back(FeatureHash(46, f.P(f.s0r)));
  out->push_back(FeatureHash(47, f.L(f.s0r)));
  out->push_back(FeatureHash(48, f.W(f.n0l)));
  out->push_back(FeatureHash(49, f.P(f.n0l)));
  out->push_back(FeatureHash(50, f.L(f.n0l)));
  out->push_back(FeatureHash(51, f.W(f.s0h2)));
  out->push_back(FeatureHash(52, f.P(f.s0h2)));
  out->push_back(FeatureHash(53, f.L(f.s0h)));
  out->push_back(FeatureHash(54, f.W(f.s0l2)));
  out->push_back(FeatureHash(55, f.P(f.s0l2)));
  out->push_back(FeatureHash(56, f.L(f.s0l2)));
  out->push_back(FeatureHash(57, f.W(f.s0r2)));
  out->push_back(FeatureHash(58, f.P(f.s0r2)));
  out->push_back(FeatureHash(59, f.L(f.s0r2)));
  out->push_back(FeatureHash(60, f.W(f.n0l2)));
  out->push_back(FeatureHash(61, f.P(f.n0l2)));
  out->push_back(FeatureHash(62, f.L(f.n0l2)));
  out->push_back(FeatureHash(63, f.s0p, f.P(f.s0l), f.P(f.s0l2)));
  out->push_back(FeatureHash(64, f.s0p, f.P(f.s0r), f.P(f.s0r2)));
  out->push_back(FeatureHash(65, f.s0p, f.P(f.s0h), f.P(f.s0h2)));
  out->push_back(FeatureHash(66, f.n0p, f.P(f.n0l), f.P(f.n0l2)));
}

// The labels already attached, the second stack word, and whether the
// stack top has a head.
void AddLabelSetsAndSecondStack(const FeatureWindow& f, std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(67, f.s0w, f.s.right_labels(f.s0)));
  out->push_back(FeatureHash(68, f.s0p, f.s.right_labels(f.s0)));
  out->push_back(FeatureHash(69, f.s0w, f.s.left_labels(f.s0)));
  out->push_back(FeatureHash(70, f.s0p, f.s.left_labels(f.s0)));
  out->push_back(FeatureHash(71, f.n0w, f.s.left_labels(f.n0)));
  out->push_back(FeatureHash(72, f.n0p, f.s.left_labels(f.n0)));
  out->push_back(FeatureHash(73, f.P(f.s1)));
  out->push_back(FeatureHash(74, f.W(f.s1)));
  out->push_back(FeatureHash(75, f.P(f.s1), f.s0p, f.n0p));
  out->push_back(FeatureHash(76, f.has_head, f.s0p, f.n0p));
  out->push_back(FeatureHash(77, f.has_head, f.s0wp));
  out->push_back(FeatureHash(78, f.P(f.s1), f.s0p));
  out->push_back(FeatureHash(79, f.has_head, f.L(f.s0), f.n0p));
}

// The word clusters of the stack top and buffer front.
void AddClusters(const FeatureWindow& f, std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(80, f.C(f.s0)));
  out->push_back(FeatureHash(81, f.C(f.n0)));
  out->push_back(FeatureHash(82, f.C(f.s0), f.C(f.n0)));
  out->push_back(FeatureHash(83, f.C(f.s0), f.n0p));
  out->push_back(FeatureHash(84, f.s0p, f.C(f.n0)));
}

}  // namespace

void ParserFeatures(const ArcEagerState& s, const std::vector<WordInfo>& words,
                    const std::vector<int>& tags, std::vector<uint64_t>* out) {
  const FeatureWindow f(s, words, tags);
  out->clear();
  AddStackBufferUnigrams(f, out);      // templates 0..12
  AddStackBufferPairs(f, out);         // 13..32
  AddValencies(f, out);                // 33..38
  AddHeadsAndChildren(f, out);         // 39..66
  AddLabelSetsAndSecondStack(f, out);  // 67..79
  AddClusters(f, out);                 // 80..84
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
