// File: claims/analysis/analyzer.h
//
// The linguistic layer's front door: for one sentence of text, its UD tokens
// (ud_tokenizer.h) with byte spans, each with UPOS and XPOS tags, lemma,
// morphological features, head and dependency relation, and the named
// entities (PERSON, ORGANIZATION, PLACE, EVENT) as token ranges. The models
// are trained by //tools/train:analysis on UD English EWT and GUM and
// shipped inside the binary (builtin_analyzer.h); a model file can be loaded
// instead (Analyzer::FromModel).
//
// Example:
//   absl::StatusOr<std::unique_ptr<Analyzer>> analyzer =
//       Analyzer::FromModel(model_bytes, lexicon);
//   std::string s = "Mr. Smith didn't go to Paris.";
//   SentenceAnalysis a = (*analyzer)->Analyze(s, 0, s.size());
//   // tokens: Mr. Smith did n't go to Paris .
//   (*analyzer)->upos(a.tokens[1].tag);         // "PROPN"
//   (*analyzer)->deprel(a.tokens[1].label);     // "nsubj"
//   a.entities[0];                              // tokens [0, 2) PERSON

#ifndef FACTCHECK_CLAIMS_ANALYSIS_ANALYZER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_ANALYZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/analysis/entities.h"
#include "claims/analysis/gazetteer.h"
#include "claims/analysis/lemmatizer.h"
#include "claims/analysis/parser.h"
#include "claims/analysis/tagger.h"
#include "claims/lexicon.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

struct AnalyzedToken {
  // Byte offsets into the text given to Analyze(), half-open.
  int64_t begin = 0;
  int64_t end = 0;
  int tag = 0;    // Analyzer::upos(), xpos()
  int head = 0;   // 1-based token index; 0 for the root
  int label = 0;  // Analyzer::deprel()
  std::string lemma;
  const std::string* feats = nullptr;  // owned by the Analyzer
};

struct SentenceAnalysis {
  std::vector<AnalyzedToken> tokens;
  std::vector<EntitySpan> entities;  // token ranges; Analyzer::entity_type()
};

class Analyzer {
 public:
  // Parses a serialized AnalysisModelProto, or a compiled model
  // (compile_model.h), whose tables it then scores from in place: `bytes`
  // must outlive the analyzer. InvalidArgument when it does not parse or
  // its parts disagree. `lexicon` must outlive the analyzer.
  static absl::StatusOr<std::unique_ptr<Analyzer>> FromModel(
      absl::string_view bytes, const Lexicon& lexicon);

  const std::string& version() const { return version_; }
  const std::string& upos(int tag) const { return tagger_.upos(tag); }
  const std::string& xpos(int tag) const { return tagger_.xpos(tag); }
  const std::string& deprel(int label) const { return parser_.deprel(label); }
  const std::string& entity_type(int type) const {
    return entities_.type_name(type);
  }

  // Tokenizes text[begin, end) and analyses it. `document` tells how the
  // whole document writes each word (gazetteer.h), which the entity
  // recogniser weighs; build it from every sentence first. Without it the
  // sentence alone is the evidence. Entities
  // are cut at verbs and kept only with a proper noun that is not an
  // honorific ("Dr." alone, "Long" in a Title Case headline are not names).
  // Thread-safe.
  SentenceAnalysis Analyze(absl::string_view text, int64_t begin, int64_t end,
                           const DocumentEvidence* document = nullptr) const;

  // Analyses a sentence already split into words (spans are left at 0).
  SentenceAnalysis AnalyzeWords(const std::vector<absl::string_view>& words,
                                const DocumentEvidence* document = nullptr) const;

 private:
  Analyzer() = default;

  std::string version_;
  const Lexicon* lexicon_ = nullptr;
  WordClusters clusters_;
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  EntityRecognizer entities_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_ANALYZER_H_
