#include "claims/analysis/evaluation.h"

#include <set>
#include <tuple>

#include "absl/strings/match.h"
#include "claims/analysis/training.h"

namespace factcheck {
namespace {

std::string Universal(const std::string& deprel) {
  size_t colon = deprel.find(':');
  return colon == std::string::npos ? deprel : deprel.substr(0, colon);
}

std::vector<absl::string_view> Forms(const ConlluSentence& s) {
  std::vector<absl::string_view> words;
  for (const ConlluWord& w : s.words) words.push_back(w.form);
  return words;
}

// Byte spans of the gold words in the sentence text; false when a word is
// not where the text says.
bool GoldSpans(const ConlluSentence& s,
               std::vector<std::pair<int64_t, int64_t>>* spans) {
  size_t at = 0;
  for (const ConlluWord& w : s.words) {
    while (at < s.text.size() && (s.text[at] == ' ' || s.text[at] == '\t')) ++at;
    if (s.text.compare(at, w.form.size(), w.form) != 0) return false;
    spans->emplace_back(at, at + w.form.size());
    at += w.form.size();
  }
  return true;
}

}  // namespace

SyntaxScores EvaluateSyntax(const Analyzer& analyzer,
                            const std::vector<ConlluSentence>& sentences) {
  SyntaxScores scores;
  for (const ConlluSentence& s : sentences) {
    SentenceAnalysis a = analyzer.AnalyzeWords(Forms(s));
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& g = s.words[i];
      const AnalyzedToken& t = a.tokens[i];
      ++scores.words;
      scores.upos_correct += analyzer.upos(t.tag) == g.upos;
      scores.xpos_correct += analyzer.xpos(t.tag) == g.xpos;
      scores.lemma_correct += t.lemma == g.lemma;
      scores.feats_correct += *t.feats == g.feats;
      if (t.head == g.head) {
        ++scores.heads_correct;
        const std::string& rel = analyzer.deprel(t.label);
        scores.labeled_correct += Universal(rel) == Universal(g.deprel);
        scores.full_labeled_correct += rel == g.deprel;
      }
    }
  }
  return scores;
}

RawScores EvaluateRawText(const Analyzer& analyzer,
                          const std::vector<ConlluSentence>& sentences) {
  RawScores scores;
  for (const ConlluSentence& s : sentences) {
    std::vector<std::pair<int64_t, int64_t>> gold;
    if (s.text.empty() || !GoldSpans(s, &gold)) {
      ++scores.skipped;
      continue;
    }
    SentenceAnalysis a = analyzer.Analyze(s.text, 0, s.text.size());
    scores.gold += gold.size();
    scores.predicted += a.tokens.size();
    // Predicted token index (1-based) for each gold word (1-based), 0 if
    // none; the root maps to the root.
    std::map<std::pair<int64_t, int64_t>, int> predicted;
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      predicted[{a.tokens[i].begin, a.tokens[i].end}] = static_cast<int>(i) + 1;
    }
    std::vector<int> match(gold.size() + 1, 0);
    for (size_t g = 0; g < gold.size(); ++g) {
      auto it = predicted.find(gold[g]);
      if (it != predicted.end()) match[g + 1] = it->second;
    }
    for (size_t g = 0; g < gold.size(); ++g) {
      int p = match[g + 1];
      if (p == 0) continue;
      ++scores.tokens;
      const AnalyzedToken& t = a.tokens[p - 1];
      const ConlluWord& w = s.words[g];
      scores.upos += analyzer.upos(t.tag) == w.upos;
      int gold_head = w.head == 0 ? 0 : match[w.head];
      if ((w.head == 0 && t.head == 0) || (w.head > 0 && gold_head > 0 &&
                                           t.head == gold_head)) {
        ++scores.heads;
        scores.labeled +=
            Universal(analyzer.deprel(t.label)) == Universal(w.deprel);
      }
    }
  }
  return scores;
}

EntityScores EvaluateEntities(const Analyzer& analyzer,
                              const std::vector<ConlluSentence>& sentences,
                              const std::string& doc_prefix) {
  EntityScores scores;
  const std::set<std::string> core = {"PERSON", "ORGANIZATION", "PLACE"};
  std::map<std::string, DocumentEvidence> documents;
  for (const ConlluSentence& s : sentences) {
    documents[s.doc_id].AddSentence(Forms(s));
  }
  for (const ConlluSentence& s : sentences) {
    if (!s.has_entities) continue;
    if (!doc_prefix.empty() && !absl::StartsWith(s.doc_id, doc_prefix)) continue;
    std::set<std::tuple<int, int, std::string>> gold, predicted;
    for (const ConlluName& n : s.names) {
      std::string type = EntityTypeName(n.type);
      if (!type.empty()) gold.insert({n.begin, n.end, type});
    }
    SentenceAnalysis a = analyzer.AnalyzeWords(Forms(s), &documents[s.doc_id]);
    for (const EntitySpan& e : a.entities) {
      predicted.insert({e.begin, e.end, analyzer.entity_type(e.type)});
    }
    for (const auto& g : gold) {
      const std::string& type = std::get<2>(g);
      ++scores.by_type[type].gold;
      if (core.count(type)) ++scores.core.gold;
      if (predicted.count(g)) {
        ++scores.by_type[type].correct;
        if (core.count(type)) ++scores.core.correct;
      }
    }
    for (const auto& p : predicted) {
      ++scores.by_type[std::get<2>(p)].predicted;
      if (core.count(std::get<2>(p))) ++scores.core.predicted;
    }
  }
  return scores;
}

}  // namespace factcheck
