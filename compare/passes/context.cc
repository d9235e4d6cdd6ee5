#include "compare/passes/context.h"

#include <algorithm>
#include <climits>
#include <iterator>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "compare/claim_values.h"
#include "compare/name_fold.h"

namespace factcheck {
namespace passes {
namespace {

// A stable hash of a document's path: which sources make a panel must not
// depend on the order or the process (compare/compare_options.h, kMaxPanel).
uint64_t PathHash(absl::string_view path) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : path) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  h ^= h >> 31;
  return h * 0x9e3779b97f4a7c15ULL;
}

// The keys a person or organisation is known by in one document.
std::vector<std::string> EntityKeys(const Entity& entity) {
  std::vector<std::string> keys = {FoldForComparison(entity.name())};
  for (const std::string& alias : entity.aliases()) keys.push_back(FoldForComparison(alias));
  const std::string& full = keys.front();
  if (size_t space = full.rfind(' '); space != std::string::npos) {
    keys.push_back(full.substr(space + 1));
  }
  return keys;
}

bool IsNamedEntity(const Entity& entity) {
  return entity.kind() == ENTITY_KIND_PERSON || entity.kind() == ENTITY_KIND_ORGANIZATION;
}

}  // namespace

std::vector<Alignment> BestPerDocument(const std::vector<Alignment>& aligned, double min_score) {
  std::vector<Alignment> best;
  absl::flat_hash_set<int> seen;
  for (const Alignment& a : aligned) {
    if (a.score < min_score || !seen.insert(a.document).second) continue;
    best.push_back(a);
    if (best.size() == static_cast<size_t>(kMaxPanel)) break;
  }
  return best;
}

ComparisonContext::ComparisonContext(const std::vector<const SourceDocument*>& documents,
                                     const CompareOptions& options, const Lexicon& lexicon,
                                     const SourceGroups& groups)
    : docs_(documents), options_(options), lexicon_(lexicon), groups_(groups) {
  for (size_t d = 0; d < docs_.size(); ++d) {
    path_hash_.push_back(PathHash(docs_[d]->path()));
    doc_of_path_.emplace(docs_[d]->path(), static_cast<int>(d));
  }
  IndexPeople();
  for (const std::string& w : lexicon_.data().stopwords()) stopwords_.insert(absl::AsciiStrToLower(w));
  for (const std::string& w : lexicon_.data().alignment_stopwords()) stopwords_.insert(w);
  index_ = std::make_unique<SentenceIndex>(docs_, stopwords_);
  IndexQuotes();
  claims_by_sentence_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (int c = 0; c < docs_[d]->claims_size(); ++c) {
      claims_by_sentence_[d][docs_[d]->claims(c).sentence_index()].push_back(c);
    }
  }
}

void ComparisonContext::IndexQuotes() {
  quote_spans_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    std::vector<std::pair<int64_t, int64_t>>& spans = quote_spans_[d];
    for (const Claim& q : docs_[d]->claims()) {
      if (q.has_quote()) spans.emplace_back(q.quote().quote_span().begin(), q.quote().quote_span().end());
    }
    std::sort(spans.begin(), spans.end());
    // Each end becomes the furthest so far, so the last span that begins
    // at or before a claim tells whether any quote covers it.
    for (size_t i = 1; i < spans.size(); ++i) {
      spans[i].second = std::max(spans[i].second, spans[i - 1].second);
    }
  }
}

bool ComparisonContext::Quoted(ClaimRef ref) const {
  const std::vector<std::pair<int64_t, int64_t>>& spans = quote_spans_[ref.doc];
  const Span& span = ClaimAt(ref).span();
  auto it = std::upper_bound(spans.begin(), spans.end(),
                             std::make_pair(static_cast<int64_t>(span.begin()), INT64_MAX));
  return it != spans.begin() && span.end() <= std::prev(it)->second;
}

void ComparisonContext::IndexPeople() {
  named_entities_.resize(docs_.size());
  entity_keys_.resize(docs_.size());
  for (size_t d = 0; d < docs_.size(); ++d) {
    for (const Entity& entity : docs_[d]->entities()) {
      std::string folded = FoldForComparison(entity.name());
      size_t space = folded.rfind(' ');
      if (space != std::string::npos) {
        full_keys_by_surname_[folded.substr(space + 1)].insert(folded);
      }
      if (!IsNamedEntity(entity)) continue;
      named_entities_[d].push_back(EntityKeys(entity));
      entity_keys_[d].insert(named_entities_[d].back().begin(), named_entities_[d].back().end());
    }
  }
}

bool ComparisonContext::IsTarget(int doc) const {
  if (doc < static_cast<int>(options_.references.size()) && options_.references[doc]) {
    return false;
  }
  return options_.targets.empty() || options_.targets[doc];
}

bool ComparisonContext::IsSource(int doc, int target) const {
  if (doc == target) return false;
  return options_.targets.empty() || !options_.targets[doc];
}

int ComparisonContext::DocumentOfPath(const std::string& path) const {
  auto it = doc_of_path_.find(path);
  return it == doc_of_path_.end() ? -1 : it->second;
}

std::string ComparisonContext::PersonKey(absl::string_view name) const {
  std::string folded = FoldForComparison(name);
  if (folded.find(' ') != std::string::npos) return folded;
  auto it = full_keys_by_surname_.find(folded);
  if (it != full_keys_by_surname_.end() && it->second.size() == 1) return *it->second.begin();
  return folded;
}

std::string ComparisonContext::CountryText(const std::string& key) const {
  if (const Country* c = lexicon_.CountryByKey(key)) return c->name();
  return key;
}

std::string ComparisonContext::OfficeText(const std::string& office,
                                          const std::string& affiliation) const {
  std::string title = TitleCase(office);
  if (affiliation.empty()) return title;
  return absl::StrCat(title, " of ", CountryText(affiliation));
}

Location ComparisonContext::LocationOf(int doc, const Span& span) const {
  Location location;
  location.set_path(docs_[doc]->path());
  location.set_line(span.line());
  location.set_column(span.column());
  location.set_end_line(span.end_line());
  location.set_end_column(span.end_column());
  location.set_begin(span.begin());
  location.set_end(span.end());
  return location;
}

Evidence ComparisonContext::EvidenceOf(ClaimRef ref, Stance stance,
                                       const std::string& value) const {
  Evidence evidence;
  const Claim& claim = ClaimAt(ref);
  *evidence.mutable_location() = LocationOf(ref.doc, claim.span());
  evidence.set_text(claim.text());
  evidence.set_stance(stance);
  evidence.set_value(value);
  return evidence;
}

bool ComparisonContext::SameStory(int target, int source) const {
  const int named = static_cast<int>(named_entities_[target].size());
  int shared = 0;
  for (const std::vector<std::string>& keys : named_entities_[target]) {
    for (const std::string& key : keys) {
      if (entity_keys_[source].contains(key)) {
        ++shared;
        break;
      }
    }
  }
  return named == 0 || shared >= 2 || (shared >= 1 && shared * 2 >= named);
}

TargetDocument ComparisonContext::Target(int doc) const {
  TargetDocument target;
  target.doc = doc;
  target.aligned.resize(docs_[doc]->sentences_size());
  const double min_score = std::min(options_.min_alignment, options_.min_word_alignment);
  for (size_t s = 0; s < target.aligned.size(); ++s) {
    target.aligned[s] = index_->Align(doc, static_cast<int>(s), min_score, 2, /*per_document=*/5);
  }
  return target;
}

}  // namespace passes
}  // namespace factcheck
