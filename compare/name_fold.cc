#include "compare/name_fold.h"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

#include "absl/strings/ascii.h"
#include "claims/utf8.h"

namespace factcheck {
namespace {

// Latin letters that Unicode does not decompose into a base letter and a
// mark (a stroke or bar is part of the letter, a ligature is one letter),
// mapped to the base letter that English spellings of names use: "Łukasz"
// and "Lukasz", "Søren" and "Soren" meet. Everything with a decomposition
// ("é", "ç", "ğ", "й") utf8proc folds itself.
utf8proc_int32_t BaseOfUndecomposableLetter(utf8proc_int32_t c, void* /*data*/) {
  switch (c) {
    case 0x00C6: return 'A';  // Æ
    case 0x00E6: return 'a';  // æ
    case 0x00D0: return 'D';  // Ð
    case 0x00F0: return 'd';  // ð
    case 0x00D8: return 'O';  // Ø
    case 0x00F8: return 'o';  // ø
    case 0x00DE: return 'T';  // Þ
    case 0x00FE: return 't';  // þ
    case 0x0110: return 'D';  // Đ
    case 0x0111: return 'd';  // đ
    case 0x0126: return 'H';  // Ħ
    case 0x0127: return 'h';  // ħ
    case 0x0131: return 'i';  // dotless ı
    case 0x0138: return 'k';  // ĸ
    case 0x0141: return 'L';  // Ł
    case 0x0142: return 'l';  // ł
    case 0x014A: return 'N';  // Ŋ
    case 0x014B: return 'n';  // ŋ
    case 0x0152: return 'O';  // Œ
    case 0x0153: return 'o';  // œ
    case 0x0166: return 'T';  // Ŧ
    case 0x0167: return 't';  // ŧ
    default: return c;
  }
}

// Spacing modifier letters (U+02B0..U+02FF: ʻ, ʼ, ˈ) are apostrophes and
// stress marks in names ("Hawaiʻi"); they are left out like "'".
bool IsNameLetter(char32_t c) { return IsLetter(c) && !(c >= 0x2B0 && c <= 0x2FF); }

bool IsAscii(absl::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Case folding (NFKC_Casefold: "ß" -> "ss", "Σ"/"ς" -> "σ", fullwidth and
// ligature forms to their letters), with every mark stripped ("ễ" -> "e",
// "й" -> "и") and default-ignorable characters (soft hyphen, zero-width
// joiner) removed. Text utf8proc refuses (not valid UTF-8, which inputs
// never are once read) is returned as it is: its letters are then only
// lowercased below.
std::string CaseAndDiacriticFold(absl::string_view name) {
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
      UTF8PROC_IGNORE | UTF8PROC_STRIPMARK);
  utf8proc_ssize_t length = utf8proc_map_custom(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
      static_cast<utf8proc_ssize_t>(name.size()), &folded, options,
      BaseOfUndecomposableLetter, nullptr);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
  if (length < 0) return std::string(name);
  return std::string(reinterpret_cast<const char*>(folded), static_cast<size_t>(length));
}

}  // namespace

std::string FoldForComparison(absl::string_view name) {
  // Most names in English news are ASCII: no utf8proc call, no allocation.
  std::string storage;
  absl::string_view folded = name;
  if (!IsAscii(name)) {
    storage = CaseAndDiacriticFold(name);
    folded = storage;
  }
  std::string out;
  char32_t previous = 0;
  int64_t i = 0;
  const int64_t size = static_cast<int64_t>(folded.size());
  while (i < size) {
    int length;
    char32_t c = DecodeUtf8(folded, i, &length);
    if (IsNameLetter(c)) {
      if (c < 0x80) c = absl::ascii_tolower(static_cast<unsigned char>(c));
      if (c != previous) {  // doubled letters
        if (c < 0x80) {
          out.push_back(static_cast<char>(c));
        } else {
          out.append(folded.data() + i, length);
        }
      }
      previous = c;
    } else if (IsSpace(c) && !out.empty() && out.back() != ' ') {
      out.push_back(' ');
      previous = ' ';
    }
    i += length;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace factcheck
