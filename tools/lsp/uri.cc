#include "tools/lsp/uri.h"

#include <filesystem>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "claims/input_file.h"

namespace factcheck {
namespace lsp {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = absl::ascii_tolower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Percent-decodes `text`; nullopt when that is not UTF-8 text (a NUL
// byte, or bytes that are not UTF-8). A "%" not followed by two hex digits
// is kept as it is.
std::optional<std::string> Decode(absl::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
        HexValue(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  if (!ValidateText("", out).ok()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> PathFromUri(absl::string_view uri) {
  if (!absl::StartsWithIgnoreCase(uri, "file:")) return std::nullopt;
  absl::string_view rest = uri.substr(5);
  if (absl::StartsWith(rest, "//")) {
    rest.remove_prefix(2);
    // An authority: empty or localhost.
    const size_t slash = rest.find('/');
    if (slash == absl::string_view::npos) return std::nullopt;
    absl::string_view host = rest.substr(0, slash);
    if (!host.empty() && !absl::EqualsIgnoreCase(host, "localhost")) return std::nullopt;
    rest.remove_prefix(slash);
  }
  if (!absl::StartsWith(rest, "/")) return std::nullopt;
  // A query or fragment is not part of the path.
  rest = rest.substr(0, rest.find_first_of("?#"));
  return Decode(rest);
}

std::string UriFromPath(absl::string_view path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(std::string(path), ec);
  const std::string absolute = (ec ? std::filesystem::path(std::string(path)) : p)
                                   .lexically_normal()
                                   .string();
  std::string out = "file://";
  for (char c : absolute) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(u) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(c);
    } else {
      absl::StrAppend(&out, "%", absl::string_view("0123456789ABCDEF" + (u >> 4), 1),
                      absl::string_view("0123456789ABCDEF" + (u & 15), 1));
    }
  }
  return out;
}

}  // namespace lsp
}  // namespace factcheck
