#include "compare/person_match.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "compare/name_fold.h"

namespace factcheck {
namespace {

// A word that titles or qualifies a name rather than being part of it.
bool IsTitle(absl::string_view word, const Lexicon& lexicon) {
  absl::string_view bare = absl::StripSuffix(word, ".");
  std::string lower = absl::AsciiStrToLower(word);
  std::string lower_bare = absl::AsciiStrToLower(bare);
  if (lexicon.IsHonorific(bare) || lexicon.IsRoleModifier(lower)) return true;
  if (lexicon.MaxOfficeWords(lower) > 0 || lexicon.MaxOfficeWords(lower_bare) > 0) return true;
  if (lexicon.FindParty(bare) != nullptr) return true;
  CountryMatch country = lexicon.FindCountry(bare);
  return country.country != nullptr && country.form == CountryForm::kAdjective;
}

// Whether an office form ends at words[k] ("majority leader").
bool OfficeEndsAt(const std::vector<absl::string_view>& words, size_t k,
                  const Lexicon& lexicon) {
  std::string phrase;
  for (size_t j = k + 1; j-- > 0;) {
    std::string word = absl::AsciiStrToLower(words[j]);
    phrase = phrase.empty() ? word : absl::StrCat(word, " ", phrase);
    if (lexicon.FindOffice(phrase) != nullptr ||
        lexicon.FindOffice(absl::StripSuffix(phrase, ".")) != nullptr) {
      return true;
    }
    if (k - j + 1 >= static_cast<size_t>(lexicon.max_office_words())) break;
  }
  return false;
}

bool IsSuffix(absl::string_view word, const Lexicon& lexicon) {
  absl::string_view bare = absl::StripSuffix(word, ".");
  if (lexicon.IsNameSuffix(absl::AsciiStrToLower(bare))) return true;
  return bare.size() >= 2 && bare.find_first_not_of("IVX") == absl::string_view::npos;
}

// Whether a and b are equal or one edit (insertion, deletion or
// substitution of a byte) apart.
bool WithinOneEdit(absl::string_view a, absl::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + (i < a.size())) == b.substr(i + (i < b.size()));
  return a.substr(i) == b.substr(i + 1);
}

// Whether a and b have the same length and differ only by two
// neighbouring bytes swapped.
bool Transposed(absl::string_view a, absl::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

}  // namespace

bool SpellingSlip(absl::string_view a, absl::string_view b) {
  return std::min(a.size(), b.size()) >= 4 && a[0] == b[0] &&
         (WithinOneEdit(a, b) || Transposed(a, b));
}

NameParts PersonNameParts(absl::string_view name, const Lexicon& lexicon) {
  std::vector<absl::string_view> words = absl::StrSplit(name, ' ', absl::SkipEmpty());
  NameParts parts;
  if (words.empty()) return parts;
  size_t first = 0, end = words.size();
  while (end - first > 1 && IsSuffix(words[end - 1], lexicon)) --end;
  // The name is what follows its last title word.
  for (size_t k = end - 1; k-- > first;) {
    if (IsTitle(words[k], lexicon) || OfficeEndsAt(words, k, lexicon)) {
      first = k + 1;
      break;
    }
  }
  parts.surname = FoldForComparison(words[end - 1]);
  if (end - first >= 2) parts.given = FoldForComparison(words[first]);
  return parts;
}

bool SamePerson(absl::string_view a, absl::string_view b, const Lexicon& lexicon) {
  NameParts pa = PersonNameParts(a, lexicon), pb = PersonNameParts(b, lexicon);
  if (pa.surname.empty() || pb.surname.empty()) return false;
  bool surname = pa.surname == pb.surname || SpellingSlip(pa.surname, pb.surname);
  if (!surname) return false;
  if (pa.given.empty() || pb.given.empty()) return true;
  return pa.given[0] == pb.given[0];
}

}  // namespace factcheck
