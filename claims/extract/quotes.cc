#include "claims/extract/quotes.h"

#include <algorithm>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/types/span.h"

namespace factcheck {
namespace {

// An unlinked said-verb frames a quote only this close to it (in tokens).
constexpr int kNearWords = 6;

struct QuoteTokens {
  int first = -1;  // the quote's tokens in the sentence, inclusive
  int last = -1;
  bool Holds(int i) const { return i >= first && i <= last; }
};

// Tokens are in text order, so the quote's are found by binary search:
// a sentence of a million words with thousands of quotes stays linear.
QuoteTokens TokensInside(const ParsedSentence& s, int64_t quote_begin, int64_t quote_end) {
  int lo = 0, hi = s.size();
  while (lo < hi) {  // the first token that begins inside the quote
    const int mid = lo + (hi - lo) / 2;
    if (s.begin(mid) < quote_begin) lo = mid + 1; else hi = mid;
  }
  QuoteTokens q;
  for (int i = lo; i < s.size() && s.begin(i) < quote_end; ++i) {
    if (s.end(i) > quote_end) continue;
    if (q.first < 0) q.first = i;
    q.last = i;
  }
  return q;
}

bool IsSaidVerbToken(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  if (lexicon.IsSaidVerb(s.lower(i))) return s.upos(i) != "NOUN" && s.upos(i) != "PROPN";
  return s.upos(i) == "VERB" && lexicon.IsSaidVerb(absl::AsciiStrToLower(s.lemma(i)));
}

// A said-verb this far from the quote (in tokens) frames it as a sibling
// (LinkedToQuote).
constexpr int kSiblingWords = 20;

// The words outside the quote that its words hang on.
std::vector<int> OuterHeads(const ParsedSentence& s, const QuoteTokens& quote) {
  std::vector<int> heads;
  for (int q = quote.first; q <= quote.last; ++q) {
    const int h = s.head(q);
    if (h >= 0 && !quote.Holds(h)) heads.push_back(h);
  }
  std::sort(heads.begin(), heads.end());
  heads.erase(std::unique(heads.begin(), heads.end()), heads.end());
  return heads;
}

// The parse links the verb to the quote: the verb hangs on a quote word or
// a quote word on it, or (within kSiblingWords) both hang on one word,
// as when the parse makes the speaker's title the root ("'...,' Jane Roe,
// senior lawyer with the fund, said").
bool LinkedToQuote(const ParsedSentence& s, int verb, const QuoteTokens& quote,
                   const std::vector<int>& outer_heads) {
  if (quote.Holds(s.head(verb))) return true;
  for (int child : s.children(verb)) {
    if (quote.Holds(child)) return true;
  }
  return s.head(verb) >= 0 && verb > quote.last && verb - quote.last <= kSiblingWords &&
         std::binary_search(outer_heads.begin(), outer_heads.end(), s.head(verb));
}

int DistanceToQuote(int i, const QuoteTokens& quote) {
  return i < quote.first ? quote.first - i : i - quote.last;
}

// The tokens that may frame the quote: those within kNearWords of it and
// those the parse joins to one of its words (their heads and children).
// Sorted, without repeats.
std::vector<int> FrameCandidates(const ParsedSentence& s, const QuoteTokens& quote,
                                 const std::vector<int>& outer_heads) {
  std::vector<int> candidates;
  for (int i = std::max(0, quote.first - kNearWords); i < quote.first; ++i) candidates.push_back(i);
  for (int i = quote.last + 1; i < s.size() && i <= quote.last + kNearWords; ++i) {
    candidates.push_back(i);
  }
  for (int q = quote.first; q <= quote.last; ++q) {
    for (int child : s.children(q)) {
      if (!quote.Holds(child)) candidates.push_back(child);
    }
  }
  candidates.insert(candidates.end(), outer_heads.begin(), outer_heads.end());
  // Siblings: words after the quote that hang where the quote does.
  for (int i = quote.last + 1; i < s.size() && i <= quote.last + kSiblingWords; ++i) {
    if (std::binary_search(outer_heads.begin(), outer_heads.end(), s.head(i))) {
      candidates.push_back(i);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  return candidates;
}

// How many heads above the quote's own a said-verb may govern it.
constexpr int kAncestorClimb = 4;

// A said-verb the quote's clause hangs under ("Roe said Sunday that when
// he used the word he was referring to a 'world view'"): the first one up
// the heads from the words the quote hangs on, within kAncestorClimb
// steps; -1 when none.
int AncestorSaidVerb(const ParsedSentence& s, const QuoteTokens& quote,
                     const std::vector<int>& outer_heads, const Lexicon& lexicon) {
  int best = -1, best_steps = kAncestorClimb + 1;
  for (int h : outer_heads) {
    int k = s.head(h);
    for (int step = 1; k >= 0 && step < best_steps; ++step, k = s.head(k)) {
      if (quote.Holds(k)) break;
      if (IsSaidVerbToken(s, k, lexicon)) {
        best = k;
        best_steps = step;
        break;
      }
    }
  }
  return best;
}

// The said-verb that frames the quote: the nearest one the parse links to
// it, else the nearest within kNearWords, else one that governs the
// quote's clause (AncestorSaidVerb); -1 when none.
int FrameVerb(const ParsedSentence& s, const QuoteTokens& quote, const Lexicon& lexicon) {
  int linked = -1, near = -1;
  const std::vector<int> outer_heads = OuterHeads(s, quote);
  for (int i : FrameCandidates(s, quote, outer_heads)) {
    if (!IsSaidVerbToken(s, i, lexicon)) continue;
    const int distance = DistanceToQuote(i, quote);
    if (LinkedToQuote(s, i, quote, outer_heads)) {
      if (linked < 0 || distance < DistanceToQuote(linked, quote)) linked = i;
    } else if (distance <= kNearWords && (near < 0 || distance < DistanceToQuote(near, quote))) {
      near = i;
    }
  }
  if (linked >= 0) return linked;
  return near >= 0 ? near : AncestorSaidVerb(s, quote, outer_heads, lexicon);
}

int SubjectChild(const ParsedSentence& s, int verb, const QuoteTokens& quote) {
  for (int child : s.children(verb)) {
    if (!quote.Holds(child) && s.full_deprel(child) == "nsubj") return child;
  }
  return -1;
}

bool IsNominal(const ParsedSentence& s, int i) {
  return s.upos(i) == "NOUN" || s.upos(i) == "PROPN" || s.upos(i) == "PRON";
}

// The first nominal after the quote, when no verb stands before it and it
// comes before `verb` ("'...,' Jane Roe, senior lawyer with the Fund for
// Clean Air, said"); -1 when none.
int FirstNominalAfterQuote(const ParsedSentence& s, int verb, const QuoteTokens& quote) {
  for (int k = quote.last + 1; k < verb; ++k) {
    if (s.upos(k) == "VERB" || s.upos(k) == "AUX") return -1;
    if (IsNominal(s, k)) return k;
  }
  return -1;
}

// Where the parse gives a said-verb after the quote no subject ("'...,'
// police said" read with "police" as the quote's object), the words
// between the quote and the verb: the nominal next to the verb, else the
// first after the quote; or right after the verb when only punctuation
// stands between them ("'...,' said Jane Roe").
int SubjectByPosition(const ParsedSentence& s, int verb, const QuoteTokens& quote) {
  if (verb < quote.last) return -1;
  for (int k = verb - 1; k > quote.last && k >= verb - kNearWords; --k) {
    if (!IsNominal(s, k)) continue;
    if (s.head(k) == verb || quote.Holds(s.head(k))) return k;
    return FirstNominalAfterQuote(s, verb, quote);
  }
  for (int k = verb + 1; k < s.size() && k <= verb + 3; ++k) {
    if (s.upos(k) == "PROPN") return k;
  }
  return FirstNominalAfterQuote(s, verb, quote);
}

// How many heads up a participle's said-verb looks for the clause it
// speaks for (see SubjectOf).
constexpr int kParticipleClimb = 3;

// The subject of the clause a participle said-verb hangs on ("Roe praised
// the plan, saying '...'", "Roe wrote to Lee, saying '...'"): the first verb
// outside the quote, up the heads, that has one; -1 when none. Heads inside
// the quote are passed through (the parse often hangs the participle on
// the quote's verb).
int ParticipleClauseSubject(const ParsedSentence& s, int verb, const QuoteTokens& quote) {
  int k = s.head(verb);
  for (int step = 0; k >= 0 && step < kParticipleClimb + (quote.last - quote.first); ++step) {
    if (!quote.Holds(k)) {
      if (s.upos(k) != "VERB") return -1;
      const int subject = SubjectChild(s, k, quote);
      if (subject >= 0) return subject;
      if (step >= kParticipleClimb) return -1;
    }
    k = s.head(k);
  }
  return -1;
}

// The verb's subject; for a said-verb joined to another verb ("smiled and
// said", "went on to say"), that verb's; for a participle, the clause's it
// hangs on (ParticipleClauseSubject).
int SubjectOf(const ParsedSentence& s, int verb, const QuoteTokens& quote) {
  int subject = SubjectChild(s, verb, quote);
  if (subject >= 0) return subject;
  const absl::string_view rel = s.deprel(verb);
  const int head = s.head(verb);
  if ((rel == "conj" || rel == "xcomp") && head >= 0 && !quote.Holds(head)) {
    subject = SubjectChild(s, head, quote);
    if (subject >= 0) return subject;
  }
  if (s.xpos(verb) == "VBG" && verb < quote.first) {
    subject = ParticipleClauseSubject(s, verb, quote);
    if (subject >= 0) return subject;
  }
  return SubjectByPosition(s, verb, quote);
}

enum class Possessors { kWith, kWithout };

bool PartOfNominal(const ParsedSentence& s, int child, Possessors possessors) {
  const absl::string_view rel = s.deprel(child);
  if (s.full_deprel(child) == "nmod:poss") return possessors == Possessors::kWith;
  return rel == "compound" || rel == "flat" || rel == "amod" || rel == "det";
}

// Tokens [first, last] of `head` with its compounds, flat parts,
// adjectives, determiners and, when asked, possessors.
void NominalExtent(const ParsedSentence& s, int head, int* first, int* last,
                   Possessors possessors = Possessors::kWith) {
  *first = std::min(*first, head);
  *last = std::max(*last, head);
  for (int child : s.children(head)) {
    if (PartOfNominal(s, child, possessors)) NominalExtent(s, child, first, last, possessors);
  }
}

// The names (in token order, non-overlapping) from the first that ends at
// or after token `from`.
absl::Span<const PersonName> NamesFrom(const std::vector<PersonName>& names, int from) {
  auto at = std::lower_bound(names.begin(), names.end(), from,
                             [](const PersonName& n, int token) { return n.last < token; });
  return absl::MakeConstSpan(names).subspan(at - names.begin());
}

// A person noun of the vocabulary followed by "of" is a title ("Secretary
// of the Interior Jane Roe"), however capitalised.
bool TitleOfSomething(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  return i + 1 < s.size() && s.lower(i + 1) == "of" && lexicon.IsPersonNoun(s.lower(i));
}

// A one-word name the tagger calls a plural common noun ("Officials" at the
// start of a sentence), or that is a title word ("Secretary" of "Secretary
// of State Jane Roe"), is not a name here.
const PersonName* NameAt(const ParsedSentence& s, const std::vector<PersonName>& names, int head,
                         int first, int last, const Lexicon& lexicon) {
  const PersonName* best = nullptr;  // the longest
  for (const PersonName& name : NamesFrom(names, std::min(first, head))) {
    if (name.first > std::max(last, head)) break;
    if (name.first == name.last &&
        (s.xpos(name.first) == "NNS" || IsTitleWord(s, name.first, lexicon) ||
         TitleOfSomething(s, name.first, lexicon))) {
      continue;
    }
    const bool holds_head = name.first <= head && head <= name.last;
    const bool inside = name.first >= first && name.last <= last;
    if ((holds_head || inside) &&
        (best == nullptr || name.last - name.first > best->last - best->first)) {
      best = &name;
    }
  }
  return best;
}

// The name an appositive of `head` gives, or nullptr. An appositive that
// is a common noun gives its own appositive's name first ("the
// performance, campaign manager Jim Messina": Messina), up to `depth`
// levels down.
const PersonName* AppositiveName(const ParsedSentence& s, int head,
                                 const std::vector<PersonName>& names, const Lexicon& lexicon,
                                 int depth = 2) {
  for (int child : s.children(head)) {
    if (s.deprel(child) != "appos") continue;
    if (depth > 0 && s.upos(child) == "NOUN") {
      if (const PersonName* name = AppositiveName(s, child, names, lexicon, depth - 1)) {
        return name;
      }
    }
    int a = child, b = child;
    NominalExtent(s, child, &a, &b, Possessors::kWithout);
    if (const PersonName* name = NameAt(s, names, child, a, b, lexicon)) return name;
  }
  return nullptr;
}

// The name that `head`, or an appositive of it, gives; nullptr if none. A
// possessor is someone else: "Roe's lawyer, Jane Lee" names Lee, and
// "Roe's lawyer" alone no one. A common noun's appositive is its name
// before a name among its modifiers ("Roe campaign spokeswoman Jane Lee":
// Lee, not Roe), and a name before a common noun is no name of it ("Roe
// aide": not Roe).
const PersonName* NameOfNominal(const ParsedSentence& s, int head,
                                const std::vector<PersonName>& names, const Lexicon& lexicon) {
  int first = head, last = head;
  NominalExtent(s, head, &first, &last, Possessors::kWithout);
  if (s.upos(head) == "NOUN") {
    if (const PersonName* name = AppositiveName(s, head, names, lexicon)) return name;
    first = head;
  }
  if (const PersonName* name = NameAt(s, names, head, first, last, lexicon)) return name;
  return AppositiveName(s, head, names, lexicon);
}

QuoteSpeaker SpeakerOfSubject(const ParsedSentence& s, int subject, int verb,
                              const std::vector<PersonName>& names, const Lexicon& lexicon) {
  QuoteSpeaker speaker;
  speaker.kind = SpeakerKind::kUnresolved;
  if (s.upos(subject) == "PRON") {
    if (lexicon.IsPersonPronoun(s.lower(subject))) {
      speaker.kind = SpeakerKind::kPronoun;
      speaker.tokens = {subject, subject};
    }
    return speaker;
  }
  const PersonName* name = NameOfNominal(s, subject, names, lexicon);
  // "the aide leading the delegation, Jane Roe, said": a name between a
  // described subject and its verb names it.
  for (const PersonName& n : NamesFrom(names, subject + 1)) {
    if (name != nullptr || n.last >= verb) break;
    if (n.first > subject && n.last > n.first) name = &n;
  }
  if (name != nullptr) {
    speaker.kind = SpeakerKind::kName;
    speaker.tokens = {name->first, name->last};
    return speaker;
  }
  if (s.upos(subject) != "NOUN" && s.upos(subject) != "PROPN") return speaker;
  int first = subject, last = subject;
  NominalExtent(s, subject, &first, &last);
  while (first < subject && s.upos(first) == "DET") ++first;
  speaker.kind = SpeakerKind::kDescription;
  speaker.tokens = {first, last};
  speaker.head = absl::AsciiStrToLower(s.lemma(subject));
  const int office_first = OfficeEndingAt(s, subject, lexicon);
  if (office_first >= 0) speaker.office = OfficeAt(s, office_first, subject, lexicon);
  speaker.speaks = speaker.office != nullptr ||
                   (s.upos(subject) == "NOUN" && (lexicon.IsSpeakerNoun(speaker.head) ||
                                                  lexicon.IsPersonNoun(speaker.head)));
  return speaker;
}

// How many heads above a pronoun's own verb its antecedent is looked for.
constexpr int kAntecedentClimb = 4;

// For a pronoun speaker: the subject of the nearest clause above the
// pronoun's own when that subject is a name before it ("Roe hammered Lee
// for what he called 'a failure'": Roe). A subject on the path climbed is
// the clause the pronoun sits in ("Roe said Lee, whom he called
// '...', was ..." passes over Lee to Roe). The climb stops at a
// coordinate clause ("conj", "parataxis"). Empty when the first such
// subject is no name, or there is none.
TokenRange GoverningSubjectName(const ParsedSentence& s, int pronoun, const QuoteTokens& quote,
                                const std::vector<PersonName>& names, const Lexicon& lexicon) {
  std::vector<int> path = {pronoun};
  int k = s.head(pronoun);
  for (int step = 0; k >= 0 && step <= kAntecedentClimb; ++step) {
    path.push_back(k);
    // A coordinate clause is no subordinate one: "Roe met Lee, and he
    // said" leaves "he" to the nearest name.
    if (s.deprel(k) == "conj" || s.deprel(k) == "parataxis") break;
    k = s.head(k);
    if (k < 0 || quote.Holds(k)) break;
    for (int child : s.children(k)) {
      if (s.full_deprel(child) != "nsubj" || quote.Holds(child) || child > pronoun ||
          std::find(path.begin(), path.end(), child) != path.end()) {
        continue;
      }
      const PersonName* name = NameOfNominal(s, child, names, lexicon);
      if (name == nullptr) return {};
      return {name->first, name->last};
    }
  }
  return {};
}

// Whether the quote modifies the word: a quote word hangs on it as an
// adjective, compound or modifier ("her 'hurtful' words").
bool QualifiedByQuote(const ParsedSentence& s, int word, const QuoteTokens& quote) {
  for (int child : s.children(word)) {
    if (!quote.Holds(child)) continue;
    const absl::string_view rel = s.deprel(child);
    if (rel == "amod" || rel == "compound" || rel == "nmod" || rel == "acl") return true;
  }
  return false;
}

// A clause complement: "ccomp", or a clause the parse calls otherwise
// that opens with "that" ("Roe hinted that he was ...").
bool IsComplementClause(const ParsedSentence& s, int k) {
  if (s.deprel(k) == "ccomp") return true;
  if (s.head(k) < 0) return false;
  for (int child : s.children(k)) {
    if (s.deprel(child) == "mark" && s.lower(child) == "that") return true;
  }
  return false;
}

// Whether the quote only qualifies or names a noun ("the 'reckless' plan",
// "the term 'deep state'"): every word of it that hangs outside it is an
// adjective, compound or appositive of a noun (not a phrase after it:
// "attacks on 'his faith'" are the attacker's words). Such words are the
// writer's as often as anyone's.
bool ModifiesNoun(const ParsedSentence& s, const QuoteTokens& quote) {
  bool any = false;
  for (int q = quote.first; q <= quote.last; ++q) {
    const int h = s.head(q);
    if (h < 0 || quote.Holds(h) || s.upos(q) == "PUNCT") continue;
    const absl::string_view rel = s.deprel(q);
    const bool modifier = rel == "amod" || rel == "compound" || rel == "appos";
    if (!modifier || (s.upos(h) != "NOUN" && s.upos(h) != "PROPN")) return false;
    any = true;
  }
  return any;
}

// The subject of the nearest clause that governs the quote, when no
// said-verb frames it: from each head a quote word hangs on, up through
// coordinate and subordinate clauses ("She went to see Roe and called him
// a '...'": She), not out of a clause that modifies a noun ("a draft
// noting '...'"), nor past kAncestorClimb heads. Only a subject before the
// quote; -1 when none.
int GoverningSubject(const ParsedSentence& s, const QuoteTokens& quote) {
  if (ModifiesNoun(s, quote)) return -1;
  int best = -1, best_steps = kAncestorClimb + 1;
  for (int q = quote.first; q <= quote.last; ++q) {
    int k = s.head(q);
    if (k < 0 || quote.Holds(k) || s.upos(q) == "PUNCT") continue;
    int inner = -1, inner_steps = 0;  // a complement clause's subject
    int step = 0;
    for (; k >= 0 && step < best_steps; ++step, k = s.head(k)) {
      if (quote.Holds(k)) break;
      const int subject = SubjectChild(s, k, quote);
      const absl::string_view rel = s.deprel(k);
      // Reported speech is the reporter's: "Roe quipped that he is a
      // '...'" is Roe's, so a clause complement climbs on.
      if (subject >= 0 && IsComplementClause(s, k) && inner < 0) {
        inner = subject, inner_steps = step;
        continue;
      }
      if (subject >= 0) {
        if (subject < quote.first) best = subject, best_steps = step;
        inner = -1;
        break;
      }
      if (rel == "acl" || rel == "parataxis" || rel == "appos") break;
    }
    if (inner >= 0 && inner < quote.first && inner_steps < best_steps) {
      best = inner, best_steps = inner_steps;
    }
  }
  return best;
}

// The nominal a source phrase outside the quote names ("According to
// Jane Roe, an attorney, he carried a '...'": Roe), or -1: the word the
// source word is a case marker of, else the first noun or name after it.
int SourcePhraseNominal(const ParsedSentence& s, const QuoteTokens& quote,
                        const Lexicon& lexicon) {
  for (int i = 0; i < s.size(); ++i) {
    if (quote.Holds(i) || !lexicon.IsSourceWord(s.lower(i))) continue;
    const int head = s.head(i);
    if (head > i && !quote.Holds(head) && IsNominal(s, head)) return head;
    for (int k = i + 1; k < s.size() && k <= i + 3 && !quote.Holds(k); ++k) {
      if (s.upos(k) == "NOUN" || s.upos(k) == "PROPN") return k;
    }
  }
  return -1;
}

const char* KindName(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kNone: return "none";
    case SpeakerKind::kUnresolved: return "unresolved";
    case SpeakerKind::kName: return "name";
    case SpeakerKind::kPronoun: return "pronoun";
    case SpeakerKind::kDescription: return "description";
  }
  return "?";
}

}  // namespace

QuoteSpeaker FindQuoteSpeaker(const ParsedSentence& s, int64_t quote_begin, int64_t quote_end,
                              const std::vector<PersonName>& names, const Lexicon& lexicon) {
  const QuoteTokens quote = TokensInside(s, quote_begin, quote_end);
  if (quote.first < 0) return {};
  const int verb = FrameVerb(s, quote, lexicon);
  if (verb < 0) {
    const int source = SourcePhraseNominal(s, quote, lexicon);
    const int subject = source >= 0 ? source : GoverningSubject(s, quote);
    if (subject < 0) return {};
    QuoteSpeaker speaker = SpeakerOfSubject(s, subject, s.head(subject), names, lexicon);
    if (speaker.kind == SpeakerKind::kUnresolved) return {};
    // Without a said-verb only a subject that can speak is taken: not
    // "the term '...' refers to".
    if (speaker.kind == SpeakerKind::kDescription && !speaker.speaks) return {};
    if (speaker.kind == SpeakerKind::kPronoun) {
      speaker.antecedent = GoverningSubjectName(s, subject, quote, names, lexicon);
    }
    speaker.verb = s.head(subject);
    speaker.said = false;
    return speaker;
  }
  int subject = SubjectOf(s, verb, quote);
  // Before the quote a speaker comes before the verb ("Roe said a deal
  // would be 'a moment of cowardice'": not "deal"), and words the quote
  // qualifies ("her 'hurtful' words") never speak.
  if (subject > verb && verb < quote.first) subject = -1;
  if (subject >= 0 && QualifiedByQuote(s, subject, quote)) subject = -1;
  QuoteSpeaker speaker;
  if (subject >= 0) {
    speaker = SpeakerOfSubject(s, subject, verb, names, lexicon);
    if (speaker.kind == SpeakerKind::kPronoun) {
      speaker.antecedent = GoverningSubjectName(s, subject, quote, names, lexicon);
    }
  } else {
    speaker.kind = SpeakerKind::kUnresolved;
  }
  speaker.verb = verb;
  return speaker;
}

TokenRange LastSpeakerName(const ParsedSentence& s, const std::vector<PersonName>& names,
                           const Lexicon& lexicon) {
  std::vector<bool> quoted(s.size(), false);
  bool inside = false;
  for (int i = 0; i < s.size(); ++i) {
    const absl::string_view w = s.word(i);
    if (w == "\xe2\x80\x9c") inside = true;                 // opening mark
    if (w == "\"") inside = !inside;
    quoted[i] = inside;
    if (w == "\xe2\x80\x9d") inside = false;                // closing mark
  }
  for (int v = s.size() - 1; v >= 0; --v) {
    if (quoted[v] || !IsSaidVerbToken(s, v, lexicon)) continue;
    int subject = -1;
    for (int child : s.children(v)) {
      if (s.full_deprel(child) == "nsubj" && !quoted[child]) subject = child;
    }
    if (subject < 0) continue;
    if (s.upos(subject) == "PRON" && s.deprel(v) == "acl" && s.head(v) >= 0) subject = s.head(v);
    const PersonName* name = NameOfNominal(s, subject, names, lexicon);
    if (name == nullptr) return {};
    return {name->first, name->last};
  }
  return {};
}

std::string DumpQuoteSpeaker(const ParsedSentence& s, const QuoteSpeaker& speaker) {
  if (speaker.kind == SpeakerKind::kNone) return "SPEAKER none";
  std::string words;
  if (!speaker.tokens.empty()) words = std::string(s.Text(speaker.tokens.first, speaker.tokens.last));
  std::string verb = speaker.verb >= 0 ? std::string(s.word(speaker.verb)) : "";
  if (!speaker.said) verb = absl::StrCat("clause ", verb);
  std::string dump = absl::StrCat("SPEAKER ", KindName(speaker.kind), " | ", words, " | ", verb);
  if (!speaker.antecedent.empty()) {
    absl::StrAppend(&dump, " | ", s.Text(speaker.antecedent.first, speaker.antecedent.last));
  }
  return dump;
}

// Whether `word` is one a title leaves lowercase (the vocabulary's
// title_small_words; a handful, so a scan).
bool IsTitleSmallWord(absl::string_view word, const Lexicon& lexicon) {
  const auto& words = lexicon.data().title_small_words();
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool IsQuotedTitle(absl::string_view quote, const Lexicon& lexicon) {
  std::vector<absl::string_view> words = absl::StrSplit(quote, ' ', absl::SkipEmpty());
  if (words.size() < 2 || words.size() > static_cast<size_t>(kMaxTitleWords)) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    absl::string_view w = absl::StripTrailingAsciiWhitespace(words[k]);
    const bool inner = k > 0 && k + 1 < words.size();
    if (inner && w == "&") continue;  // "Fox & Friends"
    while (!w.empty() && absl::ascii_ispunct(static_cast<unsigned char>(w.back()))) {
      w.remove_suffix(1);
    }
    if (w.empty()) return false;
    const bool capital = absl::ascii_isupper(static_cast<unsigned char>(w[0]));
    if (!capital && !(inner && IsTitleSmallWord(w, lexicon))) return false;
  }
  return true;
}

}  // namespace factcheck
