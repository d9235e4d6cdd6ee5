// Fuzzes ingestion: the UTF-8/NUL check, then plain text, Markdown and HTML
// on the same bytes. Each format must give clean text that is itself valid
// text, blocks that are ordered, non-empty and inside the clean text, and
// original ranges inside the file.

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/string_view.h"
#include "claims/input_file.h"
#include "claims/markup.h"

namespace {

void Require(bool condition, const char* what, factcheck::InputFormat format) {
  if (condition) return;
  std::fprintf(stderr, "ingest invariant broken (format %d): %s\n", static_cast<int>(format),
               what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck;
  absl::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!ValidateText("fuzz", bytes).ok()) return 0;
  for (InputFormat format : {INPUT_FORMAT_TEXT, INPUT_FORMAT_MARKDOWN, INPUT_FORMAT_HTML}) {
    IngestedText in = Ingest(bytes, format);
    const std::string& text = in.clean.text();
    const int64_t clean_size = static_cast<int64_t>(text.size());
    Require(ValidateText("clean", text).ok(), "clean text is not valid UTF-8 without NUL",
            format);
    int64_t previous_end = 0;
    for (const TextBlock& block : in.blocks) {
      Require(block.begin >= previous_end, "blocks out of order or overlapping", format);
      Require(block.begin < block.end, "empty block", format);
      Require(block.end <= clean_size, "block past the clean text", format);
      auto [begin, end] = in.clean.OriginalRange(block.begin, block.end);
      Require(0 <= begin && begin <= end && end <= static_cast<int64_t>(size),
              "block maps outside the original", format);
      previous_end = block.end;
    }
    int64_t previous_skip = 0;
    for (const SkippedRange& skip : in.skipped) {
      Require(skip.begin >= previous_skip && skip.begin <= skip.end &&
                  skip.end <= static_cast<int64_t>(size),
              "skipped range out of order or outside the original", format);
      previous_skip = skip.begin;
    }
    Require(in.title_begin <= in.title_end && in.title_end <= static_cast<int64_t>(size),
            "title range outside the original", format);
    Require(in.date_begin <= in.date_end && in.date_end <= static_cast<int64_t>(size),
            "date range outside the original", format);
  }
  return 0;
}
