#include "claims/extractor.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/extract/doers.h"
#include "claims/extract/names.h"
#include "claims/extract/pronouns.h"
#include "claims/extract/frames.h"
#include "claims/extract/parsed_sentence.h"
#include "claims/extract/predicates.h"
#include "claims/extract/quantities.h"
#include "claims/extract/quotes.h"
#include "claims/extract/roles.h"
#include "claims/extract/sentence_words.h"
#include "claims/extract/times.h"
#include "claims/line_index.h"
#include "claims/tokenizer.h"
#include "claims/utf8.h"

namespace factcheck {
namespace {

// ---------------------------------------------------------------------------
// Words

bool IsAllCaps(absl::string_view word) {
  bool letter = false;
  for (char c : word) {
    if (absl::ascii_islower(static_cast<unsigned char>(c))) return false;
    letter |= absl::ascii_isupper(static_cast<unsigned char>(c)) != 0;
  }
  return letter;
}

// Roman numerals as regnal numbers ("XIV").
bool IsRomanNumeral(absl::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  for (char c : word) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  }
  return true;
}

// Folds a name for comparison inside one document: ASCII letters only,
// lowercase.
std::string FoldName(absl::string_view name) {
  std::string out;
  for (char c : name) {
    if (absl::ascii_isalpha(static_cast<unsigned char>(c))) {
      out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    } else if (c == ' ') {
      out.push_back(' ');
    }
  }
  return out;
}

}  // namespace

namespace {

// ---------------------------------------------------------------------------
// Chunks: what each run of tokens in a sentence is.

enum class ChunkKind {
  kCountry,   // a country by name, adjective, demonym or government name
  kOrg,       // an organisation
  kOffice,    // a title or office
  kName,      // a capitalised run: a person or a proper noun
  kPronoun,   // he, she
  kPlace,     // a gazetteer place
};

// How far back (in tokens) a quote's speaker or a pronoun's referent is
// looked for inside one sentence. Real sentences are far shorter; the bound
// keeps run-on input (one "sentence" of a whole file) linear.
constexpr int kMaxLookBackTokens = 80;


struct Chunk {
  ChunkKind kind;
  int first;  // token index, inclusive
  int last;   // token index, inclusive
  const Country* country = nullptr;
  CountryForm country_form = CountryForm::kName;
  const Organization* org = nullptr;
  const Office* office = nullptr;
  const Place* place = nullptr;
  // Followed by a possessive "'s".
  bool possessive = false;
  std::string text;
  // For names: the entity it resolves to, -1 if none yet.
  int entity = -1;
};

// A person entity being built.
struct PersonEntity {
  std::string name;           // fullest form
  std::vector<std::string> aliases;
  std::string surname_key;    // folded last word
  std::string given_key;      // folded first word when the name has two+
  bool confirmed = false;     // seen with a role, a said-verb or a quote
  Gender gender = Gender::kUnknown;  // from "Mr.", "his wife, ..."
};

// A sentence being processed.
struct SentenceWork {
  int index;
  int paragraph;
  int64_t begin;  // clean offsets
  int64_t end;
  bool heading;
  bool title_case;
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;
  // chunk index covering each token, or -1.
  std::vector<int> chunk_at;
  // Token-level lowercase words.
  std::vector<LowerToken> lower;
};

// The words (tokens that hold a letter or digit) between an opening quote
// mark at token `open` and its closing mark at `close`.
int QuotedWords(const SentenceWork& s, int open, int close) {
  int words = 0;
  for (int k = open + 1; k < close; ++k) {
    words += std::any_of(s.tokens[k].text.begin(), s.tokens[k].text.end(),
                         [](char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); });
  }
  return words;
}

// A "delegation" (or "contingent", "negotiating") at token `word` and the
// words that may say who heads it.
struct DelegationMention {
  int word = 0;
  // The token before the delegation's affiliation and article.
  int verb = 0;
  bool leads = false;    // "led", "heading", ...: "Jane Roe, who led X's delegation"
  bool head_of = false;  // "the head of X's delegation"
  const struct Chunk* affiliation = nullptr;
  int person_chunk = -1;
  // The claim's first token, unless head_of.
  int claim_first = 0;
};

// Per-sentence state of event extraction.
struct EventScan {
  std::vector<int> person_before;  // see PersonBefore
  std::vector<int> chunk_before;   // the chunk of each person_before
  const ParsedSentence* parsed = nullptr;  // or null: no parse check
  std::vector<bool> covered;       // tokens already in an event claim
};

class DocumentExtraction {
 public:
  DocumentExtraction(const Lexicon& lexicon, const InputFile& input,
                     ReadDocumentResult& read)
      : lexicon_(lexicon),
        input_(input),
        read_(read),
        doc_(read.document),
        text_(read.clean.text()),
        lines_(input.bytes) {}

  void Run();

 private:
  // The steps of Run, in order.
  // One SentenceWork per document sentence: its range, tokens and chunks.
  void ReadSentenceWork();
  // Resolves the multi-word names that look like people to entities, so
  // that later surnames find them.
  void ResolveFullNames();
  // Every claim of one sentence but its quotes, then notes its first
  // person as last_subject_ for the next sentence's pronouns.
  void ExtractSentenceClaims(SentenceWork& s);
  // Resolves each name chunk of `s` to a person, confirming those said to
  // speak ("Jane said", "Jane also said").
  void ResolveSentenceNames(SentenceWork& s);
  // Fills subject_before_ and earlier_subject_: the person each sentence's
  // pronouns may stand for, carried from the sentences before.
  void CarrySubjects();
  // Setup
  void FindOutlet();
  void ParseSentences();
  void ParseDate();
  void Chunk(SentenceWork& s);
  // Fills s.lower and s.title_case; no token is in a chunk yet.
  void ReadWords(SentenceWork& s);
  // Appends `c` to s.chunks, marking its tokens and whether "'s" follows.
  void AddChunk(SentenceWork& s, struct Chunk c);
  // Each adds the longest chunk of its kind starting at word `i` and
  // returns whether there was one: a country, organisation or place
  // (case-sensitive), an office (lowercase, "of" and "the" inside).
  bool ChunkKnownName(SentenceWork& s, int i);
  bool ChunkOffice(SentenceWork& s, int i);
  // Whether an office title starts at token k ("Foreign Minister").
  bool OfficeStartsAt(const SentenceWork& s, int k) const;
  // Adds the name chunk of a capitalised run at `i` (past an honorific);
  // returns the token after it, or i + 1 when there is none.
  int ChunkCapitalizedRun(SentenceWork& s, int i);
  // Claims
  void ExtractRoles(SentenceWork& s);
  // Whether chunk `ci` (-1 for none) can be an office's affiliation: a
  // country, an organisation or a capital standing for its country.
  bool IsAffiliation(const SentenceWork& s, int ci) const;
  // The affiliation written before a title whose modifiers start at token
  // `start` ("Ukrainian", "Turkey's", "U.S.", "Kremlin"), or nullptr.
  const struct Chunk* AffiliationBefore(const SentenceWork& s, int start) const;
  void ExtractDelegationHeads(SentenceWork& s);
  // The chunk before a leading verb at `verb` ("Jane Roe, who led"), past
  // an appositive title; -1 when no chunk is there. Any kind of chunk.
  int LeaderBefore(const SentenceWork& s, int verb) const;
  // A head-of-delegation role for `m` (needs a resolved person when it
  // names one).
  void AddDelegationRole(SentenceWork& s, const Office& head, const DelegationMention& m);
  // Whether a name (after honorific titles) follows the comma at `next`.
  bool NamedAfterComma(const SentenceWork& s, int next) const;
  void ExtractNamedRoles(const SentenceWork& s, const ParsedSentence& parsed);
  // The sentence's quantity claims (claims/extract/quantities.h).
  void ExtractQuantities(SentenceWork& s);
  // The sentence's time claims (claims/extract/times.h).
  void ExtractTimes(SentenceWork& s, const ParsedSentence* parsed);
  // For each token, whether it is a weekday or month in a clause about the
  // future (InFutureClause); empty when none is.
  std::vector<bool> FutureTokens(const SentenceWork& s, const ParsedSentence* parsed) const;
  void ExtractPlaces(SentenceWork& s, const ParsedSentence* parsed);
  // Whether the place chunk ending at token `last` modifies a noun after
  // it that is no place nor event ("in U.S. history").
  bool ModifiesNonPlaceNoun(const SentenceWork& s, int last, const ParsedSentence* parsed) const;
  // Fills `place` from a chunk after the preposition `prep` ("in
  // Istanbul", "in Albania", "at the Grand Palace"); false when the chunk
  // is no place there.
  bool ReadPlace(const SentenceWork& s, const struct Chunk& chunk, const LowerToken& prep,
                 PlaceClaim* place) const;
  // "the Istanbul talks": a known city used before an event noun.
  void ExtractPlacesBeforeEvents(SentenceWork& s);
  void ExtractEvents(SentenceWork& s, const ParsedSentence* parsed);
  // The person (entity) last named before each token of `s`, and at n the
  // last of all; *first_person_token is the token after the first such
  // name or pronoun, -1 for none.
  std::vector<int> PersonBefore(const SentenceWork& s, int* first_person_token,
                               std::vector<int>* chunk_before) const;
  // Whether the parse (if any) makes the person chunk the verb's subject.
  bool ParseAllowsDoer(const SentenceWork& s, const EventScan& scan, int cue_first,
                       int verb) const;
  // An event claim of the person before `cue_first`, from the cue to the
  // verb at `verb`, marking its tokens covered; none without a person, for
  // a said-verb or a stem of under three letters.
  void AddEvent(const SentenceWork& s, EventScan& scan, int cue_first, int verb,
                Polarity polarity, const std::string& cue);
  // Negated and hedged events ("did not stay", "may attend") from token
  // `from` on, up to a quote.
  void ExtractCuedEvents(const SentenceWork& s, EventScan& scan, int from);
  // Asserted past-tense verbs ("-ed") from `from` on, not already covered.
  void ExtractPastTenseEvents(const SentenceWork& s, EventScan& scan, int from);
  void ExtractQuotes();
  void InferAffiliations();
  void EmitEntities();

  // Helpers
  Span SpanOf(int64_t clean_begin, int64_t clean_end) const {
    auto [b, e] = read_.clean.OriginalRange(clean_begin, clean_end);
    return lines_.MakeSpan(b, e);
  }
  Claim* NewClaim(ClaimType type, const SentenceWork& s, int first_token,
                  int last_token);
  // A claim over clean text [begin, end).
  Claim* NewClaimAt(ClaimType type, const SentenceWork& s, int64_t begin, int64_t end);
  // Sets the predicate of the time, quantity and place claims from index
  // `from` on (claims/extract/predicates.h).
  void SetPredicates(int from, const ParsedSentence& p);
  // Sets what the count claims from index `from` on count from the parse
  // where it says (claims/extract/quantities.h), widening their spans.
  void SetCountedNouns(int from, const ParsedSentence& p);
  // Event claims of the frames of a parsed sentence (claims/extract/frames.h),
  // but for verbs that an event claim from index `from` on already has.
  void ExtractFrames(int from, const SentenceWork& s, const ParsedSentence& p);
  // Clean-text range of each claim made by NewClaim or NewClaimAt, by
  // claim index (others leave {0, 0}).
  std::vector<std::pair<int64_t, int64_t>> clean_ranges_;
  int ResolvePerson(SentenceWork& s, int chunk_index, bool confirm);
  // The person `name` is, made if `create`. A name of known `gender`
  // ("Mr. Doe") is not a person of the other ("Jane Doe, his wife").
  int PersonForName(absl::string_view name, bool create, bool confirm,
                    Gender gender = Gender::kUnknown);
  // Notes the gender the parse gives each full name (names_ first).
  void NoteGenders();
  bool LooksLikePerson(const SentenceWork& s, const struct Chunk& c) const;
  std::string AffiliationKey(const struct Chunk& c) const;
  void SetRole(RoleClaim* role, const SentenceWork& s, int person_chunk,
               const struct Chunk* office, const struct Chunk* affiliation,
               const std::string& modifier);
  // A quote's speaker as the parse frames it (claims/extract/quotes.h).
  struct ParsedSpeaker {
    bool framed = false;  // a said-verb frames the quote
    int person = -1;
    std::string description;  // when no person holds it
    int64_t begin = -1, end = -1;  // the speaker's words
    std::string verb;
    SpeakerBasis basis = SPEAKER_BASIS_UNSPECIFIED;
  };
  ParsedSpeaker SpeakerFromParse(size_t open_sentence, size_t close_sentence, int64_t begin,
                                 int64_t end);
  ParsedSpeaker ResolveParsedSpeaker(size_t si, const ParsedSentence& p, const QuoteSpeaker& q);
  struct QuoteAttribution;
  void DescriptionAfterVerb(const SentenceWork& s, int k, QuoteAttribution* r) const;
  // Where a quote that opens at token `open` of a sentence ends.
  struct QuoteEnd {
    int close_sentence = 0;
    int close_token = -1;       // the closing mark in close_sentence, or -1
    int64_t unclosed_end = -1;  // for an unclosed quote cut by a new opening mark
    int reopen_token = -1;      // that opening mark
  };
  // The quoted words, in clean-text offsets, and their folded text.
  struct QuoteText {
    int64_t inner_begin = 0, inner_end = 0;  // inside the marks
    int64_t span_end = 0;                    // past the closing mark
    std::string text;                        // whitespace folded
    int words = 0;
  };
  // A quote's speaker as the rules around it find it.
  struct QuoteAttribution {
    int speaker = -1;
    SpeakerBasis basis = SPEAKER_BASIS_UNSPECIFIED;
    std::string verb;
    int chunk = -1;  // the speaker's chunk in *sentence
    SentenceWork* sentence = nullptr;
    // No person: a description that speaks ("the statement said"), with
    // its words' clean-text offsets.
    std::string description;
    int64_t description_begin = -1, description_end = -1;
  };
  // Speakers carried from quote to quote.
  struct QuoteContext {
    int previous_speaker = -1;
    int same_sentence_speaker = -1;
    int same_sentence_index = -1;
    // The last quote's speaker when a description, not a person (then
    // previous_speaker is -1): carried on as a person would be.
    QuoteAttribution previous_description;
    bool previous_paragraph_had_quote = false;
    bool paragraph_had_quote = false;
  };
  // The matching closing mark of the quote opened at token `i` of sentence
  // `si` within its paragraph (of the same kind, single or double).
  QuoteEnd FindQuoteEnd(size_t si, int i, bool single) const;
  // Fills `q`; false when nothing is quoted.
  bool ReadQuoteText(const SentenceWork& s, int i, const QuoteEnd& e, QuoteText* q) const;
  // The speaker by the rules, when the parse frames nothing: a said-verb
  // after the quote, the sentence's previous speaker, a said-verb or person
  // before it, and the previous speaker for a quote that is a sentence.
  QuoteAttribution AttributeQuote(size_t si, int i, const QuoteEnd& e,
                                  const ParsedSpeaker& parsed, const QuoteContext& ctx);
  // A said-verb within 14 tokens from token `a` of the closing sentence,
  // and its subject before it or the name after it.
  void SpeakerAfterQuote(int close_sentence, int a, QuoteAttribution* r);
  // A said-verb shortly before the quote at `i`, or the nearest person.
  void SpeakerBeforeQuote(size_t si, int i, const QuoteEnd& e, QuoteAttribution* r);
  void AddQuoteClaim(const SentenceWork& s, int i, const QuoteText& text,
                     const ParsedSpeaker& parsed, const QuoteAttribution& r);
  // The person the document last named with `office` (no modifier) at or
  // before sentence `index`, or -1.
  int OfficeHolder(const Office* office, int index);
  bool IsSaidVerbAt(const SentenceWork& s, int token) const {
    return lexicon_.IsSaidVerb(s.lower[token]);
  }
  int ChunkAt(const SentenceWork& s, int token) const {
    return token >= 0 && token < static_cast<int>(s.chunk_at.size()) ? s.chunk_at[token] : -1;
  }

  const Lexicon& lexicon_;
  const InputFile& input_;
  ReadDocumentResult& read_;
  SourceDocument& doc_;
  const std::string& text_;
  LineIndex lines_;

  std::vector<SentenceWork> sentences_;
  // The analysis of each sentence; empty when the model did not load.
  std::vector<ParsedSentence> parsed_;
  // Person-name candidates of parsed_[i], found once per sentence.
  std::vector<std::vector<PersonName>> names_;
  const std::vector<PersonName>& QuoteNames(size_t si) { return names_[si]; }
  std::vector<PersonEntity> people_;
  absl::flat_hash_map<std::string, int> person_by_full_key_;
  // surname_key -> indices into people_, in creation order.
  absl::flat_hash_map<std::string, std::vector<int>> people_by_surname_;
  const Country* outlet_country_ = nullptr;
  std::optional<absl::CivilDay> date_;
  int last_subject_ = -1;
  // Role claims that still lack an affiliation: (claim index, sentence).
  std::vector<std::pair<int, int>> unaffiliated_roles_;
  // Office key -> (sentence index, person) of the roles, in sentence order;
  // built for the first quote a description frames.
  absl::flat_hash_map<std::string, std::vector<std::pair<int, int>>> office_holders_;
  bool office_holders_built_ = false;
  // The subject carried into each sentence from the ones before it.
  std::vector<int> subject_before_;
  // The subject carried in before subject_before_[i], for a pronoun the
  // latter cannot be ("Jane Roe left. Mr. Lee stayed. 'No,' she said").
  std::vector<int> earlier_subject_;

  // Whether "he" or "she" may stand for the name chunk `c`: a resolved
  // name without an article ("the Times reported" names a paper).
  static bool CanBeReferent(const SentenceWork& s, const struct Chunk& c) {
    if (c.kind != ChunkKind::kName || c.entity < 0) return false;
    return c.first == 0 || s.lower[c.first - 1] != "the";
  }

  // The person of the sentence's first resolved name outside quote marks
  // (a name inside a quote is the quote's, not who the text is about)
  // that a pronoun can stand for (PronounCanBe); -1 when none.
  int FirstNameOutsideQuotes(const SentenceWork& s) const {
    int depth = 0;
    size_t c = 0;
    for (size_t k = 0; k < s.tokens.size() && c < s.chunks.size(); ++k) {
      if (s.tokens[k].kind == TokenKind::kOpenQuote) ++depth;
      if (s.tokens[k].kind == TokenKind::kCloseQuote) depth = std::max(0, depth - 1);
      while (c < s.chunks.size() && s.chunks[c].first < static_cast<int>(k)) ++c;
      if (c < s.chunks.size() && s.chunks[c].first == static_cast<int>(k) && depth == 0 &&
          s.chunks[c].kind == ChunkKind::kName && s.chunks[c].entity >= 0 &&
          PronounCanBe(s.chunks[c].entity, Gender::kUnknown)) {
        return s.chunks[c].entity;
      }
    }
    return -1;
  }

  // Whether "he" or "she" (of `gender`) can be the person `entity`: one
  // of the other sex or a name of an organisation ("Fox News") cannot.
  bool PronounCanBe(int entity, Gender gender) const {
    if (entity < 0) return false;
    const PersonEntity& person = people_[entity];
    if (gender != Gender::kUnknown && person.gender != Gender::kUnknown &&
        person.gender != gender) {
      return false;
    }
    absl::string_view last = person.name;
    size_t space = last.rfind(' ');
    if (space != absl::string_view::npos) last.remove_prefix(space + 1);
    return !lexicon_.IsNonPersonHead(last) && lexicon_.FindOutlet(person.name) == nullptr;
  }

  // The person the parse has speak last in sentence si (LastSpeakerName),
  // or -1.
  int LastSpeaker(size_t si) {
    if (parsed_.empty() || parsed_[si].heading()) return -1;
    const TokenRange name = LastSpeakerName(parsed_[si], names_[si], lexicon_);
    if (name.empty()) return -1;
    return FindPerson(parsed_[si].Text(name.first, name.last));
  }

  // Whether the token of `s` at offset `offset` is inside quote marks.
  static bool InsideQuoteMarks(const SentenceWork& s, int64_t offset) {
    int depth = 0;
    for (const auto& token : s.tokens) {
      if (token.begin >= offset) break;
      if (token.kind == TokenKind::kOpenQuote) ++depth;
      if (token.kind == TokenKind::kCloseQuote) depth = std::max(0, depth - 1);
    }
    return depth > 0;
  }

  // The person named as the subject of sentence si's main clause
  // (MainSubject) that a pronoun can stand for, or -1.
  int MainSubjectPerson(size_t si) const {
    if (parsed_.empty() || parsed_[si].heading()) return -1;
    const int subject = MainSubject(parsed_[si]);
    if (subject < 0 || InsideQuoteMarks(sentences_[si], parsed_[si].begin(subject))) return -1;
    for (const PersonName& name : names_[si]) {
      if (name.first <= subject && subject <= name.last) {
        const int person = FindPerson(name.text);
        return PronounCanBe(person, Gender::kUnknown) ? person : -1;
      }
    }
    return -1;
  }

  // The person `name` is without making or renaming anyone: the full
  // name, else the first person of its surname and given name; -1.
  int FindPerson(absl::string_view name) const {
    const std::string folded = FoldName(name);
    auto it = person_by_full_key_.find(folded);
    if (it != person_by_full_key_.end()) return it->second;
    std::vector<std::string> parts = absl::StrSplit(folded, ' ', absl::SkipEmpty());
    if (parts.empty()) return -1;
    auto same = people_by_surname_.find(parts.back());
    if (same == people_by_surname_.end()) return -1;
    const std::string given = parts.size() >= 2 ? parts.front() : "";
    for (int p : same->second) {
      if (given.empty() || people_[p].given_key.empty() || people_[p].given_key == given) return p;
    }
    return -1;
  }

  // Whether the parse rules out name chunk `c` for the pronoun at token
  // `token` of sentence si (claims/extract/pronouns.h): it is in the
  // pronoun's own clause, or one of a list.
  bool ParseRulesOut(size_t si, int token, const struct Chunk& c) const {
    if (parsed_.empty()) return false;
    const ParsedSentence& p = parsed_[si];
    const SentenceWork& s = sentences_[si];
    const int name = TokenStartingAt(p, s.tokens[c.first].begin);
    return NameInPronounClause(p, name, TokenStartingAt(p, s.tokens[token].begin)) ||
           NameInCoordination(p, name);
  }

  // The person a pronoun at token `token` of sentence `si` refers to: the
  // nearest person named earlier in the sentence outside quotes that the
  // parse allows, else the subject carried in from the sentences before.
  // Looks back at most kMaxLookBackTokens, so that a sentence of a million
  // tokens with a pronoun in every clause stays linear.
  int PronounReferent(size_t si, int token) const {
    const SentenceWork& s = sentences_[si];
    const Gender gender = token < static_cast<int>(s.lower.size())
                              ? lexicon_.GenderOf(s.lower[token])
                              : Gender::kUnknown;
    for (int k = std::min<int>(token, static_cast<int>(s.chunk_at.size())) - 1;
         k >= 0 && k >= token - kMaxLookBackTokens; --k) {
      // A name inside a quote before the pronoun is the quote's, not the
      // referent ("'... Volk ...,' he said"): skip to the opening mark.
      if (s.tokens[k].kind == TokenKind::kCloseQuote) {
        while (k > 0 && k > token - kMaxLookBackTokens &&
               s.tokens[k].kind != TokenKind::kOpenQuote) {
          --k;
        }
        continue;
      }
      int c = s.chunk_at[k];
      if (c < 0) continue;
      if (CanBeReferent(s, s.chunks[c]) && PronounCanBe(s.chunks[c].entity, gender) &&
          !ParseRulesOut(si, token, s.chunks[c])) {
        return s.chunks[c].entity;
      }
      k = s.chunks[c].first;
    }
    if (PronounCanBe(subject_before_[si], gender)) return subject_before_[si];
    return PronounCanBe(earlier_subject_[si], gender) ? earlier_subject_[si] : -1;
  }
};

Claim* DocumentExtraction::NewClaim(ClaimType type, const SentenceWork& s,
                                    int first_token, int last_token) {
  Claim* claim = doc_.add_claims();
  claim->set_type(type);
  int64_t b = s.tokens[first_token].begin;
  int64_t e = s.tokens[last_token].end;
  *claim->mutable_span() = SpanOf(b, e);
  claim->set_text(text_.substr(b, e - b));
  claim->set_sentence_index(s.index);
  clean_ranges_.resize(doc_.claims_size());
  clean_ranges_.back() = {b, e};
  return claim;
}

Claim* DocumentExtraction::NewClaimAt(ClaimType type, const SentenceWork& s, int64_t begin,
                                      int64_t end) {
  Claim* claim = doc_.add_claims();
  claim->set_type(type);
  *claim->mutable_span() = SpanOf(begin, end);
  claim->set_text(text_.substr(begin, end - begin));
  claim->set_sentence_index(s.index);
  clean_ranges_.resize(doc_.claims_size());
  clean_ranges_.back() = {begin, end};
  return claim;
}

void DocumentExtraction::SetPredicates(int from, const ParsedSentence& p) {
  const int end = std::min<int>(doc_.claims_size(), static_cast<int>(clean_ranges_.size()));
  for (int c = from; c < end; ++c) {
    Claim* claim = doc_.mutable_claims(c);
    if (!claim->has_time() && !claim->has_quantity() && !claim->has_place()) continue;
    claim->set_predicate(GoverningPredicate(
        p, clean_ranges_[c].first, clean_ranges_[c].second, lexicon_,
        claim->has_time() ? EventNouns::kFollow : EventNouns::kIgnore));
  }
}

void DocumentExtraction::SetCountedNouns(int from, const ParsedSentence& p) {
  const int end = std::min<int>(doc_.claims_size(), static_cast<int>(clean_ranges_.size()));
  for (int c = from; c < end; ++c) {
    Claim* claim = doc_.mutable_claims(c);
    if (!claim->has_quantity() || !claim->quantity().unit().empty()) continue;
    auto& [begin, stop] = clean_ranges_[c];
    const int h = CountedNounToken(p, begin, stop);
    if (h < 0) continue;
    claim->mutable_quantity()->set_counted(NounLemma(p.lower(h)));
    if (p.end(h) <= stop) continue;
    stop = p.end(h);
    *claim->mutable_span() = SpanOf(begin, stop);
    claim->set_text(text_.substr(begin, stop - begin));
  }
}

void DocumentExtraction::ExtractFrames(int from, const SentenceWork& s,
                                       const ParsedSentence& p) {
  absl::flat_hash_set<int64_t> verbs;  // of the person events
  for (int c = from; c < doc_.claims_size(); ++c) {
    if (doc_.claims(c).has_event()) verbs.insert(doc_.claims(c).event().predicate_span().begin());
  }
  for (const Frame& f : FindFrames(p, lexicon_)) {
    if (verbs.contains(SpanOf(p.begin(f.verb), p.end(f.verb)).begin())) continue;
    const int first = f.negation >= 0 ? std::min(f.negation, f.verb) : f.verb;
    Claim* claim = NewClaimAt(CLAIM_TYPE_EVENT, s, p.begin(first), p.end(f.verb));
    EventClaim* event = claim->mutable_event();
    event->set_subject_entity(-1);
    event->set_predicate(f.predicate);
    event->set_theme(f.theme);
    for (const std::string& a : f.arguments) event->add_arguments(a);
    event->set_polarity(f.negated ? POLARITY_NEGATED : POLARITY_ASSERTED);
    if (f.negated) event->set_cue(p.lower(f.negation));
    *event->mutable_predicate_span() = SpanOf(p.begin(f.verb), p.end(f.verb));
  }
}

void DocumentExtraction::ExtractNamedRoles(const SentenceWork& s, const ParsedSentence& p) {
  for (const RoleFinding& r : FindRoles(p, names_[&s - sentences_.data()], lexicon_)) {
    int person = PersonForName(r.person.text, true, true,
                               NameGender(p, r.person.first, r.person.last, lexicon_));
    if (person < 0) continue;
    Claim* claim = NewClaimAt(CLAIM_TYPE_ROLE, s, p.begin(r.extent.first), p.end(r.extent.last));
    RoleClaim* role = claim->mutable_role();
    role->set_person_entity(person);
    role->set_person(people_[person].name);
    *role->mutable_person_span() = SpanOf(p.begin(r.person.first), p.end(r.person.last));
    if (!r.party.empty()) role->set_party(r.party);
    role->set_party_state(r.party_state);
    if (r.office == nullptr) {  // "Jane Roe, R-Texas": a party, no post
      role->set_affiliation(r.affiliation);
      continue;
    }
    std::string key = r.office->key();
    if (!r.modifier.empty()) key = absl::StrCat(r.modifier, " ", key);
    role->set_office(key);
    role->set_modifier(r.modifier);
    role->set_title_text(std::string(p.Text(r.title.first, r.title.last)));
    *role->mutable_title_span() = SpanOf(p.begin(r.title.first), p.end(r.title.last));
    if (!r.affiliation.empty()) {
      role->set_affiliation(r.affiliation);
      role->set_affiliation_text(
          std::string(p.Text(r.affiliation_tokens.first, r.affiliation_tokens.last)));
      *role->mutable_affiliation_span() =
          SpanOf(p.begin(r.affiliation_tokens.first), p.end(r.affiliation_tokens.last));
    } else if (!r.office->honorific()) {
      unaffiliated_roles_.emplace_back(doc_.claims_size() - 1, s.index);
    }
  }
}

void DocumentExtraction::FindOutlet() {
  // Outlets are named by syndication notes and bylines.
  std::vector<absl::string_view> places;
  for (const SkippedSpan& skipped : doc_.skipped()) {
    if (skipped.reason() == SKIP_REASON_SYNDICATION_NOTE ||
        skipped.reason() == SKIP_REASON_METADATA) {
      places.push_back(skipped.text());
    }
  }
  places.push_back(doc_.byline());
  for (const Organization& outlet : lexicon_.data().outlets()) {
    std::vector<absl::string_view> names = {outlet.name()};
    for (const std::string& a : outlet.aliases()) names.push_back(a);
    for (absl::string_view where : places) {
      for (absl::string_view name : names) {
        if (name.size() < 3) continue;
        size_t at = where.find(name);
        if (at == absl::string_view::npos) continue;
        size_t end = at + name.size();
        bool bounded = (at == 0 || !absl::ascii_isalpha(where[at - 1])) &&
                       (end == where.size() || !absl::ascii_isalpha(where[end]));
        if (!bounded) continue;
        doc_.set_outlet(outlet.name());
        outlet_country_ = lexicon_.CountryByKey(outlet.country());
        return;
      }
    }
  }
}

void DocumentExtraction::ParseSentences() {
  absl::StatusOr<const Analyzer*> analyzer = BuiltinAnalyzer();
  if (!analyzer.ok()) return;  // the tests of builtin_analyzer fail then
  std::vector<std::pair<int64_t, int64_t>> ranges;
  std::vector<bool> headings;
  for (const SentenceWork& s : sentences_) {
    ranges.emplace_back(s.begin, s.end);
    headings.push_back(s.heading);
  }
  parsed_ = ParseDocument(**analyzer, text_, ranges, headings);
}

void DocumentExtraction::ParseDate() {
  const std::string& date = doc_.publication_date();
  int y, m, d;
  if (date.size() == 10 && absl::SimpleAtoi(date.substr(0, 4), &y) &&
      absl::SimpleAtoi(date.substr(5, 2), &m) && absl::SimpleAtoi(date.substr(8, 2), &d)) {
    date_ = absl::CivilDay(y, m, d);
  }
}

bool IsWordAt(const SentenceWork& s, int i) {
  return i < static_cast<int>(s.tokens.size()) && s.tokens[i].kind == TokenKind::kWord;
}

// Tokens [from, from + len) joined by spaces, as written or lowercase;
// empty when a token in the range is not a word.
std::string PhraseAt(const SentenceWork& s, int from, int len, bool lowercase) {
  std::string phrase;
  for (int k = from; k < from + len; ++k) {
    if (!IsWordAt(s, k)) return std::string();
    if (k > from) phrase += ' ';
    if (lowercase) {
      phrase += s.lower[k];
    } else {
      phrase.append(s.tokens[k].text.data(), s.tokens[k].text.size());
    }
  }
  return phrase;
}

void DocumentExtraction::ReadWords(SentenceWork& s) {
  const int n = static_cast<int>(s.tokens.size());
  s.chunk_at.assign(n, -1);
  s.lower.resize(n);
  int capitalized = 0, words = 0;
  for (int i = 0; i < n; ++i) {
    s.lower[i] = Lower(s.tokens[i].text);
    if (s.tokens[i].kind == TokenKind::kWord) {
      ++words;
      capitalized += s.tokens[i].capitalized;
    }
  }
  // Headlines in title case capitalise every word; names cannot be told
  // from other words there.
  s.title_case = s.heading && words >= 4 && capitalized * 10 >= words * 7;
}

void DocumentExtraction::AddChunk(SentenceWork& s, struct Chunk c) {
  const int n = static_cast<int>(s.tokens.size());
  for (int k = c.first; k <= c.last; ++k) s.chunk_at[k] = static_cast<int>(s.chunks.size());
  if (c.last + 1 < n && s.tokens[c.last + 1].kind == TokenKind::kPossessive) {
    c.possessive = true;
  }
  c.text = text_.substr(s.tokens[c.first].begin,
                        s.tokens[c.last].end - s.tokens[c.first].begin);
  s.chunks.push_back(std::move(c));
}

bool DocumentExtraction::ChunkKnownName(SentenceWork& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  // Only lengths that some name starting with this word has.
  const int name_words = std::min(4, lexicon_.MaxNameWords(s.tokens[i].text));
  for (int len = std::min(name_words, n - i); len >= 1; --len) {
    std::string phrase = PhraseAt(s, i, len, false);
    if (phrase.empty()) continue;
    if (!s.tokens[i].capitalized && phrase != "U.S." ) continue;
    struct Chunk c{};
    c.first = i;
    c.last = i + len - 1;
    CountryMatch country = lexicon_.FindCountry(phrase);
    if (country.country != nullptr) {
      c.kind = ChunkKind::kCountry;
      c.country = country.country;
      c.country_form = country.form;
      // A capital city used as a place ("in Moscow") is also a place.
      if (country.form == CountryForm::kGovernment) {
        // "in Moscow": the capital as a city, never a region that shares
        // its name.
        const Place* place = lexicon_.FindPlace(phrase);
        if (place != nullptr && place->kind() == PLACE_KIND_CITY) c.place = place;
        const Place* capital = lexicon_.FindPlace(country.country->capital());
        if (c.place == nullptr && capital != nullptr &&
            absl::StartsWith(country.country->capital(), phrase)) {
          c.place = capital;
        }
      }
      AddChunk(s, c);
      return true;
    }
    if (const Organization* org = lexicon_.FindOrganization(phrase)) {
      c.kind = ChunkKind::kOrg;
      c.org = org;
      AddChunk(s, c);
      return true;
    }
    if (const Place* place = lexicon_.FindPlace(phrase)) {
      c.kind = ChunkKind::kPlace;
      c.place = place;
      AddChunk(s, c);
      return true;
    }
  }
  return false;
}

bool DocumentExtraction::ChunkOffice(SentenceWork& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  for (int len = std::min(lexicon_.MaxOfficeWords(s.lower[i]), n - i); len >= 1; --len) {
    std::string phrase = PhraseAt(s, i, len, true);
    if (phrase.empty()) continue;
    const Office* office = lexicon_.FindOffice(phrase);
    if (office == nullptr) continue;
    // A lone lowercase generic word ("general", "head") is not a title
    // unless it stands where a title stands.
    if (len == 1 && !s.tokens[i].capitalized) {
      bool titled_context =
          i > 0 && (s.lower[i - 1] == "the" || s.lower[i - 1] == "'s" ||
                    s.tokens[i - 1].kind == TokenKind::kPossessive ||
                    ChunkAt(s, i - 1) >= 0 || lexicon_.IsTitleModifier(s.lower[i - 1]));
      if (!titled_context) continue;
    }
    if (s.title_case && !s.tokens[i].capitalized) continue;
    struct Chunk c{};
    c.kind = ChunkKind::kOffice;
    c.first = i;
    c.last = i + len - 1;
    c.office = office;
    AddChunk(s, c);
    return true;
  }
  return false;
}

bool DocumentExtraction::OfficeStartsAt(const SentenceWork& s, int k) const {
  const int n = static_cast<int>(s.tokens.size());
  std::string phrase;
  const int office_words = lexicon_.MaxOfficeWords(s.lower[k]);
  for (int len = 1; len <= office_words && k + len <= n; ++len) {
    if (!IsWordAt(s, k + len - 1)) break;
    if (len > 1) phrase += ' ';
    phrase += s.lower[k + len - 1];
    if (lexicon_.FindOffice(phrase) != nullptr) return true;
  }
  return false;
}

int DocumentExtraction::ChunkCapitalizedRun(SentenceWork& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  const Token& t = s.tokens[i];
  bool sentence_start = i == 0 || (i == 1 && s.tokens[0].kind == TokenKind::kOpenQuote);
  if (!(t.capitalized && !s.title_case && lexicon_.MonthNumber(t.text) == 0 &&
        lexicon_.WeekdayNumber(t.text) == 0 && !lexicon_.IsStopword(t.text) &&
        !(sentence_start && lexicon_.IsStopword(t.text)))) {
    return i + 1;
  }
  int j = i;
  if (lexicon_.IsHonorific(t.text)) ++j;  // "Mr." is not part of the name
  int start = j;
  while (j < n && IsWordAt(s, j) && ChunkAt(s, j) < 0) {
    const Token& w = s.tokens[j];
    if (OfficeStartsAt(s, j) ||
        (lexicon_.IsTitleModifier(s.lower[j]) && j + 1 < n && OfficeStartsAt(s, j + 1))) {
      break;
    }
    if (w.capitalized && lexicon_.MonthNumber(w.text) == 0 &&
        lexicon_.WeekdayNumber(w.text) == 0 && !lexicon_.IsStopword(w.text) &&
        !lexicon_.FindCountry(w.text).country && !lexicon_.FindOffice(s.lower[j])) {
      ++j;
    } else if (j > start && lexicon_.IsNameParticle(w.text) && j + 1 < n &&
               s.tokens[j + 1].capitalized) {
      ++j;
    } else {
      break;
    }
  }
  if (j == start) return i + 1;
  struct Chunk c{};
  c.kind = ChunkKind::kName;
  c.first = start;
  c.last = j - 1;
  AddChunk(s, c);
  return j;
}

void DocumentExtraction::Chunk(SentenceWork& s) {
  ReadWords(s);
  const int n = static_cast<int>(s.tokens.size());
  int i = 0;
  while (i < n) {
    if (!IsWordAt(s, i)) {
      ++i;
      continue;
    }
    // Countries, organisations and places first, then offices.
    if (ChunkKnownName(s, i) || ChunkOffice(s, i)) {
      i = s.chunks.back().last + 1;
      continue;
    }
    if (lexicon_.IsPersonPronoun(s.lower[i])) {
      struct Chunk c{};
      c.kind = ChunkKind::kPronoun;
      c.first = c.last = i;
      AddChunk(s, c);
      ++i;
      continue;
    }
    i = ChunkCapitalizedRun(s, i);
  }
}

bool DocumentExtraction::LooksLikePerson(const SentenceWork& s,
                                         const struct Chunk& c) const {
  if (c.kind != ChunkKind::kName) return false;
  int words = c.last - c.first + 1;
  if (words < 2 || words > 4) return false;
  for (int k = c.first; k <= c.last; ++k) {
    absl::string_view w = s.tokens[k].text;
    if (IsAllCaps(w) && !(k == c.last && IsRomanNumeral(w))) return false;
    if (lexicon_.FindPlace(w) != nullptr && k == c.last) return false;
    if (w.find('-') != absl::string_view::npos && k == c.last) return false;
  }
  if (lexicon_.IsNonPersonHead(s.tokens[c.last].text)) return false;
  // A run ending on a title ("Fellow Democratic Sen." before "Jane Roe").
  absl::string_view last = absl::StripSuffix(s.tokens[c.last].text, ".");
  if (lexicon_.IsHonorific(last) ||
      lexicon_.FindOffice(absl::StrCat(absl::AsciiStrToLower(last), ".")) != nullptr) {
    return false;
  }
  return true;
}

int DocumentExtraction::PersonForName(absl::string_view name, bool create,
                                      bool confirm, Gender gender) {
  auto fits = [this, gender](int p) {
    Gender g = people_[p].gender;
    return gender == Gender::kUnknown || g == Gender::kUnknown || g == gender;
  };
  std::string folded = FoldName(name);
  std::vector<std::string> parts = absl::StrSplit(folded, ' ', absl::SkipEmpty());
  if (parts.empty()) return -1;
  // Regnal names ("Leo XIV") keep the whole name as the key.
  std::string surname = parts.back();
  std::string given = parts.size() >= 2 ? parts.front() : "";
  auto it = person_by_full_key_.find(folded);
  if (it != person_by_full_key_.end() && fits(it->second)) {
    if (confirm) people_[it->second].confirmed = true;
    if (gender != Gender::kUnknown) people_[it->second].gender = gender;
    return it->second;
  }
  // A surname alone, or a full name whose surname is known.
  // The first such person, through the surname index (a scan of all
  // people made long documents quadratic).
  int found = -1;
  auto same_surname = people_by_surname_.find(surname);
  if (same_surname != people_by_surname_.end()) {
    for (int p : same_surname->second) {
      const PersonEntity& person = people_[p];
      if ((given.empty() || person.given_key.empty() || person.given_key == given) && fits(p)) {
        found = p;
        break;
      }
    }
  }
  if (found >= 0) {
    PersonEntity& person = people_[found];
    if (!given.empty() && person.given_key.empty()) {
      // The full name arrives after the surname: it becomes the name.
      person.aliases.push_back(person.name);
      person.name = std::string(name);
      person.given_key = given;
    } else if (person.name != name &&
               std::find(person.aliases.begin(), person.aliases.end(), name) ==
                   person.aliases.end()) {
      person.aliases.push_back(std::string(name));
    }
    person_by_full_key_[folded] = found;
    if (confirm) person.confirmed = true;
    if (gender != Gender::kUnknown) person.gender = gender;
    return found;
  }
  if (!create) return -1;
  PersonEntity person;
  person.name = std::string(name);
  person.surname_key = surname;
  person.given_key = given;
  person.confirmed = confirm;
  person.gender = gender;
  people_.push_back(person);
  int id = static_cast<int>(people_.size()) - 1;
  people_by_surname_[surname].push_back(id);
  person_by_full_key_[folded] = id;
  return id;
}

int DocumentExtraction::ResolvePerson(SentenceWork& s, int chunk_index, bool confirm) {
  if (chunk_index < 0) return -1;
  struct Chunk& c = s.chunks[chunk_index];
  if (c.kind == ChunkKind::kPronoun) return last_subject_;
  if (c.kind != ChunkKind::kName) return -1;
  if (c.entity >= 0) {
    if (confirm) people_[c.entity].confirmed = true;
    return c.entity;
  }
  bool multiword = c.last > c.first;
  Gender gender = Gender::kUnknown;
  int before = c.first - 1;  // "Mr." may be "Mr" and "."
  if (before > 0 && s.lower[before] == ".") --before;
  if (before >= 0) gender = lexicon_.GenderOf(absl::StripSuffix(s.lower[before], "."));
  // "Mr. Roe" is a person, as a full name is.
  const bool honorific =
      before >= 0 && lexicon_.IsHonorific(absl::StripSuffix(s.tokens[before].text, "."));
  c.entity = PersonForName(c.text, confirm || honorific || (multiword && LooksLikePerson(s, c)),
                           confirm, gender);
  return c.entity;
}

std::string DocumentExtraction::AffiliationKey(const struct Chunk& c) const {
  if (c.kind == ChunkKind::kCountry) return c.country->key();
  if (c.kind == ChunkKind::kOrg) {
    return c.org->country().empty() ? c.org->key() : c.org->country();
  }
  if (c.kind == ChunkKind::kPlace && c.place != nullptr) {
    // A capital used for its government is its country.
    const Country* country = lexicon_.FindCountry(c.text).country;
    if (country != nullptr) return country->key();
  }
  return "";
}

void DocumentExtraction::SetRole(RoleClaim* role, const SentenceWork& s, int person_chunk,
                                 const struct Chunk* office,
                                 const struct Chunk* affiliation,
                                 const std::string& modifier) {
  if (person_chunk >= 0) {
    const struct Chunk& p = s.chunks[person_chunk];
    role->set_person_entity(p.entity);
    if (p.entity >= 0) role->set_person(people_[p.entity].name);
    *role->mutable_person_span() =
        SpanOf(s.tokens[p.first].begin, s.tokens[p.last].end);
  }
  if (office != nullptr) {
    std::string key = office->office->key();
    if (!modifier.empty()) key = absl::StrCat(modifier, " ", key);
    role->set_office(key);
    role->set_modifier(modifier);
    role->set_title_text(office->text);
    *role->mutable_title_span() =
        SpanOf(s.tokens[office->first].begin, s.tokens[office->last].end);
  }
  if (affiliation != nullptr) {
    role->set_affiliation(AffiliationKey(*affiliation));
    role->set_affiliation_text(affiliation->text);
    *role->mutable_affiliation_span() =
        SpanOf(s.tokens[affiliation->first].begin, s.tokens[affiliation->last].end);
  }
}

bool DocumentExtraction::IsAffiliation(const SentenceWork& s, int ci) const {
  if (ci < 0) return false;
  const struct Chunk& c = s.chunks[ci];
  return c.kind == ChunkKind::kCountry || c.kind == ChunkKind::kOrg ||
         (c.kind == ChunkKind::kPlace && lexicon_.FindCountry(c.text).country);
}

// The modifiers before a title that starts at token `*start` ("Deputy
// Foreign Minister"), joined by spaces; moves *start to the first of them.
std::string TitleModifiers(const SentenceWork& s, const Lexicon& lexicon, int* start) {
  std::string modifier;
  // "then-Senator": a past role, whatever modifiers follow the prefix.
  if (*start >= 2 && s.tokens[*start - 1].text == "-" &&
      s.tokens[*start - 1].begin == s.tokens[*start - 2].end &&
      lexicon.IsPastTitlePrefix(s.lower[*start - 2])) {
    *start -= 2;
    return "former";
  }
  while (*start > 0 && s.tokens[*start - 1].kind == TokenKind::kWord &&
         lexicon.IsRecordedTitleModifier(s.lower[*start - 1])) {
    const std::string& word = s.lower[*start - 1];
    modifier = modifier.empty() ? word : absl::StrCat(word, " ", modifier);
    --*start;
  }
  return modifier;
}

const struct Chunk* DocumentExtraction::AffiliationBefore(const SentenceWork& s,
                                                          int start) const {
  int before = start - 1;
  if (before >= 0 && s.tokens[before].kind == TokenKind::kPossessive) --before;
  int aff_chunk = ChunkAt(s, before);
  if (!IsAffiliation(s, aff_chunk)) return nullptr;
  const struct Chunk* affiliation = &s.chunks[aff_chunk];
  // "X's Ukraine envoy": a country named after a possessive is the
  // portfolio; the affiliation is the possessor's.
  int owner = affiliation->first - 1;
  if (owner >= 1 && s.tokens[owner].kind == TokenKind::kPossessive &&
      affiliation->kind == ChunkKind::kCountry &&
      affiliation->country_form == CountryForm::kName) {
    int owner_chunk = ChunkAt(s, owner - 1);
    return IsAffiliation(s, owner_chunk) ? &s.chunks[owner_chunk] : nullptr;
  }
  return affiliation;
}

void DocumentExtraction::ExtractRoles(SentenceWork& s) {
  const int chunks = static_cast<int>(s.chunks.size());
  for (int ci = 0; ci < chunks; ++ci) {
    if (s.chunks[ci].kind != ChunkKind::kOffice) continue;
    const struct Chunk& office = s.chunks[ci];
    // "the president's press secretary": the president is not the person
    // (but "the Ukrainian president's" still describes an office).
    if (office.possessive) {
      int before_office = office.first - 1;
      int aff = ChunkAt(s, before_office);
      if (aff >= 0 && IsAffiliation(s, aff) && s.chunks[aff].first > 0 &&
          s.lower[s.chunks[aff].first - 1] == "the") {
        Claim* claim = NewClaim(CLAIM_TYPE_ROLE, s, s.chunks[aff].first - 1, office.last);
        SetRole(claim->mutable_role(), s, -1, &office, &s.chunks[aff], "");
      }
      continue;
    }
    int start = office.first;
    std::string modifier = TitleModifiers(s, lexicon_, &start);
    const struct Chunk* affiliation = AffiliationBefore(s, start);
    // The person named after the title: "President Jane Roe".
    int next = office.last + 1;
    // An honorific title between ("Cardinal Jane Roe") belongs to the name.
    int name_chunk = ChunkAt(s, next);
    if (name_chunk >= 0 && s.chunks[name_chunk].kind == ChunkKind::kOffice &&
        s.chunks[name_chunk].office->honorific()) {
      name_chunk = ChunkAt(s, s.chunks[name_chunk].last + 1);
    }
    // Titles of named people are read from the parse (ExtractNamedRoles).
    if (name_chunk >= 0 && s.chunks[name_chunk].kind == ChunkKind::kName) continue;
    // A described office without a name: "the U.S. president", "the
    // Ukrainian president's press secretary".
    if (affiliation != nullptr && affiliation->first > 0 &&
        s.lower[affiliation->first - 1] == "the" && name_chunk < 0 &&
        office.office->single_holder() &&
        !NamedAfterComma(s, next)) {
      Claim* claim = NewClaim(CLAIM_TYPE_ROLE, s, affiliation->first - 1, office.last);
      SetRole(claim->mutable_role(), s, -1, &office, affiliation, modifier);
      continue;
    }
  }

  ExtractDelegationHeads(s);
}

bool DocumentExtraction::NamedAfterComma(const SentenceWork& s, int next) const {
  const int n = static_cast<int>(s.tokens.size());
  if (next + 1 >= n || s.tokens[next].text != ",") return false;
  int c = ChunkAt(s, next + 1);
  // Past honorific titles: "..., Cardinal Jane Roe".
  while (c >= 0 && s.chunks[c].kind == ChunkKind::kOffice && s.chunks[c].office->honorific()) {
    c = ChunkAt(s, s.chunks[c].last + 1);
  }
  return c >= 0 && s.chunks[c].kind == ChunkKind::kName;
}

int DocumentExtraction::LeaderBefore(const SentenceWork& s, int verb) const {
  // Name right before: "Jane Roe, who led", "Jane Roe, heading".
  int k = verb - 1;
  while (k >= 0 && lexicon_.IsLeadVerbFiller(s.lower[k])) {
    --k;
  }
  if (k >= 0 && s.tokens[k].text == ",") --k;
  // Past a parenthesis: "X (second left) is leading".
  if (k >= 0 && s.tokens[k].text == ")") {
    while (k >= 0 && s.tokens[k].text != "(") --k;
    --k;
  }
  int c = ChunkAt(s, k);
  // Or across an appositive title: "X, the Kremlin aide leading".
  if (c < 0 || s.chunks[c].kind == ChunkKind::kOffice) {
    for (int m = k; m >= 0 && m >= verb - 9; --m) {
      if (s.tokens[m].text == "." || IsSaidVerbAt(s, m)) break;
      if (s.tokens[m].text == "," && ChunkAt(s, m - 1) >= 0 &&
          s.chunks[ChunkAt(s, m - 1)].kind == ChunkKind::kName) {
        c = ChunkAt(s, m - 1);
        break;
      }
    }
  }
  return c;
}

// The first name chunk among the nine tokens after "delegation led by" at
// `i`, or -1.
int LeaderAfterLedBy(const SentenceWork& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  for (int k = i + 3; k < n && k < i + 12; ++k) {
    int c = s.chunk_at[k];
    if (c >= 0 && s.chunks[c].kind == ChunkKind::kName) return c;
  }
  return -1;
}

void DocumentExtraction::ExtractDelegationHeads(SentenceWork& s) {
  const int n = static_cast<int>(s.tokens.size());
  // Delegation heads: "who led Ukraine's delegation", "heading the Russian
  // delegation", "a delegation led by ... Jane Roe", "the head of Ukraine's
  // delegation".
  const Office* head = lexicon_.FindOffice("head of delegation");
  if (head == nullptr) return;
  for (int i = 0; i < n; ++i) {
    const LowerToken& w = s.lower[i];
    if (!lexicon_.IsDelegationNoun(w)) continue;
    DelegationMention m;
    m.word = i;
    // Affiliation just before: "Ukraine's delegation", "the Russian delegation".
    int a = i - 1;
    if (a >= 0 && s.tokens[a].kind == TokenKind::kPossessive) --a;
    int aff_chunk = ChunkAt(s, a);
    m.affiliation = IsAffiliation(s, aff_chunk) ? &s.chunks[aff_chunk] : nullptr;
    int aff_start = m.affiliation ? m.affiliation->first : i;
    if (aff_start > 0 && s.lower[aff_start - 1] == "the") --aff_start;
    m.verb = aff_start - 1;
    if (m.verb < 0) continue;
    const LowerToken& v = s.lower[m.verb];
    m.leads = lexicon_.IsLeadVerb(v);
    m.head_of = v == "of" && m.verb >= 1 && lexicon_.IsHeadNoun(s.lower[m.verb - 1]);
    m.claim_first = aff_start;
    if (m.leads) {
      int c = LeaderBefore(s, m.verb);
      if (c >= 0 && (s.chunks[c].kind == ChunkKind::kName ||
                     s.chunks[c].kind == ChunkKind::kPronoun)) {
        m.person_chunk = c;
        m.claim_first = s.chunks[c].first;
      } else {
        // Name right after: "the aide leading the Russian delegation, Jane Roe".
        int after = i + 1;
        if (after < n && s.tokens[after].text == ",") {
          int c2 = ChunkAt(s, after + 1);
          if (c2 >= 0 && s.chunks[c2].kind == ChunkKind::kName) m.person_chunk = c2;
        }
      }
    } else if (w == "delegation" && i + 2 < n && s.lower[i + 1] == "led" &&
               s.lower[i + 2] == "by") {
      // "a delegation led by Ukrainian Minister of Defense Jane Roe".
      // The delegation's side is the person's: left to the comparator.
      m.person_chunk = LeaderAfterLedBy(s, i);
    } else if (!m.head_of) {
      continue;
    }
    // Without a person only "the head of X's delegation" says something.
    if (m.person_chunk < 0 && !m.head_of) continue;
    if (m.affiliation == nullptr && m.person_chunk < 0) continue;
    AddDelegationRole(s, *head, m);
  }
}

void DocumentExtraction::AddDelegationRole(SentenceWork& s, const Office& head,
                                           const DelegationMention& m) {
  const int n = static_cast<int>(s.tokens.size());
  const int i = m.word, verb = m.verb;
  int person = -1;
  if (m.person_chunk >= 0) {
    if (s.chunks[m.person_chunk].kind == ChunkKind::kPronoun) {
      person = last_subject_;
    } else {
      person = ResolvePerson(s, m.person_chunk, true);
    }
    if (person < 0) return;
  }
  int last = i;
  if (m.person_chunk >= 0) last = std::max(last, s.chunks[m.person_chunk].last);
  const int claim_first = m.head_of ? verb - 1 : m.claim_first;
  Claim* claim = NewClaim(CLAIM_TYPE_ROLE, s, claim_first, last);
  RoleClaim* role = claim->mutable_role();
  role->set_office(head.key());
  int title_first = std::min(verb, i), title_last = std::max(verb, i);
  if (m.head_of) title_first = verb - 1;
  if (!m.leads && !m.head_of) title_last = std::min(n - 1, i + 2);  // "delegation led by"
  role->set_title_text(text_.substr(s.tokens[title_first].begin,
                                    s.tokens[title_last].end - s.tokens[title_first].begin));
  *role->mutable_title_span() = SpanOf(s.tokens[title_first].begin, s.tokens[title_last].end);
  if (person >= 0) {
    role->set_person_entity(person);
    role->set_person(people_[person].name);
    if (m.person_chunk >= 0) {
      const struct Chunk& p = s.chunks[m.person_chunk];
      *role->mutable_person_span() = SpanOf(s.tokens[p.first].begin, s.tokens[p.last].end);
    }
  }
  const struct Chunk* affiliation = m.affiliation;
  if (affiliation != nullptr) {
    role->set_affiliation(AffiliationKey(*affiliation));
    role->set_affiliation_text(affiliation->text);
    *role->mutable_affiliation_span() =
        SpanOf(s.tokens[affiliation->first].begin, s.tokens[affiliation->last].end);
  }
}

// ---------------------------------------------------------------------------
// Quantities

void DocumentExtraction::ExtractQuantities(SentenceWork& s) {
  for (QuantityMention& m : FindQuantities(s.tokens, s.lower, lexicon_)) {
    Claim* claim = NewClaim(CLAIM_TYPE_QUANTITY, s, m.first, m.last);
    *claim->mutable_quantity() = std::move(m.quantity);
  }
}

// ---------------------------------------------------------------------------
// Times

std::vector<bool> DocumentExtraction::FutureTokens(const SentenceWork& s,
                                                   const ParsedSentence* parsed) const {
  std::vector<bool> future;
  if (parsed == nullptr) return future;
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    if (!t.capitalized || (lexicon_.WeekdayNumber(t.text) == 0 && lexicon_.MonthNumber(t.text) == 0)) {
      continue;
    }
    const int p = TokenStartingAt(*parsed, t.begin);
    if (p < 0 || !InFutureClause(*parsed, p, lexicon_)) continue;
    future.resize(n);
    future[i] = true;
  }
  return future;
}

void DocumentExtraction::ExtractTimes(SentenceWork& s, const ParsedSentence* parsed) {
  for (TimeMention& m : FindTimes(s.tokens, s.lower, lexicon_, date_, FutureTokens(s, parsed))) {
    Claim* claim = NewClaim(CLAIM_TYPE_TIME, s, m.first, m.last);
    m.time.set_text(claim->text());
    *claim->mutable_time() = std::move(m.time);
  }
}

// ---------------------------------------------------------------------------
// Places

// The first token of the place after a preposition at `i`: past "the", a
// compass word ("in eastern Ukraine") and "city of" ("the city of Dnipro").
int PlaceStart(const SentenceWork& s, const Lexicon& lexicon, int i) {
  const int n = static_cast<int>(s.tokens.size());
  int k = i + 1;
  if (s.lower[k] == "the" && k + 1 < n) ++k;
  // "in eastern Ukraine", "in east Ukraine".
  if (k + 1 < n && lexicon.IsCompassWord(s.lower[k])) {
    ++k;
  }
  // "the city of Dnipro".
  if (k + 2 < n && lexicon.IsSettlementNoun(s.lower[k]) && s.lower[k + 1] == "of") {
    k += 2;
  }
  return k;
}

// The last token of the longer name the place ending at token `last`
// opens, or -1: the capitalised words after it end in a thing's word
// ("Denver International Airport", "the U.S. Senate"), so the place is
// part of that name.
int ThingNameEnd(const SentenceWork& s, const Lexicon& lexicon, int last) {
  const int n = static_cast<int>(s.tokens.size());
  int k = last + 1;
  while (k < n && !s.tokens[k].text.empty() &&
         absl::ascii_isupper(static_cast<unsigned char>(s.tokens[k].text[0]))) {
    ++k;
  }
  return k > last + 1 && lexicon.IsNonPersonHead(s.tokens[k - 1].text) ? k - 1 : -1;
}

bool DocumentExtraction::ReadPlace(const SentenceWork& s, const struct Chunk& chunk,
                                   const LowerToken& prep, PlaceClaim* place) const {
  if (chunk.kind == ChunkKind::kPlace ||
      (chunk.kind == ChunkKind::kCountry && chunk.place != nullptr)) {
    const Place* p = chunk.place;
    place->set_place(p->key());
    place->set_known(true);
    for (const std::string& container : lexicon_.Containers(p->key())) {
      place->add_within(container);
    }
    place->set_place_kind(p->kind() == PLACE_KIND_CITY     ? "city"
                          : p->kind() == PLACE_KIND_REGION ? "region"
                          : p->kind() == PLACE_KIND_VENUE  ? "venue"
                                                           : "area");
    return true;
  }
  if (chunk.kind == ChunkKind::kCountry && chunk.country_form == CountryForm::kName) {
    // "in Albania", but not "the Ukrainian delegation", "from Britain"
    // (an origin) or "left it to Turkey to convene" (an actor).
    if (chunk.possessive) return false;
    if (!lexicon_.IsCountryLocationPreposition(prep)) return false;
    place->set_place(chunk.country->key());
    place->set_known(true);
    place->set_place_kind("country");
    return true;
  }
  if (chunk.kind == ChunkKind::kName) {
    // A venue: a capitalised run whose last word is a venue noun.
    if (!lexicon_.IsVenueNoun(Lower(s.tokens[chunk.last].text))) return false;
    place->set_place(lexicon_.CanonicalSpelling(chunk.text));
    place->set_known(false);
    place->set_place_kind("venue");
    return true;
  }
  return false;
}

bool DocumentExtraction::ModifiesNonPlaceNoun(const SentenceWork& s, int last,
                                              const ParsedSentence* parsed) const {
  if (parsed == nullptr || last + 1 >= static_cast<int>(s.tokens.size())) return false;
  const int name = TokenStartingAt(*parsed, s.tokens[last].begin);
  const int noun = TokenStartingAt(*parsed, s.tokens[last + 1].begin);
  if (name < 0 || noun < 0 || parsed->head(name) != noun || parsed->upos(noun) != "NOUN") {
    return false;
  }
  // An "-ing" word the tagger calls a noun is as often a participle ("in
  // Hawaii searching for ..."): no verdict on it.
  const std::string& word = parsed->lower(noun);
  if (absl::EndsWith(word, "ing")) return false;
  const std::string lemma = absl::AsciiStrToLower(parsed->lemma(noun));
  return !lexicon_.IsPlaceNoun(lemma) && !lexicon_.IsEventNoun(lemma) &&
         !lexicon_.IsEventNoun(word) && !lexicon_.IsVenueNoun(lemma);
}

void DocumentExtraction::ExtractPlaces(SentenceWork& s, const ParsedSentence* parsed) {
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 0; i + 1 < n; ++i) {
    const LowerToken& prep = s.lower[i];
    if (!lexicon_.IsPlaceClaimPreposition(prep)) continue;
    int k = PlaceStart(s, lexicon_, i);
    int c = ChunkAt(s, k);
    if (c < 0 || s.chunks[c].first != k) continue;
    const struct Chunk& chunk = s.chunks[c];
    PlaceClaim place;
    int last = chunk.last;
    if (!ReadPlace(s, chunk, prep, &place) || ModifiesNonPlaceNoun(s, last, parsed)) continue;
    place.set_text(chunk.text);
    if (const int end = chunk.kind == ChunkKind::kName ? -1 : ThingNameEnd(s, lexicon_, last);
        end >= 0) {
      // "at Liverpool Crown Court": the venue is the place, not the city
      // its name begins with (which it need not be in); other things
      // ("the U.S. Senate") are none.
      if (!lexicon_.IsVenueNoun(s.lower[end])) continue;
      last = end;
      place = PlaceClaim();
      place.set_text(text_.substr(s.tokens[chunk.first].begin,
                                  s.tokens[end].end - s.tokens[chunk.first].begin));
      place.set_place(lexicon_.CanonicalSpelling(place.text()));
      place.set_place_kind("venue");
    }
    place.set_preposition(prep);
    // "talks in Istanbul": the place of an event.
    if (i > 0 && lexicon_.IsEventNoun(s.lower[i - 1])) place.set_event(s.lower[i - 1]);
    Claim* claim = NewClaim(CLAIM_TYPE_PLACE, s, i, last);
    *claim->mutable_place() = place;
  }
  ExtractPlacesBeforeEvents(s);
}

void DocumentExtraction::ExtractPlacesBeforeEvents(SentenceWork& s) {
  const int n = static_cast<int>(s.tokens.size());
  for (const struct Chunk& chunk : s.chunks) {
    int next = chunk.last + 1;
    if (next >= n || !lexicon_.IsEventNoun(s.lower[next])) continue;
    const Place* p = chunk.kind == ChunkKind::kPlace ? chunk.place
                     : chunk.kind == ChunkKind::kCountry && chunk.country_form == CountryForm::kGovernment
                         ? chunk.place
                         : nullptr;
    if (p == nullptr || p->kind() != PLACE_KIND_CITY) continue;
    if (chunk.first > 0 && s.lower[chunk.first - 1] != "the") continue;
    Claim* claim = NewClaim(CLAIM_TYPE_PLACE, s, chunk.first, next);
    PlaceClaim* place = claim->mutable_place();
    place->set_place(p->key());
    place->set_known(true);
    for (const std::string& container : lexicon_.Containers(p->key())) place->add_within(container);
    place->set_place_kind("city");
    place->set_text(chunk.text);
    place->set_event(s.lower[next]);
  }
}

// ---------------------------------------------------------------------------
// Events with polarity

std::vector<int> DocumentExtraction::PersonBefore(const SentenceWork& s,
                                                  int* first_person_token,
                                                  std::vector<int>* chunk_before) const {
  const int n = static_cast<int>(s.tokens.size());
  std::vector<int> person_before(n + 1, -1);
  chunk_before->assign(n + 1, -1);
  *first_person_token = -1;
  int current = -1, current_chunk = -1;
  size_t next_chunk = 0;
  for (int k = 0; k <= n; ++k) {
    person_before[k] = current;
    while (next_chunk < s.chunks.size() && s.chunks[next_chunk].last < k) {
      const struct Chunk& chunk = s.chunks[next_chunk];
      if (chunk.kind == ChunkKind::kName && chunk.entity >= 0) {
        current = chunk.entity;
        current_chunk = static_cast<int>(next_chunk);
        if (*first_person_token < 0) *first_person_token = chunk.last + 1;
      } else if (chunk.kind == ChunkKind::kPronoun &&
                 lexicon_.IsSubjectPronoun(s.lower[chunk.first])) {
        current = last_subject_;
        current_chunk = static_cast<int>(next_chunk);
        if (*first_person_token < 0) *first_person_token = chunk.last + 1;
      }
      ++next_chunk;
    }
    person_before[k] = current;
    (*chunk_before)[k] = current_chunk;
  }
  return person_before;
}

void DocumentExtraction::AddEvent(const SentenceWork& s, EventScan& scan, int cue_first,
                                  int verb, Polarity polarity, const std::string& cue) {
  const int n = static_cast<int>(s.tokens.size());
  if (verb >= n) return;
  const int subject = scan.person_before[cue_first];
  if (subject < 0 || !ParseAllowsDoer(s, scan, cue_first, verb)) return;
  std::string stem = PredicateStem(s.tokens[verb].text);
  if (stem.size() < 3 || lexicon_.IsSaidVerb(s.lower[verb])) return;
  Claim* claim = NewClaim(CLAIM_TYPE_EVENT, s, cue_first, verb);
  EventClaim* event = claim->mutable_event();
  event->set_subject(people_[subject].name);
  event->set_subject_entity(subject);
  event->set_predicate(stem);
  event->set_polarity(polarity);
  event->set_cue(cue);
  *event->mutable_predicate_span() = SpanOf(s.tokens[verb].begin, s.tokens[verb].end);
  // The object: the next few words, for display.
  std::vector<std::string> object;
  for (int k = verb + 1; k < n && k <= verb + 4; ++k) {
    if (s.tokens[k].kind != TokenKind::kWord) break;
    object.push_back(std::string(s.tokens[k].text));
  }
  event->set_object(absl::StrJoin(object, " "));
  for (int k = cue_first; k <= verb; ++k) scan.covered[k] = true;
}

// The first token from `k` on that is not a particle, adverb or article
// between a cue and its verb ("did not really ...", "may yet be").
int NextContentWord(const SentenceWork& s, const Lexicon& lexicon, int k) {
  const int n = static_cast<int>(s.tokens.size());
  while (k < n && s.tokens[k].kind == TokenKind::kWord && lexicon.IsCueVerbFiller(s.lower[k])) {
    ++k;
  }
  return k;
}

void DocumentExtraction::ExtractCuedEvents(const SentenceWork& s, EventScan& scan, int from) {
  const int n = static_cast<int>(s.tokens.size());
  for (int i = from; i < n; ++i) {
    if (s.tokens[i].kind == TokenKind::kOpenQuote) break;  // quoted words are not events
    // Multi-word cues, longest first.
    for (int cue_index : lexicon_.NegationCuesStartingWith(s.lower[i])) {
      const std::vector<std::string>& words = lexicon_.negation_cue_words()[cue_index];
      if (words.empty() || i + static_cast<int>(words.size()) > n) continue;
      bool match = true;
      for (size_t w = 0; w < words.size() && match; ++w) match = s.lower[i + w] == words[w];
      if (!match) continue;
      const std::string& first = words[0];
      if (words.size() == 1 && lexicon_.IsLooseNegationCue(first)) {
        continue;  // too loose to carry an event on their own
      }
      int verb = NextContentWord(s, lexicon_, i + static_cast<int>(words.size()));
      if (verb < n && s.tokens[verb].kind == TokenKind::kWord) {
        AddEvent(s, scan, i, verb, POLARITY_NEGATED, absl::StrJoin(words, " "));
        i = verb;
      }
      break;
    }
    if (i < n && !scan.covered[i]) {
      if (lexicon_.IsHedgeCue(s.lower[i])) {
        const std::string& cue = s.lower[i];
        int verb = NextContentWord(s, lexicon_, i + 1);
        if (verb < n && s.tokens[verb].kind == TokenKind::kWord && !s.tokens[verb].capitalized) {
          AddEvent(s, scan, i, verb, POLARITY_HEDGED, cue);
          i = verb;
        }
      }
    }
  }
}

void DocumentExtraction::ExtractPastTenseEvents(const SentenceWork& s, EventScan& scan,
                                                int from) {
  const int n = static_cast<int>(s.tokens.size());
  for (int i = from; i < n; ++i) {
    if (s.tokens[i].kind == TokenKind::kOpenQuote) break;
    if (scan.covered[i] || s.tokens[i].kind != TokenKind::kWord || s.tokens[i].capitalized) continue;
    const LowerToken& w = s.lower[i];
    if (w.size() < 5 || !absl::EndsWith(w, "ed")) continue;
    // Past participles after "was", "been", "had" belong to other frames.
    if (i > 0 && lexicon_.IsParticipleMarker(s.lower[i - 1])) {
      continue;
    }
    AddEvent(s, scan, i, i, POLARITY_ASSERTED, "");
  }
}

// The parse token that starts at byte `begin`, or -1.
int ParsedTokenAt(const ParsedSentence& p, int64_t begin) {
  for (int i = 0; i < p.size(); ++i) {
    if (p.begin(i) == begin) return i;
    if (p.begin(i) > begin) break;
  }
  return -1;
}

// The verb or, for a cue that is a verb itself ("declined to", "offered
// no"), the cue must have the person for subject; a predicate the parse
// gives no subject at all may have the name just before it ("Smith
// arrived" with the name mistagged).
bool DocumentExtraction::ParseAllowsDoer(const SentenceWork& s, const EventScan& scan,
                                         int cue_first, int verb) const {
  if (scan.parsed == nullptr) return true;
  const ParsedSentence& p = *scan.parsed;
  const struct Chunk& person = s.chunks[scan.chunk_before[cue_first]];
  const int first = ParsedTokenAt(p, s.tokens[person.first].begin);
  const int last = ParsedTokenAt(p, s.tokens[person.last].begin);
  if (first < 0 || last < 0) return true;  // tokenised differently
  for (int w : {verb, cue_first}) {
    const int v = ParsedTokenAt(p, s.tokens[w].begin);
    if (v < 0) return true;
    if (IsDoer(p, v, first, last)) return true;
    if (IsPredicate(p, v) && DoerOf(p, v) < 0 && person.last + 1 == cue_first) return true;
  }
  return false;
}

void DocumentExtraction::ExtractEvents(SentenceWork& s, const ParsedSentence* parsed) {
  const int n = static_cast<int>(s.tokens.size());
  // Each event's subject is the nearest person (name or pronoun) before
  // its cue or verb: "Under pressure from X, Y pushed" is Y's event.
  EventScan scan;
  scan.parsed = parsed;
  int first_person_token = -1;
  scan.person_before = PersonBefore(s, &first_person_token, &scan.chunk_before);
  if (first_person_token < 0) return;
  scan.covered.assign(n, false);
  // Negations and hedges after the subject, then asserted past-tense
  // verbs of the subject: "-ed" forms after it.
  ExtractCuedEvents(s, scan, first_person_token);
  ExtractPastTenseEvents(s, scan, first_person_token);
}

// ---------------------------------------------------------------------------
// Quotes

int DocumentExtraction::OfficeHolder(const Office* office, int index) {
  if (office == nullptr) return -1;
  if (!office_holders_built_) {
    office_holders_built_ = true;
    for (const Claim& claim : doc_.claims()) {
      // A title with no person beside it holds nobody (its entity is
      // the proto's default 0, not a person).
      if (!claim.has_role() || !claim.role().modifier().empty() || claim.role().office().empty() ||
          claim.role().person().empty()) {
        continue;
      }
      office_holders_[claim.role().office()].emplace_back(claim.sentence_index(),
                                                          claim.role().person_entity());
    }
  }
  auto it = office_holders_.find(office->key());
  if (it == office_holders_.end()) return -1;
  const std::vector<std::pair<int, int>>& holders = it->second;
  auto after = std::upper_bound(holders.begin(), holders.end(), std::make_pair(index, INT32_MAX));
  return after == holders.begin() ? -1 : std::prev(after)->second;
}

DocumentExtraction::ParsedSpeaker DocumentExtraction::ResolveParsedSpeaker(
    size_t si, const ParsedSentence& p, const QuoteSpeaker& q) {
  ParsedSpeaker r;
  r.framed = true;
  r.verb = absl::AsciiStrToLower(p.word(q.verb));
  if (q.tokens.empty()) {
    r.framed = false;
    return r;
  }
  r.begin = p.begin(q.tokens.first);
  r.end = p.end(q.tokens.last);
  const SentenceWork& s = sentences_[si];
  switch (q.kind) {
    case SpeakerKind::kName:
      r.person = PersonForName(p.Text(q.tokens.first, q.tokens.last), true, true,
                               NameGender(p, q.tokens.first, q.tokens.last, lexicon_));
      r.basis = SPEAKER_NAMED;
      break;
    case SpeakerKind::kPronoun: {
      r.basis = SPEAKER_PRONOUN;
      auto at = std::lower_bound(s.tokens.begin(), s.tokens.end(), r.begin,
                                 [](const Token& t, int64_t offset) { return t.begin < offset; });
      const int token = static_cast<int>(at - s.tokens.begin());
      r.person = q.antecedent.empty()
                     ? -1
                     : PersonForName(p.Text(q.antecedent.first, q.antecedent.last), true, false);
      if (!PronounCanBe(r.person, lexicon_.GenderOf(p.lower(q.tokens.first)))) {
        r.person = PronounReferent(si, token);
      }
      break;
    }
    case SpeakerKind::kDescription:
      r.person = OfficeHolder(q.office, s.index);
      // A word the name finder takes for something else ("Fox", an
      // outlet) that is the surname of someone the document names.
      if (r.person < 0 && q.tokens.first == q.tokens.last && p.IsProperNoun(q.tokens.first) &&
          p.xpos(q.tokens.first) != "NNPS") {
        r.person = FindPerson(p.word(q.tokens.first));
      }
      r.basis = SPEAKER_NAMED;
      if (r.person < 0) r.description = std::string(p.Text(q.tokens.first, q.tokens.last));
      break;
    default:
      break;
  }
  if (!q.said) r.basis = SPEAKER_CLAUSE;
  // A frame that names no one leaves the quote to the older rules; one
  // whose subject is a description ("the statement said", "police said")
  // is the description's, not a guess at a name nearby.
  if (r.person < 0 && (r.description.empty() || !q.speaks)) r.framed = false;
  if (r.person < 0 && r.description.empty()) r.begin = r.end = -1;
  return r;
}

// The parse of the sentence where the quote closes frames it first (the
// speaker after the quote), then that of the sentence where it opens.
DocumentExtraction::ParsedSpeaker DocumentExtraction::SpeakerFromParse(size_t open_sentence,
                                                                       size_t close_sentence,
                                                                       int64_t begin,
                                                                       int64_t end) {
  if (parsed_.empty()) return {};
  for (size_t si : {close_sentence, open_sentence}) {
    const ParsedSentence& p = parsed_[si];
    QuoteSpeaker q = FindQuoteSpeaker(p, begin, end, QuoteNames(si), lexicon_);
    if (q.kind != SpeakerKind::kNone) return ResolveParsedSpeaker(si, p, q);
    if (open_sentence == close_sentence) break;
  }
  return {};
}

DocumentExtraction::QuoteEnd DocumentExtraction::FindQuoteEnd(size_t si, int i,
                                                              bool single) const {
  const SentenceWork& s = sentences_[si];
  QuoteEnd e;
  e.close_sentence = static_cast<int>(si);
  for (size_t sj = si; sj < sentences_.size() && sentences_[sj].paragraph == s.paragraph; ++sj) {
    const SentenceWork& t = sentences_[sj];
    int start = sj == si ? i + 1 : 0;
    bool reopened = false;
    for (int k = start; k < static_cast<int>(t.tokens.size()); ++k) {
      TokenKind kind = t.tokens[k].kind;
      if (kind != TokenKind::kCloseQuote && kind != TokenKind::kOpenQuote) continue;
      absl::string_view other = t.tokens[k].text;
      bool other_single = other == "\xE2\x80\x99" || other == "'" ||
                          other == "\xE2\x80\x98";
      if (other_single != single) continue;
      if (kind == TokenKind::kOpenQuote) {
        // A new opening mark of the same kind: this quote was never
        // closed, and ends before it rather than at the paragraph's
        // end (which would make quotes overlap, and their total size
        // quadratic in the paragraph's).
        e.close_sentence = static_cast<int>(sj);
        e.unclosed_end = t.tokens[k].begin;
        e.reopen_token = k;
        reopened = true;
        break;
      }
      e.close_sentence = static_cast<int>(sj);
      e.close_token = k;
      break;
    }
    if (e.close_token >= 0 || reopened) break;
    e.close_sentence = static_cast<int>(sj);
  }
  return e;
}

bool DocumentExtraction::ReadQuoteText(const SentenceWork& s, int i, const QuoteEnd& e,
                                       QuoteText* q) const {
  const SentenceWork& end_sentence = sentences_[e.close_sentence];
  q->inner_begin = s.tokens[i].end;
  int64_t open_end = e.unclosed_end >= 0 ? e.unclosed_end : end_sentence.end;
  while (open_end > q->inner_begin &&
         absl::ascii_isspace(static_cast<unsigned char>(text_[open_end - 1]))) {
    --open_end;
  }
  q->inner_end = e.close_token >= 0 ? end_sentence.tokens[e.close_token].begin : open_end;
  if (q->inner_end <= q->inner_begin) return false;
  q->span_end = e.close_token >= 0 ? end_sentence.tokens[e.close_token].end : q->inner_end;
  std::string inner = text_.substr(q->inner_begin, q->inner_end - q->inner_begin);
  // Fold whitespace.
  std::string& quote = q->text;
  bool space = false;
  for (char c : inner) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      space = !quote.empty();
    } else {
      if (space) quote.push_back(' ');
      space = false;
      quote.push_back(c);
    }
  }
  while (!quote.empty() && (quote.back() == ',' || quote.back() == ' ')) quote.pop_back();
  q->words = 1;
  for (char c : quote) q->words += c == ' ';
  return true;
}

// "..., said the 31-year-old.": the words after a said-verb that follows
// the quote directly, when they start with a lowercase word and reach
// punctuation within kMaxDescriptionWords, describe its speaker.
void DocumentExtraction::DescriptionAfterVerb(const SentenceWork& s, int k,
                                              QuoteAttribution* r) const {
  constexpr int kMaxDescriptionWords = 6;
  const int n = static_cast<int>(s.tokens.size());
  if (k >= n || s.tokens[k].kind != TokenKind::kWord || s.tokens[k].capitalized) return;
  int last = k;
  while (last + 1 < n && last + 1 < k + kMaxDescriptionWords &&
         (s.tokens[last + 1].kind == TokenKind::kWord ||
          s.tokens[last + 1].kind == TokenKind::kNumber || s.tokens[last + 1].text == "-")) {
    ++last;
  }
  // A description runs to punctuation; more words are a clause ("said
  // the president offers little").
  if (last + 1 < n && (s.tokens[last + 1].kind == TokenKind::kWord ||
                       s.tokens[last + 1].kind == TokenKind::kNumber)) {
    return;
  }
  r->description_begin = s.tokens[k].begin;
  r->description_end = s.tokens[last].end;
  r->description = text_.substr(r->description_begin, r->description_end - r->description_begin);
}

void DocumentExtraction::SpeakerAfterQuote(int close_sentence, int a, QuoteAttribution* r) {
  SentenceWork& after = sentences_[close_sentence];
  int an = static_cast<int>(after.tokens.size());
  for (int k = a; k < an && k < a + 14; ++k) {
    if (after.tokens[k].kind == TokenKind::kOpenQuote) break;
    if (!lexicon_.IsSaidVerb(after.lower[k])) continue;
    r->verb = after.lower[k];
    // Subject between the quote and the verb: the nearest name or
    // pronoun before the verb.
    for (int m = k - 1; m >= a; --m) {
      int c = ChunkAt(after, m);
      if (c >= 0 && (after.chunks[c].kind == ChunkKind::kName ||
                     after.chunks[c].kind == ChunkKind::kPronoun)) {
        r->chunk = c;
        break;
      }
    }
    // Or right after the verb: "said Jane Roe".
    if (r->chunk < 0 && k + 1 < an) {
      int c = ChunkAt(after, k + 1);
      if (c < 0 && k + 2 < an) c = ChunkAt(after, k + 2);
      if (c >= 0 && after.chunks[c].kind == ChunkKind::kOffice) c = ChunkAt(after, after.chunks[c].last + 1);
      if (c >= 0 && after.chunks[c].kind == ChunkKind::kName) r->chunk = c;
    }
    if (r->chunk < 0 && k <= a + 1) DescriptionAfterVerb(after, k + 1, r);
    break;
  }
  if (r->chunk >= 0) {
    const bool pronoun = after.chunks[r->chunk].kind == ChunkKind::kPronoun;
    r->speaker = pronoun ? PronounReferent(close_sentence, after.chunks[r->chunk].first)
                         : ResolvePerson(after, r->chunk, true);
    r->basis = pronoun ? SPEAKER_PRONOUN : SPEAKER_NAMED;
  }
}

void DocumentExtraction::SpeakerBeforeQuote(size_t si, int i, const QuoteEnd& e,
                                            QuoteAttribution* r) {
  SentenceWork& s = sentences_[si];
  const int n = static_cast<int>(s.tokens.size());
  // A said-verb shortly before the quote names its speaker as the
  // verb's subject ("He said, as X proved, '...'"); otherwise the
  // nearest person before the quote frames it ("Y opened the
  // session, calling on both nations to '...'").
  int said_at = -1;
  for (int k = i - 1; k >= 0 && k >= i - 9; --k) {
    if (lexicon_.IsSaidVerb(s.lower[k]) || lexicon_.IsQuoteFramingVerb(s.lower[k])) {
      said_at = k;
      break;
    }
  }
  int limit = said_at >= 0 ? said_at : i;
  // With no said-verb the nearest name is a guess, for a statement
  // only: a quoted word is a term or the writer's scare quote
  // ("a 'destructive' force").
  const bool guess = said_at < 0;
  if (guess && e.close_sentence == static_cast<int>(si) && e.close_token >= 0 &&
      QuotedWords(s, i, e.close_token) < 2) {
    limit = -1;
  }
  for (int k = limit - 1; k >= 0 && k >= limit - kMaxLookBackTokens; --k) {
    int c = ChunkAt(s, k);
    if (c < 0) continue;
    if (s.chunks[c].kind == ChunkKind::kPronoun) {
      r->speaker = PronounReferent(si, s.chunks[c].first);
      r->chunk = c;
      r->sentence = &s;
      r->basis = said_at >= 0 ? SPEAKER_PRONOUN : SPEAKER_NEARBY;
      break;
    }
    // An owner is not the speaker ("echoed X's comment, saying").
    const bool owner = s.chunks[c].last + 1 < n &&
                       s.tokens[s.chunks[c].last + 1].kind == TokenKind::kPossessive;
    if (s.chunks[c].kind == ChunkKind::kName && !owner) {
      int person = ResolvePerson(s, c, false);
      if (person >= 0) {
        if (said_at >= 0) people_[person].confirmed = true;
        r->basis = said_at >= 0 ? SPEAKER_NAMED : SPEAKER_NEARBY;
        r->speaker = person;
        r->chunk = c;
        r->sentence = &s;
        break;
      }
    }
    k = s.chunks[c].first;
  }
  if (said_at >= 0) r->verb = s.lower[said_at];
}

DocumentExtraction::QuoteAttribution DocumentExtraction::AttributeQuote(
    size_t si, int i, const QuoteEnd& e, const ParsedSpeaker& parsed, const QuoteContext& ctx) {
  QuoteAttribution r;
  SentenceWork& after = sentences_[e.close_sentence];
  r.sentence = &after;
  if (parsed.framed) {
    r.speaker = parsed.person;
    r.verb = parsed.verb;
    r.basis = parsed.basis;
    if (r.speaker < 0) {
      r.description = parsed.description;
      r.description_begin = parsed.begin;
      r.description_end = parsed.end;
    }
    return r;
  }
  SpeakerAfterQuote(e.close_sentence,
                    e.close_token >= 0 ? e.close_token + 1 : static_cast<int>(after.tokens.size()),
                    &r);
  // Before the quote in its sentence: "X said ... 'quote'" or the
  // subject of a sentence that frames it ("calling it 'clear'").
  if (r.speaker < 0 && !r.description.empty()) return r;  // "said the 31-year-old"
  if (r.speaker < 0 && i > 0 && ctx.same_sentence_speaker >= 0 &&
      ctx.same_sentence_index == static_cast<int>(si)) {
    r.speaker = ctx.same_sentence_speaker;
    r.basis = SPEAKER_CONTINUED;
  }
  if (r.speaker < 0 && i > 0) SpeakerBeforeQuote(si, i, e, &r);
  // A quote that is its own sentence continues the previous speaker.
  bool whole_sentence = i == 0;
  if (r.speaker < 0 && whole_sentence &&
      (ctx.paragraph_had_quote || ctx.previous_paragraph_had_quote)) {
    if (ctx.previous_speaker >= 0) {
      r.speaker = ctx.previous_speaker;
      r.basis = SPEAKER_CONTINUED;
    } else if (!ctx.previous_description.description.empty()) {
      r.description = ctx.previous_description.description;
      r.description_begin = ctx.previous_description.description_begin;
      r.description_end = ctx.previous_description.description_end;
    }
  }
  return r;
}

void DocumentExtraction::AddQuoteClaim(const SentenceWork& s, int i, const QuoteText& text,
                                       const ParsedSpeaker& parsed, const QuoteAttribution& r) {
  Claim* claim = doc_.add_claims();
  claim->set_type(CLAIM_TYPE_QUOTE);
  *claim->mutable_span() = SpanOf(s.tokens[i].begin, text.span_end);
  claim->set_text(text_.substr(s.tokens[i].begin, text.span_end - s.tokens[i].begin));
  claim->set_sentence_index(s.index);
  QuoteClaim* q = claim->mutable_quote();
  q->set_text(text.text);
  *q->mutable_quote_span() = SpanOf(text.inner_begin, text.inner_end);
  q->set_verb(r.verb);
  q->set_partial(text.words < 5 && i > 0);
  if (r.speaker < 0 && !r.description.empty()) {
    q->set_speaker_description(r.description);
    *q->mutable_speaker_span() = SpanOf(r.description_begin, r.description_end);
  } else if (r.speaker < 0 && !parsed.description.empty()) {
    q->set_speaker_description(parsed.description);
    *q->mutable_speaker_span() = SpanOf(parsed.begin, parsed.end);
  }
  if (r.speaker < 0) return;
  q->set_speaker(people_[r.speaker].name);
  q->set_speaker_entity(r.speaker);
  q->set_speaker_basis(r.basis);
  if (parsed.begin >= 0) {
    *q->mutable_speaker_span() = SpanOf(parsed.begin, parsed.end);
  } else if (r.chunk >= 0) {
    const struct Chunk& sc = r.sentence->chunks[r.chunk];
    *q->mutable_speaker_span() =
        SpanOf(r.sentence->tokens[sc.first].begin, r.sentence->tokens[sc.last].end);
  }
}

void DocumentExtraction::ExtractQuotes() {
  // Quotes run from an opening mark to the matching closing mark, across
  // sentences of one paragraph; an unclosed quote ends with the paragraph.
  QuoteContext ctx;
  int paragraph = -1;
  for (size_t si = 0; si < sentences_.size(); ++si) {
    SentenceWork& s = sentences_[si];
    if (s.paragraph != paragraph) {
      ctx.previous_paragraph_had_quote = ctx.paragraph_had_quote && s.paragraph == paragraph + 1;
      ctx.paragraph_had_quote = false;
      paragraph = s.paragraph;
    }
    const int n = static_cast<int>(s.tokens.size());
    for (int i = 0; i < n; ++i) {
      if (s.tokens[i].kind != TokenKind::kOpenQuote) continue;
      // Single quotes open a quote only before a word (not "the '90s").
      absl::string_view mark = s.tokens[i].text;
      bool single = mark == "\xE2\x80\x98" || mark == "'";
      const QuoteEnd e = FindQuoteEnd(si, i, single);
      QuoteText text;
      if (!ReadQuoteText(s, i, e, &text)) continue;
      if (single && text.words < 2) continue;
      // A title in quote marks is no one's statement: skip past it.
      if (IsQuotedTitle(text.text, lexicon_)) {
        if (e.close_sentence != static_cast<int>(si)) break;
        if (e.close_token >= 0) i = e.close_token;
        continue;
      }
      // Speaker: as the parse frames the quote; else after the quote, in
      // the sentence where it closes, or before it.
      ParsedSpeaker parsed = SpeakerFromParse(si, e.close_sentence, s.tokens[i].begin,
                                              text.span_end);
      QuoteAttribution r = AttributeQuote(si, i, e, parsed, ctx);
      ctx.paragraph_had_quote = true;
      AddQuoteClaim(s, i, text, parsed, r);
      if (r.speaker >= 0) {
        ctx.previous_speaker = r.speaker;
        ctx.same_sentence_speaker = r.speaker;
        ctx.same_sentence_index = static_cast<int>(si);
        ctx.previous_description = {};
      } else if (!r.description.empty()) {
        ctx.previous_speaker = -1;
        ctx.previous_description = r;
      } else if (!parsed.description.empty()) {
        // A speaker the parse names but no one resolves ("said the
        // 31-year-old"): the next bare quote is theirs, not the last
        // named speaker's.
        ctx.previous_speaker = -1;
        ctx.previous_description = {};
        ctx.previous_description.description = parsed.description;
        ctx.previous_description.description_begin = parsed.begin;
        ctx.previous_description.description_end = parsed.end;
      }
      // Continue after the closing mark.
      if (e.close_sentence != static_cast<int>(si)) break;
      i = e.close_token >= 0 ? e.close_token : e.reopen_token >= 0 ? e.reopen_token - 1 : n;
    }
  }
}

// ---------------------------------------------------------------------------
// Affiliations not written beside the title

void DocumentExtraction::InferAffiliations() {
  // Sentence index -> its work (the last one with that index), built once:
  // a scan per role made long documents quadratic.
  absl::flat_hash_map<int, const SentenceWork*> by_index;
  for (const SentenceWork& candidate : sentences_) by_index[candidate.index] = &candidate;
  for (auto [claim_index, sentence_index] : unaffiliated_roles_) {
    RoleClaim* role = doc_.mutable_claims(claim_index)->mutable_role();
    if (!role->affiliation().empty()) continue;
    auto found = by_index.find(sentence_index);
    if (found == by_index.end()) continue;
    const SentenceWork* s = found->second;
    // The one country the sentence names outside any other role.
    std::string only;
    bool ambiguous = false;
    for (const struct Chunk& c : s->chunks) {
      if (c.kind != ChunkKind::kCountry) continue;
      // Attached to a title right after it: another role's affiliation.
      int next = c.last + 1 + (c.possessive ? 1 : 0);
      int nc = ChunkAt(*s, next);
      if (nc >= 0 && s->chunks[nc].kind == ChunkKind::kOffice) continue;
      if (next < static_cast<int>(s->tokens.size()) &&
          lexicon_.IsTitleModifier(s->lower[next])) {
        continue;
      }
      // "of Ukraine" after a name is another role's affiliation too.
      if (c.first >= 2 && s->lower[c.first - 1] == "of" &&
          ChunkAt(*s, c.first - 2) >= 0 &&
          s->chunks[ChunkAt(*s, c.first - 2)].kind == ChunkKind::kName) {
        continue;
      }
      if (only.empty()) {
        only = c.country->key();
      } else if (only != c.country->key()) {
        ambiguous = true;
      }
    }
    if (!only.empty() && !ambiguous) {
      role->set_affiliation(only);
      role->set_affiliation_inferred(true);
    } else if (outlet_country_ != nullptr) {
      role->set_affiliation(outlet_country_->key());
      role->set_affiliation_inferred(true);
    }
  }
}

void DocumentExtraction::EmitEntities() {
  // Only people the document treats as people become entities.
  absl::flat_hash_map<int, int> id_of;
  for (size_t p = 0; p < people_.size(); ++p) {
    const PersonEntity& person = people_[p];
    bool multiword = person.name.find(' ') != std::string::npos;
    if (!person.confirmed && !multiword) continue;
    Entity* entity = doc_.add_entities();
    entity->set_id(static_cast<int>(p));
    entity->set_kind(ENTITY_KIND_PERSON);
    entity->set_name(person.name);
    for (const std::string& alias : person.aliases) entity->add_aliases(alias);
    id_of[static_cast<int>(p)] = static_cast<int>(p);
  }
  // Mentions of people, in text order.
  for (const SentenceWork& s : sentences_) {
    for (const struct Chunk& c : s.chunks) {
      if (c.kind != ChunkKind::kName || c.entity < 0 || !id_of.contains(c.entity)) continue;
      Mention* mention = doc_.add_mentions();
      *mention->mutable_span() = SpanOf(s.tokens[c.first].begin, s.tokens[c.last].end);
      mention->set_text(c.text);
      mention->set_entity_id(c.entity);
      mention->set_kind(c.last > c.first ? MENTION_KIND_NAME : MENTION_KIND_SURNAME);
      mention->set_sentence_index(s.index);
    }
  }
  // Keep claim person names in step with the final entity names (a full
  // name seen after the surname renames the entity).
  for (Claim& claim : *doc_.mutable_claims()) {
    if (claim.has_role() && claim.role().person_entity() >= 0 && !claim.role().person().empty()) {
      claim.mutable_role()->set_person(people_[claim.role().person_entity()].name);
    } else if (claim.has_quote() && !claim.quote().speaker().empty()) {
      claim.mutable_quote()->set_speaker(people_[claim.quote().speaker_entity()].name);
    } else if (claim.has_event() && claim.event().subject_entity() >= 0) {
      claim.mutable_event()->set_subject(people_[claim.event().subject_entity()].name);
    }
  }
}

void DocumentExtraction::NoteGenders() {
  for (size_t si = 0; si < parsed_.size(); ++si) {
    for (const PersonName& name : names_[si]) {
      if (name.last == name.first) continue;
      Gender gender = NameGender(parsed_[si], name.first, name.last, lexicon_);
      if (gender != Gender::kUnknown) PersonForName(name.text, false, false, gender);
    }
  }
}

void DocumentExtraction::ReadSentenceWork() {
  sentences_.reserve(doc_.sentences_size());
  for (int i = 0; i < doc_.sentences_size(); ++i) {
    const Sentence& sentence = doc_.sentences(i);
    SentenceWork s;
    s.index = sentence.index();
    s.paragraph = sentence.paragraph();
    s.begin = read_.sentence_ranges[i].first;
    s.end = read_.sentence_ranges[i].second;
    s.heading = sentence.kind() == SENTENCE_KIND_HEADING;
    s.tokens = Tokenize(text_, s.begin, s.end);
    Chunk(s);
    sentences_.push_back(std::move(s));
  }
}

void DocumentExtraction::ResolveFullNames() {
  for (SentenceWork& s : sentences_) {
    for (size_t c = 0; c < s.chunks.size(); ++c) {
      if (s.chunks[c].kind == ChunkKind::kName && s.chunks[c].last > s.chunks[c].first &&
          LooksLikePerson(s, s.chunks[c])) {
        ResolvePerson(s, static_cast<int>(c), false);
      }
    }
  }
}

void DocumentExtraction::ResolveSentenceNames(SentenceWork& s) {
  for (size_t c = 0; c < s.chunks.size(); ++c) {
    const struct Chunk& chunk = s.chunks[c];
    if (chunk.kind != ChunkKind::kName) continue;
    int after = chunk.last + 1;
    if (after < static_cast<int>(s.tokens.size()) && s.lower[after] == "also") ++after;
    bool speaks = after < static_cast<int>(s.tokens.size()) && IsSaidVerbAt(s, after);
    ResolvePerson(s, static_cast<int>(c), speaks);
  }
}

void DocumentExtraction::ExtractSentenceClaims(SentenceWork& s) {
  const ParsedSentence* parsed = parsed_.empty() ? nullptr : &parsed_[&s - sentences_.data()];
  if (parsed != nullptr) ExtractNamedRoles(s, *parsed);
  ExtractRoles(s);
  ResolveSentenceNames(s);
  const int before = doc_.claims_size();
  ExtractQuantities(s);
  ExtractTimes(s, parsed);
  ExtractPlaces(s, parsed);
  if (parsed != nullptr) SetCountedNouns(before, *parsed);
  if (parsed != nullptr) SetPredicates(before, *parsed);
  ExtractEvents(s, parsed);
  if (parsed != nullptr) ExtractFrames(before, s, *parsed);
  // The subject for the next sentence's pronouns: the first person.
  for (const struct Chunk& c : s.chunks) {
    if (CanBeReferent(s, c)) {
      last_subject_ = c.entity;
      break;
    }
  }
}

void DocumentExtraction::CarrySubjects() {
  subject_before_.assign(sentences_.size(), -1);
  earlier_subject_.assign(sentences_.size(), -1);
  int subject = -1, earlier = -1;
  for (size_t i = 0; i < sentences_.size(); ++i) {
    subject_before_[i] = subject;
    earlier_subject_[i] = earlier;
    // A sentence about "he" keeps the person it was given.
    const int speaker = LastSpeaker(i);
    if (speaker < 0 && !parsed_.empty() && !parsed_[i].heading() &&
        MainSubjectIsPersonalPronoun(parsed_[i], lexicon_)) {
      continue;
    }
    int first = speaker >= 0 ? speaker : MainSubjectPerson(i);
    if (first < 0) first = FirstNameOutsideQuotes(sentences_[i]);
    if (first >= 0 && first != subject) {
      earlier = subject;
      subject = first;
    }
  }
}

void DocumentExtraction::Run() {
  FindOutlet();
  ParseDate();
  ReadSentenceWork();
  ParseSentences();
  names_.resize(sentences_.size());
  for (size_t i = 0; i < parsed_.size(); ++i) names_[i] = FindPersonNames(parsed_[i], lexicon_);
  // Pass 1: names that are people (roles first, so that surnames resolve).
  ResolveFullNames();
  NoteGenders();
  // Pass 2: claims sentence by sentence, tracking the last subject for
  // pronouns.
  for (SentenceWork& s : sentences_) ExtractSentenceClaims(s);
  // Quotes need every sentence's names resolved first; pronouns then refer
  // to the subject carried in from the sentences before.
  CarrySubjects();
  ExtractQuotes();
  InferAffiliations();
  EmitEntities();
}

}  // namespace

void ClaimExtractor::Extract(const InputFile& input, ReadDocumentResult& read) const {
  DocumentExtraction extraction(lexicon_, input, read);
  extraction.Run();
}

}  // namespace factcheck
