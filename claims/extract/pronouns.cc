#include "claims/extract/pronouns.h"

#include "absl/strings/string_view.h"

namespace factcheck {
namespace {

// How many heads a name's climb to the pronoun's verb may take.
constexpr int kClauseClimb = 6;

// Whether token k opens a clause of its own below its head (a conjunct
// noun, "Roe and Lee", does not).
bool OpensClause(const ParsedSentence& s, int k) {
  const absl::string_view rel = s.deprel(k);
  if (rel == "conj") return s.upos(k) != "NOUN" && s.upos(k) != "PROPN" && s.upos(k) != "PRON";
  return rel == "acl" || rel == "advcl" || rel == "ccomp" || rel == "xcomp" ||
         rel == "parataxis" || rel == "csubj";
}

// The head of a name: its first token, or what a "flat" part hangs on.
int NameHead(const ParsedSentence& s, int name) {
  return s.deprel(name) == "flat" && s.head(name) >= 0 ? s.head(name) : name;
}

}  // namespace

int TokenStartingAt(const ParsedSentence& s, int64_t offset) {
  int lo = 0, hi = s.size();
  while (lo < hi) {
    const int mid = (lo + hi) / 2;
    if (s.begin(mid) < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < s.size() && s.begin(lo) == offset ? lo : -1;
}

bool NameInPronounClause(const ParsedSentence& s, int name, int pronoun) {
  if (name < 0 || pronoun < 0 || s.full_deprel(pronoun) != "nsubj") return false;
  const int verb = s.head(pronoun);
  int k = NameHead(s, name);
  for (int step = 0; k >= 0 && step < kClauseClimb; ++step) {
    if (s.head(k) == verb) return !OpensClause(s, k);
    if (OpensClause(s, k)) return false;
    k = s.head(k);
  }
  return false;
}

bool NameInCoordination(const ParsedSentence& s, int name) {
  if (name < 0) return false;
  const int head = NameHead(s, name);
  if (s.deprel(head) == "conj") return true;
  for (int child : s.children(head)) {
    if (s.deprel(child) == "conj") return true;
  }
  return false;
}

bool MainSubjectIsPersonalPronoun(const ParsedSentence& s, const Lexicon& lexicon) {
  for (int i = 0; i < s.size(); ++i) {
    if (s.head(i) >= 0) continue;
    for (int child : s.children(i)) {
      if (s.full_deprel(child) == "nsubj" && s.upos(child) == "PRON") {
        return lexicon.GenderOf(s.lower(child)) != Gender::kUnknown;
      }
    }
    return false;
  }
  return false;
}

int MainSubject(const ParsedSentence& s) {
  for (int i = 0; i < s.size(); ++i) {
    if (s.head(i) >= 0) continue;
    for (int child : s.children(i)) {
      if (s.deprel(child) == "nsubj") return child;
    }
    return -1;
  }
  return -1;
}

}  // namespace factcheck
