#include "compare/passes/name_variants.h"

#include <set>

#include "compare/name_fold.h"

namespace factcheck {
namespace passes {

void NameVariantsPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  // Spellings of one folded name across documents.
  of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    std::set<std::string> seen;
    auto add = [&](const std::string& key, const std::string& text, const Span& span) {
      if (!seen.insert(text).second) return;
      by_key_[key].push_back({static_cast<int>(d), text, span});
      of_doc_[d].push_back({key, {static_cast<int>(d), text, span}});
    };
    for (const Mention& m : docs[d]->mentions()) {
      if (m.kind() == MENTION_KIND_NAME) add(FoldForComparison(m.text()), m.text(), m.span());
    }
    for (const Claim& c : docs[d]->claims()) {
      if (!c.has_place()) continue;
      std::string canonical = context.lexicon().CanonicalSpelling(c.place().text());
      add(canonical != c.place().text() ? FoldForComparison(canonical)
                                        : FoldForComparison(c.place().text()),
          c.place().text(), c.span());
    }
  }
  for (auto it = by_key_.begin(); it != by_key_.end();) {
    std::set<std::string> distinct;
    for (const Spelling& sp : it->second) distinct.insert(sp.text);
    if (distinct.size() < 2) {
      it = by_key_.erase(it);
      continue;
    }
    context.LimitToPanel(it->second, [](const Spelling& sp) { return sp.doc; });
    ++it;
  }
}

void NameVariantsPass::CompareTarget(const ComparisonContext& context,
                                     const TargetDocument& target, FindingSink& sink,
                                     PassCache* /*cache*/) const {
  for (const auto& [key, s] : of_doc_[target.doc]) {
    auto spellings = by_key_.find(key);
    if (spellings == by_key_.end()) continue;
    std::vector<const Spelling*> others;
    int more = 0;
    for (const Spelling& o : spellings->second) {
      if (o.text == s.text || o.doc == s.doc) continue;
      if (others.size() == kMaxNamesPerValue) {
        ++more;
        continue;
      }
      others.push_back(&o);
    }
    if (others.empty()) continue;
    sink.EmitNameVariant(s, others, more);
  }
}

}  // namespace passes
}  // namespace factcheck
