// File: tools/sentence_analysis.h
//
// `factcheck extract --analysis`: runs the linguistic layer
// (claims/analysis/analyzer.h) on every Sentence.text of a document and
// records the result in Sentence.analysis (proto/analysis.proto), with each
// token's and entity's span mapped back to the original file.
//
// The mapping goes text offset -> clean-text offset -> original bytes: the
// sentence's folded text is replayed over its clean-text range (the fold of
// claims/document_reader.cc: whitespace runs to one space), and
// CleanText::OriginalRange(), the map claim spans use, takes the clean range
// to the original one, so a token holding a decoded "&rsquo;" spans the
// whole reference. Line and column come from a LineIndex over the original
// bytes. Should the replay ever not reproduce Sentence.text, the sentence's
// anchors are used instead (compare/sentence_text.h).
//
// Example:
//   const Analyzer* analyzer = *BuiltinAnalyzer();
//   ReadDocumentResult result = reader.Read(input);
//   AddSentenceAnalysis(*analyzer, input, &result);
//   result.document.sentences(0).analysis().tokens(0).span();

#ifndef FACTCHECK_TOOLS_SENTENCE_ANALYSIS_H_
#define FACTCHECK_TOOLS_SENTENCE_ANALYSIS_H_

#include "claims/analysis/analyzer.h"
#include "claims/document_reader.h"
#include "claims/input_file.h"

namespace factcheck {

// Fills analysis of every sentence of result->document. `input` is the file
// `result` was read from. Thread-safe for different results.
void AddSentenceAnalysis(const Analyzer& analyzer, const InputFile& input,
                         ReadDocumentResult* result);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_SENTENCE_ANALYSIS_H_
