#include "claims/file_kind.h"

#include <magic.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <initializer_list>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"

namespace factcheck {
namespace {

// The process's one libmagic handle, loaded on first use and kept for the
// process's life (loading the database is the expensive part). libmagic
// handles are not thread-safe: every call holds the mutex.
class Magic {
 public:
  static Magic& Get() {
    static Magic* const magic = new Magic();
    return *magic;
  }

  // libmagic's answer for `bytes` under `flags` (MAGIC_NONE: the
  // description; MAGIC_MIME_TYPE, MAGIC_MIME_ENCODING).
  absl::StatusOr<std::string> Query(int flags, absl::string_view bytes) ABSL_LOCKS_EXCLUDED(mu_) {
    absl::MutexLock lock(&mu_);
    if (!loaded_.ok()) return loaded_;
    if (magic_setflags(cookie_, flags) != 0) {
      return absl::InternalError(absl::StrCat("libmagic: cannot set flags ", flags));
    }
    const char* answer = magic_buffer(cookie_, bytes.data(), bytes.size());
    if (answer == nullptr) {
      const char* error = magic_error(cookie_);
      return absl::InternalError(absl::StrCat("libmagic: ", error ? error : "no answer"));
    }
    return std::string(answer);
  }

 private:
  Magic() {
    cookie_ = magic_open(MAGIC_NONE);
    if (cookie_ == nullptr) {
      loaded_ = absl::FailedPreconditionError(
          absl::StrCat("libmagic: magic_open failed: ", std::strerror(errno)));
    } else if (magic_load(cookie_, nullptr) != 0) {
      const char* error = magic_error(cookie_);
      loaded_ = absl::FailedPreconditionError(
          absl::StrCat("libmagic: cannot load its database: ", error ? error : "unknown error"));
    }
  }

  absl::Mutex mu_;
  magic_t cookie_ ABSL_GUARDED_BY(mu_) = nullptr;
  absl::Status loaded_ ABSL_GUARDED_BY(mu_);
};

// The description up to its first comma: "PDF document, version 1.4" ->
// "PDF document". One line, whatever libmagic returned.
std::string Headline(absl::string_view description) {
  size_t end = std::min(description.find_first_of(",\n\r"), description.size());
  return std::string(absl::StripAsciiWhitespace(description.substr(0, end)));
}

bool IsOneOf(absl::string_view value, std::initializer_list<absl::string_view> set) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

// Text in an encoding other than UTF-8: names the encoding, and says how
// to convert it. unknown-8bit is text with bytes no encoding explains.
void DescribeOtherEncoding(FileKind* kind) {
  if (kind->encoding == "unknown-8bit") {
    kind->advice = "convert it to UTF-8 first (e.g. with iconv)";
    return;
  }
  std::string name = absl::AsciiStrToUpper(kind->encoding);
  kind->description = absl::StrCat(name, " text");
  kind->advice = absl::StrCat("convert it to UTF-8 first (e.g. with iconv -f ", name, " -t UTF-8)");
}

// What to do with a file of this MIME type that is not text.
std::string AdviceFor(absl::string_view mime_type) {
  if (IsOneOf(mime_type, {"application/gzip", "application/x-gzip", "application/x-xz",
                          "application/x-bzip2", "application/zstd", "application/x-lzma",
                          "application/x-lzip", "application/x-compress"})) {
    return "decompress it first";
  }
  if (IsOneOf(mime_type, {"application/zip", "application/x-tar", "application/x-7z-compressed",
                          "application/vnd.rar", "application/x-rar", "application/x-cpio",
                          "application/x-archive"})) {
    return "extract its text files first";
  }
  if (absl::StartsWith(mime_type, "image/") || absl::StartsWith(mime_type, "audio/") ||
      absl::StartsWith(mime_type, "video/") || absl::StartsWith(mime_type, "font/") ||
      IsOneOf(mime_type, {"application/octet-stream", "application/x-executable",
                          "application/x-pie-executable", "application/x-sharedlib",
                          "application/x-object", "application/x-coredump"})) {
    return "factcheck reads UTF-8 text, Markdown and HTML";
  }
  // Documents: PDF, word processors' and spreadsheets' files, RTF, e-books.
  return "convert it to text first";
}

}  // namespace

absl::StatusOr<FileKind> SniffFileKind(absl::string_view head) {
  head = head.substr(0, std::min(head.size(), kSniffBytes));
  if (head.empty()) return absl::NotFoundError("no bytes to sniff");
  Magic& magic = Magic::Get();
  absl::StatusOr<std::string> description = magic.Query(MAGIC_NONE, head);
  if (!description.ok()) return description.status();
  absl::StatusOr<std::string> mime_type = magic.Query(MAGIC_MIME_TYPE, head);
  if (!mime_type.ok()) return mime_type.status();
  absl::StatusOr<std::string> encoding = magic.Query(MAGIC_MIME_ENCODING, head);
  if (!encoding.ok()) return encoding.status();
  FileKind kind;
  kind.description = Headline(*description);
  kind.mime_type = Headline(*mime_type);
  kind.encoding = Headline(*encoding);
  if (kind.description.empty() || kind.description == "data") {
    return absl::NotFoundError("libmagic has no name for these bytes");
  }
  if (absl::StartsWith(kind.mime_type, "text/")) {
    // ASCII or UTF-8 at the start: the bad byte comes later, and the file
    // is text factcheck would read; nothing to add.
    if (IsOneOf(kind.encoding, {"us-ascii", "utf-8", "binary"})) {
      return absl::NotFoundError(absl::StrCat("reads as ", kind.encoding, " text"));
    }
    DescribeOtherEncoding(&kind);
    return kind;
  }
  kind.advice = AdviceFor(kind.mime_type);
  return kind;
}

}  // namespace factcheck
