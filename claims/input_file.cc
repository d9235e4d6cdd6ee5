#include "claims/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "claims/file_kind.h"

namespace factcheck {
namespace {

// Length of the valid UTF-8 sequence at `p` (at most `left` bytes), or 0.
// Rejects overlong forms, surrogates and code points above U+10FFFF.
int Utf8SequenceLength(const unsigned char* p, size_t left) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && p[1] > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
    if (c == 0xF4 && p[1] > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// The first byte that makes `bytes` not UTF-8 text: a NUL byte or the
// start of an invalid UTF-8 sequence.
struct BadByte {
  size_t offset = 0;
  bool nul = false;
};

std::optional<BadByte> FindBadByte(absl::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t size = bytes.size();
  size_t i = 0;
  while (i < size) {
    // Fast path over ASCII runs.
    while (i < size && data[i] < 0x80 && data[i] != 0) ++i;
    if (i == size) break;
    if (data[i] == 0) return BadByte{i, true};
    int length = Utf8SequenceLength(data + i, size - i);
    if (length == 0) return BadByte{i, false};
    i += length;
  }
  return std::nullopt;
}

std::string BadByteReason(const BadByte& bad) {
  return absl::StrCat(bad.nul ? "NUL byte" : "invalid UTF-8", " at byte offset ", bad.offset);
}

// The message when nothing more is known about the file.
absl::Status PlainTextError(absl::string_view path, const BadByte& bad) {
  if (bad.nul) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": binary file (", BadByteReason(bad),
        "); factcheck reads UTF-8 text, Markdown and HTML"));
  }
  return absl::InvalidArgumentError(absl::StrCat(
      path, ": ", BadByteReason(bad), " (convert the file to UTF-8, e.g. with iconv)"));
}

// ValidateText for an input read from a file or a stream: a refusal names
// what the file is when libmagic knows ("x.pdf: PDF document (invalid
// UTF-8 at byte offset 10); convert it to text first"). libmagic runs only
// here, on the error path; without an answer the message is ValidateText's.
absl::Status ValidateInput(absl::string_view path, absl::string_view bytes) {
  std::optional<BadByte> bad = FindBadByte(bytes);
  if (!bad.has_value()) return absl::OkStatus();
  absl::StatusOr<FileKind> kind = SniffFileKind(bytes);
  if (!kind.ok()) return PlainTextError(path, *bad);
  return absl::InvalidArgumentError(absl::StrCat(
      path, ": ", kind->description, " (", BadByteReason(*bad), "); ", kind->advice));
}

// Reads `file` to its end in 64 KiB chunks. A chunk holding a NUL byte ends
// the read at once: `head -c 100M /dev/zero | factcheck extract -` is
// binary input, not "larger than the limit" after 16 MiB.
absl::StatusOr<std::string> ReadStream(std::FILE* file, absl::string_view path,
                                       const ReadOptions& options) {
  std::string bytes;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    if (std::memchr(buffer, 0, n) != nullptr) {
      // The same message as for the whole file: the first bad byte, which
      // may be invalid UTF-8 before the NUL. The whole chunk is kept for
      // libmagic, which may need the bytes after the NUL (UTF-16 text).
      bytes.append(buffer, n);
      return ValidateInput(path, bytes);
    }
    bytes.append(buffer, n);
    if (static_cast<int64_t>(bytes.size()) > options.max_bytes) {
      return absl::ResourceExhaustedError(absl::StrCat(
          path, ": file is larger than the limit of ", options.max_bytes,
          " bytes (raise it with --max-file-size)"));
    }
  }
  if (std::ferror(file)) {
    return absl::DataLossError(
        absl::StrCat(path, ": read failed: ", std::strerror(errno)));
  }
  return bytes;
}

// Refuses what is not a regular file, naming what it is: opening a FIFO
// waits for a writer and a device may never end.
absl::Status NotRegularFileError(absl::string_view path, mode_t mode) {
  if (S_ISDIR(mode)) {
    return absl::FailedPreconditionError(absl::StrCat(
        path, ": is a directory; give the files inside it instead"));
  }
  if (S_ISFIFO(mode)) {
    return absl::FailedPreconditionError(absl::StrCat(
        path, ": a named pipe (FIFO), not a regular file; pipe it to standard "
        "input instead (factcheck ... - < ", path, ")"));
  }
  const char* kind = S_ISSOCK(mode)  ? "a socket"
                     : S_ISCHR(mode) ? "a character device"
                     : S_ISBLK(mode) ? "a block device"
                                     : "an unknown kind of file";
  return absl::FailedPreconditionError(
      absl::StrCat(path, ": ", kind, ", not a regular file"));
}

// The descriptor that "/dev/fd/N", "/proc/self/fd/N" or "/dev/stdin" names
// when it is a pipe this process already has open; otherwise -1.
int OpenPipeNamedBy(absl::string_view path) {
  int fd = -1;
  if (path == "/dev/stdin") {
    fd = 0;
  } else if (!absl::ConsumePrefix(&path, "/dev/fd/") &&
             !absl::ConsumePrefix(&path, "/proc/self/fd/")) {
    return -1;
  } else if (path.empty() || !absl::SimpleAtoi(path, &fd) || fd < 0) {
    return -1;
  }
  struct stat info;
  if (::fstat(fd, &info) != 0 || !S_ISFIFO(info.st_mode)) return -1;
  return fd;
}

// Reads `fd` (which it closes) to the end.
absl::StatusOr<std::string> ReadDescriptor(int fd, absl::string_view path,
                                           const ReadOptions& options) {
  std::FILE* file = ::fdopen(fd, "rb");
  if (file == nullptr) {
    int error = errno;
    ::close(fd);
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot read: ", std::strerror(error)));
  }
  absl::StatusOr<std::string> bytes = ReadStream(file, path, options);
  std::fclose(file);
  return bytes;
}

absl::Status StatError(absl::string_view path, int error) {
  if (error == ENOENT || error == ENOTDIR) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file or directory"));
  }
  return absl::PermissionDeniedError(
      absl::StrCat(path, ": cannot read: ", std::strerror(error)));
}

absl::Status OpenError(absl::string_view path, int error) {
  if (error == ENOENT) {
    return absl::NotFoundError(absl::StrCat(
        path, ": no such file or directory (it vanished while reading)"));
  }
  return absl::PermissionDeniedError(
      absl::StrCat(path, ": cannot open: ", std::strerror(error)));
}

absl::Status SizeError(absl::string_view path, int64_t size, int64_t max_bytes) {
  return absl::ResourceExhaustedError(absl::StrCat(
      path, ": file is ", size, " bytes, larger than the limit of ", max_bytes,
      " bytes (raise it with --max-file-size)"));
}

// Opens only a regular file, and never blocks: the type is checked before
// opening, O_NONBLOCK keeps a FIFO swapped in meanwhile from waiting for a
// writer, and fstat checks what was actually opened.
absl::StatusOr<std::string> ReadRegularFile(const std::string& path,
                                            const ReadOptions& options) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return StatError(path, errno);
  if (!S_ISREG(info.st_mode)) return NotRegularFileError(path, info.st_mode);
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return OpenError(path, errno);
  absl::Status status;
  if (::fstat(fd, &info) != 0) {
    status = StatError(path, errno);
  } else if (!S_ISREG(info.st_mode)) {
    status = NotRegularFileError(path, info.st_mode);
  } else if (info.st_size > options.max_bytes) {
    status = SizeError(path, info.st_size, options.max_bytes);
  }
  if (!status.ok()) {
    ::close(fd);
    return status;
  }
  return ReadDescriptor(fd, path, options);
}

absl::StatusOr<std::string> ReadPath(const std::string& path,
                                     const ReadOptions& options) {
  int pipe_fd = OpenPipeNamedBy(path);
  if (pipe_fd < 0) return ReadRegularFile(path, options);
  int fd = ::fcntl(pipe_fd, F_DUPFD_CLOEXEC, 0);
  if (fd < 0) return OpenError(path, errno);
  return ReadDescriptor(fd, path, options);
}

}  // namespace

absl::Status ValidateText(absl::string_view path, absl::string_view bytes) {
  std::optional<BadByte> bad = FindBadByte(bytes);
  if (!bad.has_value()) return absl::OkStatus();
  return PlainTextError(path, *bad);
}

InputFormat DetectFormat(absl::string_view path, absl::string_view bytes) {
  std::string lower = absl::AsciiStrToLower(path);
  if (absl::EndsWith(lower, ".md") || absl::EndsWith(lower, ".markdown")) {
    return INPUT_FORMAT_MARKDOWN;
  }
  if (absl::EndsWith(lower, ".html") || absl::EndsWith(lower, ".htm") ||
      absl::EndsWith(lower, ".xhtml")) {
    return INPUT_FORMAT_HTML;
  }
  if (path == "<stdin>") {
    absl::string_view head = absl::StripLeadingAsciiWhitespace(
        bytes.substr(0, std::min<size_t>(bytes.size(), 512)));
    if (absl::StartsWithIgnoreCase(head, "<!doctype html") ||
        absl::StartsWithIgnoreCase(head, "<html") ||
        absl::StartsWithIgnoreCase(head, "<p>") ||
        absl::StartsWithIgnoreCase(head, "<body")) {
      return INPUT_FORMAT_HTML;
    }
  }
  return INPUT_FORMAT_TEXT;
}

absl::StatusOr<InputFile> ReadInputFile(absl::string_view path,
                                        const ReadOptions& given) {
  ReadOptions options = given;
  options.max_bytes = std::min(options.max_bytes, kMaxInputBytes);
  InputFile input;
  input.path = path == "-" ? "<stdin>" : std::string(path);
  auto bytes = path == "-" ? ReadStream(stdin, input.path, options)
                           : ReadPath(input.path, options);
  if (!bytes.ok()) return bytes.status();
  input.bytes = *std::move(bytes);
  absl::Status valid = ValidateInput(input.path, input.bytes);
  if (!valid.ok()) return valid;
  input.format = DetectFormat(input.path, input.bytes);
  return input;
}

}  // namespace factcheck
