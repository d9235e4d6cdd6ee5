#include "claims/clean_text.h"

#include <algorithm>

namespace factcheck {

const CleanText::Segment& CleanText::SegmentAt(int64_t clean_offset) const {
  auto it = std::upper_bound(
      segments_.begin(), segments_.end(), clean_offset,
      [](int64_t offset, const Segment& s) { return offset < s.clean_end; });
  if (it == segments_.end()) --it;
  return *it;
}

std::pair<int64_t, int64_t> CleanText::OriginalRange(int64_t begin,
                                                     int64_t end) const {
  if (segments_.empty()) return {0, 0};
  const Segment& first = SegmentAt(begin);
  int64_t original_begin =
      first.linear ? first.original_begin + (begin - first.clean_begin)
                   : first.original_begin;
  if (end <= begin) return {original_begin, original_begin};
  const Segment& last = SegmentAt(end - 1);
  int64_t original_end = last.linear
                             ? last.original_begin + (end - last.clean_begin)
                             : last.original_end;
  return {original_begin, std::max(original_begin, original_end)};
}

void CleanTextBuilder::Copy(int64_t original_begin, absl::string_view bytes) {
  if (bytes.empty()) return;
  auto& segments = clean_.segments_;
  int64_t clean_begin = static_cast<int64_t>(clean_.text_.size());
  clean_.text_.append(bytes.data(), bytes.size());
  int64_t size = static_cast<int64_t>(bytes.size());
  if (!segments.empty() && segments.back().linear &&
      segments.back().original_end == original_begin &&
      segments.back().clean_end == clean_begin) {
    segments.back().clean_end += size;
    segments.back().original_end += size;
    return;
  }
  segments.push_back({clean_begin, clean_begin + size, original_begin,
                      original_begin + size, true});
}

void CleanTextBuilder::Replace(int64_t original_begin, int64_t original_end,
                               absl::string_view replacement) {
  if (replacement.empty()) return;
  int64_t clean_begin = static_cast<int64_t>(clean_.text_.size());
  clean_.text_.append(replacement.data(), replacement.size());
  clean_.segments_.push_back(
      {clean_begin, clean_begin + static_cast<int64_t>(replacement.size()),
       original_begin, original_end, false});
}

CleanText CleanTextBuilder::Build() && { return std::move(clean_); }

}  // namespace factcheck
