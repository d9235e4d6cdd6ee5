#include "claims/word_forms.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace factcheck {

// One pass and no allocation for short words: this runs on every token.
std::string LowercaseWord(absl::string_view text) {
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

std::string PredicateStem(absl::string_view word) {
  std::string w = LowercaseWord(word);
  auto strip = [&](absl::string_view suffix) {
    if (w.size() > suffix.size() + 2 && absl::EndsWith(w, suffix)) {
      w.resize(w.size() - suffix.size());
      return true;
    }
    return false;
  };
  if (strip("ments") || strip("ment")) {
  } else if (absl::EndsWith(w, "ied") && w.size() > 4) {
    w.resize(w.size() - 3);
    w += "y";
  } else if (absl::EndsWith(w, "eed")) {
    w.resize(w.size() - 1);
  } else if (strip("ing") || strip("ed")) {
    // "committ" -> "commit", but keep "stay" and "call".
    size_t n = w.size();
    if (n >= 3 && w[n - 1] == w[n - 2] && w[n - 1] != 'l' && w[n - 1] != 's' &&
        !absl::ascii_isspace(w[n - 1]) &&
        std::string("aeiou").find(w[n - 1]) == std::string::npos) {
      w.pop_back();
    }
  } else if (absl::EndsWith(w, "ies") && w.size() > 4) {
    w.resize(w.size() - 3);
    w += "y";
  } else if (absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss") && w.size() > 3) {
    w.pop_back();
  }
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

std::string NounLemma(absl::string_view word) {
  std::string w = LowercaseWord(word);
  if (absl::EndsWith(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
  if (absl::EndsWith(w, "sses") || absl::EndsWith(w, "ches") || absl::EndsWith(w, "shes") ||
      absl::EndsWith(w, "xes")) {
    return w.substr(0, w.size() - 2);
  }
  if (absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss") && !absl::EndsWith(w, "us") &&
      w.size() > 3) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

}  // namespace factcheck
