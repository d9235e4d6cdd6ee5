#include "claims/analysis/analyzer.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "claims/analysis/compile_model.h"
#include "claims/analysis/gazetteer.h"
#include "claims/analysis/ud_tokenizer.h"
#include "claims/analysis/word_features.h"

namespace factcheck {

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::FromModel(
    absl::string_view bytes, const Lexicon& lexicon) {
  AnalysisModelProto model;
  absl::string_view tables;
  if (IsCompiledModel(bytes)) {
    absl::Status split = SplitCompiledModel(bytes, &model, &tables);
    if (!split.ok()) return split;
  } else if (!model.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return absl::InvalidArgumentError("the analysis model does not parse");
  }
  std::unique_ptr<Analyzer> a(new Analyzer());
  a->version_ = model.version();
  a->lexicon_ = &lexicon;
  if (model.cluster_words_size() != model.cluster_paths_size()) {
    return absl::InvalidArgumentError("cluster words and paths differ in number");
  }
  for (int i = 0; i < model.cluster_words_size(); ++i) {
    a->clusters_.Add(model.cluster_words(i), model.cluster_paths(i));
  }
  absl::StatusOr<Tagger> tagger = Tagger::FromProto(model, tables);
  if (!tagger.ok()) return tagger.status();
  a->tagger_ = *std::move(tagger);
  absl::StatusOr<Lemmatizer> lemmatizer = Lemmatizer::FromProto(model);
  if (!lemmatizer.ok()) return lemmatizer.status();
  a->lemmatizer_ = *std::move(lemmatizer);
  absl::StatusOr<Parser> parser = Parser::FromProto(model, tables);
  if (!parser.ok()) return parser.status();
  a->parser_ = *std::move(parser);
  absl::StatusOr<EntityRecognizer> ner = EntityRecognizer::FromProto(model, tables);
  if (!ner.ok()) return ner.status();
  a->entities_ = *std::move(ner);
  return a;
}

SentenceAnalysis Analyzer::AnalyzeWords(
    const std::vector<absl::string_view>& words,
    const DocumentEvidence* document) const {
  SentenceAnalysis out;
  if (words.empty()) return out;
  SentenceCase sentence_case = DetectSentenceCase(words);
  std::vector<WordInfo> info;
  info.reserve(words.size());
  for (absl::string_view w : words) {
    info.push_back(DescribeWord(w, sentence_case, &clusters_));
  }
  std::vector<int> tags = tagger_.Tag(info, sentence_case);
  std::vector<int> heads, labels;
  parser_.Parse(info, tags, &heads, &labels);
  // Without the document, the sentence is its own evidence, as each
  // training sentence's document includes the sentence itself.
  DocumentEvidence own;
  if (document == nullptr) {
    own.AddSentence(words);
    document = &own;
  }
  std::vector<uint32_t> evidence = EvidenceBits(*lexicon_, words, document);
  for (const EntitySpan& e : entities_.Recognize(info, tags, evidence)) {
    // A name is proper nouns, maybe with "of", "the", an honorific: never
    // a verb ("Trump Declares" in a headline is Trump). Each stretch
    // between verbs is kept if it has a proper noun that is not an honorific.
    // The XPOS decides: "United" in "United States" is VERB but NNP.
    auto proper = [&](int k) { return absl::StartsWith(xpos(tags[k]), "NNP"); };
    int begin = e.begin;
    for (int i = e.begin; i <= e.end; ++i) {
      const bool verb = i < e.end && !proper(i) &&
                        (upos(tags[i]) == "VERB" || upos(tags[i]) == "AUX");
      if (i < e.end && !verb) continue;
      bool named = false;
      for (int k = begin; k < i; ++k) {
        if (proper(k) && !(evidence[k] & kGazHonorific)) named = true;
      }
      if (named) out.entities.push_back(EntitySpan{begin, i, e.type});
      begin = i + 1;
    }
  }
  out.tokens.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    AnalyzedToken& t = out.tokens[i];
    t.tag = tags[i];
    t.head = heads[i];
    t.label = labels[i];
    t.lemma = lemmatizer_.Lemma(words[i], tags[i]);
    t.feats = &lemmatizer_.Feats(words[i], tags[i]);
  }
  return out;
}

SentenceAnalysis Analyzer::Analyze(absl::string_view text, int64_t begin,
                                   int64_t end,
                                   const DocumentEvidence* document) const {
  std::vector<UdToken> tokens = TokenizeUd(text, begin, end);
  std::vector<absl::string_view> words;
  words.reserve(tokens.size());
  for (const UdToken& t : tokens) {
    words.push_back(text.substr(t.begin, t.end - t.begin));
  }
  SentenceAnalysis out = AnalyzeWords(words, document);
  for (size_t i = 0; i < tokens.size(); ++i) {
    out.tokens[i].begin = tokens[i].begin;
    out.tokens[i].end = tokens[i].end;
  }
  return out;
}

}  // namespace factcheck
