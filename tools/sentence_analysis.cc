#include "tools/sentence_analysis.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "claims/analysis/gazetteer.h"
#include "claims/analysis/ud_tokenizer.h"
#include "claims/clean_text.h"
#include "claims/line_index.h"
#include "claims/utf8.h"
#include "compare/sentence_text.h"

namespace factcheck {
namespace {

// For each byte of the folded text of clean bytes [begin, end), the clean
// byte it is (for a folded space: the first whitespace byte of its run).
// The fold is FoldSentenceText's in claims/document_reader.cc. Returns false
// when it does not give `text` (the caller then falls back to the anchors).
bool FoldMap(const std::string& clean, int64_t begin, int64_t end, const std::string& text,
             std::vector<int64_t>* map) {
  map->clear();
  map->reserve(text.size());
  std::string out;
  out.reserve(text.size());
  bool space = false;
  int64_t space_at = begin;
  int64_t i = begin;
  while (i < end) {
    int length;
    char32_t c = DecodeUtf8(clean, i, &length);
    if (IsSpace(c)) {
      if (!space) space_at = i;
      space = true;
      i += length;
      continue;
    }
    if (space && !out.empty()) {
      out.push_back(' ');
      map->push_back(space_at);
    }
    space = false;
    for (int k = 0; k < length; ++k) map->push_back(i + k);
    out.append(clean, i, length);
    i += length;
  }
  return out == text;
}

}  // namespace

void AddSentenceAnalysis(const Analyzer& analyzer, const InputFile& input,
                         ReadDocumentResult* result) {
  LineIndex lines(input.bytes);
  SourceDocument& document = result->document;
  const std::string& clean = result->clean.text();
  const int64_t size = static_cast<int64_t>(input.bytes.size());
  std::vector<int64_t> map;
  // How the whole document writes each word, for the entity recogniser.
  DocumentEvidence evidence;
  for (const Sentence& sentence : document.sentences()) {
    const std::string& text = sentence.text();
    std::vector<absl::string_view> words;
    for (const UdToken& t : TokenizeUd(text, 0, static_cast<int64_t>(text.size()))) {
      words.push_back(absl::string_view(text).substr(t.begin, t.end - t.begin));
    }
    evidence.AddSentence(words);
  }
  for (int s = 0; s < document.sentences_size(); ++s) {
    Sentence* sentence = document.mutable_sentences(s);
    const std::string& text = sentence->text();
    bool mapped = s < static_cast<int>(result->sentence_ranges.size()) &&
                  FoldMap(clean, result->sentence_ranges[s].first,
                          result->sentence_ranges[s].second, text, &map);
    // The original byte range of text bytes [begin, end).
    auto original = [&](int64_t begin, int64_t end) -> std::pair<int64_t, int64_t> {
      if (mapped) return result->clean.OriginalRange(map[begin], map[end - 1] + 1);
      Location at = SentenceTextLocation(document, *sentence, static_cast<int>(begin),
                                         static_cast<int>(end));
      return {at.begin(), at.end()};
    };
    SentenceAnalysis analysis =
        analyzer.Analyze(text, 0, static_cast<int64_t>(text.size()), &evidence);
    SentenceAnalysisProto* out = sentence->mutable_analysis();
    for (const AnalyzedToken& t : analysis.tokens) {
      AnalyzedTokenProto* token = out->add_tokens();
      if (t.end > t.begin) {
        auto [begin, end] = original(t.begin, t.end);
        begin = std::min(std::max<int64_t>(begin, 0), size);
        end = std::min(std::max(end, begin), size);
        *token->mutable_span() = lines.MakeSpan(begin, end);
      }
      token->set_text(text.substr(t.begin, t.end - t.begin));
      token->set_upos(analyzer.upos(t.tag));
      token->set_xpos(analyzer.xpos(t.tag));
      token->set_lemma(t.lemma);
      if (t.feats != nullptr && *t.feats != "_") token->set_feats(*t.feats);
      token->set_head(t.head);
      token->set_deprel(analyzer.deprel(t.label));
    }
    const int n = static_cast<int>(analysis.tokens.size());
    for (const EntitySpan& e : analysis.entities) {
      if (e.begin < 0 || e.end > n || e.begin >= e.end) continue;
      AnalyzedEntityProto* entity = out->add_entities();
      entity->set_type(analyzer.entity_type(e.type));
      entity->set_first_token(e.begin);
      entity->set_end_token(e.end);
      const Span& first = out->tokens(e.begin).span();
      const Span& last = out->tokens(e.end - 1).span();
      *entity->mutable_span() = lines.MakeSpan(first.begin(), std::max(first.begin(), last.end()));
      const int64_t text_begin = analysis.tokens[e.begin].begin;
      const int64_t text_end = analysis.tokens[e.end - 1].end;
      entity->set_text(text.substr(text_begin, text_end - text_begin));
    }
  }
}

}  // namespace factcheck
