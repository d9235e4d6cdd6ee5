// File: tools/progress.h
//
// A one-line progress display for long runs: files done, throughput and
// the time left, redrawn in place on a terminal. Runs shorter than a second
// show nothing, and nothing is ever written when the stream is not a
// terminal, so that logs and pipes stay clean.
//
// Example:
//   Progress progress(stderr, files.size(), total_bytes);
//   for (...) progress.Done(file_bytes);  // after each file
//   progress.Finish();                    // erases the line if drawn
//
//   FormatProgress({512, 941, 1.6e6, 2.7e6, 2.0})
//       == "factcheck: 512/941 files, 0.8 MB/s, 0:02 left"

#ifndef FACTCHECK_TOOLS_PROGRESS_H_
#define FACTCHECK_TOOLS_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace factcheck {

struct ProgressState {
  int64_t files_done = 0;
  int64_t files_total = 0;
  int64_t bytes_done = 0;
  int64_t bytes_total = 0;
  double elapsed_seconds = 0;
};

// The line to show for `state`, without a line end. The time left is
// estimated from the throughput so far; "?" while nothing is measured yet.
std::string FormatProgress(const ProgressState& state);

class Progress {
 public:
  // Draws on `stream` only when it is a terminal (isatty) and `enabled`.
  Progress(std::FILE* stream, int64_t files_total, int64_t bytes_total,
           bool enabled = true);
  // Erases the line if one was drawn.
  ~Progress() { Finish(); }

  // Counts one more file of `bytes` bytes; redraws at most ten times a
  // second, and only once a second has passed since the start.
  void Done(int64_t bytes);
  // Erases the progress line (idempotent).
  void Finish();

 private:
  std::FILE* stream_;
  bool active_;
  bool drawn_ = false;
  ProgressState state_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_PROGRESS_H_
