// File: fuzz/span_check.h
//
// An independent oracle for the offset rule of proto/span.proto, for the
// fuzz targets: every Span (and report Location) anywhere inside a record
// must lie inside the original bytes, start and end on character
// boundaries, and carry the line and column that a plain recount of the
// original gives. Found through protobuf reflection, so spans added to the
// schema later are checked without touching this file.
//
// Example:
//   CheckSpans(document, input.bytes);  // aborts with the field path on a
//                                       // wrong span

#ifndef FACTCHECK_FUZZ_SPAN_CHECK_H_
#define FACTCHECK_FUZZ_SPAN_CHECK_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace factcheck {

// Line and column of the character at a byte offset, counted the slow,
// obvious way.
class ReferencePositions {
 public:
  explicit ReferencePositions(absl::string_view original);
  // 1-based line and column (in code points) of byte `offset`.
  void Position(int64_t offset, int32_t* line, int32_t* column) const;

 private:
  absl::string_view original_;
  std::vector<int64_t> line_starts_;
};

// Aborts (printing the field path and values) if any set Span or Location in
// `message` breaks the offset rule for `original`.
void CheckSpans(const google::protobuf::Message& message, absl::string_view original);

}  // namespace factcheck

#endif  // FACTCHECK_FUZZ_SPAN_CHECK_H_
