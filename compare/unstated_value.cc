#include "compare/unstated_value.h"

#include <algorithm>
#include <cmath>

#include "absl/hash/hash.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "compare/alignment.h"

namespace factcheck {
namespace {

using Type = SentenceWord::Type;

// Two numbers this close are one figure rounded ("£33m" for "£32.8m").
constexpr double kRounding = 0.05;
// A figure given to fewer significant digits may be up to this far off.
constexpr double kCoarseRounding = 0.15;

bool IsContentWord(const SentenceWord& w, const Lexicon& lexicon) {
  if (w.type != Type::kWord || w.folded.size() < 3) return false;
  std::string capitalised = w.folded;
  capitalised[0] = absl::ascii_toupper(capitalised[0]);
  return !lexicon.IsStopword(capitalised) && !lexicon.IsNumberQualifier(w.folded);
}

// The slot of the number words[k]: its unit ("£", "-year-old"), or the
// noun it counts within the next two words, names before the noun skipped
// ("two Spanish citizens" -> "|citizen", "one Venezuelan and" ->
// "|venezuelan"); empty when it has neither.
std::string NumberSlot(const std::vector<SentenceWord>& words, int k, const Lexicon& lexicon) {
  const std::string& unit = words[k].unit;
  if (!unit.empty() && !absl::StartsWith(unit, "th")) return unit;
  const int last = std::min<int>(words.size(), k + 3);
  std::string name;  // a name counted, if no noun follows it
  for (int j = k + 1; j < last; ++j) {
    const SentenceWord& next = words[j];
    if (IsNameWord(next)) {
      if (name.empty()) name = absl::StrCat(unit, "|", next.folded);
      continue;
    }
    if (next.type == Type::kTimeWord) return absl::StrCat(unit, "|", next.unit);
    if (!IsContentWord(next, lexicon)) return name;
    return absl::StrCat(unit, "|", ContentTerm(next.folded));
  }
  return name;
}

// `value` rounded or cut to `digits` significant digits.
double ToSignificant(double value, int digits, bool cut) {
  if (value == 0) return 0;
  const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::fabs(value))));
  return (cut ? std::floor(value * scale) : std::round(value * scale)) / scale;
}

bool Same(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

// True when the draft's figure is the source's rounded: within 5%, or
// within 15% and the source's figure cut to the draft's precision ("£6bn"
// for "£6.7bn") or, to two or more significant digits, rounded ("1.8
// million" for "1,836,000"; "£30m" for "£28m" is another figure).
bool Rounded(double draft, double source);

// True when `words` state the number `w` in its slot or in none: moved
// within the sentence, not swapped.
bool InSlot(const std::vector<SentenceWord>& words, const SentenceWord& w, const std::string& slot,
            const Lexicon& lexicon) {
  for (int k = 0; k < static_cast<int>(words.size()); ++k) {
    if (!SameWordValue(words[k], w)) continue;
    if (w.type == Type::kYear) return true;
    const std::string other = NumberSlot(words, k, lexicon);
    if (other.empty() || other == slot) return true;
  }
  return false;
}

bool Rounded(double draft, double source) {
  const double difference = std::fabs(draft - source);
  const double larger = std::max(std::fabs(draft), std::fabs(source));
  if (difference <= kRounding * larger) return true;
  if (difference > kCoarseRounding * larger) return false;
  int digits = 1;
  while (digits < 6 && !Same(ToSignificant(draft, digits, false), draft)) ++digits;
  return (digits >= 2 && Same(ToSignificant(source, digits, false), draft)) ||
         Same(ToSignificant(source, digits, true), draft);
}


// A word's name without a possessive, as written.
absl::string_view TextOf(absl::string_view text, const SentenceWord& from, const SentenceWord& to) {
  return text.substr(from.begin, to.end - from.begin);
}

struct Run {
  int begin;
  int end;
  // A lone capitalised first word that the lexicon does not know: a name
  // or just the sentence's first word.
  bool maybe = false;
};

// A capitalised title before a name ("Coach", "President", "Mr"): not part
// of the name.
bool IsTitle(const SentenceWord& w, const Lexicon& lexicon) {
  std::string capitalised = w.folded;
  if (!capitalised.empty()) capitalised[0] = absl::ascii_toupper(capitalised[0]);
  return lexicon.FindOffice(w.folded) != nullptr ||
         lexicon.FindOffice(absl::StrCat(w.folded, ".")) != nullptr ||  // "Gov."
         lexicon.IsHonorific(capitalised) ||
         lexicon.IsPersonNoun(w.folded);
}

// Whether only spaces stand between words `a` and `b` of `text`.
bool Adjacent(absl::string_view text, const SentenceWord& a, const SentenceWord& b) {
  return text.substr(a.end, b.begin - a.end).find_first_not_of(' ') == absl::string_view::npos;
}

// Who a place is the affiliation of, when it qualifies the title or party
// right after it ("Texas Governor Ann Lee", "former Ohio governor Ann Lee",
// "U.S. ambassador Ann Lee", "an Ohio Democrat"): the holder's last name
// word, lowercase, or "?" when no name follows; the name's last word for
// the place of a name before "of" ("Ann Lee of Ohio": "lee"), "?" for a
// title's ("the governor of Ohio").
// Empty when the run [begin, end) qualifies no title. Such a place says
// whose office it is, not where something happened.
std::string TitleHolder(absl::string_view text, const std::vector<SentenceWord>& words,
                        int begin, int end, const Lexicon& lexicon) {
  const int n = static_cast<int>(words.size());
  auto titled = [&](const SentenceWord& w) {
    return IsTitle(w, lexicon) || lexicon.FindParty(w.folded) != nullptr;
  };
  if (begin >= 2 && words[begin - 1].folded == "of") {
    if (IsNameWord(words[begin - 2]) && !titled(words[begin - 2])) return words[begin - 2].folded;
    if (titled(words[begin - 2])) return "?";
  }
  int k = end;
  if (k >= n || !titled(words[k]) || !Adjacent(text, words[k - 1], words[k])) return "";
  while (k + 1 < n && IsTitle(words[k + 1], lexicon)) ++k;
  if (k + 1 >= n || !IsNameWord(words[k + 1]) || !Adjacent(text, words[k], words[k + 1])) {
    return "?";
  }
  ++k;
  while (k + 1 < n && IsNameWord(words[k + 1]) && Adjacent(text, words[k], words[k + 1])) ++k;
  return words[k].folded;
}

// The office of the title right after run end `end` ("governor" for
// "Ohio Gov. Ann Lee"), or empty when none follows or it is no office.
std::string TitleOffice(const std::vector<SentenceWord>& words, int end, const Lexicon& lexicon) {
  if (end >= static_cast<int>(words.size())) return "";
  const Office* office = lexicon.FindOffice(words[end].folded);
  if (office == nullptr) office = lexicon.FindOffice(absl::StrCat(words[end].folded, "."));
  return office == nullptr ? "" : office->key();
}

// Two places fill one slot when both qualify a title (of one holder, when
// both name theirs) or neither does.
bool SameTitleSlot(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  return a == "?" || b == "?" || a == b;
}

// A governor's state is no rival for a mayor's city: two places that
// qualify offices fill one slot only when the offices are one.
bool SameOffice(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}

// Runs of name words in `text`, titles before them left out. A lone capitalised
// first word that may not be a name at all is marked `maybe`.
std::vector<Run> NameRuns(absl::string_view text, const std::vector<SentenceWord>& words,
                          const Lexicon& lexicon) {
  std::vector<Run> runs;
  for (int k = 0; k < static_cast<int>(words.size());) {
    if (!IsNameWord(words[k])) {
      ++k;
      continue;
    }
    // A run ends at punctuation: "Ann Lee, Headteacher" is a name and a
    // title.
    int end = k + 1;
    while (end < static_cast<int>(words.size()) && IsNameWord(words[end]) &&
           text.substr(words[end - 1].end, words[end].begin - words[end - 1].end)
                   .find_first_not_of(' ') == absl::string_view::npos) {
      ++end;
    }
    int begin = k;
    while (begin + 1 < end && IsTitle(words[begin], lexicon)) ++begin;
    runs.push_back(Run{begin, end, end == begin + 1 && words[begin].type == Type::kMaybeName});
    k = end;
  }
  return runs;
}

// A sentence with this many figures of one slot, or places, lists them.
constexpr size_t kListedFigures = 3;

// Words either side of a value that say which slot it fills.
constexpr int kNeighbourhood = 5;
constexpr int kAnchorsPerSide = 3;
// Words either side of a value stated elsewhere that say it is stated in
// the draft's context: wider, as a restatement may reorder its clause.
constexpr int kContextReach = 6;

// A word that can tie two values to one slot: a content word, a name, a
// unit of time.
bool IsAnchor(const SentenceWord& w, const Lexicon& lexicon) {
  return IsContentWord(w, lexicon) || IsNameWord(w) || w.type == Type::kTimeWord;
}

std::string AnchorKey(const SentenceWord& w) {
  if (IsNameWord(w)) return w.name_key;
  if (w.type == Type::kTimeWord) return w.unit;
  return ContentTerm(w.folded);
}

// True when the words around d[a, a_end) and s[b, b_end) share an anchor:
// the two values stand in one slot ("fell to just 1,100ft above the
// ocean", "plunged to just 100ft above the ocean"), not merely in one
// sentence.
bool SharesNeighbour(const std::vector<SentenceWord>& d, int a, int a_end,
                     const std::vector<SentenceWord>& s, int b, int b_end, const Lexicon& lexicon,
                     absl::string_view slot = "") {
  const bool value_is_name = IsNameWord(d[a]);
  // The nearest kAnchorsPerSide anchors on each side, within
  // kNeighbourhood words. A number or a date is tied to its slot by what
  // it counts or dates, not by who the sentence is about ("Truman left
  // office in 1953" is not "Truman became president in 1945").
  // In a list (`slot` given) the source's figure is tied only to the
  // nearest anchor on each side: its own item.
  auto around = [&](const std::vector<SentenceWord>& w, int from, int to, int per_side) {
    std::vector<std::string> keys;
    auto take = [&](int k) {
      if (!IsAnchor(w[k], lexicon) || (!value_is_name && IsNameWord(w[k]))) return false;
      std::string key = AnchorKey(w[k]);
      // In a list the slot's own word ("percent", "seats") stands by every
      // figure: it ties none to another.
      if (!slot.empty() && absl::EndsWith(slot, absl::StrCat("|", key))) return false;
      keys.push_back(std::move(key));
      return true;
    };
    for (int k = from - 1, n = 0; k >= std::max(0, from - kNeighbourhood) && n < per_side; --k) {
      n += take(k);
    }
    for (int k = to, n = 0; k < std::min<int>(w.size(), to + kNeighbourhood) && n < per_side;
         ++k) {
      n += take(k);
    }
    return keys;
  };
  std::vector<std::string> x = around(d, a, a_end, kAnchorsPerSide);
  for (const std::string& key : around(s, b, b_end, slot.empty() ? kAnchorsPerSide : 1)) {
    if (std::find(x.begin(), x.end(), key) != x.end()) return true;
  }
  return false;
}

// True when one word is the other with one letter added, dropped, changed
// or two neighbours swapped: a misspelt name ("Toyko"), not another one.
bool OneTypoApart(const std::string& a, const std::string& b) {
  if (a.size() < 4 || b.size() < 4 || a == b) return a == b;
  const size_t n = a.size(), m = b.size();
  if (n > m + 1 || m > n + 1) return false;
  size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  if (n == m) {
    if (a.compare(i + 1, std::string::npos, b, i + 1, std::string::npos) == 0) return true;
    return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.compare(i + 2, std::string::npos, b, i + 2, std::string::npos) == 0;
  }
  const std::string& longer = n > m ? a : b;
  const std::string& shorter = n > m ? b : a;
  return longer.compare(i + 1, std::string::npos, shorter, i, std::string::npos) == 0;
}

// The kind of thing a run of names is: a place (known, or named by its
// last word: "Galveston Island"), a thing named by its last word
// ("National Stadium", "Daily News"), an acronym ("GCSE", "FBI"), or a
// person or other name.
enum class NameClass { kPlace, kThing, kAcronym, kOther };

NameClass ClassOf(absl::string_view text, const std::vector<SentenceWord>& words, int end,
                  const Lexicon& lexicon) {
  if (IsKnownPlace(lexicon, text)) return NameClass::kPlace;
  const SentenceWord& last = words[end - 1];
  std::string head = last.folded;
  if (!head.empty()) head[0] = absl::ascii_toupper(head[0]);
  if (absl::StrContains(text, " ") && lexicon.IsPlaceHead(head)) return NameClass::kPlace;
  if (lexicon.IsNonPersonHead(head) || lexicon.FindOrganization(text) != nullptr) {
    return NameClass::kThing;
  }
  if (text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char c) {
        return absl::ascii_isupper(static_cast<unsigned char>(c));
      })) {
    return NameClass::kAcronym;
  }
  return NameClass::kOther;
}

// A place named as a place ("Ohio", "Russia"), not as an adjective or a
// people ("Russian leader", "Russians").
bool IsPlaceNoun(absl::string_view text, const Lexicon& lexicon) {
  CountryMatch match = lexicon.FindCountry(text);
  return match.country == nullptr || match.form == CountryForm::kName;
}

// Whether the name runs `runs` of sentence `text` hold a list of places:
// kListedFigures of them in a row, apart only by punctuation, "and" or
// "or", none within the next ("Benghazi, Libya" names one place; a name
// of no known kind between two of them keeps the row going).
bool ListsPlaces(absl::string_view text, const std::vector<SentenceWord>& words,
                 const std::vector<Run>& runs, const Lexicon& lexicon) {
  size_t in_row = 0;
  absl::string_view last;
  int last_end = -1;
  for (const Run& r : runs) {
    const absl::string_view name = TextOf(text, words[r.begin], words[r.end - 1]);
    const bool adjacent = in_row > 0 && (r.begin == last_end ||
                                         (r.begin == last_end + 1 &&
                                          lexicon.IsListConjunction(words[last_end].folded)));
    if (ClassOf(name, words, r.end, lexicon) != NameClass::kPlace) {
      // A name of no known kind inside the list ("Washington") keeps it
      // going without counting.
      if (adjacent && ClassOf(name, words, r.end, lexicon) == NameClass::kOther) {
        last_end = r.end;
      } else {
        in_row = 0;
      }
      continue;
    }
    const bool joined = adjacent && !PlaceWithin(lexicon, last, name);
    in_row = joined ? in_row + 1 : 1;
    if (in_row >= kListedFigures) return true;
    last = name;
    last_end = r.end;
  }
  return false;
}

bool AfterPlacePreposition(const std::vector<SentenceWord>& words, int k, const Lexicon& lexicon) {
  return k > 0 && lexicon.IsPlacePreposition(words[k - 1].folded);
}

bool HasNegation(const std::vector<SentenceWord>& words) {
  for (const SentenceWord& w : words) {
    if (w.type == Type::kNegation) return true;
  }
  return false;
}

// Shouting, not naming: "CLICK HERE".
bool AllCapitals(absl::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (absl::ascii_islower(static_cast<unsigned char>(c))) return false;
    letters += absl::ascii_isupper(static_cast<unsigned char>(c));
  }
  return letters > 5;
}

// The anchors within kContextReach words of words[from, to).
std::vector<std::string> AnchorsAround(const std::vector<SentenceWord>& words, int from, int to,
                                       const Lexicon& lexicon) {
  std::vector<std::string> keys;
  const int first = std::max(0, from - kContextReach);
  const int last = std::min<int>(words.size(), to + kContextReach);
  for (int k = first; k < last; ++k) {
    if ((k < from || k >= to) && IsAnchor(words[k], lexicon)) keys.push_back(AnchorKey(words[k]));
  }
  return keys;
}

// The key a value is stated under: a number by its magnitude, a word by
// its folded form.
std::string ValueKey(const SentenceWord& w) {
  if (w.type == Type::kNumber || w.type == Type::kYear) return absl::StrCat("n:", w.value);
  return absl::StrCat("w:", w.folded);
}

// The run of names around words[k], or [k, k + 1) for any other word.
std::pair<int, int> RunAround(const std::vector<SentenceWord>& words, int k) {
  int from = k, to = k + 1;
  if (IsNameWord(words[k])) {
    while (from > 0 && IsNameWord(words[from - 1])) --from;
    while (to < static_cast<int>(words.size()) && IsNameWord(words[to])) ++to;
  }
  return {from, to};
}

// The position of word k in a sentence of n words, in [0, 1].
double Position(int k, size_t n) { return n <= 1 ? 0 : static_cast<double>(k) / (n - 1); }

}  // namespace

uint64_t StatedValues::Key(absl::string_view text) {
  return absl::Hash<absl::string_view>{}(text);
}

namespace {

// One key for a (value, anchor) pair.
uint64_t PairKey(uint64_t value, uint64_t anchor) {
  return value * 0x9E3779B97F4A7C15ull ^ anchor;
}

}  // namespace

void StatedValues::Add(const std::vector<SentenceWord>& words, const Lexicon& lexicon) {
  for (int k = 0; k < static_cast<int>(words.size()); ++k) {
    const SentenceWord& w = words[k];
    if (w.type == Type::kNumber) {
      const std::string slot = NumberSlot(words, k, lexicon);
      numbers_.emplace_back(w.value, slot.empty() ? 0 : Key(slot));
    }
    if (w.type == Type::kYear) numbers_.emplace_back(w.value, Key("year"));
    words_.insert(Key(w.folded));
    if (w.type == Type::kWord) lowercase_.insert(Key(w.folded));
    if (!w.name_key.empty()) words_.insert(Key(w.name_key));
    if (w.type == Type::kNumber || w.type == Type::kYear || w.type == Type::kDateWord ||
        IsNameWord(w)) {
      auto [from, to] = RunAround(words, k);
      const uint64_t value = Key(ValueKey(w));
      for (const std::string& anchor : AnchorsAround(words, from, to, lexicon)) {
        contexts_.insert(PairKey(value, Key(anchor)));
      }
    }
    if (IsNameWord(w) && w.folded.size() >= 3 &&
        words_.insert(Key(absl::StrCat("name:", w.folded))).second) {
      name_words_.push_back(w.folded);
    }
  }
}

bool StatedValues::StatesNumber(const SentenceWord& number, const std::string& slot) const {
  // A figure with its own unit ("4-course", "£5m") is stated only with
  // that unit; a bare count also by a bare number ("four" for "four
  // people").
  const bool own_unit = !slot.empty() && slot[0] != '|';
  const uint64_t slot_key = slot.empty() ? 0 : Key(slot);
  for (const auto& [v, v_slot] : numbers_) {
    if (number.type == Type::kYear
            ? Same(number.value, v)
            : Rounded(number.value, v) &&
                  (v_slot == slot_key || slot.empty() || (v_slot == 0 && !own_unit))) {
      return true;
    }
  }
  return false;
}

void StatedValues::AddPerson(absl::string_view name) {
  for (absl::string_view word : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
    person_words_.insert(Key(absl::AsciiStrToLower(word)));
  }
}

bool StatedValues::StatesInContext(const SentenceWord& w,
                                   const std::vector<std::string>& anchors) const {
  const uint64_t value = Key(ValueKey(w));
  for (const std::string& a : anchors) {
    if (contexts_.contains(PairKey(value, Key(a)))) return true;
  }
  return false;
}

bool StatedValues::StatesInContext(const Substitution& substitution) const {
  for (const SentenceWord& w : substitution.value) {
    if (StatesInContext(w, substitution.anchors)) return true;
  }
  return false;
}

bool StatedValues::StatesNameInShort(const std::string& name) const {
  for (const std::string& w : name_words_) {
    if (SameNameInShort(w, name) || OneTypoApart(w, name)) return true;
  }
  return false;
}

std::vector<Substitution> FindUnstatedValues(absl::string_view draft,
                                             const std::vector<SentenceWord>& d,
                                             absl::string_view source,
                                             const std::vector<SentenceWord>& s,
                                             absl::FunctionRef<const StatedValues&()> stated,
                                             const Lexicon& lexicon, bool stated_elsewhere) {
  std::vector<Substitution> out;
  // "met in 2019" and "had not met since 2022" frame their values
  // differently: neither says the other's is wrong.
  if (d.empty() || s.empty() || HasNegation(d) != HasNegation(s)) return out;
  // Where the run of names starting at each source word ends.
  const std::vector<Run> source_runs = NameRuns(source, s, lexicon);
  std::vector<int> run_end(s.size());
  for (size_t b = 0; b < s.size(); ++b) run_end[b] = static_cast<int>(b) + 1;
  for (const Run& q : source_runs) run_end[q.begin] = q.end;
  // The candidate of the source sentence nearest to the draft's value.
  auto nearest = [&](int a, const std::vector<int>& candidates) {
    int best = -1;
    double distance = 2;
    for (int b : candidates) {
      double x = std::fabs(Position(a, d.size()) - Position(b, s.size()));
      if (x < distance) {
        distance = x;
        best = b;
      }
    }
    return best;
  };
  // The candidate that shares a neighbour with the draft's value, nearest
  // first; failing that, when the kind itself fixes the slot (`slotted`),
  // the nearest one.
  auto pick = [&](int a, int a_end, const std::vector<int>& candidates, bool slotted,
                  absl::string_view slot = "") {
    std::vector<int> near;
    for (int b : candidates) {
      if (SharesNeighbour(d, a, a_end, s, b, run_end[b], lexicon, slot)) near.push_back(b);
    }
    if (!near.empty()) return nearest(a, near);
    return slotted ? nearest(a, candidates) : -1;
  };
  auto emit = [&](FindingKind kind, int a, int a_end, int b, int b_end) {
    Substitution sub;
    sub.kind = kind;
    sub.draft_begin = d[a].begin;
    sub.draft_end = d[a_end - 1].end;
    sub.draft_text = std::string(TextOf(draft, d[a], d[a_end - 1]));
    sub.source_begin = s[b].begin;
    sub.source_end = s[b_end - 1].end;
    sub.source_text = std::string(TextOf(source, s[b], s[b_end - 1]));
    sub.value.assign(d.begin() + a, d.begin() + a_end);
    sub.anchors = AnchorsAround(d, a, a_end, lexicon);
    for (int k = a - 1; k >= 0 && sub.context.empty(); --k) {
      if (IsContentWord(d[k], lexicon)) sub.context.push_back(d[k].folded);
    }
    for (int k = a_end; k < static_cast<int>(d.size()) && sub.context.size() < 2; ++k) {
      if (IsContentWord(d[k], lexicon)) sub.context.push_back(d[k].folded);
    }
    out.push_back(std::move(sub));
  };
  // A number that is approximate or a bound compares only with one bound
  // by the same two words.
  auto bounded = [&](const std::vector<SentenceWord>& w, int k) {
    return NearNumberQualifier(w, k - 2, k + 2, lexicon);
  };
  auto same_bounds = [&](int a, int b) {
    return a >= 2 && b >= 2 && d[a - 1].folded == s[b - 1].folded &&
           d[a - 2].folded == s[b - 2].folded;
  };

  for (int a = 0; a < static_cast<int>(d.size()); ++a) {
    const SentenceWord& w = d[a];
    // Numbers and years.
    if (w.type == Type::kNumber || w.type == Type::kYear) {
      const std::string slot = w.type == Type::kYear ? "year" : NumberSlot(d, a, lexicon);
      if (slot.empty() || InSlot(s, w, slot, lexicon)) continue;
      std::vector<int> candidates;
      for (int b = 0; b < static_cast<int>(s.size()); ++b) {
        if (s[b].type != w.type || HasSameWordValue(d, s[b])) continue;
        if (w.type == Type::kNumber) {
          if (NumberSlot(s, b, lexicon) != slot || Rounded(w.value, s[b].value)) continue;
          if ((bounded(d, a) || bounded(s, b)) && !same_bounds(a, b)) continue;
        }
        candidates.push_back(b);
      }
      if (candidates.empty()) continue;
      // Stated elsewhere, but never near what the draft puts it near: a
      // value moved into another slot.
      const bool elsewhere = stated().StatesNumber(w, slot);
      if (elsewhere && (!stated_elsewhere ||
                        stated().StatesInContext(w, AnchorsAround(d, a, a + 1, lexicon)))) {
        continue;
      }
      // A bare number or a year needs a shared neighbour; a number with its
      // own unit ("19-year-old", "£5m") is slotted by the unit already,
      // unless the source lists several such figures ("Lee (17 percent),
      // Chu (14 percent), Kim (12 percent)"): each is tied to its own item
      // then, by a neighbour other than the slot's word.
      const bool listed = candidates.size() >= kListedFigures;
      int b = listed ? pick(a, a + 1, candidates, false, slot)
                     : pick(a, a + 1, candidates,
                            !elsewhere && w.type == Type::kNumber && slot[0] != '|');
      if (b >= 0) {
        emit(w.type == Type::kYear ? DATE_CONFLICT : QUANTITY_CONFLICT, a, a + 1, b, b + 1);
      }
      continue;
    }
    // Units of time and relative days ("weeks later" for "days later"),
    // always with a shared neighbour, counted on both sides or neither ("a
    // day" may be "24 hours").
    if (w.type == Type::kTimeWord) {
      if (HasSameWordValue(s, w)) continue;
      std::vector<int> candidates;
      for (int b = 0; b < static_cast<int>(s.size()); ++b) {
        // "three weeks" and "41 years" are other spans altogether; "three
        // weeks" and "three days" swap the unit.
        // And the same word before both ("several days later", "the next
        // month"), or a count: "planning the day" does not date anything
        // that "the wedding next week" does.
        const bool same_lead = a > 0 && b > 0 && d[a - 1].folded == s[b - 1].folded;
        if (s[b].type == Type::kTimeWord && !HasSameWordValue(d, s[b]) &&
            CountOfTime(d, a) == CountOfTime(s, b) &&
            (same_lead || CountOfTime(d, a).value_or(0) > 0) &&
            IsPossessive(TextOf(draft, w, w)) == IsPossessive(TextOf(source, s[b], s[b]))) {
          candidates.push_back(b);
        }
      }
      if (candidates.empty() ||
          stated().StatesInContext(w, AnchorsAround(d, a, a + 1, lexicon))) {
        continue;
      }
      int b = pick(a, a + 1, candidates, /*slotted=*/false);
      if (b >= 0) emit(DATE_CONFLICT, a, a + 1, b, b + 1);
      continue;
    }
    // Months and weekdays.
    if (w.type == Type::kDateWord) {
      auto is_month = [&](absl::string_view text, const SentenceWord& x) {
        return lexicon.MonthNumber(TextOf(text, x, x)) > 0;
      };
      const bool month = is_month(draft, w);
      std::vector<int> candidates;
      for (int b = 0; b < static_cast<int>(s.size()); ++b) {
        if (s[b].type == Type::kDateWord && is_month(source, s[b]) == month &&
            !HasSameWordValue(d, s[b])) {
          candidates.push_back(b);
        }
      }
      if (candidates.empty()) continue;
      const bool elsewhere = stated().StatesWord(w.folded);
      if (elsewhere && (!stated_elsewhere ||
                        stated().StatesInContext(w, AnchorsAround(d, a, a + 1, lexicon)))) {
        continue;
      }
      int b = pick(a, a + 1, candidates, /*slotted=*/!elsewhere);
      if (b >= 0) emit(DATE_CONFLICT, a, a + 1, b, b + 1);
    }
  }

  // Names: a run none of whose words the source states.
  const std::vector<Run> draft_runs = NameRuns(draft, d, lexicon);
  auto run_known = [&](const std::vector<SentenceWord>& words, const Run& r) {
    for (int k = r.begin; k < r.end; ++k) {
      const SentenceWord& w = words[k];
      if (stated().StatesWord(w.folded) ||
          (!w.name_key.empty() && stated().StatesWord(w.name_key)) ||
          stated().StatesNameInShort(w.folded)) {
        return true;
      }
    }
    return false;
  };
  // True when some word of the source run is in the draft sentence, in
  // full or in short.
  auto in_draft = [&](const Run& r) {
    for (int k = r.begin; k < r.end; ++k) {
      for (const SentenceWord& x : d) {
        if (SameWordValue(s[k], x) || s[k].folded == x.folded) return true;
        if (IsNameWord(x) && SameNameInShort(s[k].folded, x.folded)) return true;
      }
    }
    return false;
  };
  // A sentence that lists several places ("bans in X, Y and Z") says
  // where, not which one: another place in the other sentence is one more.
  const bool places_listed = ListsPlaces(draft, d, draft_runs, lexicon) ||
                             ListsPlaces(source, s, source_runs, lexicon);
  for (const Run& r : draft_runs) {
    const absl::string_view text = TextOf(draft, d[r.begin], d[r.end - 1]);
    if (AllCapitals(text)) continue;
    // "Ann Lee: Why ..." names the writer or speaker, not a subject.
    if (draft.substr(d[r.end - 1].end, 1) == ":") continue;
    // The source sentence names the draft's person too: moved, not swapped.
    bool in_source = false;
    for (int k = r.begin; k < r.end && !in_source; ++k) {
      for (const SentenceWord& x : s) {
        in_source |= IsNameWord(x) && (SameWordValue(d[k], x) || SameNameInShort(d[k].folded, x.folded));
      }
    }
    if (in_source) continue;
    const NameClass name_class = ClassOf(text, d, r.end, lexicon);
    if (name_class == NameClass::kPlace && places_listed) continue;
    const std::string holder =
        name_class == NameClass::kPlace ? TitleHolder(draft, d, r.begin, r.end, lexicon) : "";
    const std::string office = name_class == NameClass::kPlace ? TitleOffice(d, r.end, lexicon) : "";
    std::vector<const Run*> others;
    for (const Run& q : source_runs) {
      const absl::string_view other = TextOf(source, s[q.begin], s[q.end - 1]);
      // Another name of the same kind and form, in the same slot: a thing
      // of the same sort ("X Stadium" for "Y Stadium", not "Z League"),
      // and a place only where the other is one ("in X" for "in Y").
      if (in_draft(q) || AllCapitals(other) || ClassOf(other, s, q.end, lexicon) != name_class ||
          IsPossessive(other) != IsPossessive(text) ||
          (name_class == NameClass::kThing && s[q.end - 1].folded != d[r.end - 1].folded) ||
          (name_class == NameClass::kPlace &&
           (!SameTitleSlot(holder, TitleHolder(source, s, q.begin, q.end, lexicon)) ||
            !SameOffice(office, TitleOffice(s, q.end, lexicon)))) ||
          (name_class == NameClass::kOther &&
           AfterPlacePreposition(d, r.begin, lexicon) != AfterPlacePreposition(s, q.begin, lexicon))) {
        continue;
      }
      others.push_back(&q);
    }
    if (others.empty()) continue;
    const bool elsewhere = run_known(d, r);
    // A name stated elsewhere compares only as a person for a person, as
    // the extractor tells them: the name of a club or a place moves
    // between sentences of a summary too freely.
    if (elsewhere && (!stated_elsewhere || !stated().IsPersonWord(d[r.end - 1].folded))) continue;
    // A sentence's capitalised first word that may not be a name compares
    // only with a person opening the source sentence, subject for subject
    // ("Tarkan wrote ..." for "Kayahan was best known ..."), and only if
    // the source never writes it in lowercase ("Photographer").
    if (r.maybe && (elsewhere || stated().StatesLowercase(d[r.begin].folded))) continue;
    if (elsewhere) {
      const std::vector<std::string> anchors = AnchorsAround(d, r.begin, r.end, lexicon);
      bool in_context = false;
      for (int k = r.begin; k < r.end && !in_context; ++k) {
        in_context = stated().StatesInContext(d[k], anchors);
      }
      if (in_context) continue;
    }
    std::vector<int> candidates;
    for (const Run* q : others) {
      if ((q->maybe || r.maybe) &&
          !(r.begin == 0 && q->begin == 0 && stated().IsPersonWord(s[q->begin].folded))) {
        continue;
      }
      if (elsewhere && !stated().IsPersonWord(s[q->end - 1].folded)) continue;
      candidates.push_back(q->begin);
    }
    // A known place against a known place, both named as places, is
    // slotted by being places; other names need a shared neighbour.
    const bool place = name_class == NameClass::kPlace;
    std::vector<int> nouns;
    for (int q : candidates) {
      if (IsPlaceNoun(TextOf(source, s[q], s[run_end[q] - 1]), lexicon)) nouns.push_back(q);
    }
    // A place is rivalled only by a place named as one, never by a people
    // ("Russians").
    int b = pick(r.begin, r.end, place && IsPlaceNoun(text, lexicon) ? nouns : candidates,
                 /*slotted=*/false);
    if (b < 0 && place && !elsewhere && IsPlaceNoun(text, lexicon)) {
      b = pick(r.begin, r.end, nouns, true);
    }
    if (b < 0) continue;
    emit(place ? LOCATION_CONFLICT : ROLE_CONFLICT, r.begin, r.end, b, run_end[b]);
  }
  std::sort(out.begin(), out.end(), [](const Substitution& x, const Substitution& y) {
    return x.draft_begin < y.draft_begin;
  });
  return out;
}

}  // namespace factcheck
