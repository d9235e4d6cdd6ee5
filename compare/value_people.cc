#include "compare/value_people.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace factcheck {
namespace {

// The index of the word of `words` at or just after text offset `at`; -1
// for none.
int WordAt(const std::vector<SentenceWord>& words, int at) {
  for (int k = 0; k < static_cast<int>(words.size()); ++k) {
    if (at < words[k].end) return k;
  }
  return -1;
}

// The run of name words around words[k]: one person's name.
std::pair<int, int> NameRun(const std::vector<SentenceWord>& words, int k) {
  int from = k, to = k + 1;
  while (from > 0 && IsNameWord(words[from - 1])) --from;
  while (to < static_cast<int>(words.size()) && IsNameWord(words[to])) ++to;
  return {from, to};
}

bool SameName(const SentenceWord& a, const SentenceWord& b) {
  return a.folded == b.folded || SameWordValue(a, b) || SameNameInShort(a.folded, b.folded);
}

// Whether some word of the run [from, to) of `run_words` is named in `words`.
bool Names(const std::vector<SentenceWord>& words, const std::vector<SentenceWord>& run_words,
           std::pair<int, int> run) {
  for (int k = run.first; k < run.second; ++k) {
    for (const SentenceWord& x : words) {
      if (IsNameWord(x) && SameName(run_words[k], x)) return true;
    }
  }
  return false;
}

bool SameRun(const std::vector<SentenceWord>& a, std::pair<int, int> ra,
             const std::vector<SentenceWord>& b, std::pair<int, int> rb) {
  for (int i = ra.first; i < ra.second; ++i) {
    for (int j = rb.first; j < rb.second; ++j) {
      if (SameName(a[i], b[j])) return true;
    }
  }
  return false;
}

// The people named within kPersonReach words of words[at], as runs of
// name words; the first is whose value it is: the nearest named before it
// ("Lee (17 percent)", "Lee took 17 percent"), else the nearest after it.
std::vector<std::pair<int, int>> PeopleNear(const std::vector<SentenceWord>& words, int at,
                                            IsPerson is_person) {
  std::vector<std::pair<int, int>> runs;
  auto take = [&](int k) {
    if (!IsNameWord(words[k]) || !is_person(words[k].folded)) return;
    const std::pair<int, int> run = NameRun(words, k);
    if (std::find(runs.begin(), runs.end(), run) == runs.end()) runs.push_back(run);
  };
  for (int k = at - 1; k >= std::max(0, at - kPersonReach); --k) take(k);
  for (int k = at + 1; k < std::min<int>(words.size(), at + kPersonReach + 1); ++k) take(k);
  // The first person the sentence names, its subject as often as not, who
  // may stand further off ("Ann Lee, the new coach of the team, said on
  // Monday").
  for (int k = 0; k < at - kPersonReach && !runs.empty(); ++k) {
    if (IsNameWord(words[k]) && is_person(words[k].folded)) {
      const std::pair<int, int> run = NameRun(words, k);
      if (std::find(runs.begin(), runs.end(), run) == runs.end()) runs.push_back(run);
      break;
    }
  }
  return runs;
}


// Whether `word`, as written in a name, says what someone is rather than
// who: a party, an office or title, a people or a place ("House
// Democrats", "Rep.", "Midwestern"), or a head that names things.
bool NamesNoOne(absl::string_view word, const Lexicon& lexicon) {
  const std::string lower = absl::AsciiStrToLower(word);
  std::string capitalised = lower;
  if (!capitalised.empty()) capitalised[0] = absl::ascii_toupper(capitalised[0]);
  return lexicon.FindParty(word) != nullptr || lexicon.FindOffice(lower) != nullptr ||
         lexicon.FindOffice(absl::StrCat(lower, ".")) != nullptr ||
         lexicon.IsHonorific(capitalised) || lexicon.IsPersonNoun(lower) ||
         lexicon.FindCountry(word).country != nullptr || lexicon.FindPlace(word) != nullptr ||
         lexicon.FindOrganization(word) != nullptr || lexicon.IsNonPersonHead(capitalised) ||
         lexicon.IsStopword(capitalised);
}

}  // namespace

absl::flat_hash_set<std::string> PersonWords(const SourceDocument& doc, const Lexicon& lexicon) {
  absl::flat_hash_set<std::string> words;
  auto add = [&](absl::string_view name) {
    for (absl::string_view w : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
      if (!NamesNoOne(w, lexicon)) words.insert(absl::AsciiStrToLower(w));
    }
  };
  for (const Entity& e : doc.entities()) {
    if (e.kind() != ENTITY_KIND_PERSON || e.name().find(' ') == std::string::npos) continue;
    add(e.name());
    for (const std::string& alias : e.aliases()) add(alias);
  }
  return words;
}

bool AboutOtherPeople(const std::vector<SentenceWord>& d, int d_at,
                      const std::vector<SentenceWord>& s, int s_at, IsPerson is_person_d,
                      IsPerson is_person_s, bool by_owner) {
  const int a = WordAt(d, d_at), b = WordAt(s, s_at);
  if (a < 0 || b < 0) return false;
  const std::vector<std::pair<int, int>> near_d = PeopleNear(d, a, is_person_d);
  if (near_d.empty()) return false;
  bool named = false;
  for (const auto& run : near_d) named |= Names(s, d, run);
  if (!named) return true;
  if (!by_owner) return false;
  const std::vector<std::pair<int, int>> near_s = PeopleNear(s, b, is_person_s);
  if (near_s.empty()) return false;
  const auto& p = near_d.front();
  const auto& q = near_s.front();
  return !SameRun(d, p, s, q) && Names(s, d, p) && Names(d, s, q);
}

}  // namespace factcheck
