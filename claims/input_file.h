// File: claims/input_file.h
//
// Reads one input (a path, or "-" for standard input) and checks that it is
// text factcheck can read: UTF-8, no NUL bytes, not over the size limit.
// Every failure is a Status whose message names the file and the reason in
// one line, ready to print after "factcheck: ".
//
// Example:
//   absl::StatusOr<InputFile> input = ReadInputFile("draft.md", {});
//   if (!input.ok()) { /* "draft.md: invalid UTF-8 at byte offset 17" */ }

#ifndef FACTCHECK_CLAIMS_INPUT_FILE_H_
#define FACTCHECK_CLAIMS_INPUT_FILE_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/document.pb.h"

namespace factcheck {

struct InputFile {
  // As given, or "<stdin>" for "-".
  std::string path;
  std::string bytes;
  InputFormat format = INPUT_FORMAT_TEXT;
};

// The largest input any run reads, whatever ReadOptions says: offsets in
// spans are int32 (proto/span.proto).
inline constexpr int64_t kMaxInputBytes = 2147483647;

struct ReadOptions {
  // Larger inputs are refused. Extraction holds about 60 bytes of working
  // state per input byte (measured; see README "Reliability"), so the
  // default keeps peak memory near 1 GiB. Values above kMaxInputBytes
  // count as kMaxInputBytes. Default: 16 MiB.
  int64_t max_bytes = int64_t{16} << 20;
};

// Reads `path` ("-" means standard input) and validates it.
//
// Nothing blocks on opening. A path is opened only if it is a regular file
// (checked with stat before opening, and with fstat on what was opened, in
// case the path was swapped in between; opened O_NONBLOCK). Named pipes,
// sockets and devices are refused: opening a FIFO waits for a writer, so a
// stray FIFO in a --sources folder would hang the run. Pipe such a file to
// standard input instead.
//
// Process substitution works: "/dev/fd/N" and "/proc/self/fd/N" (what
// `factcheck extract <(cmd)` passes) and "/dev/stdin" (N = 0) are read like
// standard input, from descriptor N itself without opening anything, when
// N is a pipe this process already has open. Another kind of file behind
// such a name is treated as the path it names.
//
// Returns:
//   NotFoundError          the path does not exist;
//   PermissionDeniedError  it cannot be opened for reading;
//   FailedPreconditionError it is a directory, a named pipe (FIFO), a
//                          socket, a character or block device (such as
//                          /dev/null), or another kind of non-regular file;
//   ResourceExhaustedError it is larger than options.max_bytes;
//   InvalidArgumentError   a NUL byte (binary file) or invalid UTF-8, with
//                          the byte offset of the first bad byte; when
//                          libmagic recognises the file (claims/file_kind.h,
//                          asked only then), the message names what it is
//                          and what to do: "x.pdf: PDF document (invalid
//                          UTF-8 at byte offset 10); convert it to text
//                          first", "x.txt: UTF-16LE text (NUL byte at byte
//                          offset 3); convert it to UTF-8 first (e.g. with
//                          iconv -f UTF-16LE -t UTF-8)";
//   DataLossError          reading failed part way.
// An empty file is not an error.
absl::StatusOr<InputFile> ReadInputFile(absl::string_view path,
                                        const ReadOptions& options);

// Validates bytes already in memory; `path` is only used in messages.
// Unlike ReadInputFile it never asks libmagic: the message names the bad
// byte only ("binary file (NUL byte at byte offset 0); ..." or "invalid
// UTF-8 at byte offset 17 (...)").
absl::Status ValidateText(absl::string_view path, absl::string_view bytes);

// The format a path's extension names: .md/.markdown is Markdown,
// .html/.htm is HTML, anything else plain text. Standard input is sniffed:
// text that opens with an HTML tag is HTML.
InputFormat DetectFormat(absl::string_view path, absl::string_view bytes);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_INPUT_FILE_H_
