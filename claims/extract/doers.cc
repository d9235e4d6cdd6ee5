#include "claims/extract/doers.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace factcheck {
namespace {

bool IsSubjectRelation(const ParsedSentence& s, int i) {
  const std::string& rel = s.full_deprel(i);
  return rel == "nsubj" || rel == "nsubj:pass";
}

bool IsRelativePronoun(const ParsedSentence& s, int i) {
  return s.xpos(i) == "WP" || s.xpos(i) == "WDT";
}

int OwnSubject(const ParsedSentence& s, int verb) {
  for (int c : s.children(verb)) {
    if (IsSubjectRelation(s, c)) return c;
  }
  return -1;
}

// The predicate an auxiliary, copula or negation belongs to.
int Predicate(const ParsedSentence& s, int verb) {
  const absl::string_view rel = s.deprel(verb);
  if ((rel == "aux" || rel == "cop") && s.head(verb) >= 0) return s.head(verb);
  return verb;
}

}  // namespace

bool IsPredicate(const ParsedSentence& s, int verb) {
  if (verb < 0 || verb >= s.size()) return false;
  const int v = Predicate(s, verb);
  return s.upos(v) == "VERB" || s.upos(v) == "ADJ";
}

int DoerOf(const ParsedSentence& s, int verb) {
  if (verb < 0 || verb >= s.size()) return -1;
  int v = Predicate(s, verb);
  for (int step = 0; v >= 0 && step < s.size(); ++step) {
    if (s.upos(v) != "VERB" && s.upos(v) != "ADJ") return -1;
    const int subject = OwnSubject(s, v);
    if (subject >= 0) {
      if (IsRelativePronoun(s, subject) && s.deprel(v) == "acl") return s.head(v);
      return subject;
    }
    const absl::string_view rel = s.deprel(v);
    if (rel != "conj" && rel != "xcomp") return -1;
    v = s.head(v);
  }
  return -1;
}

bool IsDoer(const ParsedSentence& s, int verb, int first, int last) {
  const int d = DoerOf(s, verb);
  if (d < 0) return false;
  if (d >= first && d <= last) return true;
  // "Jane Smith, the minister, who resigned": the subject in apposition
  // to the name.
  if (s.deprel(d) == "appos" && s.head(d) >= first && s.head(d) <= last) return true;
  // "The minister, Jane Smith, resigned": the name in apposition to the
  // subject, or the subject a title the name is part of ("Mayor Jane
  // Smith", parsed with the title as head).
  for (int i = first; i <= last && i < s.size(); ++i) {
    const absl::string_view rel = s.deprel(i);
    if (s.head(i) == d && (rel == "appos" || rel == "flat" || rel == "compound")) return true;
  }
  return false;
}

std::string DumpDoer(const ParsedSentence& s, int verb) {
  const int d = DoerOf(s, verb);
  return absl::StrCat("DOER ", s.word(verb), " <- ", d < 0 ? "none" : s.word(d));
}

}  // namespace factcheck
