#include "claims/extract/sentence_words.h"

#include <string>

#include "absl/strings/numbers.h"

namespace factcheck {

std::string Lower(absl::string_view text) {
  std::string out(text.size(), '\0');
  size_t j = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\xE2' && text.substr(i, 3) == "\xE2\x80\x99") {
      out[j++] = '\'';
      i += 2;
    } else {
      out[j++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
  }
  out.resize(j);
  return out;
}

bool ParseDigits(absl::string_view text, double* value) {
  std::string digits;
  for (char c : text) {
    if (c != ',') digits.push_back(c);
  }
  return absl::SimpleAtod(digits, value);
}

}  // namespace factcheck
