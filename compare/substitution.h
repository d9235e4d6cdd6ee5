// File: compare/substitution.h
//
// Compares two sentences that state the same thing word by word and finds
// where one swapped a typed value of the other: a number ("19-year-old"
// for "24-year-old", "three" for "four"), a date word (a year, a month, a
// weekday), a name ("Madrid" for "Lisbon"), a negation ("did not meet" for
// "met"), or a word for its opposite ("sold" for "bought").
//
// This is the second, finer pass of the aligned-sentence comparator: the
// claim records compare what the extractor understood (quantities with
// their counted nouns, dated events, places of events); this pass catches
// what a restatement changed in place, even where no claim was extracted.
// It works on the sentences' normalised text (Sentence.text), never on the
// original files; offsets it returns are byte offsets into those texts.
//
// The words are aligned by their longest common subsequence. A change is
// reported only when it is short, bounded by words the two sentences
// share, and of one type on both sides; a value that the other sentence
// also states somewhere is not a change (words moved, not swapped).
//
// Example:
//   SubstitutionFinder finder(lexicon);
//   std::vector<Substitution> swaps = finder.Find(
//       "The 24-year-old was arrested in Leeds on Monday .",
//       "The 19-year-old was arrested in Leeds on Monday .");
//   // swaps[0].kind == QUANTITY_CONFLICT, draft text "24-year-old"

#ifndef FACTCHECK_COMPARE_SUBSTITUTION_H_
#define FACTCHECK_COMPARE_SUBSTITUTION_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/lexicon.h"
#include "proto/report.pb.h"

namespace factcheck {

// One word of a sentence, with its type.
struct SentenceWord {
  enum class Type {
    kWord,      // anything else
    kNumber,    // "1,000", "three", "19-year-old", "13th", "£5m"
    kYear,      // "2014"
    kDateWord,  // a month or weekday name
    kTimeWord,  // a unit of time ("days", "hour-long") or a relative day ("tomorrow")
    kName,      // a capitalised word that is not sentence furniture
    kMaybeName, // a sentence's capitalised first word the lexicon does not know
    kNegation,  // "not", "never", "no", "didn't"
  };
  // Byte range in the sentence text, without surrounding punctuation.
  int begin = 0;
  int end = 0;
  // Lowercase, possessive "'s" removed.
  std::string folded;
  Type type = Type::kWord;
  // kNumber and kYear: the magnitude ("5m" -> 5e6) and what follows the
  // number inside the word ("-year-old", "th", "-a-week"), lowercase.
  // kTimeWord: the unit's key ("days" -> "day") or the relative day.
  double value = 0;
  std::string unit;
  // kName and kMaybeName: the spelling-insensitive key (compare/name_fold.h), so that
  // "Kyiv" meets "Kiev" and "U.S." meets "US".
  std::string name_key;
};

struct Substitution {
  // QUANTITY_CONFLICT, DATE_CONFLICT, LOCATION_CONFLICT (a known place or
  // country), ROLE_CONFLICT (who: another name), POLARITY_CONFLICT
  // (negation or opposite).
  FindingKind kind = FINDING_KIND_UNSPECIFIED;
  // Byte ranges in the draft and source sentence texts.
  int draft_begin = 0;
  int draft_end = 0;
  int source_begin = 0;
  int source_end = 0;
  // The swapped words as written.
  std::string draft_text;
  std::string source_text;
  // Folded content words right before and after the change in the draft
  // (up to two), which the source sentence shares. A source sentence
  // elsewhere that states the draft's value next to one of them supports
  // the draft after all.
  std::vector<std::string> context;
  // The draft's swapped words, typed, for that support check.
  std::vector<SentenceWord> value;
  // Found in a weaker frame (a shared stretch of sentences that are not
  // restatements, or a capitalised first word that may not be a name):
  // a conflict only if the source document never states the draft's value
  // at all (AbsentFrom).
  bool weak = false;
  // POLARITY_CONFLICT only: the negation stands under a condition ("if the
  // council can't agree"). Inside a quote that still alters the quote;
  // outside one it states nothing to flip.
  bool conditional = false;
  // compare/unstated_value.h only: the words around the draft's value, so
  // that a document stating the value near one of them supports it
  // (StatedValues::StatesInContext).
  std::vector<std::string> anchors;
};

class SubstitutionFinder {
 public:
  // `lexicon` must outlive the finder.
  explicit SubstitutionFinder(const Lexicon& lexicon);

  // The words of a sentence's text, typed.
  std::vector<SentenceWord> Words(absl::string_view text) const;

  // The swaps that turn `source` into `draft`, in draft order. Empty when
  // the sentences share too little to be restatements of each other
  // (fewer than four shared words, or under half of the draft's words).
  std::vector<Substitution> Find(absl::string_view draft, absl::string_view source) const;

  // The same, with the sentences' words already typed (Words()), for
  // callers that compare one sentence with many.
  std::vector<Substitution> Find(absl::string_view draft, const std::vector<SentenceWord>& draft_words,
                                 absl::string_view source,
                                 const std::vector<SentenceWord>& source_words) const;

  // True when `sentence` states the substitution's draft value (all its
  // words, in order) and at least one of its context words: the source
  // says what the draft says, in another sentence.
  bool Supports(absl::string_view sentence, const Substitution& substitution) const;
  bool Supports(const std::vector<SentenceWord>& sentence_words,
                const Substitution& substitution) const;

  // True when no word of the substitution's draft value (numbers by value,
  // other words folded) occurs among a sentence's words.
  bool AbsentFrom(const std::vector<SentenceWord>& sentence_words,
                  const Substitution& substitution) const;

 private:
  // An honorific ("Mr."), a one-word office title ("President", "Gov."),
  // or a party letter with a state ("R-Texas"): capitalised, not a name.
  bool IsTitleOrParty(absl::string_view core, absl::string_view lower) const;
  // The party that one of words [begin, end) names ("Democrats"), or null.
  const Party* PartyIn(const std::vector<SentenceWord>& words, absl::string_view text, int begin,
                       int end) const;

  const Lexicon& lexicon_;
};

// Helpers shared with the other word-level passes (compare/unstated_value.h).

// True when two typed words state the same value: numbers by magnitude
// and unit, names by their spelling-insensitive key, units of time by
// unit, other words by their folded form.
bool SameWordValue(const SentenceWord& a, const SentenceWord& b);

// True when some word of `words` states the value of `w` (SameWordValue).
bool HasSameWordValue(const std::vector<SentenceWord>& words, const SentenceWord& w);

// True for a name or a capitalised first word that may be one.
bool IsNameWord(const SentenceWord& w);

// True when `text` ends in a possessive "'s" ("Leeds's", "week's").
bool IsPossessive(absl::string_view text);

// The count before the unit of time words[k]: 1 for "a" or "an", else the
// number within the two words before it ("three days"); nullopt for none.
std::optional<double> CountOfTime(const std::vector<SentenceWord>& words, int k);

// True when two folded names are one name, or one is a short form of the
// other: a prefix ("disney" of "disneyland") or a word abbreviated ("utd"
// of "united").
bool SameNameInShort(const std::string& a, const std::string& b);

// A gazetteer place or a country, also with "-based" or "-born" after it.
bool IsKnownPlace(const Lexicon& lexicon, absl::string_view name);

// Whether one of two known places lies within the other, or they are the
// same ("Ohio" and "U.S.", "American" and "United States"): a finer or
// coarser place, not another one.
bool PlacesNest(const Lexicon& lexicon, absl::string_view a, absl::string_view b);
// Whether known place `inner` lies within known place `outer` or is it
// ("Benghazi" within "Libya"; not "Libya" within "Benghazi").
bool PlaceWithin(const Lexicon& lexicon, absl::string_view inner, absl::string_view outer);

// True when a word in words[from, to) makes a number approximate or a
// bound ("about", "more than").
bool NearNumberQualifier(const std::vector<SentenceWord>& words, int from, int to,
                         const Lexicon& lexicon);

// How many equal words (folded) the draft's and the source's sentence
// words share right around `sub`: leftwards from the swap's start and
// rightwards from its end. A quote restated with one word changed shares
// most of its words; two remarks of one speaker share a word or two.
int SharedWordsAround(const std::vector<SentenceWord>& draft,
                      const std::vector<SentenceWord>& source, const Substitution& sub);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_SUBSTITUTION_H_
