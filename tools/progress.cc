#include "tools/progress.h"

#include <unistd.h>

#include <cmath>

#include "absl/strings/str_format.h"

namespace factcheck {

std::string FormatProgress(const ProgressState& state) {
  double mb_per_second =
      state.elapsed_seconds > 0 ? state.bytes_done / 1e6 / state.elapsed_seconds : 0;
  std::string left = "?";
  if (state.bytes_done > 0 && state.elapsed_seconds > 0) {
    double seconds = (state.bytes_total - state.bytes_done) * state.elapsed_seconds /
                     static_cast<double>(state.bytes_done);
    int64_t whole = static_cast<int64_t>(std::ceil(std::max(0.0, seconds)));
    left = absl::StrFormat("%d:%02d", whole / 60, whole % 60);
  }
  return absl::StrFormat("factcheck: %d/%d files, %.1f MB/s, %s left", state.files_done,
                         state.files_total, mb_per_second, left);
}

Progress::Progress(std::FILE* stream, int64_t files_total, int64_t bytes_total, bool enabled)
    : stream_(stream),
      active_(enabled && stream != nullptr && ::isatty(::fileno(stream))),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {
  state_.files_total = files_total;
  state_.bytes_total = bytes_total;
}

void Progress::Done(int64_t bytes) {
  ++state_.files_done;
  state_.bytes_done += bytes;
  if (!active_) return;
  auto now = std::chrono::steady_clock::now();
  // Short runs stay silent; long ones redraw at a readable rate.
  if (now - start_ < std::chrono::seconds(1)) return;
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  state_.elapsed_seconds = std::chrono::duration<double>(now - start_).count();
  // "\r" back to the line start, "\x1b[K" clears what a longer line left.
  std::fprintf(stream_, "\r%s\x1b[K", FormatProgress(state_).c_str());
  std::fflush(stream_);
  drawn_ = true;
  last_draw_ = now;
}

void Progress::Finish() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stream_);
  std::fflush(stream_);
  drawn_ = false;
}

}  // namespace factcheck
