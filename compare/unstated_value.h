// File: compare/unstated_value.h
//
// Finds a value that a draft sentence states and its source does not,
// where the source's sentence about the same thing states another value of
// the same kind in the same slot: "plunged to just 100ft above the ocean"
// against "fell to just 1,100ft above the ocean", when no sentence of the
// source says "100ft".
//
// The word-by-word pass (compare/substitution.h) needs the two sentences to
// restate each other around the swap, and a summary seldom does: it
// reorders, merges and shortens. This pass trades word order for absence:
//   - the draft's value is absent from the whole source document, or
//     stated only in other contexts (never next to the words the draft
//     puts it next to: StatedValues::StatesInContext), the latter only
//     against a closely aligned sentence and, for names, only as a person
//     for a person (the extractor's PERSON entities);
//   - the aligned source sentence states a rival value the draft sentence
//     does not, of the same kind, in the same slot.
// Kinds and slots:
//   - a number, slotted by its unit ("£", "ft", "-year-old") or, bare, by
//     the noun or name it counts ("three inches" -> "inch"):
//     QUANTITY_CONFLICT;
//   - a year, a month, a weekday, a unit of time or relative day
//     ("weeks later", "tomorrow"): DATE_CONFLICT;
//   - a run of names: a place for a place (LOCATION_CONFLICT), a thing for a
//     thing of the same head word ("X Stadium"), an acronym for an acronym,
//     another name for another name (ROLE_CONFLICT: who).
// The slot is tied by an anchor: one of the nearest content words either
// side of the draft's value is also next to the rival ("above the ocean");
// a unit already fixes the slot of a number, and being places that of two
// places. Not conflicts: a rounding ("£6bn" for "£6.7bn"), a bound ("more
// than 40" against "37"), a misspelt or shortened name ("Toyko", "Man
// Utd"), a sentence whose negation the other lacks, a byline ("Ann Lee:").
//
// The caller decides which sources to ask (compare/passes/substitutions.cc
// asks only those that tell the same story: a value missing from an
// unrelated article says nothing).
//
// Example:
//   StatedValues stated;
//   for (const auto& words : source_sentence_words) stated.Add(words, lexicon);
//   std::vector<Substitution> found = FindUnstatedValues(
//       draft, draft_words, source, source_words,
//       [&]() -> const StatedValues& { return stated; }, lexicon);

#ifndef FACTCHECK_COMPARE_UNSTATED_VALUE_H_
#define FACTCHECK_COMPARE_UNSTATED_VALUE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "claims/lexicon.h"
#include "compare/substitution.h"

namespace factcheck {

// Everything one document states, for "never states it" checks: its
// numbers, and every word and name key in it, whatever the case. Words are
// kept as 64-bit hashes (a collision would only hide a finding), so that
// many documents' statements fit in memory at once.
class StatedValues {
 public:
  // Adds one sentence's typed words (SubstitutionFinder::Words).
  void Add(const std::vector<SentenceWord>& words, const Lexicon& lexicon);
  // Adds the name of a person the document tells of (Entity of kind
  // PERSON): each of its words, lowercase.
  void AddPerson(absl::string_view name);

  // True when the lowercase word is part of a person's name.
  bool IsPersonWord(const std::string& folded) const {
    return person_words_.contains(Key(folded));
  }

  // True when the document states the number's value, or a figure that
  // it rounds ("£6bn" for "£6.7bn"), in the same slot (NumberSlot) or
  // where either has none; a year, exactly, anywhere.
  bool StatesNumber(const SentenceWord& number, const std::string& slot) const;
  // True when the document has the folded word or name key.
  bool StatesWord(const std::string& folded) const { return words_.contains(Key(folded)); }
  // True when the document writes the folded word in lowercase somewhere.
  bool StatesLowercase(const std::string& folded) const {
    return lowercase_.contains(Key(folded));
  }
  // True when some name word of the document is the folded `name`
  // shortened or lengthened (SameNameInShort).
  bool StatesNameInShort(const std::string& name) const;

  // True when the document states the value of `w` (a number, year, date
  // word or name word) with one of `anchors` (the words next to the
  // draft's value) near it: in the same context as the draft does.
  bool StatesInContext(const SentenceWord& w, const std::vector<std::string>& anchors) const;
  // The same for a found substitution's draft value and anchors.
  bool StatesInContext(const Substitution& substitution) const;

 private:
  static uint64_t Key(absl::string_view text);

  // (value, slot key; 0 for no slot) of every number and year.
  std::vector<std::pair<double, uint64_t>> numbers_;
  absl::flat_hash_set<uint64_t> words_;
  absl::flat_hash_set<uint64_t> person_words_;
  absl::flat_hash_set<uint64_t> lowercase_;
  // Folded name words, as text: compared in short and for typos.
  std::vector<std::string> name_words_;
  // (value key, anchor) pairs: an anchor seen near a value.
  absl::flat_hash_set<uint64_t> contexts_;
};

// The values of `draft` (typed as `draft_words`) that the source document
// never states, or states only in other contexts (StatesInContext), and
// for which the aligned `source` sentence states another of the same kind
// and slot. `stated` gives what the source document states; it is called
// only once a value has a candidate, as building it is the costly part.
// A value stated elsewhere in another context needs a neighbour shared
// with the source's value whatever its kind, and is compared only when
// `stated_elsewhere` is true. Offsets are byte offsets into the two texts.
std::vector<Substitution> FindUnstatedValues(absl::string_view draft,
                                             const std::vector<SentenceWord>& draft_words,
                                             absl::string_view source,
                                             const std::vector<SentenceWord>& source_words,
                                             absl::FunctionRef<const StatedValues&()> stated,
                                             const Lexicon& lexicon, bool stated_elsewhere = true);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_UNSTATED_VALUE_H_
