#include "compare/substitution.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "compare/name_fold.h"
#include "compare/person_match.h"

namespace factcheck {
namespace {

using Type = SentenceWord::Type;

// Longest sentences compared word by word; longer ones are left to the
// claim comparator (the table below is words squared).
constexpr int kMaxWords = 160;
// A change longer than this on either side is a rewrite, not a swap.
constexpr int kMaxChangeWords = 6;
// A change inside a shared stretch of two sentences that are not whole
// restatements of each other: at least kLocalMatches shared words within
// kLocalWindow words of it.
constexpr int kLocalWindow = 4;
constexpr int kLocalMatches = 5;

// Punctuation a word may be wrapped in: ASCII, and the UTF-8 quotes,
// guillemets and dashes.
int LeadingPunctuation(absl::string_view w) {
  if (w.empty()) return 0;
  unsigned char c = w[0];
  if (c < 0x80) {
    return (absl::ascii_ispunct(c) && c != '$' && c != '#') ? 1 : 0;
  }
  if (absl::StartsWith(w, "\xE2\x80\x9C") || absl::StartsWith(w, "\xE2\x80\x98") ||
      absl::StartsWith(w, "\xE2\x80\x94") || absl::StartsWith(w, "\xE2\x80\x93") ||
      absl::StartsWith(w, "\xE2\x80\x9D") || absl::StartsWith(w, "\xE2\x80\x99")) {
    return 3;
  }
  if (absl::StartsWith(w, "\xC2\xAB") || absl::StartsWith(w, "\xC2\xBB")) return 2;
  return 0;
}

int TrailingPunctuation(absl::string_view w) {
  if (w.empty()) return 0;
  unsigned char c = w.back();
  if (c < 0x80) {
    return (absl::ascii_ispunct(c) && c != '%' && c != '$') ? 1 : 0;
  }
  if (absl::EndsWith(w, "\xE2\x80\x9D") || absl::EndsWith(w, "\xE2\x80\x99") ||
      absl::EndsWith(w, "\xE2\x80\x9C") || absl::EndsWith(w, "\xE2\x80\x94") ||
      absl::EndsWith(w, "\xE2\x80\x93")) {
    return 3;
  }
  if (absl::EndsWith(w, "\xC2\xAB") || absl::EndsWith(w, "\xC2\xBB")) return 2;
  return 0;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "5,000" -> 5000. Returns the number of bytes read (0: no number).
size_t ReadDigits(absl::string_view w, double* value) {
  size_t i = 0;
  std::string digits;
  while (i < w.size()) {
    char c = w[i];
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
    } else if ((c == ',' || c == '.') && i + 1 < w.size() &&
               absl::ascii_isdigit(static_cast<unsigned char>(w[i + 1])) && !digits.empty()) {
      if (c == '.') digits.push_back('.');
    } else {
      break;
    }
    ++i;
  }
  if (digits.empty()) return 0;
  *value = std::strtod(digits.c_str(), nullptr);
  return i;
}

// Whether a sentence capitalises nearly every word, as Title Case
// headlines do (at least 4 words, 7 in 10 capitalised).
bool CapitalizesEveryWord(const std::vector<SentenceWord>& words, absl::string_view text) {
  int letters = 0, capitalized = 0;
  for (const SentenceWord& w : words) {
    if (w.begin >= w.end || !absl::ascii_isalpha(static_cast<unsigned char>(text[w.begin]))) {
      continue;
    }
    ++letters;
    capitalized += IsUpper(text[w.begin]);
  }
  return letters >= 4 && capitalized * 10 >= letters * 7;
}

}  // namespace

const Party* SubstitutionFinder::PartyIn(const std::vector<SentenceWord>& words,
                                         absl::string_view text, int begin, int end) const {
  for (int k = begin; k < end; ++k) {
    absl::string_view word = text.substr(words[k].begin, words[k].end - words[k].begin);
    if (const Party* party = lexicon_.FindParty(word)) return party;
  }
  return nullptr;
}

bool SubstitutionFinder::IsTitleOrParty(absl::string_view core, absl::string_view lower) const {
  absl::string_view bare = absl::StripSuffix(core, ".");
  if (lexicon_.IsHonorific(bare)) return true;
  std::string lower_bare(absl::StripSuffix(lower, "."));
  if (lexicon_.FindOffice(lower_bare) != nullptr ||
      lexicon_.FindOffice(absl::StrCat(lower_bare, ".")) != nullptr) {
    return true;
  }
  size_t dash = core.find('-');
  return dash != absl::string_view::npos && lexicon_.PartyByLetter(core.substr(0, dash)) &&
         (!lexicon_.PlaceByAbbreviation(core.substr(dash + 1)).empty() ||
          lexicon_.FindPlace(core.substr(dash + 1)) != nullptr);
}

bool IsKnownPlace(const Lexicon& lexicon, absl::string_view name) {
  for (absl::string_view suffix : {"-based", "-born"}) {
    if (absl::EndsWith(name, suffix)) name.remove_suffix(suffix.size());
  }
  return lexicon.FindPlace(name) != nullptr || lexicon.FindCountry(name).country != nullptr;
}

namespace {

// The gazetteer key of a known place or country as written, with what
// contains it, innermost first; empty when unknown.
std::vector<std::string> PlaceAndContainers(const Lexicon& lexicon, absl::string_view name) {
  for (absl::string_view suffix : {"-based", "-born"}) {
    if (absl::EndsWith(name, suffix)) name.remove_suffix(suffix.size());
  }
  std::vector<std::string> keys;
  if (const Country* country = lexicon.FindCountry(name).country) {
    keys.push_back(country->key());
  } else if (const Place* place = lexicon.FindPlace(name)) {
    keys.push_back(place->key());
    for (std::string& k : lexicon.Containers(place->key())) keys.push_back(std::move(k));
  }
  return keys;
}

}  // namespace

bool PlacesNest(const Lexicon& lexicon, absl::string_view a, absl::string_view b) {
  std::vector<std::string> in_a = PlaceAndContainers(lexicon, a);
  std::vector<std::string> in_b = PlaceAndContainers(lexicon, b);
  if (in_a.empty() || in_b.empty()) return false;
  return std::find(in_a.begin(), in_a.end(), in_b.front()) != in_a.end() ||
         std::find(in_b.begin(), in_b.end(), in_a.front()) != in_b.end();
}

bool PlaceWithin(const Lexicon& lexicon, absl::string_view inner, absl::string_view outer) {
  std::vector<std::string> in_inner = PlaceAndContainers(lexicon, inner);
  std::vector<std::string> in_outer = PlaceAndContainers(lexicon, outer);
  if (in_inner.empty() || in_outer.empty()) return false;
  return std::find(in_inner.begin(), in_inner.end(), in_outer.front()) != in_inner.end();
}

SubstitutionFinder::SubstitutionFinder(const Lexicon& lexicon) : lexicon_(lexicon) {}

std::vector<SentenceWord> SubstitutionFinder::Words(absl::string_view text) const {
  std::vector<SentenceWord> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == absl::string_view::npos) end = text.size();
    size_t b = i, e = end;
    const size_t raw_begin = i;
    i = end + 1;
    // Strip wrapping punctuation, keeping an abbreviation's own period.
    for (int n; b < e && (n = LeadingPunctuation(text.substr(b, e - b))) > 0;) b += n;
    while (b < e) {
      absl::string_view core = text.substr(b, e - b);
      int n = TrailingPunctuation(core);
      if (n == 0) break;
      if (n == 1 && core.back() == '.' &&
          (lexicon_.IsAbbreviation(absl::AsciiStrToLower(core)) ||
           core.substr(0, core.size() - 1).find('.') != absl::string_view::npos)) {
        break;
      }
      e -= n;
    }
    // Furniture glued to a word ("(AP)Smith"): the word starts after it.
    for (size_t k = e; k > b + 1; --k) {
      if (text[k - 1] == ')' && k < e) {
        b = k;
        break;
      }
    }
    if (b >= e) continue;
    SentenceWord word;
    word.begin = static_cast<int>(b);
    word.end = static_cast<int>(e);
    absl::string_view core = text.substr(b, e - b);
    std::string lower = absl::AsciiStrToLower(core);
    for (const char* possessive : {"'s", "\xE2\x80\x99s"}) {
      if (absl::EndsWith(lower, possessive) && lower.size() > strlen(possessive) + 1) {
        lower.resize(lower.size() - strlen(possessive));
      }
    }
    word.folded = lower;
    // Capitalised anyway: the sentence's first word, or the first of a
    // quotation ("Mr X wrote: 'Sorry for the late reply'").
    const absl::string_view raw = text.substr(raw_begin);
    const bool opens_quote =
        b > raw_begin && (raw[0] == '\'' || raw[0] == '"' || absl::StartsWith(raw, "\xE2\x80\x9C") ||
                          absl::StartsWith(raw, "\xE2\x80\x98"));
    const bool first = words.empty() || opens_quote;
    // Negation.
    if (lower == "not" || lower == "never" || lower == "no" || lower == "nor" ||
        lower == "cannot" || absl::EndsWith(lower, "n't") ||
        absl::EndsWith(lower, "n\xE2\x80\x99t")) {
      word.type = Type::kNegation;
      words.push_back(std::move(word));
      continue;
    }
    // Numbers: digits with a currency sign before and a unit after, or a
    // number word, either alone or as the first part of a compound.
    std::string unit;
    absl::string_view rest = lower;
    for (const char* sign : {"\xC2\xA3", "$", "\xE2\x82\xAC"}) {
      if (absl::StartsWith(rest, sign)) {
        unit = sign;
        rest.remove_prefix(strlen(sign));
      }
    }
    double value = 0;
    size_t digits = ReadDigits(rest, &value);
    bool number = false;
    if (digits > 0) {
      number = true;
      rest.remove_prefix(digits);
      if (rest == "m" || rest == "mn") {
        value *= 1e6;
      } else if (rest == "bn" || rest == "b") {
        value *= 1e9;
      } else if (rest == "k") {
        value *= 1e3;
      } else if (const NumberWord* multiplier = lexicon_.FindNumberWord(rest);
                 multiplier != nullptr && multiplier->kind() == NUMBER_WORD_KIND_MULTIPLIER) {
        value *= multiplier->value();  // "€45million"
      } else if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") {
        unit += "th";
      } else {
        unit += std::string(rest);
      }
      if (unit.empty() && digits == 4 && value >= 1000 && value <= 2100 &&
          lower.find(',') == std::string::npos) {
        word.type = Type::kYear;
      } else if (unit == "s" && digits == 4) {
        word.type = Type::kYear;
      } else {
        word.type = Type::kNumber;
      }
    } else {
      size_t dash = rest.find('-');
      absl::string_view head = rest.substr(0, dash);
      const NumberWord* n = lexicon_.FindNumberWord(head);
      // A capitalised number word after a name is part of it ("Formula
      // One", "Channel Four").
      if (n != nullptr && !first && IsUpper(core[0]) && !words.empty() &&
          words.back().type == Type::kName) {
        n = nullptr;
      }
      if (n != nullptr && n->kind() != NUMBER_WORD_KIND_MULTIPLIER) {
        number = true;
        value = n->value();
        if (n->kind() == NUMBER_WORD_KIND_ORDINAL) unit += "th";
        if (dash != absl::string_view::npos) {
          absl::string_view tail = rest.substr(dash + 1);
          size_t dash2 = tail.find('-');
          const NumberWord* n2 = lexicon_.FindNumberWord(tail.substr(0, dash2));
          if (n2 != nullptr && n2->kind() != NUMBER_WORD_KIND_MULTIPLIER && value >= 20) {
            value += n2->value();  // "twenty-five"
            if (n2->kind() == NUMBER_WORD_KIND_ORDINAL) unit += "th";
            tail = dash2 == absl::string_view::npos ? absl::string_view() : tail.substr(dash2);
            unit += std::string(tail);
          } else {
            unit += std::string(rest.substr(dash));
          }
        }
        word.type = Type::kNumber;
      }
    }
    if (number) {
      word.value = value;
      word.unit = unit;
      // "five million", "3.5 billion": one number.
      words.push_back(std::move(word));
      continue;
    }
    if (const NumberWord* n = lexicon_.FindNumberWord(lower);
        n != nullptr && n->kind() == NUMBER_WORD_KIND_MULTIPLIER && !words.empty() &&
        words.back().type == Type::kNumber && words.back().end + 1 == word.begin) {
      SentenceWord& previous = words.back();
      previous.value *= n->value();
      previous.end = word.end;
      previous.folded = absl::StrCat(previous.folded, " ", lower);
      continue;
    }
    // Time words: units of time, alone or as the head of a compound
    // ("hour-long"), and days named relative to the text's date. "second"
    // is an ordinal above.
    {
      absl::string_view head = absl::string_view(lower).substr(0, lower.find('-'));
      const Unit* unit = lexicon_.FindUnit(head);
      if (unit != nullptr && unit->dimension() == "duration") {
        word.type = Type::kTimeWord;
        word.unit = unit->key();
      } else if (lexicon_.IsRelativeDay(lower)) {
        word.type = Type::kTimeWord;
        word.unit = lower;
      }
      if (word.type == Type::kTimeWord) {
        words.push_back(std::move(word));
        continue;
      }
    }
    // Date words: capitalised months and weekdays ("May" only inside a
    // sentence, where it is not the modal verb).
    if (IsUpper(core[0]) && !first &&
        (lexicon_.MonthNumber(core) > 0 || lexicon_.WeekdayNumber(core) > 0)) {
      word.type = Type::kDateWord;
      words.push_back(std::move(word));
      continue;
    }
    // Names: capitalised words that are not furniture. The first word of
    // a sentence is capitalised anyway; it counts only when the lexicon
    // knows it as a place, country or organisation.
    // A contraction is its first word ("I've", "We'll").
    absl::string_view uncontracted = core;
    for (absl::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
      uncontracted = uncontracted.substr(0, uncontracted.find(apostrophe));
    }
    if (IsUpper(core[0]) && !lexicon_.IsStopword(std::string(core)) &&
        !lexicon_.IsStopword(std::string(uncontracted)) && !IsTitleOrParty(core, lower)) {
      bool known = IsKnownPlace(lexicon_, core) || lexicon_.FindOrganization(core) != nullptr;
      if (!first || known) {
        word.type = Type::kName;
      } else {
        // Capitalised only because it starts the sentence, perhaps.
        word.type = Type::kMaybeName;
      }
      if (word.type == Type::kName || word.type == Type::kMaybeName) {
        // Possessive off; a known country or place by its key, so that
        // "UK" meets "Britain".
        absl::string_view name = core.substr(0, core.size() - (e - b - lower.size()));
        if (const Country* country = lexicon_.FindCountry(name).country) {
          word.name_key = absl::StrCat("country:", country->key());
        } else if (const Place* place = lexicon_.FindPlace(name)) {
          word.name_key = absl::StrCat("place:", place->key());
        } else {
          word.name_key = FoldForComparison(lexicon_.CanonicalSpelling(name));
        }
      }
    }
    words.push_back(std::move(word));
  }
  if (words.size() > 1 && words[0].type == Type::kMaybeName &&
      words[1].type == Type::kName) {
    words[0].type = Type::kName;
  }
  // A Title Case headline capitalises every word: none is a name for sure.
  if (CapitalizesEveryWord(words, text)) {
    for (SentenceWord& w : words) {
      if (w.type == Type::kName) w.type = Type::kMaybeName;
    }
  }
  // A date word followed by a capitalised word is part of a name
  // ("Saturday Evening Post").
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    if (words[k].type == Type::kDateWord && words[k + 1].type == Type::kName) {
      words[k].type = Type::kName;
      words[k].name_key = words[k].folded;
    }
  }
  return words;
}

bool SameWordValue(const SentenceWord& a, const SentenceWord& b) {
  bool a_number = a.type == Type::kNumber || a.type == Type::kYear;
  bool b_number = b.type == Type::kNumber || b.type == Type::kYear;
  if (a_number && b_number) {
    // "40cm-long" and "40" are the same number; "-a-week" and "-a-month"
    // are not.
    return std::fabs(a.value - b.value) < 1e-9 * std::max(1.0, std::fabs(a.value)) &&
           (a.unit == b.unit || a.unit.empty() || b.unit.empty());
  }
  if (IsNameWord(a) && IsNameWord(b)) return a.name_key == b.name_key;
  if (a.type == Type::kTimeWord && b.type == Type::kTimeWord) return a.unit == b.unit;
  return a.folded == b.folded;
}

bool HasSameWordValue(const std::vector<SentenceWord>& words, const SentenceWord& w) {
  for (const SentenceWord& x : words) {
    if (SameWordValue(w, x)) return true;
  }
  return false;
}

bool IsNameWord(const SentenceWord& w) {
  return w.type == Type::kName || w.type == Type::kMaybeName;
}

bool IsPossessive(absl::string_view text) {
  return absl::EndsWith(text, "'s") || absl::EndsWith(text, "\xE2\x80\x99s");
}

std::optional<double> CountOfTime(const std::vector<SentenceWord>& words, int k) {
  if (k > 0 && (words[k - 1].folded == "a" || words[k - 1].folded == "an")) return 1;
  for (int j = k - 1; j >= std::max(0, k - 2); --j) {
    if (words[j].type == Type::kNumber) return words[j].value;
  }
  return std::nullopt;
}

namespace {

// Words at most between a condition mark ("if") and the negation it
// holds.
constexpr int kConditionReach = 4;

bool SameValue(const SentenceWord& a, const SentenceWord& b) { return SameWordValue(a, b); }
bool HasSameValue(const std::vector<SentenceWord>& words, const SentenceWord& w) {
  return HasSameWordValue(words, w);
}

bool IsContent(const SentenceWord& w, const Lexicon& lexicon) {
  if (w.type != Type::kWord) return true;
  if (w.folded.size() < 3) return false;
  std::string capitalised = w.folded;
  capitalised[0] = absl::ascii_toupper(capitalised[0]);
  return !lexicon.IsStopword(capitalised);
}

// The first word of `type` in words[from, to), or -1.
int FirstOfType(const std::vector<SentenceWord>& words, int from, int to, Type type) {
  for (int k = from; k < to; ++k) {
    if (words[k].type == type) return k;
  }
  return -1;
}

// The run of name words starting at `first`, up to `to`.
int NameRunEnd(const std::vector<SentenceWord>& words, int first, int to) {
  int k = first;
  while (k < to && (words[k].type == Type::kName || words[k].type == Type::kMaybeName)) ++k;
  return k;
}

// Some word of `shorter` abbreviates a word of `longer`, keeping its first
// letter ("utd" of "united", "rob" of "robert").
bool AbbreviatesWordByWord(const std::string& shorter, const std::string& longer) {
  std::vector<std::string> sw = absl::StrSplit(shorter, ' ');
  std::vector<std::string> lw = absl::StrSplit(longer, ' ');
  for (const std::string& w : sw) {
    for (const std::string& l : lw) {
      if (w.size() < 3 || l.size() < w.size() || w[0] != l[0]) continue;
      size_t k = 0;
      for (char c : l) {
        if (k < w.size() && c == w[k]) ++k;
      }
      if (k == w.size()) return true;
    }
  }
  return false;
}

// The first name or maybe-name in words[from, to), or -1.
int FirstNamed(const std::vector<SentenceWord>& words, int from, int to) {
  for (int k = from; k < to; ++k) {
    if (words[k].type == Type::kName || words[k].type == Type::kMaybeName) return k;
  }
  return -1;
}

}  // namespace

bool SameNameInShort(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (shorter.size() >= 3 && longer.compare(0, shorter.size(), shorter) == 0) return true;
  return AbbreviatesWordByWord(a, b) || AbbreviatesWordByWord(b, a);
}

bool NearNumberQualifier(const std::vector<SentenceWord>& words, int from, int to,
                         const Lexicon& lexicon) {
  for (int k = std::max(0, from); k < std::min<int>(to, words.size()); ++k) {
    if (lexicon.IsNumberQualifier(words[k].folded)) return true;
  }
  return false;
}

std::vector<Substitution> SubstitutionFinder::Find(absl::string_view draft,
                                                   absl::string_view source) const {
  return Find(draft, Words(draft), source, Words(source));
}

std::vector<Substitution> SubstitutionFinder::Find(absl::string_view draft,
                                                   const std::vector<SentenceWord>& d,
                                                   absl::string_view source,
                                                   const std::vector<SentenceWord>& s) const {
  std::vector<Substitution> out;
  const int n = static_cast<int>(d.size());
  const int m = static_cast<int>(s.size());
  if (n == 0 || m == 0 || n > kMaxWords || m > kMaxWords) return out;
  // Longest common subsequence, from the end so that the walk goes forward.
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (int i = n - 1; i >= 0; --i) {
    for (int j = m - 1; j >= 0; --j) {
      lcs[i][j] = SameValue(d[i], s[j]) ? lcs[i + 1][j + 1] + 1
                                        : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  if (lcs[0][0] < 4) return out;
  // A Title Case headline capitalises every word: a word in the place of
  // a name there, or in a sentence set against one, is no name swap.
  const bool headline = CapitalizesEveryWord(d, draft) || CapitalizesEveryWord(s, source);
  // Whole restatements are compared everywhere; a sentence that shares
  // only a stretch with the other is compared only inside that stretch.
  const bool restatement = lcs[0][0] * 5 >= n * 2;
  std::vector<std::pair<int, int>> matches;
  for (int i = 0, j = 0; i < n && j < m;) {
    if (SameValue(d[i], s[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
      matches.emplace_back(i, j);
      ++i;
      ++j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  matches.emplace_back(n, m);  // the end, as a sentinel
  // Whether the sentences also differ in a number or a unit of time: a
  // negation then often restates a condition ("not earlier than one
  // minute" for "within five minutes"), not the opposite outcome.
  bool numbers_differ = false;
  {
    int qi = -1, qj = -1;
    for (const auto& [ni, nj] : matches) {
      for (Type type : {Type::kNumber, Type::kTimeWord}) {
        numbers_differ |= FirstOfType(d, qi + 1, ni, type) >= 0 && FirstOfType(s, qj + 1, nj, type) >= 0;
      }
      qi = ni;
      qj = nj;
    }
  }
  int pi = -1, pj = -1;
  for (const auto& [ni, nj] : matches) {
    const int di = pi + 1, dn = ni - di;  // draft words [di, ni)
    int sj = pj + 1, sn = nj - sj;  // source words [sj, nj)
    const bool bounded = pi >= 0 || ni < n;
    // At a sentence's edge the source often says more ("With that in
    // mind, writer X set out..." for "X set out..."): keep the source
    // words next to the shared ones, as many as the draft changed.
    // But a sentence that opens with a name (its subject) is compared with
    // the name that opens the source sentence ("X, 52, who is running
    // for mayor" for "Y is running for mayor").
    const bool opens_with_names = pi < 0 && dn > 0 && NameRunEnd(d, di, ni) == ni &&
                                  sn <= kMaxChangeWords && sj < nj && s[sj].type == Type::kName;
    if (sn > dn && dn > 0 && dn <= 3 && !opens_with_names) {
      if (pi < 0 && ni < n) {
        sj = nj - dn;
        sn = dn;
      } else if (ni >= n && pi >= 0) {
        sn = dn;
      }
    }
    const int se = sj + sn;
    bool local = pi >= 0 && ni < n;
    if (local && !restatement) {
      int near = 0;
      for (const auto& [mi, mj] : matches) {
        near += mi < n && mi >= di - kLocalWindow && mi < ni + kLocalWindow;
      }
      local = near >= kLocalMatches;
    }
    // A weaker frame: a stretch of sentences that are not restatements.
    const bool weak_frame = !restatement;
    if ((dn > 0 || sn > 0) && bounded && (restatement || local) && dn <= kMaxChangeWords &&
        sn <= kMaxChangeWords) {
      Substitution sub;
      auto set_draft = [&](int from, int to) {
        sub.draft_begin = d[from].begin;
        sub.draft_end = d[to - 1].end;
        sub.draft_text = std::string(draft.substr(sub.draft_begin, sub.draft_end - sub.draft_begin));
        sub.value.assign(d.begin() + from, d.begin() + to);
      };
      auto set_source = [&](int from, int to) {
        sub.source_begin = s[from].begin;
        sub.source_end = s[to - 1].end;
        sub.source_text =
            std::string(source.substr(sub.source_begin, sub.source_end - sub.source_begin));
      };
      // Anywhere in the other sentence: moved, not swapped.
      auto in_source = [&](const SentenceWord& w) { return HasSameValue(s, w); };
      auto in_draft = [&](const SentenceWord& w) { return HasSameValue(d, w); };
      int dneg = FirstOfType(d, di, ni, Type::kNegation);
      int sneg = FirstOfType(s, sj, se, Type::kNegation);
      // 1. Negation added or removed, in an otherwise small change.
      auto plain_change = [&](const std::vector<SentenceWord>& w, int from, int to) {
        int other = 0;
        for (int k = from; k < to; ++k) {
          if (w[k].type != Type::kNegation && !lexicon_.IsAuxiliary(w[k].folded)) ++other;
        }
        return other <= 1;
      };
      auto has_negation = [](const std::vector<SentenceWord>& w) {
        for (const SentenceWord& x : w) {
          if (x.type == Type::kNegation) return true;
        }
        return false;
      };
      // "if the president can't come to terms": a negation under a
      // condition (Substitution.conditional).
      auto conditional = [&](const std::vector<SentenceWord>& w, int k) {
        for (int j = k - 1; j >= 0 && j >= k - kConditionReach; --j) {
          if (lexicon_.IsConditionMark(w[j].folded)) return true;
        }
        return false;
      };
      if ((dneg >= 0) != (sneg >= 0) && !numbers_differ && plain_change(d, di, ni) &&
          plain_change(s, sj, se) &&
          (dneg >= 0 ? !has_negation(s) : !has_negation(d))) {
        sub.kind = POLARITY_CONFLICT;
        sub.conditional =
            conditional(d, dneg >= 0 ? dneg : di) || conditional(s, sneg >= 0 ? sneg : sj);
        if (dneg >= 0) {
          set_draft(dneg, dneg + 1);
        } else if (dn > 0) {
          set_draft(di, ni);
        } else {
          set_draft(std::max(0, pi), std::min(n, std::max(pi, 0) + 1));
        }
        if (sneg >= 0) {
          set_source(sneg, sneg + 1);
        } else if (sn > 0) {
          set_source(sj, se);
        } else {
          set_source(std::max(0, pj), std::min(m, std::max(pj, 0) + 1));
        }
      }
      // 2. A word for its opposite.
      for (int a = di; a < ni && sub.kind == FINDING_KIND_UNSPECIFIED; ++a) {
        for (int b = sj; b < se; ++b) {
          if (lexicon_.AreOpposites(d[a].folded, s[b].folded) && !in_source(d[a])) {
            sub.kind = POLARITY_CONFLICT;
            set_draft(a, a + 1);
            set_source(b, b + 1);
            break;
          }
        }
      }
      // 3. Numbers and years, unless either is approximate.
      for (Type type : {Type::kNumber, Type::kYear}) {
        if (sub.kind != FINDING_KIND_UNSPECIFIED) break;
        int a = FirstOfType(d, di, ni, type);
        int b = FirstOfType(s, sj, se, type);
        if (a < 0 || b < 0 || SameValue(d[a], s[b]) || in_source(d[a]) || in_draft(s[b])) continue;
        // An ordinal and a count ("first-half" and "2-1") are not one slot.
        if (absl::StartsWith(d[a].unit, "th") != absl::StartsWith(s[b].unit, "th")) continue;
        // "more than 30" against "34" is no conflict; "more than £20,000"
        // against "more than £10,000" is: the same words bound both.
        bool same_bounds = a >= 2 && b >= 2 && d[a - 1].folded == s[b - 1].folded &&
                           d[a - 2].folded == s[b - 2].folded &&
                           !NearNumberQualifier(d, a + 1, a + 2, lexicon_) &&
                           !NearNumberQualifier(s, b + 1, b + 2, lexicon_);
        if (!same_bounds &&
            (NearNumberQualifier(d, a - 2, a + 2, lexicon_) || NearNumberQualifier(s, b - 2, b + 2, lexicon_))) {
          continue;
        }
        sub.kind = type == Type::kYear ? DATE_CONFLICT : QUANTITY_CONFLICT;
        set_draft(a, a + 1);
        set_source(b, b + 1);
      }
      // 4. Month and weekday names.
      if (sub.kind == FINDING_KIND_UNSPECIFIED) {
        int a = FirstOfType(d, di, ni, Type::kDateWord);
        int b = FirstOfType(s, sj, se, Type::kDateWord);
        bool a_month = a >= 0 && lexicon_.MonthNumber(draft.substr(d[a].begin, d[a].end - d[a].begin)) > 0;
        bool b_month = b >= 0 && lexicon_.MonthNumber(source.substr(s[b].begin, s[b].end - s[b].begin)) > 0;
        if (a >= 0 && b >= 0 && a_month == b_month && !in_source(d[a]) && !in_draft(s[b])) {
          sub.kind = DATE_CONFLICT;
          set_draft(a, a + 1);
          set_source(b, b + 1);
        }
      }
      // 5. Units of time and relative days ("days later" for "weeks
      // later", "tomorrow" for "today"), unless a number goes with one
      // side only ("a day" and "24 hours" may be one span).
      if (sub.kind == FINDING_KIND_UNSPECIFIED) {
        int a = FirstOfType(d, di, ni, Type::kTimeWord);
        int b = FirstOfType(s, sj, se, Type::kTimeWord);
        // "next week's wedding" for "the day": a possessive time word
        // qualifies a thing, it does not date the event.
        auto possessive = [](const std::vector<SentenceWord>& w, absl::string_view text, int k) {
          return IsPossessive(text.substr(w[k].begin, w[k].end - w[k].begin));
        };
        if (a >= 0 && b >= 0 &&
            CountOfTime(d, a).has_value() == CountOfTime(s, b).has_value() &&
            possessive(d, draft, a) == possessive(s, source, b) && !SameValue(d[a], s[b]) &&
            !in_source(d[a]) && !in_draft(s[b])) {
          sub.kind = DATE_CONFLICT;
          set_draft(a, a + 1);
          set_source(b, b + 1);
        }
      }
      // 6. Names: another name in the same place, sharing no word with
      // any name of the other sentence.
      if (sub.kind == FINDING_KIND_UNSPECIFIED) {
        int a = FirstNamed(d, di, ni);
        int b = FirstNamed(s, sj, se);
        // A sentence's first word may be capitalised only for that; one
        // side must be a name for sure.
        // A sentence's first word may be capitalised only because it
        // starts the sentence: such a swap is weak (see Substitution.weak).
        if (a >= 0 && b >= 0 && !headline &&
            (d[a].type == Type::kName || s[b].type == Type::kName)) {
          int a_end = NameRunEnd(d, a, ni), b_end = NameRunEnd(s, b, se);
          bool shared = false;
          for (int k = a; k < a_end; ++k) shared |= in_source(d[k]);
          for (int k = b; k < b_end; ++k) shared |= in_draft(s[k]);
          std::string a_text(draft.substr(d[a].begin, d[a_end - 1].end - d[a].begin));
          std::string b_text(source.substr(s[b].begin, s[b_end - 1].end - s[b].begin));
          bool variants = SameNameInShort(FoldForComparison(lexicon_.CanonicalSpelling(a_text)),
                                          FoldForComparison(lexicon_.CanonicalSpelling(b_text)));
          // One word spelled two ways ("Priebus", "Preibus").
          for (int k = a; k < a_end && !variants; ++k) {
            for (int j = b; j < b_end && !variants; ++j) {
              variants = SpellingSlip(d[k].folded, s[j].folded);
            }
          }
          // The names must be the change itself, not words near it, or
          // stand in the same place: right after the shared words before
          // the change, or right before those after it.
          bool whole = (dn - (a_end - a) <= 1 && sn - (b_end - b) <= 1) ||
                       ((pi >= 0 || opens_with_names) && a == di && b == sj) || (ni < n && a_end == ni && b_end == se);
          // "Martino's side" for "Argentina": an owner against a thing
          // is a rewording, not a swap.
          bool same_form = IsPossessive(draft.substr(d[a].begin, d[a_end - 1].end - d[a].begin)) ==
                           IsPossessive(source.substr(s[b].begin, s[b_end - 1].end - s[b].begin));
          // Subjects compared at the start of the sentences: a person or
          // thing for a person or thing, a place for a place.
          bool mixed = opens_with_names &&
                       IsKnownPlace(lexicon_, a_text) != IsKnownPlace(lexicon_, b_text);
          // A party for a party ("Democrats" for "Republicans"), never a
          // party for another kind of name.
          mixed |= (PartyIn(d, draft, a, a_end) != nullptr) !=
                   (PartyIn(s, source, b, b_end) != nullptr);
          // A known place for a name the vocabulary does not know is a
          // place only after a place preposition ("in Seattle" for "in
          // Bellingham"); elsewhere it is a name for a name ("Seattle"
          // for "Jo Ames").
          const bool a_place = IsKnownPlace(lexicon_, a_text);
          const bool b_place = IsKnownPlace(lexicon_, b_text);
          bool place = a_place || b_place;
          if (a_place != b_place) {
            const std::vector<SentenceWord>& u = a_place ? s : d;
            const int at = a_place ? b : a;
            place = at > 0 && lexicon_.IsPlacePreposition(u[at - 1].folded);
          }
          if (!shared && !variants && whole && same_form && !mixed) {
            sub.kind = place ? LOCATION_CONFLICT : ROLE_CONFLICT;
            sub.weak = d[a].type != Type::kName || s[b].type != Type::kName;
            // A place for a capitalised first word is a place for a
            // common noun more often than not.
            if (sub.weak && (a_place || b_place)) sub.kind = FINDING_KIND_UNSPECIFIED;
            set_draft(a, a_end);
            set_source(b, b_end);
          }
        }
      }
      if (sub.kind != FINDING_KIND_UNSPECIFIED) {
        sub.weak |= weak_frame;
        // Context: the nearest shared content words either side.
        for (int k = pi; k >= 0 && sub.context.size() < 1; --k) {
          if (IsContent(d[k], lexicon_)) sub.context.push_back(d[k].folded);
        }
        for (int k = ni; k < n && sub.context.size() < 2; ++k) {
          if (IsContent(d[k], lexicon_)) sub.context.push_back(d[k].folded);
        }
        out.push_back(std::move(sub));
      }
    }
    pi = ni;
    pj = nj;
  }
  return out;
}

bool SubstitutionFinder::Supports(absl::string_view sentence,
                                  const Substitution& substitution) const {
  return Supports(Words(sentence), substitution);
}

bool SubstitutionFinder::Supports(const std::vector<SentenceWord>& words,
                                  const Substitution& substitution) const {
  const std::vector<SentenceWord>& value = substitution.value;
  if (value.empty()) return false;
  // For a negation added or dropped, the value stated with the other
  // polarity ("pleaded not guilty" for "pleaded guilty") is no support.
  bool value_negated = false;
  for (const SentenceWord& v : value) value_negated |= v.type == Type::kNegation;
  const bool polarity = substitution.kind == POLARITY_CONFLICT;
  bool has_value = false;
  for (size_t k = 0; k + value.size() <= words.size() && !has_value; ++k) {
    bool all = true;
    for (size_t v = 0; v < value.size() && all; ++v) all = SameValue(words[k + v], value[v]);
    if (all && polarity) {
      const int from = std::max(0, static_cast<int>(k) - 2);
      const int to = std::min<int>(words.size(), k + value.size() + 2);
      all = (FirstOfType(words, from, to, Type::kNegation) >= 0) == value_negated;
    }
    has_value = all;
  }
  if (!has_value) return false;
  int shared = 0;
  for (const std::string& c : substitution.context) {
    for (const SentenceWord& w : words) {
      if (w.folded == c) {
        ++shared;
        break;
      }
    }
  }
  return shared > 0;
}

bool SubstitutionFinder::AbsentFrom(const std::vector<SentenceWord>& words,
                                    const Substitution& substitution) const {
  for (const SentenceWord& w : words) {
    for (const SentenceWord& v : substitution.value) {
      if (SameValue(w, v) || w.folded == v.folded) return false;
    }
  }
  return true;
}

namespace {

// The position of the first word of `words` that ends after byte `at`.
size_t WordAt(const std::vector<SentenceWord>& words, int at) {
  size_t i = 0;
  while (i < words.size() && words[i].end <= at) ++i;
  return i;
}

}  // namespace

int SharedWordsAround(const std::vector<SentenceWord>& d, const std::vector<SentenceWord>& s,
                      const Substitution& sub) {
  int shared = 0;
  for (size_t i = WordAt(d, sub.draft_begin), k = WordAt(s, sub.source_begin);
       i > 0 && k > 0 && d[i - 1].folded == s[k - 1].folded; --i, --k) {
    ++shared;
  }
  for (size_t i = WordAt(d, sub.draft_end), k = WordAt(s, sub.source_end);
       i < d.size() && k < s.size() && d[i].folded == s[k].folded; ++i, ++k) {
    ++shared;
  }
  return shared;
}

}  // namespace factcheck
