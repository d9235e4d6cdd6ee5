#include "claims/extract/frames.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace factcheck {
namespace {

std::string LowerLemma(const ParsedSentence& s, int i) {
  std::string lemma = absl::AsciiStrToLower(s.lemma(i));
  return lemma.empty() ? s.lower(i) : lemma;
}

// Whether token i is a one-word negation cue of the vocabulary.
bool IsNegation(const ParsedSentence& s, int i, const Lexicon& lexicon) {
  for (const std::vector<std::string>& cue : lexicon.negation_cue_words()) {
    if (cue.size() == 1 && (cue[0] == s.lower(i) || cue[0] == LowerLemma(s, i))) return true;
  }
  return false;
}

// The noun a relative clause's verb modifies ("the amendment, which was
// approved"), or -1.
int Antecedent(const ParsedSentence& s, int verb) {
  return s.deprel(verb) == "acl" ? s.head(verb) : -1;
}

// The verb's theme (a relative pronoun stands for its antecedent): its passive subject, else its object, else (a verb
// with neither: "the company apologised") its subject; -1 when that is not
// a noun or a name.
int Theme(const ParsedSentence& s, int verb) {
  int object = -1, subject = -1;
  for (int c : s.children(verb)) {
    const std::string& rel = s.full_deprel(c);
    if (rel == "nsubj:pass") {
      const int theme = s.xpos(c) == "WDT" || s.xpos(c) == "WP" ? Antecedent(s, verb) : c;
      return theme >= 0 && (s.upos(theme) == "NOUN" || s.upos(theme) == "PROPN") ? theme : -1;
    }
    if (rel == "obj" && object < 0) object = c;
    if (rel == "nsubj" && subject < 0) subject = c;
  }
  int theme = object >= 0 ? object : subject;
  if (theme >= 0 && (s.xpos(theme) == "WDT" || s.xpos(theme) == "WP")) theme = Antecedent(s, verb);
  if (theme >= 0 && s.upos(theme) != "NOUN" && s.upos(theme) != "PROPN") return -1;
  return theme;
}

// Whether token i is a content word an argument may be: a noun, a name,
// a number or (as a modifier) an adjective.
bool IsContent(const ParsedSentence& s, int i, bool modifier) {
  const std::string& upos = s.upos(i);
  return upos == "NOUN" || upos == "PROPN" || upos == "NUM" || (modifier && upos == "ADJ");
}

bool IsArgumentRelation(absl::string_view rel) {
  return rel == "nsubj" || rel == "obj" || rel == "iobj" || rel == "obl";
}

bool IsModifierRelation(absl::string_view rel) {
  return rel == "compound" || rel == "flat" || rel == "nummod" || rel == "amod" ||
         rel == "nmod" || rel == "appos";
}

// Token i's lemma and those of its modifiers, into `out`.
void AddWithModifiers(const ParsedSentence& s, int i, std::vector<std::string>& out) {
  if (IsContent(s, i, false)) out.push_back(LowerLemma(s, i));
  for (int m : s.children(i)) {
    if (IsModifierRelation(s.deprel(m)) && IsContent(s, m, true)) out.push_back(LowerLemma(s, m));
  }
}

// Per sentence, computed once (coordinations can give a verb thousands of
// conjuncts): each token's first nsubj child, and which verbs are unstated.
struct Clauses {
  explicit Clauses(const ParsedSentence& s) : subject(s.size(), -1), unstated(s.size(), -1) {
    for (int i = 0; i < s.size(); ++i) {
      const int h = s.head(i);
      if (h >= 0 && s.deprel(i) == "nsubj" && subject[h] < 0) subject[h] = i;
    }
  }
  std::vector<int> subject;
  std::vector<int8_t> unstated;  // -1 not yet known
};

std::vector<std::string> Arguments(const ParsedSentence& s, const Clauses& clauses,
                                   const Frame& f) {
  std::vector<std::string> out;
  for (int c : s.children(f.verb)) {
    if (c == f.theme_token || !IsArgumentRelation(s.deprel(c))) continue;
    // A relative pronoun subject stands for its antecedent: "the package
    // that funded the government".
    const bool relative = s.deprel(c) == "nsubj" && (s.xpos(c) == "WDT" || s.xpos(c) == "WP");
    const int word = relative ? Antecedent(s, f.verb) : c;
    if (word >= 0 && word != f.theme_token) AddWithModifiers(s, word, out);
  }
  // An active participle's noun is its doer: "legislation incorporating
  // the proposal".
  if (s.xpos(f.verb) == "VBG" && clauses.subject[f.verb] < 0) {
    const int doer = Antecedent(s, f.verb);
    if (doer >= 0 && doer != f.theme_token) AddWithModifiers(s, doer, out);
  }
  // A coordinated verb without its own subject shares its head's: "Police
  // arrested the driver and towed the car".
  const int head = s.head(f.verb);
  if (s.deprel(f.verb) == "conj" && head >= 0 && clauses.subject[f.verb] < 0 &&
      clauses.subject[head] >= 0) {
    AddWithModifiers(s, clauses.subject[head], out);
  }
  for (int m : s.children(f.theme_token)) {
    if (IsModifierRelation(s.deprel(m)) && IsContent(s, m, true)) out.push_back(LowerLemma(s, m));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.erase(std::remove(out.begin(), out.end(), f.theme), out.end());
  return out;
}

// Whether v's own words make it unstated: a condition mark, an
// infinitive's "to", a hedge or a modal.
bool MarkedUnstated(const ParsedSentence& s, int v, const Lexicon& lexicon) {
  for (int c : s.children(v)) {
    const absl::string_view rel = s.deprel(c);
    if (rel == "mark" && (lexicon.IsConditionMark(s.lower(c)) || s.xpos(c) == "TO")) return true;
    if ((rel == "aux" || rel == "advmod") &&
        (lexicon.IsHedgeCue(s.lower(c)) || lexicon.IsModalityCue(s.lower(c)))) {
      return true;
    }
  }
  return false;
}

// Whether token k is a caption's label: "Jailed: the former president
// has been sentenced ...".
bool IsLabel(const ParsedSentence& s, int k) {
  return k == 0 && s.size() > 1 && s.word(1) == ":";
}

// Whether verb v is an infinitive: "to" marks it.
bool IsInfinitive(const ParsedSentence& s, int v) {
  for (int c : s.children(v)) {
    if (s.deprel(c) == "mark" && s.xpos(c) == "TO") return true;
  }
  return false;
}

// What v's clause inherits from its head: 1 unstated, 0 stated, -1 ask
// the head (a conjunct, or reported speech under a said-verb).
int OwnVerdict(const ParsedSentence& s, int v, const Lexicon& lexicon) {
  if (MarkedUnstated(s, v, lexicon)) return 1;
  const absl::string_view rel = s.deprel(v);
  const int head = s.head(v);
  if (rel == "xcomp") return 1;
  if (rel == "ccomp") {
    // What a caption's label heads is stated on its own.
    if (head >= 0 && IsLabel(s, head)) return 0;
    return head >= 0 && (lexicon.IsSaidVerb(s.lower(head)) ||
                         lexicon.IsSaidVerb(LowerLemma(s, head)))
               ? -1
               : 1;
  }
  // A conjunct, or an adverbial clause ("..., raising the risk"), is as
  // stated as the verb it hangs on; not an infinitive's or a word the
  // tagger took for a noun, which the parser often makes the head of what
  // follows.
  if (rel == "advcl") {
    return head >= 0 && s.upos(head) == "VERB" && !IsInfinitive(s, head) ? -1 : 0;
  }
  return rel == "conj" && head >= 0 ? -1 : 0;
}

// Whether the verb's clause is a condition or a question ("whether it was
// approved"), hedged or modal ("would approve", "allegedly approved",
// "should approve"), or the complement
// of a verb other than a said-verb ("urged him not to veto",
// "concluded that he would not run", "plans to run"; any infinitive,
// which states a plan, a purpose or an urging): such a frame states
// neither polarity. Walks up through coordination and reported speech
// ("said he had not served" states what the speaker says).
bool Unstated(const ParsedSentence& s, Clauses& clauses, int verb, const Lexicon& lexicon) {
  std::vector<int> chain;
  int verdict = -1;
  for (int v = verb; v >= 0 && verdict < 0; v = s.head(v)) {
    if (clauses.unstated[v] >= 0) {
      verdict = clauses.unstated[v];
      break;
    }
    chain.push_back(v);
    verdict = OwnVerdict(s, v, lexicon);
    if (chain.size() > static_cast<size_t>(s.size())) verdict = 0;  // a cycle
  }
  if (verdict < 0) verdict = 0;
  for (int v : chain) clauses.unstated[v] = static_cast<int8_t>(verdict);
  return verdict == 1;
}

// Whether an oblique of the verb is bounded by a period mark: "has not
// scored since May" says when it last happened, not that it never did.
bool Bounded(const ParsedSentence& s, int verb, const Lexicon& lexicon) {
  for (int c : s.children(verb)) {
    if (s.deprel(c) != "obl" && s.deprel(c) != "advcl") continue;
    for (int m : s.children(c)) {
      if ((s.deprel(m) == "case" || s.deprel(m) == "mark") && lexicon.IsPeriodMark(s.lower(m))) {
        return true;
      }
    }
  }
  return false;
}

// Whether verb k is a word used as a noun or an adjective rather than a
// stated event: a modifier ("at breaking point"), a gerund that is a
// clause's subject ("Building a brain is hard" builds nothing), a
// caption's label ("Remembered: ..."), or a heading's first word with no
// subject ("Labour leadership debate").
bool NotAnEvent(const ParsedSentence& s, const Clauses& clauses, int k) {
  const absl::string_view rel = s.deprel(k);
  if (rel == "amod" || rel == "compound" || rel == "csubj") return true;
  if (IsLabel(s, k) && clauses.subject[k] < 0) return true;
  return s.heading() && k == 0 && clauses.subject[k] < 0;
}

}  // namespace

std::vector<Frame> FindFrames(const ParsedSentence& s, const Lexicon& lexicon) {
  std::vector<Frame> frames;
  Clauses clauses(s);
  for (int k = 0; k < s.size(); ++k) {
    if (s.upos(k) != "VERB" || NotAnEvent(s, clauses, k)) continue;
    Frame f;
    f.predicate = LowerLemma(s, k);
    if (lexicon.IsSaidVerb(s.lower(k)) || lexicon.IsSaidVerb(f.predicate)) continue;
    f.theme_token = Theme(s, k);
    if (f.theme_token < 0) continue;
    f.theme = LowerLemma(s, f.theme_token);
    f.verb = k;
    for (int c : s.children(k)) {
      if (s.deprel(c) == "advmod" && IsNegation(s, c, lexicon)) f.negation = c;
    }
    f.negated = f.negation >= 0;
    if (Unstated(s, clauses, k, lexicon) || (f.negated && Bounded(s, k, lexicon))) continue;
    f.arguments = Arguments(s, clauses, f);
    frames.push_back(std::move(f));
  }
  return frames;
}

std::string DumpFrame(const Frame& frame) {
  return absl::StrCat("FRAME ", frame.predicate, " | ", frame.theme, " | ",
                      frame.negated ? "negated" : "asserted",
                      frame.arguments.empty() ? "" : " | ", absl::StrJoin(frame.arguments, " "));
}

}  // namespace factcheck
