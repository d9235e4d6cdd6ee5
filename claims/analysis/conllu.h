// File: claims/analysis/conllu.h
//
// Reads CoNLL-U treebanks (https://universaldependencies.org/format.html):
// the training and evaluation data of the linguistic layer. Multiword-token
// range lines ("1-2 don't") and empty nodes ("8.1") are skipped: a sentence is
// its syntactic words, which in UD English are substrings of the surface.
// GUM's entity annotation in the MISC column (`Entity=(12-person-...` opens
// a mention, `12)` closes it) is read into the named mentions of the sentence:
// a mention of a person, organization, place or event whose head word is a
// proper noun (UPOS PROPN or XPOS NNP/NNPS), narrowed to its name (the run
// of proper nouns around the head, with "of", "the", "and", "&", "de" and
// hyphens between them), outermost names only.
//
// Example:
//   absl::StatusOr<std::vector<ConlluSentence>> s =
//       ReadConlluFile("en_gum-ud-test.conllu");
//   // (*s)[0].words[9].form == "America"; (*s)[0].names[0].type == "place"

#ifndef FACTCHECK_CLAIMS_ANALYSIS_CONLLU_H_
#define FACTCHECK_CLAIMS_ANALYSIS_CONLLU_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck {

struct ConlluWord {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;  // "_" when none
  int head = 0;       // 1-based; 0 is the root
  std::string deprel;
  std::string misc;
};

// A named mention: words [begin, end) (0-based) of the sentence.
struct ConlluName {
  int begin = 0;
  int end = 0;
  std::string type;  // GUM's entity type: "person", "place", ...
};

struct ConlluSentence {
  std::string doc_id;  // from the last "# newdoc id = ..." line
  std::string sent_id;
  std::string text;  // "# text = ..."; empty when the file has none
  std::vector<ConlluWord> words;
  std::vector<ConlluName> names;
  // Whether any word carries entity annotation (GUM does, EWT does not).
  bool has_entities = false;
};

// Parses CoNLL-U text. `name` is used in error messages only. Returns
// InvalidArgument naming the line for a token line without 10 columns or
// with a head that is not a number in range.
absl::StatusOr<std::vector<ConlluSentence>> ParseConllu(absl::string_view text,
                                                        absl::string_view name);

// Reads and parses a file; NotFound when it cannot be opened.
absl::StatusOr<std::vector<ConlluSentence>> ReadConlluFile(
    const std::string& path);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_CONLLU_H_
