#include "claims/lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "claims/status_macros.h"
#include "claims/textproto.h"
#include "google/protobuf/text_format.h"

namespace factcheck {

// Defined in the generated builtin_lexicon_data.cc: the shipped data files
// (claims/data/*.textproto) as one binary LexiconFile.
extern const unsigned char kBuiltinLexicon[];
extern const size_t kBuiltinLexiconSize;

namespace {

int WordCount(absl::string_view text) {
  int words = 0;
  for (absl::string_view w : absl::StrSplit(text, ' ', absl::SkipEmpty())) {
    (void)w;
    ++words;
  }
  return words;
}

// An InvalidArgumentError naming the lexicon file it comes from.
absl::Status Invalid(absl::string_view origin, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(origin, ": ", what));
}

}  // namespace

absl::string_view Lexicon::BuiltinData() {
  return absl::string_view(reinterpret_cast<const char*>(kBuiltinLexicon), kBuiltinLexiconSize);
}

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::FromTexts(
    const std::vector<std::pair<std::string, std::string>>& texts) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  absl::Status status = lexicon->MergeTexts(texts);
  if (!status.ok()) return status;
  return lexicon;
}

absl::Status Lexicon::MergeTexts(const std::vector<std::pair<std::string, std::string>>& texts) {
  for (const auto& [origin, text] : texts) {
    LexiconFile file;
    FACTCHECK_RETURN_IF_ERROR(ParseTextproto(text, origin, &file));
    data_.MergeFrom(file);
    // Validate each file as it comes so that errors name the right origin.
    absl::Status status = Index(origin);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(
    const std::vector<std::string>& extra_paths) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  if (!lexicon->data_.ParseFromArray(kBuiltinLexicon, static_cast<int>(kBuiltinLexiconSize))) {
    return absl::InternalError("the built-in vocabulary (claims/data) does not parse");
  }
  absl::Status status = lexicon->Index("claims/data (built in)");
  if (!status.ok()) return status;
  std::vector<std::pair<std::string, std::string>> texts;
  for (const std::string& path : extra_paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return absl::NotFoundError(absl::StrCat(path, ": cannot read lexicon file"));
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    texts.emplace_back(path, buffer.str());
  }
  status = lexicon->MergeTexts(texts);
  if (!status.ok()) return status;
  return lexicon;
}

absl::Status Lexicon::Index(absl::string_view origin) {
  // Rebuilt from scratch after each merge, because the pointers into data_
  // move when its repeated fields grow.
  ClearIndexes();
  // Countries come first: organizations, places, outlets and parties name
  // country keys.
  FACTCHECK_RETURN_IF_ERROR(IndexCountries(origin));
  FACTCHECK_RETURN_IF_ERROR(IndexOrganizations(origin));
  FACTCHECK_RETURN_IF_ERROR(IndexOffices(origin));
  FACTCHECK_RETURN_IF_ERROR(IndexNumbersAndCalendar(origin));
  FACTCHECK_RETURN_IF_ERROR(IndexPlaces(origin));
  IndexWordLists();
  FACTCHECK_RETURN_IF_ERROR(IndexOutletsPartiesAndPlaceAbbreviations(origin));
  IndexCuesAndVerbs();
  IndexExtractorWordLists();
  BuildDerivedLookups();
  return absl::OkStatus();
}

// Empties every index, so that Index() rebuilds them from data_ alone.
void Lexicon::ClearIndexes() {
  countries_.clear();
  countries_by_key_.clear();
  organizations_.clear();
  offices_.clear();
  offices_by_key_.clear();
  number_words_.clear();
  months_.clear();
  weekdays_.clear();
  units_.clear();
  places_.clear();
  places_by_key_.clear();
  canonical_spelling_.clear();
  abbreviations_.clear();
  said_verbs_.clear();
  honorifics_.clear();
  stopwords_.clear();
  person_nouns_.clear();
  person_pronouns_.clear();
  negative_prefixes_.clear();
  name_suffixes_.clear();
  negation_cue_words_.clear();
  hedge_cues_.clear();
  non_person_heads_.clear();
  venue_nouns_.clear();
  event_nouns_.clear();
  speaker_nouns_.clear();
  place_nouns_.clear();
  gender_words_.clear();
  opposite_sides_.clear();
  number_qualifiers_.clear();
  auxiliaries_.clear();
  relative_days_.clear();
  place_prepositions_.clear();
  place_heads_.clear();
  outlets_.clear();
  parties_.clear();
  party_letters_.clear();
  place_abbreviations_.clear();
  role_modifiers_.clear();
  name_particles_.clear();
  condition_marks_.clear();
  modality_cues_.clear();
  period_marks_.clear();
  verb_class_.clear();
  noun_verbs_.clear();
  verb_antonyms_.clear();
  for (WordList& list : word_lists_) list.Clear();
  max_office_words_ = 1;
}

// Countries by each of their names and forms, and by key.
absl::Status Lexicon::IndexCountries(absl::string_view origin) {
  for (const Country& country : data_.countries()) {
    if (country.key().empty()) return Invalid(origin, "a country has no key");
    if (!countries_by_key_.emplace(country.key(), &country).second) {
      return Invalid(origin, absl::StrCat("country key \"", country.key(), "\" is defined twice"));
    }
    // Names first so that a government name never hides a country name.
    for (const std::string& name : country.government_names()) {
      countries_[name] = {&country, CountryForm::kGovernment};
    }
    for (const std::string& name : country.demonyms()) {
      countries_[name] = {&country, CountryForm::kDemonym};
    }
    for (const std::string& name : country.adjectives()) {
      countries_[name] = {&country, CountryForm::kAdjective};
    }
    countries_[country.name()] = {&country, CountryForm::kName};
    std::string bare(absl::StripPrefix(country.name(), "the "));
    countries_[bare] = {&country, CountryForm::kName};
    for (const std::string& name : country.aliases()) {
      countries_[name] = {&country, CountryForm::kName};
    }
  }
  return absl::OkStatus();
}

// Organizations by name, name without "the", and alias.
absl::Status Lexicon::IndexOrganizations(absl::string_view origin) {
  for (const Organization& organization : data_.organizations()) {
    if (organization.key().empty()) return Invalid(origin, "an organization has no key");
    if (!organization.country().empty() &&
        !countries_by_key_.contains(organization.country())) {
      return Invalid(
          origin, absl::StrCat("organization \"", organization.key(), "\" names unknown country \"",
                               organization.country(), "\""));
    }
    organizations_[organization.name()] = &organization;
    std::string bare(absl::StripPrefix(organization.name(), "the "));
    organizations_[bare] = &organization;
    for (const std::string& name : organization.aliases()) {
      organizations_[name] = &organization;
    }
  }
  return absl::OkStatus();
}

// Offices by key and lowercase form; the longest form in words.
absl::Status Lexicon::IndexOffices(absl::string_view origin) {
  for (const Office& office : data_.offices()) {
    if (office.key().empty()) return Invalid(origin, "an office has no key");
    offices_by_key_[office.key()] = &office;
    offices_[office.key()] = &office;
    max_office_words_ = std::max(max_office_words_, WordCount(office.key()));
    for (const std::string& form : office.forms()) {
      if (form != absl::AsciiStrToLower(form)) {
        return Invalid(origin, absl::StrCat("office form \"", form, "\" must be lowercase"));
      }
      offices_[form] = &office;
      max_office_words_ = std::max(max_office_words_, WordCount(form));
    }
  }
  return absl::OkStatus();
}

// Number words, months, weekdays and units by their forms.
absl::Status Lexicon::IndexNumbersAndCalendar(absl::string_view origin) {
  for (const NumberWord& word : data_.number_words()) {
    number_words_[word.word()] = &word;
  }
  for (const Month& month : data_.months()) {
    if (month.number() < 1 || month.number() > 12) {
      return Invalid(origin, absl::StrCat("month \"", month.name(), "\" needs a number 1..12"));
    }
    months_[month.name()] = month.number();
    for (const std::string& a : month.abbreviations()) months_[a] = month.number();
  }
  for (const Weekday& day : data_.weekdays()) {
    if (day.number() < 1 || day.number() > 7) {
      return Invalid(origin, absl::StrCat("weekday \"", day.name(), "\" needs a number 1..7"));
    }
    weekdays_[day.name()] = day.number();
    for (const std::string& a : day.abbreviations()) weekdays_[a] = day.number();
  }
  for (const Unit& unit : data_.units()) {
    for (const std::string& form : unit.forms()) units_[form] = &unit;
  }
  return absl::OkStatus();
}

// Places by key and name (a city wins a shared name); checks "within".
absl::Status Lexicon::IndexPlaces(absl::string_view origin) {
  for (const Place& place : data_.places()) {
    if (place.key().empty()) return Invalid(origin, "a place has no key");
    places_by_key_[place.key()] = &place;
    // An ambiguous name ("Victoria") keeps its first entry, or a city over
    // a region of the same name.
    auto add = [&](const std::string& name) {
      auto [it, inserted] = places_.emplace(name, &place);
      if (!inserted && it->second->kind() != PLACE_KIND_CITY &&
          place.kind() == PLACE_KIND_CITY) {
        it->second = &place;
      }
    };
    add(place.name());
    for (const std::string& alias : place.aliases()) add(alias);
  }
  for (const Place& place : data_.places()) {
    if (!place.within().empty() && !places_by_key_.contains(place.within()) &&
        !countries_by_key_.contains(place.within())) {
      return Invalid(origin, absl::StrCat("place \"", place.key(), "\" is within unknown \"",
                                          place.within(), "\""));
    }
  }
  return absl::OkStatus();
}

// Spelling variants, abbreviations and the plain word lists.
void Lexicon::IndexWordLists() {
  for (const VariantSet& set : data_.variants()) {
    if (set.spellings_size() < 2) continue;
    for (const std::string& spelling : set.spellings()) {
      canonical_spelling_[spelling] = set.spellings(0);
    }
  }
  for (const std::string& a : data_.abbreviations()) {
    abbreviations_.insert(absl::AsciiStrToLower(absl::StripSuffix(a, ".")));
  }
  for (const std::string& v : data_.said_verbs()) said_verbs_.insert(v);
  for (const std::string& h : data_.honorifics()) {
    honorifics_.insert(h);
    honorifics_.insert(absl::StrCat(h, "."));
  }
  for (const std::string& w : data_.stopwords()) stopwords_.insert(w);
  for (const std::string& w : data_.person_nouns()) person_nouns_.insert(w);
  for (const std::string& w : data_.person_pronouns()) person_pronouns_.insert(w);
  for (const std::string& w : data_.negative_prefixes()) negative_prefixes_.push_back(w);
  for (const std::string& w : data_.name_suffixes()) name_suffixes_.insert(w);
  for (const std::string& w : data_.non_person_heads()) non_person_heads_.insert(w);
  for (const std::string& w : data_.venue_nouns()) venue_nouns_.insert(w);
  for (const std::string& w : data_.event_nouns()) event_nouns_.insert(w);
  for (const std::string& w : data_.speaker_nouns()) speaker_nouns_.insert(w);
  for (const std::string& w : data_.place_nouns()) place_nouns_.insert(w);
  for (const std::string& w : data_.female_words()) gender_words_[w] = Gender::kFemale;
  for (const std::string& w : data_.male_words()) gender_words_[w] = Gender::kMale;
  for (const std::string& w : data_.number_qualifiers()) number_qualifiers_.insert(w);
  for (const std::string& w : data_.auxiliaries()) auxiliaries_.insert(w);
  for (const std::string& w : data_.relative_days()) relative_days_.insert(w);
  for (const std::string& w : data_.place_prepositions()) place_prepositions_.insert(w);
  for (const std::string& w : data_.place_heads()) place_heads_.insert(w);
  for (int i = 0; i < data_.opposites_size(); ++i) {
    for (const std::string& w : data_.opposites(i).first()) opposite_sides_[w].push_back(2 * i);
    for (const std::string& w : data_.opposites(i).second()) {
      opposite_sides_[w].push_back(2 * i + 1);
    }
  }
}

// Outlets, parties and place abbreviations, checking the keys they name.
absl::Status Lexicon::IndexOutletsPartiesAndPlaceAbbreviations(absl::string_view origin) {
  for (const Organization& outlet : data_.outlets()) {
    if (!outlet.country().empty() && !countries_by_key_.contains(outlet.country())) {
      return Invalid(origin, absl::StrCat("outlet \"", outlet.key(), "\" names unknown country \"",
                                          outlet.country(), "\""));
    }
    outlets_[outlet.name()] = &outlet;
    for (const std::string& alias : outlet.aliases()) outlets_[alias] = &outlet;
  }
  for (const Party& party : data_.parties()) {
    if (party.key().empty()) return Invalid(origin, "a party has no key");
    if (!party.country().empty() && !countries_by_key_.contains(party.country())) {
      return Invalid(origin, absl::StrCat("party \"", party.key(), "\" names unknown country \"",
                                          party.country(), "\""));
    }
    for (const std::string& name : party.names()) parties_[name] = &party;
    for (const std::string& letter : party.letters()) party_letters_[letter] = &party;
  }
  for (const PlaceAbbreviation& a : data_.place_abbreviations()) {
    if (!places_by_key_.contains(a.place()) && !countries_by_key_.contains(a.place())) {
      return Invalid(origin, absl::StrCat("place abbreviation \"", a.abbreviation(),
                                          "\" names unknown place \"", a.place(), "\""));
    }
    place_abbreviations_[a.abbreviation()] = a.place();
  }
  return absl::OkStatus();
}

// Modifier and cue word lists, verb classes, derivations and antonyms.
void Lexicon::IndexCuesAndVerbs() {
  for (const std::string& w : data_.role_modifiers()) role_modifiers_.insert(w);
  for (const std::string& w : data_.name_particles()) name_particles_.insert(w);
  for (const std::string& w : data_.condition_marks()) condition_marks_.insert(w);
  for (const std::string& w : data_.modality_cues()) modality_cues_.insert(w);
  for (const std::string& w : data_.period_marks()) period_marks_.insert(w);
  for (const VerbClass& c : data_.verb_classes()) {
    for (const std::string& v : c.verbs()) verb_class_[v] = c.key();
  }
  for (const Derivation& d : data_.derivations()) noun_verbs_[d.noun()] = d.verb();
  for (const VerbAntonym& a : data_.verb_antonyms()) {
    verb_antonyms_.insert(a.first() < a.second() ? absl::StrCat(a.first(), "|", a.second())
                                                 : absl::StrCat(a.second(), "|", a.first()));
  }
  for (const std::string& cue : data_.negation_cues()) {
    negation_cue_words_.push_back(absl::StrSplit(cue, ' ', absl::SkipEmpty()));
  }
  hedge_cues_.assign(data_.hedge_cues().begin(), data_.hedge_cues().end());
}

// The word lists of the claim extractor.
void Lexicon::IndexExtractorWordLists() {
  auto fill = [this](WordListKind kind,
                     const google::protobuf::RepeatedPtrField<std::string>& words) {
    for (const std::string& w : words) word_lists_[kind].Add(w);
  };
  fill(kTitleModifiers, data_.title_modifiers());
  fill(kRecordedTitleModifiers, data_.recorded_title_modifiers());
  fill(kDelegationNouns, data_.delegation_nouns());
  fill(kLeadVerbs, data_.lead_verbs());
  fill(kHeadNouns, data_.head_nouns());
  fill(kLeadVerbFillers, data_.lead_verb_fillers());
  fill(kClockMarks, data_.clock_marks());
  fill(kUnitOnlyNumbers, data_.unit_only_numbers());
  fill(kIndefiniteArticles, data_.indefinite_articles());
  fill(kLowerBoundQualifiers, data_.lower_bound_qualifiers());
  fill(kUpperBoundQualifiers, data_.upper_bound_qualifiers());
  fill(kApproximateQualifiers, data_.approximate_qualifiers());
  fill(kShortOfQualifiers, data_.short_of_qualifiers());
  fill(kCountedNounStops, data_.counted_noun_stops());
  fill(kDistributiveWords, data_.distributive_words());
  fill(kAnchorSkipWords, data_.anchor_skip_words());
  fill(kNonAnchorWords, data_.non_anchor_words());
  fill(kRelativePeriodModifiers, data_.relative_period_modifiers());
  fill(kPeriodPartModifiers, data_.period_part_modifiers());
  fill(kDayParts, data_.day_parts());
  fill(kMonthPrepositions, data_.month_prepositions());
  fill(kPlaceClaimPrepositions, data_.place_claim_prepositions());
  fill(kCountryLocationPrepositions, data_.country_location_prepositions());
  fill(kCompassWords, data_.compass_words());
  fill(kSettlementNouns, data_.settlement_nouns());
  fill(kSubjectPronouns, data_.subject_pronouns());
  fill(kCueVerbFillers, data_.cue_verb_fillers());
  fill(kLooseNegationCues, data_.loose_negation_cues());
  fill(kParticipleMarkers, data_.participle_markers());
  fill(kQuoteFramingVerbs, data_.quote_framing_verbs());
  fill(kPastTitlePrefixes, data_.past_title_prefixes());
  fill(kListConjunctions, data_.list_conjunctions());
  fill(kSinceWords, data_.since_words());
  fill(kAgoWords, data_.ago_words());
  fill(kFutureAuxiliaries, data_.future_auxiliaries());
  fill(kFutureVerbs, data_.future_verbs());
  fill(kSourceWords, data_.source_words());
}

// Lookups derived from the indexes above: cues by first word, the first
// bytes of calendar words and the word filters.
void Lexicon::BuildDerivedLookups() {
  negation_cues_by_first_word_.clear();
  for (size_t i = 0; i < negation_cue_words_.size(); ++i) {
    if (negation_cue_words_[i].empty()) continue;
    negation_cues_by_first_word_[negation_cue_words_[i][0]].push_back(static_cast<int>(i));
  }
  hedge_cue_set_.clear();
  hedge_cue_set_.insert(hedge_cues_.begin(), hedge_cues_.end());
  name_first_words_.clear();
  office_first_words_.clear();
  calendar_first_bytes_.reset();
  for (const auto& [name, number] : months_) {
    if (!name.empty()) calendar_first_bytes_.set(static_cast<unsigned char>(name[0]));
  }
  for (const auto& [name, number] : weekdays_) {
    if (!name.empty()) calendar_first_bytes_.set(static_cast<unsigned char>(name[0]));
  }
  auto note_first_word = [](absl::flat_hash_map<std::string, int>& first_words,
                            absl::string_view form) {
    int words = 1 + static_cast<int>(std::count(form.begin(), form.end(), ' '));
    int& most = first_words[form.substr(0, form.find(' '))];
    most = std::max(most, words);
  };
  for (const auto& [name, match] : countries_) note_first_word(name_first_words_, name);
  for (const auto& [name, org] : organizations_) note_first_word(name_first_words_, name);
  for (const auto& [name, place] : places_) note_first_word(name_first_words_, name);
  for (const auto& [form, office] : offices_) note_first_word(office_first_words_, form);
  first_word_filter_.Clear();
  for (const auto& [word, most] : name_first_words_) first_word_filter_.Add(word);
  for (const auto& [word, most] : office_first_words_) first_word_filter_.Add(word);
  unit_filter_.Clear();
  for (const auto& [form, unit] : units_) unit_filter_.Add(form);
  number_word_filter_.Clear();
  for (const auto& [word, number] : number_words_) number_word_filter_.Add(word);
}

CountryMatch Lexicon::FindCountry(absl::string_view text) const {
  auto it = countries_.find(text);
  return it == countries_.end() ? CountryMatch{} : it->second;
}

const Country* Lexicon::CountryByKey(absl::string_view key) const {
  auto it = countries_by_key_.find(key);
  return it == countries_by_key_.end() ? nullptr : it->second;
}

const Organization* Lexicon::FindOrganization(absl::string_view text) const {
  auto it = organizations_.find(text);
  return it == organizations_.end() ? nullptr : it->second;
}

const Party* Lexicon::FindParty(absl::string_view text) const {
  auto it = parties_.find(text);
  return it == parties_.end() ? nullptr : it->second;
}

const Party* Lexicon::PartyByLetter(absl::string_view letter) const {
  auto it = party_letters_.find(letter);
  return it == party_letters_.end() ? nullptr : it->second;
}

std::string Lexicon::PlaceByAbbreviation(absl::string_view abbreviation) const {
  auto it = place_abbreviations_.find(abbreviation);
  if (it == place_abbreviations_.end() && !absl::EndsWith(abbreviation, ".")) {
    it = place_abbreviations_.find(absl::StrCat(abbreviation, "."));
  }
  return it == place_abbreviations_.end() ? std::string() : it->second;
}

Gender Lexicon::GenderOf(absl::string_view lowercase_word) const {
  auto it = gender_words_.find(lowercase_word);
  return it == gender_words_.end() ? Gender::kUnknown : it->second;
}

const Organization* Lexicon::FindOutlet(absl::string_view text) const {
  auto it = outlets_.find(text);
  return it == outlets_.end() ? nullptr : it->second;
}

const Office* Lexicon::FindOffice(absl::string_view lowercase_form) const {
  auto it = offices_.find(lowercase_form);
  return it == offices_.end() ? nullptr : it->second;
}

const Office* Lexicon::OfficeByKey(absl::string_view key) const {
  auto it = offices_by_key_.find(key);
  return it == offices_by_key_.end() ? nullptr : it->second;
}

const NumberWord* Lexicon::FindNumberWord(absl::string_view lowercase_word) const {
  if (!number_word_filter_.MayContain(lowercase_word)) return nullptr;
  auto it = number_words_.find(lowercase_word);
  return it == number_words_.end() ? nullptr : it->second;
}

int Lexicon::MonthNumber(absl::string_view word) const {
  // Asked for nearly every token: most words fail on their first byte.
  if (word.empty() || !calendar_first_bytes_[static_cast<unsigned char>(word[0])]) return 0;
  auto it = months_.find(word);
  return it == months_.end() ? 0 : it->second;
}

int Lexicon::WeekdayNumber(absl::string_view word) const {
  if (word.empty() || !calendar_first_bytes_[static_cast<unsigned char>(word[0])]) return 0;
  auto it = weekdays_.find(word);
  return it == weekdays_.end() ? 0 : it->second;
}

const Unit* Lexicon::FindUnit(absl::string_view lowercase_form) const {
  if (!unit_filter_.MayContain(lowercase_form)) return nullptr;
  auto it = units_.find(lowercase_form);
  return it == units_.end() ? nullptr : it->second;
}

const Place* Lexicon::FindPlace(absl::string_view text) const {
  auto it = places_.find(text);
  return it == places_.end() ? nullptr : it->second;
}

const Place* Lexicon::PlaceByKey(absl::string_view key) const {
  auto it = places_by_key_.find(key);
  return it == places_by_key_.end() ? nullptr : it->second;
}

std::vector<std::string> Lexicon::Containers(absl::string_view key) const {
  std::vector<std::string> chain;
  const Place* place = PlaceByKey(key);
  // Bounded walk: a cycle in user data must not hang the tool.
  for (int depth = 0; place != nullptr && depth < 16; ++depth) {
    if (place->within().empty()) break;
    chain.push_back(place->within());
    place = PlaceByKey(place->within());
  }
  return chain;
}

std::string Lexicon::CanonicalSpelling(absl::string_view text) const {
  auto it = canonical_spelling_.find(text);
  return it == canonical_spelling_.end() ? std::string(text) : it->second;
}

bool Lexicon::AreVerbAntonyms(absl::string_view a, absl::string_view b) const {
  return a < b ? verb_antonyms_.contains(absl::StrCat(a, "|", b))
               : verb_antonyms_.contains(absl::StrCat(b, "|", a));
}

bool Lexicon::AreOpposites(absl::string_view a, absl::string_view b) const {
  auto ia = opposite_sides_.find(a);
  auto ib = opposite_sides_.find(b);
  if (ia == opposite_sides_.end() || ib == opposite_sides_.end()) return false;
  for (int sa : ia->second) {
    for (int sb : ib->second) {
      if (sa / 2 == sb / 2 && sa != sb) return true;
    }
  }
  return false;
}

bool Lexicon::IsNegativelyPrefixed(absl::string_view a, absl::string_view b) const {
  if (a.size() < b.size()) std::swap(a, b);
  for (const std::string& prefix : negative_prefixes_) {
    // The rest must be a word of its own ("dis" + "agree", not "un" + "i").
    if (a.size() == prefix.size() + b.size() && b.size() >= 3 && absl::StartsWith(a, prefix) &&
        a.substr(prefix.size()) == b) {
      return true;
    }
  }
  return false;
}

}  // namespace factcheck
