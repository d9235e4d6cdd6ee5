// File: claims/lexicon.h
//
// The vocabulary factcheck reads news with: countries and their adjectives,
// organisations, offices, number words, months, weekdays, units, a
// gazetteer, abbreviations and cue words. The data is textproto
// (proto/lexicon.proto) under claims/data/, compiled into the binary and
// parsed once at start; users add entries with --lexicon=FILE.
//
// Lookups take the words as written. Names are matched case-sensitively
// ("US" the country is not "us" the pronoun, "May" the month is not "may");
// offices and cue words are matched lowercase.
//
// Example:
//   absl::StatusOr<std::unique_ptr<Lexicon>> lexicon = Lexicon::Load({});
//   const Country* c = (*lexicon)->FindCountry("Ukrainian");  // ukraine
//   const Office* o = (*lexicon)->FindOffice("defence minister");
//   o->key() == "minister of defense";

#ifndef FACTCHECK_CLAIMS_LEXICON_H_
#define FACTCHECK_CLAIMS_LEXICON_H_

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"

namespace factcheck {

// How a country was named.
enum class CountryForm {
  kName,        // "Ukraine", "U.S."
  kAdjective,   // "Ukrainian"
  kDemonym,     // "Ukrainians"
  kGovernment,  // "Kremlin", "Washington"
};

struct CountryMatch {
  const Country* country = nullptr;
  CountryForm form = CountryForm::kName;
};

// A person's sex as a word says it ("Mr.", "wife"); kUnknown for most words.
enum class Gender { kUnknown, kFemale, kMale };

class Lexicon {
 public:
  // Parses the shipped vocabulary and then each file of `extra_paths`.
  // Returns InvalidArgumentError naming the file, line and column on a
  // syntax error or an unknown field, and naming the file and entry when an
  // entry is invalid (an empty key, a `within` that names no place);
  // NotFoundError when a file cannot be read.
  static absl::StatusOr<std::unique_ptr<Lexicon>> Load(
      const std::vector<std::string>& extra_paths);

  // Parses the given (name, textproto) pairs only; for tests and tools.
  static absl::StatusOr<std::unique_ptr<Lexicon>> FromTexts(
      const std::vector<std::pair<std::string, std::string>>& texts);

  const LexiconFile& data() const { return data_; }

  // The shipped vocabulary as linked into the binary: claims/data/*.textproto
  // encoded by protoc into one binary LexiconFile. For `--version`.
  static absl::string_view BuiltinData();

  // A country by any name, adjective, demonym or government name, as
  // written; nullptr country when unknown.
  CountryMatch FindCountry(absl::string_view text) const;
  const Country* CountryByKey(absl::string_view key) const;
  const Organization* FindOrganization(absl::string_view text) const;

  // An office by a lowercase surface form ("defence minister").
  const Office* FindOffice(absl::string_view lowercase_form) const;
  const Office* OfficeByKey(absl::string_view key) const;
  // Longest office form, in words.
  int max_office_words() const { return max_office_words_; }

  // Prefilters for phrase matching. A phrase of N space-separated words can
  // only be a country, organisation or place name (FindCountry,
  // FindOrganization, FindPlace) when N <= MaxNameWords(its first word),
  // and only an office form when N <= MaxOfficeWords(its first word). Both
  // return 0 when no entry starts with `first_word`, so that a caller can
  // skip building and hashing the longer phrases of an ordinary word.
  int MaxNameWords(absl::string_view first_word) const {
    if (!first_word_filter_.MayContain(first_word)) return 0;
    auto it = name_first_words_.find(first_word);
    return it == name_first_words_.end() ? 0 : it->second;
  }
  int MaxOfficeWords(absl::string_view lowercase_first_word) const {
    if (!first_word_filter_.MayContain(lowercase_first_word)) return 0;
    auto it = office_first_words_.find(lowercase_first_word);
    return it == office_first_words_.end() ? 0 : it->second;
  }

  // Number words ("three", "thousand", "third"), lowercase.
  const NumberWord* FindNumberWord(absl::string_view lowercase_word) const;
  // 1..12 for a month name or abbreviation as written ("May", "Sept."),
  // 0 when unknown.
  int MonthNumber(absl::string_view word) const;
  // 1..7 (Monday = 1) for a weekday as written, 0 when unknown.
  int WeekdayNumber(absl::string_view word) const;
  const Unit* FindUnit(absl::string_view lowercase_form) const;

  // A gazetteer place by name or alias as written.
  const Place* FindPlace(absl::string_view text) const;
  const Place* PlaceByKey(absl::string_view key) const;
  // Keys of what contains `key`, innermost first, ending with a country key.
  std::vector<std::string> Containers(absl::string_view key) const;

  // The canonical spelling for a known variant ("Kiev" -> "Kyiv"), or the
  // text itself.
  std::string CanonicalSpelling(absl::string_view text) const;

  // Lowercase, without the final period ("mr", "u.s").
  bool IsAbbreviation(absl::string_view lowercase_word) const {
    return abbreviations_.contains(lowercase_word);
  }
  bool IsSaidVerb(absl::string_view lowercase_word) const {
    return said_verbs_.contains(lowercase_word);
  }
  bool IsHonorific(absl::string_view word) const {
    return honorifics_.contains(word);
  }
  bool IsStopword(absl::string_view word) const {
    return stopwords_.contains(word);
  }
  bool IsPersonPronoun(absl::string_view lowercase_word) const {
    return person_pronouns_.contains(lowercase_word);
  }
  // "jr" of "John Roe Jr." (LexiconFile.name_suffixes); lowercase, without
  // the period.
  bool IsNameSuffix(absl::string_view lowercase_word) const {
    return name_suffixes_.contains(lowercase_word);
  }
  // True when one lowercase word is the other with a negative prefix
  // ("agree" and "disagree"; LexiconFile.negative_prefixes).
  bool IsNegativelyPrefixed(absl::string_view a, absl::string_view b) const;
  bool IsPersonNoun(absl::string_view lowercase_word) const {
    return person_nouns_.contains(lowercase_word);
  }
  bool IsNonPersonHead(absl::string_view word) const {
    return non_person_heads_.contains(word);
  }
  bool IsVenueNoun(absl::string_view lowercase_word) const {
    return venue_nouns_.contains(lowercase_word);
  }
  bool IsEventNoun(absl::string_view lowercase_word) const {
    return event_nouns_.contains(lowercase_word);
  }
  // A noun that can speak or carry words (speaker_nouns: "spokesman",
  // "police", "statement").
  bool IsSpeakerNoun(absl::string_view lowercase_word) const {
    return speaker_nouns_.contains(lowercase_word);
  }
  // A noun a place name can modify and still say where (place_nouns:
  // "area", "suburb", "airport"), by its lowercase lemma.
  bool IsPlaceNoun(absl::string_view lowercase_lemma) const {
    return place_nouns_.contains(lowercase_lemma);
  }
  // What a word says of a person's sex (female_words, male_words): "mr"
  // and "husband" male, "ms" and "wife" female; lowercase, no period.
  Gender GenderOf(absl::string_view lowercase_word) const;
  // An outlet by name or alias as written.
  const Organization* FindOutlet(absl::string_view text) const;
  // A party by name, adjective or member noun as written ("Democrat").
  const Party* FindParty(absl::string_view text) const;
  // A party by its letter as written ("R" of "R-Texas").
  const Party* PartyByLetter(absl::string_view letter) const;
  // The place key of a party-letter place abbreviation ("Calif." or
  // "Calif"); empty when unknown.
  std::string PlaceByAbbreviation(absl::string_view abbreviation) const;
  // Whether `lowercase_word` qualifies an office ("former", "deputy").
  bool IsRoleModifier(absl::string_view lowercase_word) const {
    return role_modifiers_.contains(lowercase_word);
  }
  // Whether `lowercase_word` makes its clause a condition or a question
  // ("if", "whether"; LexiconFile.condition_marks).
  bool IsConditionMark(absl::string_view lowercase_word) const {
    return condition_marks_.contains(lowercase_word);
  }
  // Whether `lowercase_word` is a modal of obligation or ability
  // ("should", "can"; LexiconFile.modality_cues).
  bool IsModalityCue(absl::string_view lowercase_word) const {
    return modality_cues_.contains(lowercase_word);
  }
  // Whether `lowercase_word` bounds a period ("since"; LexiconFile.period_marks).
  bool IsPeriodMark(absl::string_view lowercase_word) const {
    return period_marks_.contains(lowercase_word);
  }
  // Whether `word`, as written, is a particle inside names ("de", "van").
  bool IsNameParticle(absl::string_view word) const {
    return name_particles_.contains(word);
  }
  // Negation cues split into words once at load ("declined to" ->
  // {"declined", "to"}), in data order.
  // True for a lowercase word that makes a number approximate or a bound
  // ("about", "over"; LexiconFile.number_qualifiers).
  bool IsNumberQualifier(absl::string_view lowercase_word) const {
    return number_qualifiers_.contains(lowercase_word);
  }

  // True for a lowercase word naming a day relative to the text's date
  // ("today", "tomorrow").
  bool IsRelativeDay(absl::string_view lowercase_word) const {
    return relative_days_.contains(lowercase_word);
  }

  // True for a lowercase preposition that places the name after it
  // ("in", "at").
  bool IsPlacePreposition(absl::string_view lowercase_word) const {
    return place_prepositions_.contains(lowercase_word);
  }

  // True for a capitalised word that makes the name it ends a place
  // ("Island", "Coast").
  bool IsPlaceHead(absl::string_view word) const { return place_heads_.contains(word); }

  // True for a lowercase auxiliary or modal verb ("did", "will").
  bool IsAuxiliary(absl::string_view lowercase_word) const {
    return auxiliaries_.contains(lowercase_word);
  }

  // True when the two lowercase words are listed as opposites
  // (LexiconFile.opposites): "won" and "lost".
  bool AreOpposites(absl::string_view a, absl::string_view b) const;

  // The meaning of a verb lemma for comparison: the key of its
  // LexiconFile.verb_classes entry ("meet" and "encounter" share one), or
  // the lemma itself when it is in none.
  absl::string_view VerbKey(absl::string_view lemma) const {
    auto it = verb_class_.find(lemma);
    return it == verb_class_.end() ? lemma : absl::string_view(it->second);
  }
  // Whether two verb lemmas name one event: equal, or of one verb class.
  bool SameVerb(absl::string_view a, absl::string_view b) const {
    return a == b || VerbKey(a) == VerbKey(b);
  }
  // The verb of an event noun ("meeting" -> "meet"; LexiconFile.derivations),
  // or empty.
  absl::string_view VerbOfNoun(absl::string_view lowercase_noun) const {
    auto it = noun_verbs_.find(lowercase_noun);
    return it == noun_verbs_.end() ? absl::string_view() : absl::string_view(it->second);
  }
  // Whether two verb lemmas are opposites (LexiconFile.verb_antonyms, in
  // either order): "win" and "lose".
  bool AreVerbAntonyms(absl::string_view a, absl::string_view b) const;

  const std::vector<std::vector<std::string>>& negation_cue_words() const {
    return negation_cue_words_;
  }
  const std::vector<std::string>& hedge_cues() const { return hedge_cues_; }
  // Indices into negation_cue_words() of the cues whose first word is
  // `lowercase_word`, in data order; empty when none. Cues are tried at
  // every token, so they are looked up by their first word.
  const std::vector<int>& NegationCuesStartingWith(absl::string_view lowercase_word) const {
    static const std::vector<int> kNone;
    auto it = negation_cues_by_first_word_.find(lowercase_word);
    return it == negation_cues_by_first_word_.end() ? kNone : it->second;
  }
  // Whether `lowercase_word` is one of hedge_cues().
  bool IsHedgeCue(absl::string_view lowercase_word) const {
    return hedge_cue_set_.contains(lowercase_word);
  }

  // Word lists of the claim extractor (LexiconFile fields 41-70; see
  // proto/lexicon.proto), all lowercase.
  // Titles and delegations.
  bool IsTitleModifier(absl::string_view lowercase_word) const {
    return Has(kTitleModifiers, lowercase_word);
  }
  bool IsRecordedTitleModifier(absl::string_view lowercase_word) const {
    return Has(kRecordedTitleModifiers, lowercase_word);
  }
  // "and", "or": joins the items of a list.
  bool IsListConjunction(absl::string_view lowercase_word) const {
    return Has(kListConjunctions, lowercase_word);
  }
  // "then" of "then-Senator": the role is a past one.
  bool IsPastTitlePrefix(absl::string_view lowercase_word) const {
    return Has(kPastTitlePrefixes, lowercase_word);
  }
  bool IsDelegationNoun(absl::string_view lowercase_word) const {
    return Has(kDelegationNouns, lowercase_word);
  }
  bool IsLeadVerb(absl::string_view lowercase_word) const {
    return Has(kLeadVerbs, lowercase_word);
  }
  bool IsHeadNoun(absl::string_view lowercase_word) const {
    return Has(kHeadNouns, lowercase_word);
  }
  bool IsLeadVerbFiller(absl::string_view lowercase_word) const {
    return Has(kLeadVerbFillers, lowercase_word);
  }
  // Numbers and quantities.
  bool IsClockMark(absl::string_view lowercase_word) const {
    return Has(kClockMarks, lowercase_word);
  }
  bool IsUnitOnlyNumber(absl::string_view lowercase_word) const {
    return Has(kUnitOnlyNumbers, lowercase_word);
  }
  bool IsIndefiniteArticle(absl::string_view lowercase_word) const {
    return Has(kIndefiniteArticles, lowercase_word);
  }
  // Qualifier phrases of one or two words, joined by one space ("at least").
  bool IsLowerBoundQualifier(absl::string_view lowercase_phrase) const {
    return Has(kLowerBoundQualifiers, lowercase_phrase);
  }
  bool IsUpperBoundQualifier(absl::string_view lowercase_phrase) const {
    return Has(kUpperBoundQualifiers, lowercase_phrase);
  }
  bool IsApproximateQualifier(absl::string_view lowercase_word) const {
    return Has(kApproximateQualifiers, lowercase_word);
  }
  bool IsShortOfQualifier(absl::string_view lowercase_word) const {
    return Has(kShortOfQualifiers, lowercase_word);
  }
  bool IsCountedNounStop(absl::string_view lowercase_word) const {
    return Has(kCountedNounStops, lowercase_word);
  }
  bool IsDistributiveWord(absl::string_view lowercase_word) const {
    return Has(kDistributiveWords, lowercase_word);
  }
  bool IsAnchorSkipWord(absl::string_view lowercase_word) const {
    return Has(kAnchorSkipWords, lowercase_word);
  }
  bool IsNonAnchorWord(absl::string_view lowercase_word) const {
    return Has(kNonAnchorWords, lowercase_word);
  }
  // Times.
  bool IsRelativePeriodModifier(absl::string_view lowercase_word) const {
    return Has(kRelativePeriodModifiers, lowercase_word);
  }
  bool IsPeriodPartModifier(absl::string_view lowercase_word) const {
    return Has(kPeriodPartModifiers, lowercase_word);
  }
  bool IsDayPart(absl::string_view lowercase_word) const { return Has(kDayParts, lowercase_word); }
  bool IsMonthPreposition(absl::string_view lowercase_word) const {
    return Has(kMonthPrepositions, lowercase_word);
  }
  bool IsSinceWord(absl::string_view lowercase_word) const {
    return Has(kSinceWords, lowercase_word);
  }
  bool IsAgoWord(absl::string_view lowercase_word) const { return Has(kAgoWords, lowercase_word); }
  bool IsFutureAuxiliary(absl::string_view lowercase_word) const {
    return Has(kFutureAuxiliaries, lowercase_word);
  }
  bool IsFutureVerb(absl::string_view lowercase_lemma) const {
    return Has(kFutureVerbs, lowercase_lemma);
  }
  bool IsSourceWord(absl::string_view lowercase_word) const {
    return Has(kSourceWords, lowercase_word);
  }
  // Places.
  bool IsPlaceClaimPreposition(absl::string_view lowercase_word) const {
    return Has(kPlaceClaimPrepositions, lowercase_word);
  }
  bool IsCountryLocationPreposition(absl::string_view lowercase_word) const {
    return Has(kCountryLocationPrepositions, lowercase_word);
  }
  bool IsCompassWord(absl::string_view lowercase_word) const {
    return Has(kCompassWords, lowercase_word);
  }
  bool IsSettlementNoun(absl::string_view lowercase_word) const {
    return Has(kSettlementNouns, lowercase_word);
  }
  // Events and quotes.
  bool IsSubjectPronoun(absl::string_view lowercase_word) const {
    return Has(kSubjectPronouns, lowercase_word);
  }
  bool IsCueVerbFiller(absl::string_view lowercase_word) const {
    return Has(kCueVerbFillers, lowercase_word);
  }
  bool IsLooseNegationCue(absl::string_view lowercase_word) const {
    return Has(kLooseNegationCues, lowercase_word);
  }
  bool IsParticipleMarker(absl::string_view lowercase_word) const {
    return Has(kParticipleMarkers, lowercase_word);
  }
  bool IsQuoteFramingVerb(absl::string_view lowercase_word) const {
    return Has(kQuoteFramingVerbs, lowercase_word);
  }

 private:
  // The extractor's word lists, in LexiconFile field order.
  enum WordListKind {
    kTitleModifiers,
    kRecordedTitleModifiers,
    kDelegationNouns,
    kLeadVerbs,
    kHeadNouns,
    kLeadVerbFillers,
    kClockMarks,
    kUnitOnlyNumbers,
    kIndefiniteArticles,
    kLowerBoundQualifiers,
    kUpperBoundQualifiers,
    kApproximateQualifiers,
    kShortOfQualifiers,
    kCountedNounStops,
    kDistributiveWords,
    kAnchorSkipWords,
    kNonAnchorWords,
    kRelativePeriodModifiers,
    kPeriodPartModifiers,
    kDayParts,
    kMonthPrepositions,
    kPlaceClaimPrepositions,
    kCountryLocationPrepositions,
    kCompassWords,
    kSettlementNouns,
    kSubjectPronouns,
    kCueVerbFillers,
    kLooseNegationCues,
    kParticipleMarkers,
    kQuoteFramingVerbs,
    kPastTitlePrefixes,
    kListConjunctions,
    kSinceWords,
    kAgoWords,
    kFutureAuxiliaries,
    kFutureVerbs,
    kSourceWords,
    kWordListCount,
  };
  // A set of short words asked about for most tokens: the length and the
  // first byte reject nearly every other word before the hash lookup.
  class WordList {
   public:
    void Clear() {
      words_.clear();
      first_bytes_.reset();
      max_size_ = 0;
      has_empty_ = false;
    }
    void Add(absl::string_view word) {
      words_.emplace(word);
      if (word.empty()) {
        has_empty_ = true;
      } else {
        first_bytes_.set(static_cast<unsigned char>(word[0]));
      }
      max_size_ = std::max(max_size_, word.size());
    }
    bool Contains(absl::string_view word) const {
      if (word.empty()) return has_empty_;
      if (word.size() > max_size_ || !first_bytes_[static_cast<unsigned char>(word[0])]) {
        return false;
      }
      return words_.contains(word);
    }

   private:
    absl::flat_hash_set<std::string> words_;
    std::bitset<256> first_bytes_;
    size_t max_size_ = 0;
    bool has_empty_ = false;
  };
  bool Has(WordListKind list, absl::string_view word) const {
    return word_lists_[list].Contains(word);
  }
  void IndexExtractorWordLists();

  Lexicon() = default;
  absl::Status Index(absl::string_view origin);
  // The steps of Index(), in the order it runs them; each returns an
  // InvalidArgumentError naming `origin` on bad data.
  void ClearIndexes();
  absl::Status IndexCountries(absl::string_view origin);
  absl::Status IndexOrganizations(absl::string_view origin);
  absl::Status IndexOffices(absl::string_view origin);
  absl::Status IndexNumbersAndCalendar(absl::string_view origin);
  absl::Status IndexPlaces(absl::string_view origin);
  void IndexWordLists();
  absl::Status IndexOutletsPartiesAndPlaceAbbreviations(absl::string_view origin);
  void IndexCuesAndVerbs();
  void BuildDerivedLookups();
  // Parses each (origin, textproto), merges it into data_ and re-indexes.
  absl::Status MergeTexts(const std::vector<std::pair<std::string, std::string>>& texts);

  LexiconFile data_;
  std::array<WordList, kWordListCount> word_lists_;
  absl::flat_hash_map<std::string, CountryMatch> countries_;
  absl::flat_hash_map<std::string, const Country*> countries_by_key_;
  absl::flat_hash_map<std::string, const Organization*> organizations_;
  absl::flat_hash_map<std::string, const Office*> offices_;
  absl::flat_hash_map<std::string, const Office*> offices_by_key_;
  absl::flat_hash_map<std::string, const NumberWord*> number_words_;
  absl::flat_hash_map<std::string, int> months_;
  absl::flat_hash_map<std::string, int> weekdays_;
  absl::flat_hash_map<std::string, const Unit*> units_;
  absl::flat_hash_map<std::string, const Place*> places_;
  absl::flat_hash_map<std::string, const Place*> places_by_key_;
  absl::flat_hash_map<std::string, std::string> canonical_spelling_;
  absl::flat_hash_set<std::string> abbreviations_;
  absl::flat_hash_set<std::string> said_verbs_;
  absl::flat_hash_set<std::string> honorifics_;
  absl::flat_hash_set<std::string> stopwords_;
  absl::flat_hash_set<std::string> person_nouns_;
  absl::flat_hash_set<std::string> person_pronouns_;
  std::vector<std::string> negative_prefixes_;
  absl::flat_hash_set<std::string> name_suffixes_;
  absl::flat_hash_set<std::string> non_person_heads_;
  absl::flat_hash_set<std::string> venue_nouns_;
  absl::flat_hash_set<std::string> event_nouns_;
  absl::flat_hash_set<std::string> speaker_nouns_;
  absl::flat_hash_set<std::string> place_nouns_;
  absl::flat_hash_map<std::string, Gender> gender_words_;
  absl::flat_hash_set<std::string> number_qualifiers_;
  absl::flat_hash_set<std::string> auxiliaries_;
  absl::flat_hash_set<std::string> relative_days_;
  absl::flat_hash_set<std::string> place_prepositions_;
  absl::flat_hash_set<std::string> place_heads_;
  // word -> (pair index * 2 + side) for every opposite pair it is in.
  absl::flat_hash_map<std::string, std::vector<int>> opposite_sides_;
  absl::flat_hash_map<std::string, const Organization*> outlets_;
  absl::flat_hash_map<std::string, const Party*> parties_;
  absl::flat_hash_map<std::string, const Party*> party_letters_;
  absl::flat_hash_map<std::string, std::string> place_abbreviations_;
  absl::flat_hash_set<std::string> role_modifiers_;
  absl::flat_hash_set<std::string> name_particles_;
  absl::flat_hash_set<std::string> condition_marks_;
  absl::flat_hash_set<std::string> modality_cues_;
  absl::flat_hash_set<std::string> period_marks_;
  // verb lemma -> VerbClass.key; noun -> verb; "a|b" with a < b.
  absl::flat_hash_map<std::string, std::string> verb_class_;
  absl::flat_hash_map<std::string, std::string> noun_verbs_;
  absl::flat_hash_set<std::string> verb_antonyms_;
  std::vector<std::vector<std::string>> negation_cue_words_;
  std::vector<std::string> hedge_cues_;
  int max_office_words_ = 1;
  // First word of each name or office form -> most words of a form that
  // starts with it.
  absl::flat_hash_map<std::string, int> name_first_words_;
  absl::flat_hash_map<std::string, int> office_first_words_;
  // Every word of every sentence is asked about, and few are entries: a
  // bit per slot of a cheap hash (FNV-1a) rejects most words before the
  // hash-map lookup.
  class WordFilter {
   public:
    void Clear() { bits_.reset(); }
    void Add(absl::string_view word) { bits_.set(Slot(word)); }
    bool MayContain(absl::string_view word) const { return bits_.test(Slot(word)); }

   private:
    static size_t Slot(absl::string_view word) {
      uint32_t h = 2166136261u;
      for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
      return (h ^ (h >> 16)) & 0xFFFF;
    }
    std::bitset<65536> bits_;
  };
  // First words of names and office forms; unit forms; number words.
  WordFilter first_word_filter_;
  WordFilter unit_filter_;
  WordFilter number_word_filter_;
  absl::flat_hash_map<std::string, std::vector<int>> negation_cues_by_first_word_;
  absl::flat_hash_set<std::string> hedge_cue_set_;
  // First bytes of the month and weekday names and abbreviations.
  std::bitset<256> calendar_first_bytes_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_LEXICON_H_
