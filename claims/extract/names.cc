#include "claims/extract/names.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "claims/utf8.h"

namespace factcheck {
namespace {

bool StartsUpper(absl::string_view word) {
  if (word.empty()) return false;
  int length = 0;
  return IsUpperLetter(DecodeUtf8(word, 0, &length));
}

bool IsHonorificWord(absl::string_view word, const Lexicon& lexicon) {
  return lexicon.IsHonorific(absl::StripSuffix(word, "."));
}

bool IsRomanNumeral(absl::string_view word) {
  return !word.empty() && word.size() <= 6 &&
         word.find_first_not_of("IVXL") == absl::string_view::npos;
}

bool IsParticle(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  return lexicon.IsNameParticle(s.word(i));
}

// A capitalised word that can be part of a name (the tagger's view of
// unknown names is not relied on: it tags some as punctuation).
bool IsCapitalizedWord(const ParsedSentence& s, int i) {
  return StartsUpper(s.word(i)) && s.xpos(i) != "POS";
}

// Whether the whole name is something other than a person.
// A title before a name of two words or more ("Gov. Ellen Park")
// outweighs a last word that usually ends names of things; one word does
// not ("Premier League", "General Assembly").
// The recogniser's type for token i ("" outside entities).
absl::string_view EntityTypeAt(const ParsedSentence& s, int i) {
  int e = s.EntityAt(i);
  return e < 0 ? absl::string_view() : absl::string_view(s.entities()[e].type);
}

bool IsThing(const ParsedSentence& s, int first, int last, bool titled, const Lexicon& lexicon) {
  absl::string_view text = s.Text(first, last);
  if (lexicon.FindCountry(text).country != nullptr ||
      lexicon.FindOrganization(text) != nullptr || lexicon.FindPlace(text) != nullptr ||
      lexicon.FindOutlet(text) != nullptr) {
    return true;
  }
  // "Gov. Ellen Park" is a person; "King Power Stadium" and "inspector
  // Ofsted" are not: the recogniser calls them organisations or places.
  absl::string_view type = EntityTypeAt(s, last);
  bool other_entity = type == "ORGANIZATION" || type == "PLACE";
  if (lexicon.IsNonPersonHead(s.word(last)) && (!titled || first == last || other_entity)) {
    return true;
  }
  if (first == last && other_entity) return true;
  for (int k = first; k <= last; ++k) {
    // "League Klopp": a thing's word inside is no name's.
    if (k < last && lexicon.IsNonPersonHead(s.word(k))) return true;
    absl::string_view w = s.word(k);
    if (lexicon.FindParty(w) != nullptr || IsHonorificWord(w, lexicon)) return true;
    if (lexicon.IsStopword(w) || lexicon.MonthNumber(w) > 0 || lexicon.WeekdayNumber(w) > 0) {
      return true;
    }
    // "NATO", "CEO": an acronym is not a name; a regnal number is.
    if (w.size() > 1 && absl::AsciiStrToUpper(w) == w && !absl::StrContains(w, ".") &&
        !(k == last && k > first && IsRomanNumeral(w))) {
      return true;
    }
  }
  return false;
}

// Title Case and ALL CAPS headlines capitalise every word: only the
// recogniser's PERSON entities are names there.
bool CapitalizesEveryWord(const ParsedSentence& s) {
  int words = 0, capitalized = 0;
  for (int i = 0; i < s.size(); ++i) {
    if (s.upos(i) == "PUNCT") continue;
    ++words;
    capitalized += IsCapitalizedWord(s, i);
  }
  return words >= 4 && capitalized * 10 >= words * 7;
}

// Whether the titled name [first, last] is a thing's name: a determiner
// before its title words, none of them an honorific, and a thing's word
// at its end ("the King Power Stadium", but "the Rev. Ann Park").
bool DeterminedThing(const ParsedSentence& s, int first, int last, const Lexicon& lexicon) {
  if (!lexicon.IsNonPersonHead(s.word(last))) return false;
  int before = first - 1;
  for (; before >= 0 && IsTitleWord(s, before, lexicon); --before) {
    if (IsHonorificWord(s.word(before), lexicon)) return false;
  }
  return before >= 0 && s.upos(before) == "DET";
}

// Whether the name [first, last] is the possessor in a thing's name:
// "'s" and a capitalised venue word after it, ending the capitalised run
// ("King Edward's School in ..."; not "Chazelle's Academy Award").
bool OwnsVenueName(const ParsedSentence& s, int last, const Lexicon& lexicon) {
  const int venue = last + 2;
  if (venue >= s.size() || s.xpos(last + 1) != "POS" || !IsCapitalizedWord(s, venue)) return false;
  if (venue + 1 < s.size() && IsCapitalizedWord(s, venue + 1)) return false;
  return lexicon.IsVenueNoun(s.lower(venue));
}

// Whether a hyphen at token k joins two capitalised words written
// together ("Stuart-Smith").
bool JoinsNameHalves(const ParsedSentence& s, int k) {
  return k > 0 && k + 1 < s.size() && s.word(k) == "-" && s.end(k - 1) == s.begin(k) &&
         s.end(k) == s.begin(k + 1) && IsCapitalizedWord(s, k + 1);
}

// The name in the capitalised run [first, last]: what follows its last
// title word, without leading qualifiers; false when that is no name.
bool NameInRun(const ParsedSentence& s, const Lexicon& lexicon, int* first, int* last) {
  bool titled = *first > 0 && IsTitleWord(s, *first - 1, lexicon);
  for (int k = *last; k >= *first; --k) {
    if (IsTitleWord(s, k, lexicon)) {
      *first = k + 1;
      titled = true;
      break;
    }
  }
  while (*first <= *last && IsParticle(s, *first, lexicon)) ++*first;
  while (*last >= *first && IsParticle(s, *last, lexicon)) --*last;
  if (*first > *last) return false;
  if (titled && DeterminedThing(s, *first, *last, lexicon)) return false;
  return !IsThing(s, *first, *last, titled, lexicon);
}

void AddName(const ParsedSentence& s, const Lexicon& lexicon, int first, int last,
             std::vector<PersonName>* names) {
  if (NameInRun(s, lexicon, &first, &last)) {
    names->push_back({first, last, std::string(s.Text(first, last))});
  }
}

// The end (exclusive) of a party tag "R-Texas" / "D-Calif." starting at
// token i (party letter, hyphen, state), or i when none starts there.
int PartyTagEnd(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  const int n = s.size();
  if (i + 2 >= n || s.word(i + 1) != "-" || lexicon.PartyByLetter(s.word(i)) == nullptr) return i;
  int end = i + 3;
  if (end < n && s.word(end) == ".") ++end;
  return end;
}

// Whether token i opens its sentence (after any opening quote marks).
bool OpensSentence(const ParsedSentence& s, int i) {
  for (int k = 0; k < i; ++k) {
    if (s.upos(k) != "PUNCT") return false;
  }
  return true;
}

}  // namespace

int OfficeEndingAt(const ParsedSentence& s, int last, const Lexicon& lexicon) {
  for (int first = std::max(0, last - lexicon.max_office_words() + 1); first <= last; ++first) {
    if (OfficeAt(s, first, last, lexicon) != nullptr) return first;
  }
  return -1;
}

const Office* OfficeAt(const ParsedSentence& s, int first, int last, const Lexicon& lexicon) {
  std::string phrase;
  for (int k = first; k <= last; ++k) {
    if (s.upos(k) == "PUNCT" && s.word(k) != ".") return nullptr;
    if (k > first) phrase += ' ';
    phrase += s.lower(k);
  }
  const Office* office = lexicon.FindOffice(phrase);
  if (office == nullptr && absl::EndsWith(phrase, ".")) {
    office = lexicon.FindOffice(absl::StripSuffix(phrase, "."));
  }
  return office;
}

bool IsTitleWord(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  absl::string_view w = s.word(i);
  if (IsHonorificWord(w, lexicon) || lexicon.IsRoleModifier(s.lower(i))) return true;
  if (lexicon.FindParty(w) != nullptr) return true;
  CountryMatch country = lexicon.FindCountry(w);
  if (country.country != nullptr && country.form == CountryForm::kAdjective) return true;
  return OfficeEndingAt(s, i, lexicon) >= 0;
}

std::vector<PersonName> FindPersonNames(const ParsedSentence& s, const Lexicon& lexicon) {
  std::vector<PersonName> names;
  const int n = s.size();
  if (s.heading() && CapitalizesEveryWord(s)) {
    for (const ParsedEntity& e : s.entities()) {
      if (e.type == "PERSON") AddName(s, lexicon, e.first, e.end - 1, &names);
    }
    return names;
  }
  for (int i = 0; i < n; ++i) {
    if (!IsCapitalizedWord(s, i)) continue;
    if (int tag_end = PartyTagEnd(s, i, lexicon); tag_end > i) {
      i = tag_end - 1;
      continue;
    }
    int last = i;
    while (last + 1 < n) {
      if (IsCapitalizedWord(s, last + 1)) {
        ++last;
        continue;
      }
      if (JoinsNameHalves(s, last + 1)) {
        last += 2;
        continue;
      }
      // Particles ("van der") between capitalised words.
      int k = last + 1;
      while (k < n && IsParticle(s, k, lexicon)) ++k;
      if (k == last + 1 || k >= n || !IsCapitalizedWord(s, k)) break;
      last = k;
    }
    int first = i;
    // A stopword that opens the sentence is capitalised for that reason
    // ("Yesterday Lindgren ...").
    while (first < last && OpensSentence(s, first) && lexicon.IsStopword(s.word(first))) ++first;
    // One capitalised word opening the sentence that the tagger calls a
    // plural common noun ("Officials said") is one; the tagger's other
    // tags for unknown names are too often wrong to go by.
    bool common_opener = first == last && OpensSentence(s, first) && s.xpos(first) == "NNS";
    if (!common_opener && !OwnsVenueName(s, last, lexicon)) AddName(s, lexicon, first, last, &names);
    i = last;
  }
  return names;
}

namespace {

// The word's gender without a trailing period ("Mr." -> "mr").
Gender WordGender(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  absl::string_view w = s.lower(i);
  if (absl::EndsWith(w, ".")) w.remove_suffix(1);
  return lexicon.GenderOf(w);
}

bool JoinsName(absl::string_view deprel) {
  return deprel == "appos" || deprel == "compound" || deprel == "flat";
}

}  // namespace

Gender NameGender(const ParsedSentence& s, int first, int last, const Lexicon& lexicon) {
  Gender found = Gender::kUnknown;
  bool both = false;
  auto note = [&found, &both](Gender g) {
    if (g == Gender::kUnknown) return;
    if (found != Gender::kUnknown && found != g) both = true;
    found = g;
  };
  if (first > 0) note(WordGender(s, first - 1, lexicon));
  for (int i = first; i <= last; ++i) {
    int h = s.head(i);
    if (h >= 0 && (h < first || h > last) && JoinsName(s.deprel(i)) &&
        s.upos(h) == "NOUN") {
      note(WordGender(s, h, lexicon));
    }
    for (int c : s.children(i)) {
      if ((c < first || c > last) && c != first - 1 && JoinsName(s.deprel(c)) &&
          s.upos(c) == "NOUN") {
        note(WordGender(s, c, lexicon));
      }
    }
  }
  return both ? Gender::kUnknown : found;
}

}  // namespace factcheck
