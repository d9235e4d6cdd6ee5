// File: claims/extract/roles.h
//
// Who holds which office, read from a parsed sentence (parsed_sentence.h)
// and the people it names (names.h). A role is an office (the vocabulary's
// key: "senator", "minister of foreign affairs"), the person, and what the
// office is of: a country, an organisation, or a state or region; a party
// where the text gives one. The patterns:
//
//   title before the name    "Former Alaska Gov. Jane Roe", "Turkey's
//                            Foreign Minister Jane Roe", "Republican Sen.
//                            Jane Roe", "Secretary of State Cardinal Jane Roe"
//                            (two roles)
//   title after the name     "Jane Roe, the chairman of the committee,",
//                            "Jane Roe, Ukraine's defense minister."
//   name after the title     "the president, Jane Roe," (needs "the" or an
//                            affiliation before the title)
//   copula                   "Jane Roe is the Polish foreign minister."
//   party and state          "Jane Roe, R-Texas," "Sen. Jane Roe (D-Calif.)",
//                            "Jane Roe, Republican of Ohio," give the
//                            person's roles in the sentence their party and
//                            state (the state also as affiliation when they
//                            have none), or are a role of their own with no
//                            office
//
// Example:
//   for (const RoleFinding& r : FindRoles(sentence, names, lexicon))
//     DumpRole(sentence, r)  // "ROLE Jane Roe | governor | alaska | former"

#ifndef FACTCHECK_CLAIMS_EXTRACT_ROLES_H_
#define FACTCHECK_CLAIMS_EXTRACT_ROLES_H_

#include <string>
#include <vector>

#include "claims/extract/names.h"
#include "claims/extract/parsed_sentence.h"
#include "claims/lexicon.h"

namespace factcheck {

// A range of tokens, inclusive; empty when first < 0.
struct TokenRange {
  int first = -1;
  int last = -1;
  bool empty() const { return first < 0; }
};

struct RoleFinding {
  PersonName person;
  const Office* office = nullptr;
  TokenRange title;
  // Lowercase qualifiers before the office, in text order ("former").
  std::string modifier;
  // Country key, organisation key (its country's for a state body), or
  // place key of a state or region; empty when the text gives none.
  std::string affiliation;
  TokenRange affiliation_tokens;
  std::string party;  // party key
  TokenRange party_tokens;
  // The state of "R-Texas" and "Republican of Minnesota" (a place key).
  std::string party_state;
  TokenRange party_state_tokens;
  // The tokens the claim covers.
  TokenRange extent;
};

// In the order of the people's names, then of the titles.
std::vector<RoleFinding> FindRoles(const ParsedSentence& s, const std::vector<PersonName>& names,
                                   const Lexicon& lexicon);

// "ROLE person | office | affiliation | modifier | party", empty fields
// left empty; for tests and debugging.
std::string DumpRole(const RoleFinding& role);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_ROLES_H_
