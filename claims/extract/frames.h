// File: claims/extract/frames.h
//
// What happened to what, read from the parse: a verb, the thing it
// happens to (its theme: the subject of a passive, else its object), and
// whether the sentence negates it. "The amendment was not approved by
// voters" and "Voters approved the amendment" are one frame, approve /
// amendment, with opposite polarity, whoever the subject is; the polarity
// pass (compare/passes/polarity.h) compares frames across documents by
// theme and predicate.
//
// A frame needs a verb (upos VERB, not a said-verb: a report that someone
// did not say something is rarely the opposite of one that they did) and a
// theme that is a noun or a name, not a pronoun. The theme is its head
// word's lemma, lowercase ("officers" -> "officer"); the predicate the
// verb's lemma. Negated: the verb has an advmod child that is a one-word
// negation cue of the vocabulary ("not", "never", "n't").
//
// Status: not yet wired into extraction. Emitted as event claims and keyed
// across whole documents by theme and predicate alone, frames raised the
// BASIL audit load from 98 to 123 findings for one more perturbation
// caught (2026-12-03); they need their other arguments (agent, time) in the
// key, or sentence alignment, before the polarity pass can use them.
//
// Example:
//   for (const Frame& f : FindFrames(sentence, lexicon))
//     DumpFrame(f)   // "FRAME approve | amendment | negated"

#ifndef FACTCHECK_CLAIMS_EXTRACT_FRAMES_H_
#define FACTCHECK_CLAIMS_EXTRACT_FRAMES_H_

#include <string>
#include <vector>

#include "claims/extract/parsed_sentence.h"
#include "claims/lexicon.h"

namespace factcheck {

struct Frame {
  std::string predicate;  // the verb's lemma, lowercase
  std::string theme;      // the theme's head lemma, lowercase
  bool negated = false;
  int verb = -1;   // token
  int theme_token = -1;
  int negation = -1;  // token of the cue, or -1
};

std::vector<Frame> FindFrames(const ParsedSentence& s, const Lexicon& lexicon);

// "FRAME predicate | theme | negated" (or "asserted").
std::string DumpFrame(const Frame& frame);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_FRAMES_H_
