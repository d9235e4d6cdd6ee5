#include "claims/extract/roles.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace factcheck {
namespace {

constexpr int kMaxAffiliationWords = 4;
constexpr int kMaxAppositiveWords = 8;

struct Affiliation {
  std::string key;
  bool party = false;
  TokenRange tokens;
};

// What tokens [first, last], as written, are affiliated with: a party, a
// country (by any form), an organisation, or a city, state or region.
bool AffiliationAt(const ParsedSentence& s, int first, int last, const Lexicon& lexicon,
                   Affiliation* out) {
  for (int k = first; k <= last; ++k) {
    if (s.upos(k) == "PUNCT" && s.word(k) != "-") return false;
  }
  std::string text(s.Text(first, last));
  out->tokens = {first, last};
  out->party = false;
  if (const Party* party = lexicon.FindParty(text)) {
    out->key = party->key();
    out->party = true;
    return true;
  }
  if (const Country* country = lexicon.FindCountry(text).country) {
    out->key = country->key();
    return true;
  }
  if (const Organization* org = lexicon.FindOrganization(text)) {
    out->key = org->country().empty() ? org->key() : org->country();
    return true;
  }
  const Place* place = lexicon.FindPlace(text);
  if (place == nullptr || place->kind() == PLACE_KIND_VENUE) return false;
  out->key = place->key();
  return true;
}

// The longest affiliation ending at `last`: its first token, or -1.
int AffiliationEndingAt(const ParsedSentence& s, int last, const Lexicon& lexicon,
                        Affiliation* out) {
  for (int first = std::max(0, last - kMaxAffiliationWords + 1); first <= last; ++first) {
    if (AffiliationAt(s, first, last, lexicon, out)) return first;
  }
  return -1;
}

// The longest affiliation starting at `first`: its last token, or -1.
int AffiliationStartingAt(const ParsedSentence& s, int first, const Lexicon& lexicon,
                          Affiliation* out) {
  for (int last = std::min(s.size() - 1, first + kMaxAffiliationWords - 1); last >= first;
       --last) {
    if (AffiliationAt(s, first, last, lexicon, out)) return last;
  }
  return -1;
}

// The title words that end at token `last`, read leftwards: offices
// (nearest the name first), qualifiers, affiliations and possessives.
struct TitleRun {
  std::vector<std::pair<const Office*, TokenRange>> offices;
  std::string modifier;
  Affiliation affiliation;
  Affiliation party;
  int first = -1;
};

bool AddOffice(const ParsedSentence& s, int first, int last, const Lexicon& lexicon,
               TitleRun* run) {
  const Office* office = OfficeAt(s, first, last, lexicon);
  for (const auto& [held, range] : run->offices) {
    // Two posts side by side are a list, not one title.
    if (!held->honorific() && !office->honorific()) return false;
  }
  if (!run->modifier.empty() || !run->affiliation.key.empty()) return false;
  run->offices.push_back({office, {first, last}});
  return true;
}

// A qualifier before a name the vocabulary does not know ("former
// Hewlett Packard CEO", "Former United assistant manager"): the name is
// skipped (it is no affiliation the text can be checked on), the
// qualifier kept.
void SkipNameToModifier(const ParsedSentence& s, int p, const Lexicon& lexicon, TitleRun* run) {
  constexpr int kMaxNameWords = 3;
  int k = p;
  while (k >= 0 && p - k < kMaxNameWords && !s.word(k).empty() &&
         absl::ascii_isupper(static_cast<unsigned char>(s.word(k)[0])) &&
         !lexicon.IsRoleModifier(s.lower(k))) {
    --k;
  }
  if (k == p || k < 0 || !lexicon.IsRoleModifier(s.lower(k))) return;
  run->modifier = run->modifier.empty() ? s.lower(k) : absl::StrCat(s.lower(k), " ", run->modifier);
  run->first = k;
}

TitleRun ScanTitleLeft(const ParsedSentence& s, int last, const Lexicon& lexicon) {
  TitleRun run;
  for (int p = last; p >= 0;) {
    int f = OfficeEndingAt(s, p, lexicon);
    Affiliation a;
    if (f >= 0) {
      if (!AddOffice(s, f, p, lexicon, &run)) break;
    } else if (run.offices.empty()) {
      break;
    } else if (p > 0 && s.word(p) == "-" && s.begin(p) == s.end(p - 1) &&
               s.end(p) == s.begin(p + 1) && lexicon.IsPastTitlePrefix(s.lower(p - 1))) {
      // "then-Senator": a past role.
      run.modifier = run.modifier.empty() ? "former" : absl::StrCat("former ", run.modifier);
      f = p - 1;
    } else if (lexicon.IsRoleModifier(s.lower(p))) {
      run.modifier = run.modifier.empty() ? s.lower(p) : absl::StrCat(s.lower(p), " ", run.modifier);
      f = p;
    } else if (s.xpos(p) == "POS") {
      // "the Ukrainian president's press secretary": the office is of
      // what the possessor's office is of.
      TitleRun owner = p > 0 ? ScanTitleLeft(s, p - 1, lexicon) : TitleRun();
      if (!owner.offices.empty()) {
        if (run.affiliation.key.empty()) run.affiliation = owner.affiliation;
        run.first = owner.first;
        break;
      }
      f = p;
    } else if ((f = AffiliationEndingAt(s, p, lexicon, &a)) >= 0) {
      Affiliation& slot = a.party ? run.party : run.affiliation;
      if (!slot.key.empty()) break;
      slot = a;
    } else {
      SkipNameToModifier(s, p, lexicon, &run);
      break;
    }
    run.first = f;
    p = f - 1;
  }
  return run;
}

bool IsBoundary(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  if (i >= s.size()) return true;
  absl::string_view w = s.word(i);
  return w == "," || w == "." || w == ";" || w == ")" || w == ":" || w == "who" ||
         lexicon.IsSaidVerb(s.lower(i)) || s.upos(i) == "VERB" || s.upos(i) == "AUX";
}

// The first boundary at or after `from`, within kMaxAppositiveWords.
int NextBoundary(const ParsedSentence& s, int from, const Lexicon& lexicon) {
  int limit = std::min(s.size(), from + kMaxAppositiveWords);
  for (int k = from + 1; k < limit; ++k) {
    if (IsBoundary(s, k, lexicon)) return k;
  }
  return from;
}

bool IsArticle(const ParsedSentence& s, int i) {
  return i >= 0 && i < s.size() && (s.lower(i) == "the" || s.lower(i) == "a" || s.lower(i) == "an");
}

void AddRoles(const PersonName& name, const TitleRun& run, TokenRange extent,
              std::vector<RoleFinding>* out) {
  for (const auto& [office, range] : run.offices) {
    RoleFinding role;
    role.person = name;
    role.office = office;
    role.title = range;
    if (!office->honorific()) {
      role.modifier = run.modifier;
      role.affiliation = run.affiliation.key;
      role.affiliation_tokens = run.affiliation.tokens;
      role.party = run.party.key;
      role.party_tokens = run.party.tokens;
    }
    role.extent = extent;
    out->push_back(role);
  }
}

// "of Ukraine" after a title: the affiliation when the title has none.
int OfAffiliation(const ParsedSentence& s, int after, const Lexicon& lexicon, TitleRun* run) {
  if (after + 1 >= s.size() || s.lower(after) != "of") return after - 1;
  int k = IsArticle(s, after + 1) ? after + 2 : after + 1;
  Affiliation a;
  int last = k < s.size() ? AffiliationStartingAt(s, k, lexicon, &a) : -1;
  if (last < 0 || a.party) return after - 1;
  if (run->affiliation.key.empty()) run->affiliation = a;
  return last;
}

// "the president Roe worked for": a lowercase title after an article, a
// lone surname and a finite verb other than a said-verb open a relative
// clause about the title's holder, whoever Roe is.
bool OpensRelativeClause(const ParsedSentence& s, const PersonName& name, const TitleRun& run,
                         const Lexicon& lexicon) {
  if (name.first != name.last || !IsArticle(s, run.first - 1)) return false;
  for (int k = run.first; k < name.first; ++k) {
    if (s.lower(k) != s.word(k)) return false;
  }
  const int next = name.last + 1;
  if (next >= s.size() || lexicon.IsSaidVerb(s.lower(next))) return false;
  const std::string& tag = s.xpos(next);
  return s.upos(next) == "VERB" && (tag == "VBD" || tag == "VBZ" || tag == "VBP");
}

// "Former Alaska Gov. Jane Roe".
// Returns the first token of the titles, or name.first when none.
int TitleBefore(const ParsedSentence& s, const PersonName& name, const Lexicon& lexicon,
                std::vector<RoleFinding>* out) {
  if (name.first == 0) return name.first;
  TitleRun run = ScanTitleLeft(s, name.first - 1, lexicon);
  if (run.offices.empty()) return name.first;
  if (OpensRelativeClause(s, name, run, lexicon)) return name.first;
  int last = OfAffiliation(s, name.last + 1, lexicon, &run);
  AddRoles(name, run, {run.first, std::max(last, name.last)}, out);
  bool honorific_only = true;
  for (const auto& [office, range] : run.offices) honorific_only &= office->honorific();
  return honorific_only ? run.first : -1;
}

// "the president, Jane Roe," "Ukraine's defense minister, Jane Roe" and
// "the Holy See's secretary of state, Cardinal Jane Roe". `start` is the
// first token of the honorific titles before the name, if any.
void NameAfterTitle(const ParsedSentence& s, const PersonName& name, int start,
                    const Lexicon& lexicon, std::vector<RoleFinding>* out) {
  if (start < 2 || s.word(start - 1) != ",") return;
  if (!IsBoundary(s, name.last + 1, lexicon)) return;
  TitleRun run = ScanTitleLeft(s, start - 2, lexicon);
  if (run.offices.empty()) return;
  if (run.affiliation.key.empty() && !IsArticle(s, run.first - 1)) return;
  AddRoles(name, run, {run.first, name.last}, out);
}

// The office noun an apposition at `name` belongs to: the head the parse
// gives it, or else an office followed by a participle phrase ("the aide
// leading the delegation, Jane Roe", where parsers attach the name to the
// phrase's object). -1 when there is none.
int TitleOfApposition(const ParsedSentence& s, const PersonName& name, const Lexicon& lexicon) {
  for (int h = name.first; h <= name.last; ++h) {
    int g = s.head(h);
    if (g >= name.first && g <= name.last) continue;
    if (s.deprel(h) == "appos" && g >= 0 && g < name.first - 1 &&
        OfficeEndingAt(s, g, lexicon) >= 0) {
      return g;
    }
    break;
  }
  if (name.first < 2 || s.word(name.first - 1) != ",") return -1;
  for (int k = name.first - 2; k > 0 && k >= name.first - 1 - kMaxAppositiveWords; --k) {
    absl::string_view w = s.word(k);
    if (w == "," || s.upos(k) == "PUNCT" || lexicon.IsSaidVerb(s.lower(k))) return -1;
    const std::string& tag = s.xpos(k);
    if ((tag == "VBG" || tag == "VBN") && OfficeEndingAt(s, k - 1, lexicon) >= 0) return k - 1;
  }
  return -1;
}

// "the Kremlin aide leading the delegation, Jane Roe,".
void AppositionOfTitle(const ParsedSentence& s, const PersonName& name, const Lexicon& lexicon,
                       std::vector<RoleFinding>* out) {
  int g = TitleOfApposition(s, name, lexicon);
  if (g < 0) return;
  TitleRun run = ScanTitleLeft(s, g, lexicon);
  if (run.offices.empty()) return;
  if (run.affiliation.key.empty() && !IsArticle(s, run.first - 1)) return;
  AddRoles(name, run, {run.first, name.last}, out);
}

// "Jane Roe, the chairman of the committee," "Jane Roe, Ukraine's defense
// minister." Starts after the comma at `k`.
void TitleAfter(const ParsedSentence& s, const PersonName& name, int k, const Lexicon& lexicon,
                std::vector<RoleFinding>* out) {
  if (k >= s.size() || s.word(k) != ",") return;
  int start = IsArticle(s, k + 1) ? k + 2 : k + 1;
  for (int q = std::min(s.size() - 1, start + kMaxAppositiveWords); q >= start; --q) {
    if (!IsBoundary(s, q + 1, lexicon) && !(q + 1 < s.size() && s.lower(q + 1) == "of")) continue;
    TitleRun run = ScanTitleLeft(s, q, lexicon);
    // The run starts after the article, or at it ("the Kremlin").
    if (run.offices.empty() || (run.first != start && run.first != k + 1)) continue;
    int last = OfAffiliation(s, q + 1, lexicon, &run);
    // "of the committee": an office of something the vocabulary does not
    // know; the role stands without its affiliation.
    if (last == q && q + 1 < s.size() && s.lower(q + 1) == "of") {
      last = NextBoundary(s, q + 1, lexicon) - 1;
    }
    if (!IsBoundary(s, last + 1, lexicon)) continue;
    AddRoles(name, run, {name.first, last}, out);
    return;
  }
}

// "Jane Roe is the Polish foreign minister": the name is the subject of a
// nominal with a copula.
void Copula(const ParsedSentence& s, const PersonName& name, const Lexicon& lexicon,
            std::vector<RoleFinding>* out) {
  for (int h = name.first; h <= name.last; ++h) {
    int g = s.head(h);
    if (s.deprel(h) != "nsubj" || g <= name.last) continue;
    bool copula = false;
    for (int c : s.children(g)) copula |= s.deprel(c) == "cop";
    if (!copula) return;
    TitleRun run = ScanTitleLeft(s, g, lexicon);
    if (run.offices.empty()) return;
    int last = OfAffiliation(s, g + 1, lexicon, &run);
    AddRoles(name, run, {name.first, last}, out);
    return;
  }
}

// The state after a party letter or "of": an abbreviation ("Calif.") or a
// place name; its last token, or -1.
int StateAt(const ParsedSentence& s, int j, const Lexicon& lexicon, Affiliation* state) {
  if (j >= s.size()) return -1;
  std::string place = lexicon.PlaceByAbbreviation(s.word(j));
  int last = j;
  if (place.empty()) {
    Affiliation a;
    last = AffiliationStartingAt(s, j, lexicon, &a);
    if (last < 0 || a.party) return -1;
    place = a.key;
  }
  state->key = place;
  state->tokens = {j, last};
  return last;
}

// ", R-Texas," "(D-Calif.)" or ", Republican of Minnesota," after a name:
// the party and the state; the first token after the group, or `k` when
// there is none.
int PartyGroup(const ParsedSentence& s, int k, const Lexicon& lexicon, Affiliation* party,
               Affiliation* state) {
  const int n = s.size();
  int i = k;
  if (i < n && (s.word(i) == "," || s.word(i) == "(")) ++i;
  if (i + 2 >= n) return k;
  const Party* p = nullptr;
  if (s.word(i + 1) == "-") {
    p = lexicon.PartyByLetter(s.word(i));
  } else if (s.lower(i + 1) == "of" && i > k) {
    p = lexicon.FindParty(s.word(i));
  }
  if (p == nullptr) return k;
  int j = StateAt(s, i + 2, lexicon, state);
  if (j < 0) return k;
  party->key = p->key();
  party->party = true;
  party->tokens = {i, i};
  ++j;
  if (j < n && s.word(j) == ".") ++j;
  if (j < n && s.word(j) == ")") ++j;
  return j;
}

// A party noun that describes the name: an apposition after it (", the
// top Democrat on the panel,", ", a Republican,") or the nominal of a
// copula ("Jane Roe is a Democrat"). The party's token, or -1. A party
// word before a noun qualifies the noun ("a Democratic senator"): the
// title patterns read that.
int PartyNoun(const ParsedSentence& s, const PersonName& name, const Lexicon& lexicon) {
  auto party_at = [&](int i) {
    if (i < 0 || i >= s.size() || lexicon.FindParty(s.word(i)) == nullptr) return false;
    return i + 1 >= s.size() || (s.upos(i + 1) != "NOUN" && s.upos(i + 1) != "PROPN");
  };
  int i = name.last + 1;
  if (i < s.size() && s.word(i) == "," && IsArticle(s, i + 1)) {
    i += 2;
    for (int adjectives = 0; i < s.size() && adjectives < 2 && s.upos(i) == "ADJ"; ++adjectives) {
      ++i;
    }
    if (party_at(i)) return i;
  }
  for (int h = name.first; h <= name.last; ++h) {
    int g = s.head(h);
    if (s.deprel(h) != "nsubj" || g <= name.last || !party_at(g)) continue;
    for (int c : s.children(g)) {
      if (s.deprel(c) == "cop") return g;
    }
  }
  return -1;
}

// Gives the person's roles found from `from` on the party and state; a
// role of its own when there is no post.
void AddParty(const PersonName& name, const Affiliation& party, const Affiliation& state,
              size_t from, std::vector<RoleFinding>* roles) {
  bool post = false;
  for (size_t r = from; r < roles->size(); ++r) {
    RoleFinding& role = (*roles)[r];
    if (role.office->honorific()) continue;
    post = true;
    role.party = party.key;
    role.party_tokens = party.tokens;
    role.party_state = state.key;
    role.party_state_tokens = state.tokens;
    if (role.affiliation.empty()) {
      role.affiliation = state.key;
      role.affiliation_tokens = state.tokens;
    }
    role.extent.last = std::max({role.extent.last, party.tokens.last, state.tokens.last});
  }
  if (post) return;
  RoleFinding role;
  role.person = name;
  role.party = party.key;
  role.party_tokens = party.tokens;
  role.party_state = state.key;
  role.party_state_tokens = state.tokens;
  role.affiliation = state.key;
  role.affiliation_tokens = state.tokens;
  role.extent = {name.first, std::max(party.tokens.last, state.tokens.last)};
  roles->push_back(role);
}

}  // namespace

std::vector<RoleFinding> FindRoles(const ParsedSentence& s, const std::vector<PersonName>& names,
                                   const Lexicon& lexicon) {
  std::vector<RoleFinding> roles;
  for (const PersonName& name : names) {
    size_t from = roles.size();
    Affiliation party, state;
    int after = PartyGroup(s, name.last + 1, lexicon, &party, &state);
    int titles = TitleBefore(s, name, lexicon, &roles);
    if (titles >= 0) NameAfterTitle(s, name, titles, lexicon, &roles);
    if (roles.size() == from) AppositionOfTitle(s, name, lexicon, &roles);
    // Posts before honorific titles ("secretary of state", "cardinal").
    std::stable_partition(roles.begin() + from, roles.end(),
                          [](const RoleFinding& r) { return !r.office->honorific(); });
    // TitleAfter and Copula come after: "R-Texas" sits between the name
    // and a title after it.
    TitleAfter(s, name, after, lexicon, &roles);
    Copula(s, name, lexicon, &roles);
    if (party.key.empty()) {
      int p = PartyNoun(s, name, lexicon);
      if (p >= 0) {
        party.key = lexicon.FindParty(s.word(p))->key();
        party.party = true;
        party.tokens = {p, p};
      }
    }
    if (!party.key.empty()) AddParty(name, party, state, from, &roles);
  }
  return roles;
}

std::string DumpRole(const RoleFinding& role) {
  return absl::StrCat("ROLE ", role.person.text, " | ", role.office ? role.office->key() : "",
                      " | ", role.affiliation, " | ", role.modifier, " | ", role.party);
}

}  // namespace factcheck
