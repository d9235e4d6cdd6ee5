#include "tools/lsp/framing.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace factcheck {
namespace lsp {
namespace {

constexpr char kEndOfHeader[] = "\r\n\r\n";
constexpr size_t kEndOfHeaderSize = 4;

// The Content-Length of a header block (without its final empty line), or
// -1 when it has none or a line is malformed.
int64_t ContentLength(absl::string_view header) {
  int64_t length = -1;
  for (absl::string_view line : absl::StrSplit(header, "\r\n")) {
    size_t colon = line.find(':');
    if (colon == absl::string_view::npos) return -1;
    absl::string_view name = absl::StripAsciiWhitespace(line.substr(0, colon));
    absl::string_view value = absl::StripAsciiWhitespace(line.substr(colon + 1));
    if (!absl::EqualsIgnoreCase(name, "Content-Length")) continue;
    if (value.empty() || !std::all_of(value.begin(), value.end(), absl::ascii_isdigit) ||
        !absl::SimpleAtoi(value, &length)) {
      return -1;
    }
  }
  return length;
}

}  // namespace

void MessageReader::Append(absl::string_view bytes) {
  if (skip_ > 0) {
    const int64_t dropped = std::min<int64_t>(skip_, static_cast<int64_t>(bytes.size()));
    skip_ -= dropped;
    bytes.remove_prefix(static_cast<size_t>(dropped));
  }
  buffer_.append(bytes.data(), bytes.size());
}

absl::StatusOr<std::optional<std::string>> MessageReader::Next() {
  const size_t end = buffer_.find(kEndOfHeader);
  if (end == std::string::npos) {
    if (buffer_.size() <= kMaxHeaderBytes) return std::nullopt;
    buffer_.clear();
    return absl::InvalidArgumentError(
        absl::StrCat("header longer than ", kMaxHeaderBytes, " bytes without an empty line"));
  }
  const int64_t length = ContentLength(absl::string_view(buffer_).substr(0, end));
  const size_t body = end + kEndOfHeaderSize;
  if (length < 0) {
    buffer_.erase(0, body);
    return absl::InvalidArgumentError("header without a valid Content-Length");
  }
  if (length > kMaxBodyBytes) {
    const size_t here = std::min(buffer_.size() - body, static_cast<size_t>(length));
    skip_ = length - static_cast<int64_t>(here);
    buffer_.erase(0, body + here);
    return absl::ResourceExhaustedError(
        absl::StrCat("message of ", length, " bytes refused (at most ", kMaxBodyBytes, ")"));
  }
  if (buffer_.size() - body < static_cast<size_t>(length)) return std::nullopt;
  std::string message = buffer_.substr(body, static_cast<size_t>(length));
  buffer_.erase(0, body + static_cast<size_t>(length));
  return message;
}

std::string FrameMessage(absl::string_view body) {
  return absl::StrCat("Content-Length: ", body.size(), "\r\n\r\n", body);
}

}  // namespace lsp
}  // namespace factcheck
