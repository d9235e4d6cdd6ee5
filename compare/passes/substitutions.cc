#include "compare/passes/substitutions.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/str_cat.h"
#include "compare/sentence_text.h"
#include "compare/substitution.h"
#include "compare/unstated_value.h"
#include "compare/value_people.h"

namespace factcheck {
namespace passes {
namespace {

// A value the source states, but elsewhere, is compared only with a
// sentence that says much the same (compare/unstated_value.h).
constexpr double kMinElsewhereAlignment = 0.4;
// Sentences' typed words are kept while they are reused (a sentence is
// compared with many others) but never more than this many.
constexpr size_t kMaxCachedSentences = 20000;
// What source documents state anywhere, rebuilt when evicted.
constexpr size_t kMaxStatedDocuments = 1024;
// The best few sentences of each source (a draft sentence may restate a
// stretch of a sentence that is not the closest overall, and a summary
// merges several), and at most this many in all: enough evidence for a
// finding, and the cost stays linear however many documents share the
// words.
constexpr size_t kMaxComparedSentences = 16;
// A negation swapped inside a quote alters the quote only where the two
// sentences quote the same words around it: this many equal words either
// side of the swap, in all. Two outlets quoting different remarks of one
// speaker share a word or two ("I think", "used money") by chance.
constexpr int kMinQuotedContext = 6;

// Node maps: references stay valid while others are added. Words are
// emptied only between sentences, when no reference is held.
struct SubstitutionCache : PassCache {
  absl::node_hash_map<int64_t, std::vector<SentenceWord>> words;
  absl::node_hash_map<int, StatedValues> stated;
  absl::node_hash_map<int, absl::flat_hash_set<std::string>> people;  // PersonWords
};

// How a finding on a swapped value describes the claim.
std::string SwapVerb(FindingKind kind) {
  switch (kind) {
    case QUANTITY_CONFLICT:
      return "gives";
    case DATE_CONFLICT:
      return "dates it";
    case LOCATION_CONFLICT:
      return "places it in";
    case ROLE_CONFLICT:
      return "names";
    default:
      return "says";
  }
}

using SwapKey = std::tuple<int, int, int>;  // kind, draft range

// One target document's comparison.
// Whether `location` lies inside a quote of doc `d`.
bool InsideQuote(const ComparisonContext& context, int d, const Location& location) {
  // A quote's claim sits in one sentence, its words may run over several.
  for (const Claim& claim : context.document(d).claims()) {
    if (claim.has_quote() && claim.quote().quote_span().begin() <= location.begin() &&
        location.end() <= claim.quote().quote_span().end()) {
      return true;
    }
  }
  return false;
}

class TargetSwaps {
 public:
  TargetSwaps(SubstitutionsPass::Which which, const ComparisonContext& context,
              const TargetDocument& target, SubstitutionCache& cache)
      : which_(which),
        context_(context),
        lexicon_(context.lexicon()),
        target_(target),
        doc_(context.document(target.doc)),
        finder_(context.lexicon()),
        cache_(cache) {}

  void Run(FindingSink& sink);

 private:
  const std::vector<SentenceWord>& WordsOf(int d, int s);
  const StatedValues& StatedOf(int d);
  const absl::flat_hash_set<std::string>& PeopleOf(int d);
  // Sources that tell the target's story: only they are asked what they
  // never state. A source tells it when it names the people and
  // organisations the target names (SameStory), or when a third of the
  // target's sentences align with its own (a summary of it).
  bool SameStory(int source);
  // Whether the target is written from `source`, as a summary or a draft
  // is: two thirds of its sentences align with the source's. Only then is
  // a name the source never writes, where it names another, a swap: an
  // independent report of the story names people the others do not.
  bool WrittenFrom(int source);
  // Whether the target restates `source` closely enough that one name in
  // place of another in a restated sentence is a swap: half its sentences
  // align with the source's (summaries of a long article restate only
  // some of it). Between independent reports the names in parallel
  // sentences differ as a matter of course.
  bool Restates(int source);
  // Swaps between target sentence `si` and the aligned sentences, with
  // the sources against each and those whose other sentences state the
  // target's value.
  void FindSwaps(int si, std::map<SwapKey, Tally>& tallies,
                 std::map<SwapKey, Substitution>& swaps);
  // Whether the figure or date `sub` swaps is about other people in the
  // aligned sentence of `a` than in target sentence `si`
  // (compare/value_people.h).
  bool ForOtherPeople(int si, const Alignment& a, const Substitution& sub);
  // Counts `sub` from the source of `a` into the tally.
  void CountSwap(const Alignment& a, Substitution& sub,
                 const std::vector<const std::vector<SentenceWord>*>& other_words,
                 std::map<SwapKey, Tally>& tallies, std::map<SwapKey, Substitution>& swaps);

  const SubstitutionsPass::Which which_;
  const ComparisonContext& context_;
  const Lexicon& lexicon_;
  const TargetDocument& target_;
  const SourceDocument& doc_;
  SubstitutionFinder finder_;
  SubstitutionCache& cache_;
  std::vector<std::vector<Alignment>> aligned_by_sentence_;
  absl::flat_hash_map<int, int> aligned_sentences_;  // source -> target sentences aligned
  absl::flat_hash_map<int, bool> same_stories_;
};

const std::vector<SentenceWord>& TargetSwaps::WordsOf(int d, int s) {
  const int64_t key = (static_cast<int64_t>(d) << 32) | s;
  auto it = cache_.words.find(key);
  if (it != cache_.words.end()) return it->second;
  return cache_.words.emplace(key, finder_.Words(context_.document(d).sentences(s).text()))
      .first->second;
}

const absl::flat_hash_set<std::string>& TargetSwaps::PeopleOf(int d) {
  auto it = cache_.people.find(d);
  if (it != cache_.people.end()) return it->second;
  if (cache_.people.size() >= kMaxStatedDocuments) cache_.people.clear();
  return cache_.people.emplace(d, PersonWords(context_.document(d), lexicon_)).first->second;
}

const StatedValues& TargetSwaps::StatedOf(int d) {
  auto it = cache_.stated.find(d);
  if (it != cache_.stated.end()) return it->second;
  if (cache_.stated.size() >= kMaxStatedDocuments) cache_.stated.clear();
  StatedValues& values = cache_.stated[d];
  const SourceDocument& doc = context_.document(d);
  for (int s = 0; s < doc.sentences_size(); ++s) values.Add(WordsOf(d, s), lexicon_);
  for (const Entity& e : doc.entities()) {
    if (e.kind() != ENTITY_KIND_PERSON) continue;
    values.AddPerson(e.name());
    for (const std::string& alias : e.aliases()) values.AddPerson(alias);
  }
  return values;
}

bool TargetSwaps::SameStory(int source) {
  auto [it, inserted] = same_stories_.emplace(source, false);
  if (inserted) {
    it->second = aligned_sentences_[source] * 3 >= doc_.sentences_size() ||
                 context_.SameStory(target_.doc, source);
  }
  return it->second;
}

bool TargetSwaps::WrittenFrom(int source) {
  auto it = aligned_sentences_.find(source);
  return it != aligned_sentences_.end() && it->second * 3 >= doc_.sentences_size() * 2;
}

bool TargetSwaps::Restates(int source) {
  auto it = aligned_sentences_.find(source);
  return it != aligned_sentences_.end() && it->second * 2 >= doc_.sentences_size();
}

bool TargetSwaps::ForOtherPeople(int si, const Alignment& a, const Substitution& sub) {
  if (sub.kind != DATE_CONFLICT && sub.kind != QUANTITY_CONFLICT) return false;
  const absl::flat_hash_set<std::string>& target = PeopleOf(target_.doc);
  const absl::flat_hash_set<std::string>& source = PeopleOf(a.document);
  return AboutOtherPeople(
      WordsOf(target_.doc, si), sub.draft_begin, WordsOf(a.document, a.sentence), sub.source_begin,
      [&](const std::string& w) { return target.contains(w); },
      [&](const std::string& w) { return source.contains(w); },
      /*by_owner=*/sub.kind == QUANTITY_CONFLICT);
}

void TargetSwaps::CountSwap(const Alignment& a, Substitution& sub,
                            const std::vector<const std::vector<SentenceWord>*>& other_words,
                            std::map<SwapKey, Tally>& tallies,
                            std::map<SwapKey, Substitution>& swaps) {
  const SourceDocument& other = context_.document(a.document);
  auto key = std::make_tuple(static_cast<int>(sub.kind), sub.draft_begin, sub.draft_end);
  // The source may state the draft's value in another sentence.
  bool supported = false;
  for (int k = 0; k < other.sentences_size() && !supported; ++k) {
    supported = k != a.sentence && finder_.Supports(*other_words[k], sub);
  }
  // A weak swap stands only if the source never states the value.
  if (sub.weak && !supported) {
    for (int k = 0; k < other.sentences_size() && !supported; ++k) {
      supported = !finder_.AbsentFrom(*other_words[k], sub);
    }
    if (supported) return;  // neither for nor against
  }
  Tally& tally = tallies[key];
  if (supported) {
    tally.with.insert(a.document);
    return;
  }
  tally.against.insert(a.document);
  if (!tally.Wants(STANCE_CONTRADICTS)) {
    swaps.emplace(key, std::move(sub));
    return;
  }
  Evidence evidence;
  *evidence.mutable_location() = SentenceTextLocation(other, other.sentences(a.sentence),
                                                      sub.source_begin, sub.source_end);
  evidence.set_text(sub.source_text);
  evidence.set_stance(STANCE_CONTRADICTS);
  evidence.set_value(sub.source_text);
  tally.Add(std::move(evidence));
  tally.alternatives[absl::StrCat("says \u201C", sub.source_text, "\u201D")].insert(a.document);
  swaps.emplace(key, std::move(sub));
}

void TargetSwaps::FindSwaps(int si, std::map<SwapKey, Tally>& tallies,
                            std::map<SwapKey, Substitution>& swaps) {
  const Sentence& sentence = doc_.sentences(si);
  for (const Alignment& a : aligned_by_sentence_[si]) {
    if (!context_.IsSource(a.document, target_.doc)) continue;
    const SourceDocument& other = context_.document(a.document);
    const Sentence& other_sentence = other.sentences(a.sentence);
    // The same words: nothing swapped (wire copy, repeated text).
    if (other_sentence.text() == sentence.text()) continue;
    // Word by word where the sentences restate each other; by absence
    // where they do not, from a source of the same story.
    std::vector<Substitution> found;
    if (which_ == SubstitutionsPass::kSwaps) {
      for (Substitution& sub : finder_.Find(sentence.text(), WordsOf(target_.doc, si),
                                            other_sentence.text(), WordsOf(a.document, a.sentence))) {
        if (sub.kind == ROLE_CONFLICT && !Restates(a.document)) continue;
        found.push_back(std::move(sub));
      }
    } else if (SameStory(a.document)) {
      auto stated = [&]() -> const StatedValues& { return StatedOf(a.document); };
      for (Substitution& sub :
           FindUnstatedValues(sentence.text(), WordsOf(target_.doc, si), other_sentence.text(),
                              WordsOf(a.document, a.sentence), stated, lexicon_,
                              a.score >= kMinElsewhereAlignment)) {
        if (sub.kind == ROLE_CONFLICT && !WrittenFrom(a.document)) continue;
        // In an audit no report is the authority: what one states and
        // another does not is how independent reports differ, unless one
        // restates the other.
        if (!context_.IsCheck() && !Restates(a.document)) continue;
        if (ForOtherPeople(si, a, sub)) continue;
        found.push_back(std::move(sub));
      }
    }
    // The source's sentences' words, looked up once for all swaps.
    std::vector<const std::vector<SentenceWord>*> other_words;
    if (!found.empty()) {
      for (int k = 0; k < other.sentences_size(); ++k) {
        other_words.push_back(&WordsOf(a.document, k));
      }
    }
    for (Substitution& sub : found) {
      const bool quoted =
          sub.kind == POLARITY_CONFLICT &&
          InsideQuote(context_, target_.doc,
                      SentenceTextLocation(doc_, sentence, sub.draft_begin, sub.draft_end));
      if (quoted && SharedWordsAround(WordsOf(target_.doc, si), WordsOf(a.document, a.sentence),
                                      sub) < kMinQuotedContext) {
        continue;
      }
      // A negation under a condition alters a quote, and states nothing
      // to flip outside one.
      if (sub.conditional && !quoted) continue;
      // A finer or coarser place is no other place.
      if (sub.kind == LOCATION_CONFLICT &&
          PlacesNest(lexicon_, sub.draft_text, sub.source_text)) {
        continue;
      }
      CountSwap(a, sub, other_words, tallies, swaps);
    }
  }
}

void TargetSwaps::Run(FindingSink& sink) {
  aligned_by_sentence_.resize(doc_.sentences_size());
  for (int si = 0; si < doc_.sentences_size(); ++si) {
    std::vector<Alignment>& aligned = aligned_by_sentence_[si];
    aligned = target_.aligned[si];
    if (aligned.size() > kMaxComparedSentences) aligned.resize(kMaxComparedSentences);
    std::set<int> counted;
    for (const Alignment& a : aligned) {
      if (a.score >= context_.options().min_alignment && counted.insert(a.document).second) {
        ++aligned_sentences_[a.document];
      }
    }
  }
  for (int si = 0; si < doc_.sentences_size(); ++si) {
    const Sentence& sentence = doc_.sentences(si);
    if (cache_.words.size() >= kMaxCachedSentences) cache_.words.clear();
    std::map<SwapKey, Tally> tallies;
    std::map<SwapKey, Substitution> swaps;
    FindSwaps(si, tallies, swaps);
    // Sources whose aligned sentence states the draft's value stand with it.
    for (auto& [key, sub] : swaps) {
      Tally& tally = tallies[key];
      for (const Alignment& a : aligned_by_sentence_[si]) {
        if (!context_.IsSource(a.document, target_.doc) || tally.against.count(a.document)) {
          continue;
        }
        // The aligned sentence states the value, or (for a value the
        // aligned sentences of `against` never state) the document
        // states it in the draft's context.
        if (finder_.Supports(WordsOf(a.document, a.sentence), sub) ||
            (!sub.anchors.empty() && StatedOf(a.document).StatesInContext(sub))) {
          tally.with.insert(a.document);
        }
      }
      Location location = SentenceTextLocation(doc_, sentence, sub.draft_begin, sub.draft_end);
      Location whole =
          SentenceTextLocation(doc_, sentence, 0, static_cast<int>(sentence.text().size()));
      // A negation or opposite inside a quote alters the quote.
      FindingKind kind = sub.kind;
      if (kind == POLARITY_CONFLICT && InsideQuote(context_, target_.doc, location)) {
        kind = QUOTE_ALTERED;
      }
      sink.EmitInSentence(kind, target_.doc, location, whole, sub.draft_text, tally,
                          sub.draft_text,
                          absl::StrCat(SwapVerb(kind), " \u201C", sub.draft_text, "\u201D"));
    }
  }
}

}  // namespace

std::unique_ptr<PassCache> SubstitutionsPass::NewCache() const {
  return std::make_unique<SubstitutionCache>();
}

void SubstitutionsPass::CompareTarget(const ComparisonContext& context,
                                      const TargetDocument& target, FindingSink& sink,
                                      PassCache* cache) const {
  SubstitutionCache local;
  SubstitutionCache& kept = cache != nullptr ? *static_cast<SubstitutionCache*>(cache) : local;
  TargetSwaps(which_, context, target, kept).Run(sink);
}

}  // namespace passes
}  // namespace factcheck
