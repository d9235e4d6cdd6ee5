#include "claims/extract/parsed_sentence.h"

#include "claims/analysis/gazetteer.h"
#include "claims/analysis/ud_tokenizer.h"
#include "claims/word_forms.h"

namespace factcheck {

ParsedSentence::ParsedSentence(const Analyzer& analyzer, absl::string_view text,
                               SentenceAnalysis analysis, bool heading)
    : analyzer_(&analyzer), text_(text), analysis_(std::move(analysis)), heading_(heading) {
  const int n = size();
  lower_.reserve(n);
  children_.assign(n, {});
  entity_at_.assign(n, -1);
  for (int i = 0; i < n; ++i) {
    lower_.push_back(LowercaseWord(word(i)));
    int h = head(i);
    if (h >= 0 && h < n) children_[h].push_back(i);
  }
  for (const EntitySpan& e : analysis_.entities) {
    if (e.begin < 0 || e.end > n || e.begin >= e.end) continue;
    int index = static_cast<int>(entities_.size());
    entities_.push_back({e.begin, e.end, analyzer.entity_type(e.type)});
    for (int i = e.begin; i < e.end; ++i) entity_at_[i] = index;
  }
}

absl::string_view ParsedSentence::word(int i) const {
  const AnalyzedToken& t = analysis_.tokens[i];
  return text_.substr(t.begin, t.end - t.begin);
}

const std::string& ParsedSentence::upos(int i) const {
  return analyzer_->upos(analysis_.tokens[i].tag);
}

const std::string& ParsedSentence::xpos(int i) const {
  return analyzer_->xpos(analysis_.tokens[i].tag);
}

const std::string& ParsedSentence::full_deprel(int i) const {
  return analyzer_->deprel(analysis_.tokens[i].label);
}

absl::string_view ParsedSentence::deprel(int i) const {
  absl::string_view relation = full_deprel(i);
  size_t colon = relation.find(':');
  return colon == absl::string_view::npos ? relation : relation.substr(0, colon);
}

absl::string_view ParsedSentence::Text(int first, int last) const {
  return text_.substr(begin(first), end(last) - begin(first));
}

std::vector<ParsedSentence> ParseDocument(
    const Analyzer& analyzer, absl::string_view text,
    const std::vector<std::pair<int64_t, int64_t>>& ranges,
    const std::vector<bool>& headings) {
  DocumentEvidence evidence;
  for (const auto& [begin, end] : ranges) {
    std::vector<absl::string_view> words;
    for (const UdToken& t : TokenizeUd(text, begin, end)) {
      words.push_back(text.substr(t.begin, t.end - t.begin));
    }
    evidence.AddSentence(words);
  }
  std::vector<ParsedSentence> parsed;
  parsed.reserve(ranges.size());
  for (size_t i = 0; i < ranges.size(); ++i) {
    bool heading = i < headings.size() && headings[i];
    parsed.emplace_back(analyzer, text,
                        analyzer.Analyze(text, ranges[i].first, ranges[i].second, &evidence),
                        heading);
  }
  return parsed;
}

}  // namespace factcheck
