#include "claims/extract/frames.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

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

// The verb's theme: its passive subject, else its object; -1 when none is
// a noun or a name.
int Theme(const ParsedSentence& s, int verb) {
  int object = -1;
  for (int c : s.children(verb)) {
    const std::string& rel = s.full_deprel(c);
    if (rel == "nsubj:pass") return s.upos(c) == "NOUN" || s.upos(c) == "PROPN" ? c : -1;
    if (rel == "obj" && object < 0) object = c;
  }
  if (object >= 0 && s.upos(object) != "NOUN" && s.upos(object) != "PROPN") return -1;
  return object;
}

}  // namespace

std::vector<Frame> FindFrames(const ParsedSentence& s, const Lexicon& lexicon) {
  std::vector<Frame> frames;
  for (int k = 0; k < s.size(); ++k) {
    if (s.upos(k) != "VERB") continue;
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
    frames.push_back(std::move(f));
  }
  return frames;
}

std::string DumpFrame(const Frame& frame) {
  return absl::StrCat("FRAME ", frame.predicate, " | ", frame.theme, " | ",
                      frame.negated ? "negated" : "asserted");
}

}  // namespace factcheck
