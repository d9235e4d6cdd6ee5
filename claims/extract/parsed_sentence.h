// File: claims/extract/parsed_sentence.h
//
// One sentence as the linguistic layer (claims/analysis) reads it, in the
// form the claim modules of claims/extract ask about it: tokens with their
// offsets in the document's clean text, tags, lemmas, the dependency tree
// (heads and children, 0-based) and the named entities. The claim modules
// read only this view, never the analyser's internals.
//
// Example:
//   DocumentParse parse = ParseDocument(*analyzer, clean_text, ranges);
//   const ParsedSentence& s = parse.sentences[0];
//   s.word(1);      // "Smith"
//   s.upos(1);      // "PROPN"
//   s.head(1);      // 2 (0-based; -1 for the root)
//   s.deprel(1);    // "nsubj"
//   s.EntityAt(1);  // index into s.entities, or -1

#ifndef FACTCHECK_CLAIMS_EXTRACT_PARSED_SENTENCE_H_
#define FACTCHECK_CLAIMS_EXTRACT_PARSED_SENTENCE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/analysis/analyzer.h"

namespace factcheck {

// A named entity of the sentence as tokens [first, end).
struct ParsedEntity {
  int first = 0;
  int end = 0;
  std::string type;  // "PERSON", "ORGANIZATION", "PLACE", "EVENT"
};

class ParsedSentence {
 public:
  // `text` is the document's clean text; the analysis's token offsets are
  // offsets into it. Both must outlive this object.
  ParsedSentence(const Analyzer& analyzer, absl::string_view text,
                 SentenceAnalysis analysis, bool heading);

  int size() const { return static_cast<int>(analysis_.tokens.size()); }
  bool heading() const { return heading_; }
  // Offsets of token i in the clean text, half-open.
  int64_t begin(int i) const { return analysis_.tokens[i].begin; }
  int64_t end(int i) const { return analysis_.tokens[i].end; }
  absl::string_view word(int i) const;
  // Lowercase, curly apostrophes made straight.
  const std::string& lower(int i) const { return lower_[i]; }
  const std::string& lemma(int i) const { return analysis_.tokens[i].lemma; }
  const std::string& upos(int i) const;
  const std::string& xpos(int i) const;
  // The relation without its subtype ("nmod" for "nmod:poss").
  absl::string_view deprel(int i) const;
  const std::string& full_deprel(int i) const;
  // 0-based head, -1 for the root.
  int head(int i) const { return analysis_.tokens[i].head - 1; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  // Text of tokens [first, last] as written (from the clean text).
  absl::string_view Text(int first, int last) const;
  // The entity covering token i, or -1.
  int EntityAt(int i) const { return entity_at_[i]; }
  const std::vector<ParsedEntity>& entities() const { return entities_; }
  // Whether token i is a proper noun (UPOS PROPN).
  bool IsProperNoun(int i) const { return upos(i) == "PROPN"; }

 private:
  const Analyzer* analyzer_;
  absl::string_view text_;
  SentenceAnalysis analysis_;
  bool heading_;
  std::vector<std::string> lower_;
  std::vector<std::vector<int>> children_;
  std::vector<int> entity_at_;
  std::vector<ParsedEntity> entities_;
};

// Analyses each clean-text range [first, second) of a document, with the
// document's evidence of how it writes each word (gazetteer.h).
// `headings[i]` tells whether range i is a heading (may be empty).
std::vector<ParsedSentence> ParseDocument(
    const Analyzer& analyzer, absl::string_view text,
    const std::vector<std::pair<int64_t, int64_t>>& ranges,
    const std::vector<bool>& headings);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_PARSED_SENTENCE_H_
