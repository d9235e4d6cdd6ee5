// File: claims/clean_text.h
//
// CleanText is readable text cut out of an original file (markup removed,
// entities decoded) together with a map from every byte of it back to the
// original byte range it came from. Everything downstream (sentences,
// claims) works on clean text; every span it reports goes through
// OriginalRange(), so findings point at the exact original characters.
//
// The map is a list of segments rather than one offset per byte, so memory
// stays proportional to the number of markup edits, not to the text size.
//
// Example:
//   CleanTextBuilder builder;
//   builder.Copy(0, "Tom ");             // original bytes 0..4 copied
//   builder.Replace(4, 9, "&");          // "&amp;" at 4..9 decoded to "&"
//   builder.Copy(9, " Jerry");
//   CleanText clean = std::move(builder).Build();
//   clean.text() == "Tom & Jerry";
//   clean.OriginalRange(4, 5) == {4, 9};  // the whole "&amp;"

#ifndef FACTCHECK_CLAIMS_CLEAN_TEXT_H_
#define FACTCHECK_CLAIMS_CLEAN_TEXT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck {

class CleanText {
 public:
  CleanText() = default;

  const std::string& text() const { return text_; }

  // The original byte range [begin, end) that clean bytes [begin, end)
  // came from. Requires 0 <= begin <= end <= text().size().
  std::pair<int64_t, int64_t> OriginalRange(int64_t begin, int64_t end) const;

 private:
  friend class CleanTextBuilder;

  struct Segment {
    int64_t clean_begin;
    int64_t clean_end;
    int64_t original_begin;
    int64_t original_end;
    // Bytes copied one-for-one, so offsets inside map linearly.
    bool linear;
  };

  const Segment& SegmentAt(int64_t clean_offset) const;

  std::string text_;
  std::vector<Segment> segments_;
};

class CleanTextBuilder {
 public:
  // Appends `bytes`, which are the original bytes starting at
  // `original_begin`, copied unchanged.
  void Copy(int64_t original_begin, absl::string_view bytes);

  // Appends `replacement` for the original bytes [original_begin,
  // original_end) (a decoded entity, a tag turned into a line break).
  void Replace(int64_t original_begin, int64_t original_end,
               absl::string_view replacement);

  // The clean text built so far.
  const std::string& text() const { return clean_.text_; }

  CleanText Build() &&;

 private:
  CleanText clean_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_CLEAN_TEXT_H_
