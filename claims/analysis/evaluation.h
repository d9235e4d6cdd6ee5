// File: claims/analysis/evaluation.h
//
// Scores the analyzer against a treebank's test split, the way the CoNLL
// 2018 shared task does: tags, lemmas and attachment on the gold words
// (UAS: the right head; LAS: the right head and universal relation, without
// subtype), the same on raw text (tokens aligned by their character spans,
// F1 over predicted and gold), and named entities (exact span and type,
// precision, recall and F1 per type and over PERSON, ORGANIZATION, PLACE).
//
// Example:
//   SyntaxScores s = EvaluateSyntax(analyzer, ewt_test);
//   // s.upos() > 0.95

#ifndef FACTCHECK_CLAIMS_ANALYSIS_EVALUATION_H_
#define FACTCHECK_CLAIMS_ANALYSIS_EVALUATION_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "claims/analysis/analyzer.h"
#include "claims/analysis/conllu.h"

namespace factcheck {

struct SyntaxScores {
  int64_t words = 0;
  int64_t upos_correct = 0, xpos_correct = 0, lemma_correct = 0,
          feats_correct = 0, heads_correct = 0, labeled_correct = 0,
          full_labeled_correct = 0;
  double upos() const { return Share(upos_correct); }
  double xpos() const { return Share(xpos_correct); }
  double lemma() const { return Share(lemma_correct); }
  double feats() const { return Share(feats_correct); }
  double uas() const { return Share(heads_correct); }
  double las() const { return Share(labeled_correct); }
  // LAS with relation subtypes ("nsubj:pass") compared as well.
  double full_las() const { return Share(full_labeled_correct); }

 private:
  double Share(int64_t n) const { return words > 0 ? double(n) / words : 0; }
};

// On gold words.
SyntaxScores EvaluateSyntax(const Analyzer& analyzer,
                            const std::vector<ConlluSentence>& sentences);

struct RawScores {
  int64_t gold = 0, predicted = 0;
  int64_t tokens = 0, upos = 0, heads = 0, labeled = 0;
  double F1(int64_t correct) const {
    return gold + predicted > 0 ? 2.0 * correct / (gold + predicted) : 0;
  }
  // Sentences whose gold words could not be found in their text, left out.
  int64_t skipped = 0;
};

// From each sentence's `# text`, tokenized by the analyzer.
RawScores EvaluateRawText(const Analyzer& analyzer,
                          const std::vector<ConlluSentence>& sentences);

struct CountsPRF {
  int64_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / predicted : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    return gold + predicted ? 2.0 * correct / (gold + predicted) : 0;
  }
};

struct EntityScores {
  std::map<std::string, CountsPRF> by_type;
  // PERSON, ORGANIZATION and PLACE together.
  CountsPRF core;
};

// Over sentences with entity annotation, each document's evidence
// (gazetteer.h) gathered from its sentences first; when `doc_prefix` is not empty,
// only documents whose id starts with it ("GUM_news_").
EntityScores EvaluateEntities(const Analyzer& analyzer,
                              const std::vector<ConlluSentence>& sentences,
                              const std::string& doc_prefix = "");

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_EVALUATION_H_
