// File: claims/analysis/transitions.h
//
// The arc-eager transition system (Nivre 2003) over one sentence, with the
// dynamic oracle of Goldberg & Nivre (2012): for any state, the number of
// gold arcs an action makes unreachable. The parser walks it greedily; its
// trainer asks the oracle which actions cost nothing.
//
// Words are numbered 1..n; 0 is the root, which starts on the stack. An
// action is SHIFT, REDUCE, LEFT-ARC(label) (the buffer's first word becomes
// the head of the stack top, which is popped) or RIGHT-ARC(label) (the stack
// top becomes the head of the buffer's first word, which is pushed). The
// root takes exactly one dependent, with the root label.
//
// Example:
//   ArcEagerState s(/*n=*/2, /*num_labels=*/3, /*root_label=*/0);
//   s.Apply(kShift);                      // stack 0 1, buffer 2
//   s.Apply(LeftArc(1));                  // 2 heads 1
//   s.Apply(RightArc(0));                 // 0 heads 2 (root)
//   s.Finish();                           // s.head(1) == 2, s.head(2) == 0

#ifndef FACTCHECK_CLAIMS_ANALYSIS_TRANSITIONS_H_
#define FACTCHECK_CLAIMS_ANALYSIS_TRANSITIONS_H_

#include <array>
#include <cstdint>
#include <vector>

namespace factcheck {

constexpr int kShift = 0;
constexpr int kReduce = 1;
inline int LeftArc(int label) { return 2 + 2 * label; }
inline int RightArc(int label) { return 3 + 2 * label; }
inline int NumActions(int num_labels) { return 2 + 2 * num_labels; }
inline bool IsLeftArc(int action) { return action >= 2 && action % 2 == 0; }
inline bool IsRightArc(int action) { return action >= 2 && action % 2 == 1; }
inline int ActionLabel(int action) { return (action - 2) / 2; }

class ArcEagerState {
 public:
  ArcEagerState(int n, int num_labels, int root_label);

  int n() const { return n_; }
  bool terminal() const { return buffer_ > n_; }
  // The i-th word from the stack top (0: the top), -1 when there is none.
  int stack(int i) const {
    int k = static_cast<int>(stack_.size()) - 1 - i;
    return k >= 0 ? stack_[k] : -1;
  }
  // The i-th word of the buffer, -1 past its end.
  int buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }
  // -1 while a word has no head.
  int head(int w) const { return w > 0 ? head_[w] : -1; }
  int label(int w) const { return w > 0 ? label_[w] : -1; }
  // Leftmost and second-leftmost, rightmost and second-rightmost dependents
  // (-1 when none).
  int left(int w, int k) const { return w >= 0 ? left_[w][k] : -1; }
  int right(int w, int k) const { return w >= 0 ? right_[w][k] : -1; }
  int left_count(int w) const { return w >= 0 ? left_count_[w] : 0; }
  int right_count(int w) const { return w >= 0 ? right_count_[w] : 0; }
  // Bit set of the labels of left / right dependents (label % 64).
  uint64_t left_labels(int w) const { return w >= 0 ? left_labels_[w] : 0; }
  uint64_t right_labels(int w) const { return w >= 0 ? right_labels_[w] : 0; }

  bool IsValid(int action) const;
  // Marks valid actions in `valid` (resized to the number of actions).
  void ValidActions(std::vector<bool>* valid) const;
  // Applies a valid action.
  void Apply(int action);
  // Once terminal: gives every word left without a head one, the first the
  // root (when the root has none yet), the others that word, with
  // `fallback_label`.
  void Finish(int fallback_label);

  // The dynamic oracle: how many arcs of the gold tree (gold_head[w],
  // gold_label[w] for w in 1..n; index 0 unused) the action loses.
  int Cost(int action, const std::vector<int>& gold_head,
           const std::vector<int>& gold_label) const;

 private:
  void AddArc(int h, int d, int label);

  int n_;
  int num_labels_;
  int root_label_;
  int buffer_ = 1;
  int root_child_ = -1;
  std::vector<int> stack_;
  std::vector<int> head_;
  std::vector<int> label_;
  std::vector<std::array<int, 2>> left_;
  std::vector<std::array<int, 2>> right_;
  std::vector<int> left_count_;
  std::vector<int> right_count_;
  std::vector<uint64_t> left_labels_;
  std::vector<uint64_t> right_labels_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_TRANSITIONS_H_
