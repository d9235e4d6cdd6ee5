// File: claims/file_kind.h
//
// Names what a file is from its first bytes, with libmagic (the library
// behind file(1)), so that refusing an input can say "a PDF document" or
// "UTF-16 text" instead of only "invalid UTF-8", and what to do about it.
// Only the error path calls it: libmagic loads its database (about 8 MB,
// /usr/lib/file/magic.mgc) on the first call, once per process.
//
// Example:
//   absl::StatusOr<FileKind> kind = SniffFileKind("%PDF-1.4\n%\xE2\xE3\xCF\xD3");
//   kind->description == "PDF document";
//   kind->mime_type == "application/pdf";
//   kind->advice == "convert it to text first";

#ifndef FACTCHECK_CLAIMS_FILE_KIND_H_
#define FACTCHECK_CLAIMS_FILE_KIND_H_

#include <cstddef>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck {

struct FileKind {
  // libmagic's description up to its first comma, without the details
  // that follow ("PDF document", "PNG image data", "gzip compressed data",
  // "Little-endian UTF-16 Unicode text").
  std::string description;
  // libmagic's MIME type ("application/pdf", "image/png", "text/plain").
  std::string mime_type;
  // libmagic's MIME encoding ("binary", "utf-16le", "iso-8859-1").
  std::string encoding;
  // What the user can do, as a clause that follows "; ": "convert it to
  // UTF-8 first (e.g. with iconv -f UTF-16 -t UTF-8)", "decompress it
  // first", "convert it to text first".
  std::string advice;
};

// How much of a file SniffFileKind looks at: enough for the signatures of
// documents, archives and images, and a bounded cost on a huge input.
inline constexpr size_t kSniffBytes = 8192;

// What the bytes `head` (a file's beginning; only its first kSniffBytes
// are read) are. Thread-safe: calls share one libmagic handle under a
// mutex (libmagic handles are not thread-safe).
//
// Returns:
//   the kind, when libmagic recognises a format;
//   NotFoundError           libmagic has no name for it beyond "data" (an
//                           octet stream), or `head` is empty;
//   FailedPreconditionError libmagic could not be opened or its database
//                           not loaded (the message says which);
//   InternalError           libmagic failed on these bytes.
absl::StatusOr<FileKind> SniffFileKind(absl::string_view head);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_FILE_KIND_H_
