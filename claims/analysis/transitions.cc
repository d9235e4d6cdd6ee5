#include "claims/analysis/transitions.h"

namespace factcheck {

ArcEagerState::ArcEagerState(int n, int num_labels, int root_label)
    : n_(n),
      num_labels_(num_labels),
      root_label_(root_label),
      stack_{0},
      head_(n + 1, -1),
      label_(n + 1, -1),
      left_(n + 1, {-1, -1}),
      right_(n + 1, {-1, -1}),
      left_count_(n + 1, 0),
      right_count_(n + 1, 0),
      left_labels_(n + 1, 0),
      right_labels_(n + 1, 0) {
  stack_.reserve(n + 1);
}

bool ArcEagerState::IsValid(int action) const {
  if (terminal()) return false;
  const int s0 = stack_.empty() ? -1 : stack_.back();
  if (action == kShift) return true;
  if (action == kReduce) return s0 > 0 && head_[s0] >= 0;
  const int label = ActionLabel(action);
  if (label < 0 || label >= num_labels_) return false;
  if (IsLeftArc(action)) {
    return s0 > 0 && head_[s0] < 0 && label != root_label_;
  }
  if (s0 < 0) return false;
  if (s0 == 0) return label == root_label_ && root_child_ < 0;
  return label != root_label_;
}

void ArcEagerState::ValidActions(std::vector<bool>* valid) const {
  valid->assign(NumActions(num_labels_), false);
  if (terminal()) return;
  const int s0 = stack_.empty() ? -1 : stack_.back();
  (*valid)[kShift] = true;
  (*valid)[kReduce] = s0 > 0 && head_[s0] >= 0;
  for (int l = 0; l < num_labels_; ++l) {
    (*valid)[LeftArc(l)] = s0 > 0 && head_[s0] < 0 && l != root_label_;
    (*valid)[RightArc(l)] =
        s0 == 0 ? (l == root_label_ && root_child_ < 0)
                : (s0 > 0 && l != root_label_);
  }
}

void ArcEagerState::AddArc(int h, int d, int label) {
  head_[d] = h;
  label_[d] = label;
  uint64_t bit = uint64_t{1} << (label % 64);
  if (d < h) {
    std::array<int, 2>& l = left_[h];
    if (l[0] < 0 || d < l[0]) {
      l[1] = l[0];
      l[0] = d;
    } else if (l[1] < 0 || d < l[1]) {
      l[1] = d;
    }
    ++left_count_[h];
    left_labels_[h] |= bit;
  } else {
    std::array<int, 2>& r = right_[h];
    if (r[0] < 0 || d > r[0]) {
      r[1] = r[0];
      r[0] = d;
    } else if (r[1] < 0 || d > r[1]) {
      r[1] = d;
    }
    ++right_count_[h];
    right_labels_[h] |= bit;
  }
  if (h == 0) root_child_ = d;
}

void ArcEagerState::Apply(int action) {
  if (action == kShift) {
    stack_.push_back(buffer_++);
  } else if (action == kReduce) {
    stack_.pop_back();
  } else if (IsLeftArc(action)) {
    AddArc(buffer_, stack_.back(), ActionLabel(action));
    stack_.pop_back();
  } else {
    AddArc(stack_.back(), buffer_, ActionLabel(action));
    stack_.push_back(buffer_++);
  }
}

void ArcEagerState::Finish(int fallback_label) {
  for (int w = 1; w <= n_; ++w) {
    if (head_[w] >= 0) continue;
    if (root_child_ < 0) {
      AddArc(0, w, root_label_);
    } else {
      AddArc(root_child_, w, fallback_label);
    }
  }
}

int ArcEagerState::Cost(int action, const std::vector<int>& gold_head,
                        const std::vector<int>& gold_label) const {
  const int s0 = stack_.back();
  const int b = buffer_;
  int cost = 0;
  if (action == kShift) {
    for (int k : stack_) {
      if (gold_head[b] == k) ++cost;
      if (k > 0 && gold_head[k] == b && head_[k] < 0) ++cost;
    }
    return cost;
  }
  if (action == kReduce) {
    for (int k = b; k <= n_; ++k) {
      if (gold_head[k] == s0) ++cost;
    }
    return cost;
  }
  const int label = ActionLabel(action);
  if (IsLeftArc(action)) {
    if (gold_head[s0] > b) ++cost;
    for (int k = b; k <= n_; ++k) {
      if (gold_head[k] == s0) ++cost;
    }
    if (gold_head[s0] == b && gold_label[s0] != label) ++cost;
    return cost;
  }
  for (int k : stack_) {
    if (k != s0 && gold_head[b] == k) ++cost;
    if (k > 0 && gold_head[k] == b && head_[k] < 0) ++cost;
  }
  if (gold_head[b] > b) ++cost;
  if (gold_head[b] == s0 && gold_label[b] != label) ++cost;
  return cost;
}

}  // namespace factcheck
