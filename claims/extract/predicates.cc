#include "claims/extract/predicates.h"

#include "absl/strings/ascii.h"

namespace factcheck {
namespace {

// The first token that ends after `begin` (tokens are in text order), by
// binary search: a sentence may hold thousands of claims.
int FirstEndingAfter(const ParsedSentence& s, int64_t begin) {
  int lo = 0, hi = s.size();
  while (lo < hi) {
    const int mid = lo + (hi - lo) / 2;
    if (s.end(mid) <= begin) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// The token of [begin, end) whose head lies outside it, or -1.
int PhraseHead(const ParsedSentence& s, int64_t begin, int64_t end) {
  int first_inside = -1;
  for (int i = FirstEndingAfter(s, begin); i < s.size() && s.begin(i) < end; ++i) {
    if (first_inside < 0) first_inside = i;
    const int h = s.head(i);
    if (h < 0 || s.end(h) <= begin || s.begin(h) >= end) return i;
  }
  return first_inside;
}

// Whether the date phrase ending at `end`, hung on noun `k`, belongs to
// the verb right after it: the parser often hangs a date between a
// subject and its verb on the subject ("The council on Monday voted":
// "Monday" under "council"), and a date there dates the verb, unless the
// subject is an event ("The resignation on Monday surprised them").
bool DateBeforeItsVerb(const ParsedSentence& s, int k, int64_t end) {
  if (s.upos(k) != "NOUN" && s.upos(k) != "PROPN") return false;
  const int verb = s.head(k);
  if (verb < 0 || verb <= k || s.upos(verb) != "VERB") return false;
  return s.deprel(k) == "nsubj" && FirstEndingAfter(s, end) == verb;
}

// The verb of a fronted phrase [begin, end) (one opened by a preposition,
// in it or just before it)
// that the parse hangs on the noun `k` after it, or -1. An English noun
// takes its prepositional modifiers after it, so "In June, police seized
// ..." dates "seize", not "police"; when the parse has also lost the verb
// (the noun made the root, the verb an "acl" below it), the first such
// verb after the noun.
int FrontedPhraseVerb(const ParsedSentence& s, int k, int64_t begin, int64_t end) {
  if (s.upos(k) != "NOUN" && s.upos(k) != "PROPN") return -1;
  const int first = FirstEndingAfter(s, begin);
  if (s.begin(k) < end || first >= s.size()) return -1;
  if (s.upos(first) != "ADP" && (first == 0 || s.upos(first - 1) != "ADP")) return -1;
  const int verb = s.head(k);
  if (verb > k && s.upos(verb) == "VERB") return verb;
  if (verb >= 0) return -1;
  for (int j = k + 1; j < s.size(); ++j) {
    if (s.upos(j) == "VERB" && s.deprel(j) == "acl") return j;
  }
  return -1;
}

// The event noun just before the date phrase whose head `head` the parse
// hangs on the noun's own verb ("has not happened since their encounter
// in 2021": "2021" and "encounter" both under "happened"): the phrase
// qualifies the noun. -1 when there is none.
int EventNounBefore(const ParsedSentence& s, int head, int64_t begin, const Lexicon& lexicon) {
  const int verb = s.head(head);
  int before = FirstEndingAfter(s, begin) - 1;
  while (before >= 0 && s.head(before) == head && s.deprel(before) == "case") --before;
  if (verb < 0 || before < 0 || s.upos(verb) != "VERB" || s.deprel(head) != "obl") return -1;
  if (s.head(before) != verb || s.upos(before) != "NOUN" || s.deprel(before) != "obl") return -1;
  return lexicon.VerbOfNoun(absl::AsciiStrToLower(s.lemma(before))).empty() ? -1 : before;
}

// The verb an adverb modifies, for a date the parse hangs on the adverb
// ("met only once, in 2017": "2017" under "once"); else `k`.
int PastAdverb(const ParsedSentence& s, int k) {
  if (s.upos(k) != "ADV" || s.deprel(k) != "advmod") return k;
  const int verb = s.head(k);
  return verb >= 0 && s.upos(verb) == "VERB" ? verb : k;
}

// Token k's lemma, lowercase; its word when the analysis gives none.
std::string LemmaOf(const ParsedSentence& s, int k) {
  std::string lemma = absl::AsciiStrToLower(s.lemma(k));
  return lemma.empty() ? std::string(s.lower(k)) : lemma;
}

}  // namespace

std::string GoverningPredicate(const ParsedSentence& s, int64_t begin, int64_t end,
                               const Lexicon& lexicon, EventNouns event_nouns) {
  const int head = PhraseHead(s, begin, end);
  if (head < 0) return "";
  // The phrase's head itself, or the word it depends on: a verb, or an
  // event noun when asked.
  int k = s.upos(head) == "VERB" ? head : s.head(head);
  if (k < 0) return "";
  if (event_nouns == EventNouns::kFollow) {
    const int noun = EventNounBefore(s, head, begin, lexicon);
    if (noun >= 0) return std::string(lexicon.VerbOfNoun(absl::AsciiStrToLower(s.lemma(noun))));
    k = PastAdverb(s, k);
  }
  std::string lemma = LemmaOf(s, k);
  const int fronted = event_nouns == EventNouns::kFollow && k != head
                          ? FrontedPhraseVerb(s, k, begin, end)
                          : -1;
  if (fronted >= 0) {
    k = fronted;
    lemma = LemmaOf(s, k);
  } else if (event_nouns == EventNouns::kFollow && k != head && s.deprel(head) == "nmod" &&
             (s.upos(k) != "NOUN" || lexicon.VerbOfNoun(lemma).empty()) &&
             DateBeforeItsVerb(s, k, end)) {
    k = s.head(k);
    lemma = LemmaOf(s, k);
  } else if (s.upos(k) == "NOUN" && event_nouns == EventNouns::kFollow) {
    lemma = std::string(lexicon.VerbOfNoun(lemma));
  } else if (s.upos(k) != "VERB") {
    return "";
  }
  if (lemma.empty()) return "";
  if (lexicon.IsSaidVerb(s.lower(k)) || lexicon.IsSaidVerb(lemma)) return "say";
  return lemma;
}

}  // namespace factcheck
