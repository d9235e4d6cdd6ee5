#include "compare/name_fold.h"

#include "absl/strings/ascii.h"
#include "claims/utf8.h"

namespace factcheck {

std::string FoldForComparison(absl::string_view name) {
  // Latin-1 and Latin Extended-A letters to their base letter.
  static constexpr char kLatin1[] =
      "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00C0..U+00FF
  std::string out;
  int64_t i = 0;
  const int64_t size = static_cast<int64_t>(name.size());
  while (i < size) {
    int length;
    char32_t c = DecodeUtf8(name, i, &length);
    char base = 0;
    if (c < 0x80) {
      base = static_cast<char>(c);
    } else if (c >= 0xC0 && c <= 0xFF) {
      base = kLatin1[c - 0xC0];
    } else if (c >= 0x100 && c <= 0x17F) {
      static constexpr char kExtA[] =
          "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
      base = kExtA[c - 0x100];
    }
    i += length;
    if (base == 0) continue;
    if (absl::ascii_isalpha(static_cast<unsigned char>(base))) {
      char lower = absl::ascii_tolower(static_cast<unsigned char>(base));
      if (!out.empty() && out.back() == lower) continue;  // doubled letters
      out.push_back(lower);
    } else if (base == ' ' && !out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace factcheck
