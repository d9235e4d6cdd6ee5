// File: claims/extract/frames.h
//
// What happened to what, read from the parse: a verb, the thing it
// happens to (its theme: the subject of a passive, else its object, else
// for a verb with neither its subject), whether the sentence negates it,
// and the frame's other words. "The amendment was not approved by voters"
// and "Voters approved the amendment" are one frame, approve / amendment,
// with opposite polarity, sharing "voter"; the polarity pass
// (compare/passes/polarity.h) compares frames across documents by theme
// and predicate when they share one of their other words.
//
// A frame needs a verb (upos VERB, not a said-verb: a report that someone
// did not say something is rarely the opposite of one that they did) and a
// theme that is a noun or a name, not a pronoun. The theme is its head
// word's lemma, lowercase ("officers" -> "officer"); the predicate the
// verb's lemma. Negated: the verb has an advmod child that is a one-word
// negation cue of the vocabulary ("not", "never", "n't").
//
// A verb that does not state its event either way gives no frame: under a
// condition mark ("whether", "if"), a hedge or a modal of the vocabulary
// ("would", "allegedly", "should"), in an infinitive or the complement of a
// verb other than a said-verb ("urged him not to veto", "concluded that
// he would not run"; reported speech, "said he had not served", counts),
// and a negation over a period ("has not scored since March"). Nor does a
// verb used as a noun or an adjective: a modifier ("at breaking point"), a
// gerund subject ("Building a bridge is hard"), a heading's first word
// without a subject ("Labour leadership debate").
//
// Example:
//   for (const Frame& f : FindFrames(sentence, lexicon))
//     DumpFrame(f)   // "FRAME approve | amendment | negated | voter"

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
  // The other words of the frame, lowercase lemmas, sorted, without the
  // theme: the verb's subject, objects and obliques (nouns, names,
  // numbers) with their modifiers, and the theme's modifiers.
  std::vector<std::string> arguments;
};

std::vector<Frame> FindFrames(const ParsedSentence& s, const Lexicon& lexicon);

// "FRAME predicate | theme | negated | arguments" (or "asserted").
std::string DumpFrame(const Frame& frame);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_FRAMES_H_
