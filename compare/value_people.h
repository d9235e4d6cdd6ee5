// File: compare/value_people.h
//
// Who a value in a sentence is about: the people named near it. A figure
// or a date belongs to what someone did, so two values about different
// people fill different slots even in sentences that align: "Ann Lee
// spoke on Sunday" does not date what "Bo Chu said on Monday" does, and in
// "Lee took 17 percent and Chu 21 percent" Lee's figure is not Chu's.
//
// People are told by the document's person entities (`IsPerson` says
// whether a folded name word belongs to one: PersonWords); a run of name words is one
// person, and two runs are the same person when a word of one is a word
// of the other, in full or in short ("Murray" of "Ed Murray").
//
// Example:
//   // d: "Lee spoke on Sunday ."   s: "Chu spoke on Monday ."
//   bool other = AboutOtherPeople(d, 12, s, 12, is_person_d, is_person_s,
//                                 /*by_owner=*/false);  // true

#ifndef FACTCHECK_COMPARE_VALUE_PEOPLE_H_
#define FACTCHECK_COMPARE_VALUE_PEOPLE_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "claims/lexicon.h"
#include "compare/substitution.h"
#include "proto/document.pb.h"

namespace factcheck {

// Words either side of a value within which a person named is someone
// the value is about.
inline constexpr int kPersonReach = 8;

using IsPerson = absl::FunctionRef<bool(const std::string& folded)>;

// True when the value starting at text offset `d_at` of sentence words
// `d` is about other people than the value at `s_at` of `s`:
//   - the people named near d's value (within kPersonReach words, and,
//     when there are any, the first person the sentence names) are none
//     of them named in s, or
//   - with `by_owner` (figures, which sentences list: "Lee took 17
//     percent and Chu 21"), the values' owners differ and each sentence names both (a list of
//     who did what): a value's owner is the person named nearest before
//     it, else the nearest after it.
// False when no person is named near d's value, or an offset falls on no
// word.
bool AboutOtherPeople(const std::vector<SentenceWord>& d, int d_at,
                      const std::vector<SentenceWord>& s, int s_at, IsPerson is_person_d,
                      IsPerson is_person_s, bool by_owner);

// The lowercase name words of the people of `doc` named in full: entities
// of kind person whose name has two words or more, with their aliases (a
// one-word "person" is too often a misread brand or outlet).
// Words that say what someone is rather than who (a party, title, people,
// place or organisation: "House Democrats", "Rep.") are left out.
absl::flat_hash_set<std::string> PersonWords(const SourceDocument& doc, const Lexicon& lexicon);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_VALUE_PEOPLE_H_
