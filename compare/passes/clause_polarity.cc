#include "compare/passes/clause_polarity.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "compare/alignment.h"

namespace factcheck {
namespace passes {
namespace {

// A sentence's words: runs of letters, digits, apostrophes and hyphens
// (bytes of multi-byte letters included) with one ASCII letter or digit.
struct Word {
  std::string lower;
  int64_t begin;  // byte offset in the sentence text
};

std::vector<Word> WordsOf(absl::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    const auto letter = [&](size_t k) {
      const unsigned char ch = text[k];
      return absl::ascii_isalnum(ch) || ch >= 0x80 || ch == '\'' || ch == '-';
    };
    if (!letter(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    bool alnum = false;  // a dash or a curly quote is no word
    for (; j < text.size() && letter(j); ++j) alnum |= absl::ascii_isalnum(text[j]);
    if (alnum) words.push_back({absl::AsciiStrToLower(text.substr(i, j - i)), static_cast<int64_t>(i)});
    i = j;
  }
  return words;
}

// The claim's verb among `words`: the occurrence of its text's last word
// nearest to where its predicate begins.
int VerbWord(const std::vector<Word>& words, const Claim& claim, int64_t at) {
  const std::vector<Word> own = WordsOf(claim.text());
  if (own.empty()) return -1;
  int best = -1;
  for (size_t w = 0; w < words.size(); ++w) {
    if (words[w].lower != own.back().lower) continue;
    if (best < 0 || std::llabs(words[w].begin - at) < std::llabs(words[best].begin - at)) {
      best = static_cast<int>(w);
    }
  }
  return best;
}

bool IsNegationWord(const Lexicon& lexicon, const std::string& word) {
  for (int cue : lexicon.NegationCuesStartingWith(word)) {
    if (lexicon.negation_cue_words()[cue].size() == 1) return true;
  }
  return word == "n't";
}

// The content terms of the kClauseWords words on either side of the
// claim's verb in its sentence, sorted and unique.
std::vector<std::string> ClauseTerms(const ComparisonContext& context, ClaimRef ref) {
  const SourceDocument& doc = context.document(ref.doc);
  const Claim& claim = context.ClaimAt(ref);
  std::vector<std::string> terms;
  if (claim.sentence_index() < 0 || claim.sentence_index() >= doc.sentences_size()) return terms;
  const Sentence& sentence = doc.sentences(claim.sentence_index());
  const std::vector<Word> words = WordsOf(sentence.text());
  const int verb = VerbWord(words, claim, claim.event().predicate_span().begin() -
                                              sentence.span().begin());
  if (verb < 0) return terms;
  const int n = static_cast<int>(words.size());
  const int k = ClausePolarityPass::kClauseWords;
  for (int w = std::max(0, verb - k); w < std::min(n, verb + k + 1); ++w) {
    const std::string& word = words[w].lower;
    if (w == verb || word.size() < 2 || context.IsStopword(word)) continue;
    if (IsNegationWord(context.lexicon(), word)) continue;
    terms.push_back(ContentTerm(word));
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

int SharedTerms(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  int shared = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) {
      ++shared;
      ++i;
      ++j;
    } else {
      *i < *j ? ++i : ++j;
    }
  }
  return shared;
}

}  // namespace

void ClausePolarityPass::Prepare(const ComparisonContext& context) {
  const std::vector<const SourceDocument*>& docs = context.documents();
  of_doc_.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (int c = 0; c < docs[d]->claims_size(); ++c) {
      const ClaimRef ref{static_cast<int>(d), c};
      const Claim& claim = docs[d]->claims(c);
      if (!claim.has_event()) continue;
      const EventClaim& e = claim.event();
      if (e.polarity() != POLARITY_ASSERTED && e.polarity() != POLARITY_NEGATED) continue;
      if (e.predicate().size() < 4 || context.lexicon().IsSaidVerb(e.predicate())) continue;
      if (context.Quoted(ref)) continue;
      std::vector<std::string> terms = ClauseTerms(context, ref);
      if (static_cast<int>(terms.size()) < kMinShared) continue;
      by_verb_[context.lexicon().VerbKey(e.predicate())].push_back(
          {ref, e.polarity(), std::move(terms)});
    }
  }
  for (auto& [verb, bucket] : by_verb_) {
    context.LimitToPanel(bucket, [](const ClauseFact& f) { return f.ref.doc; });
    for (size_t i = 0; i < bucket.size(); ++i) {
      of_doc_[bucket[i].ref.doc].emplace_back(verb, static_cast<int>(i));
    }
  }
  // Targets in claim order, so findings come out in document order.
  for (auto& facts : of_doc_) {
    std::sort(facts.begin(), facts.end(), [&](const auto& a, const auto& b) {
      return by_verb_.at(a.first)[a.second].ref.claim < by_verb_.at(b.first)[b.second].ref.claim;
    });
  }
}

void ClausePolarityPass::CompareTarget(const ComparisonContext& context,
                                       const TargetDocument& target, FindingSink& sink,
                                       PassCache* /*cache*/) const {
  for (const auto& [verb, index] : of_doc_[target.doc]) {
    const std::vector<ClauseFact>& bucket = by_verb_.at(verb);
    const ClauseFact& fact = bucket[index];
    Tally tally;
    for (const ClauseFact& other : bucket) {
      if (!context.IsSource(other.ref.doc, target.doc)) continue;
      if (SharedTerms(fact.terms, other.terms) < kMinShared) continue;
      const Claim& o = context.ClaimAt(other.ref);
      const bool same = other.polarity == fact.polarity;
      if (same && !tally.Wants(STANCE_SUPPORTS)) {
        tally.with.insert(other.ref.doc);
        continue;
      }
      if (!same) tally.alternatives[absl::StrCat("say \u201C", o.text(), "\u201D")].insert(other.ref.doc);
      sink.Count(tally, other.ref, same ? STANCE_SUPPORTS : STANCE_CONTRADICTS, o.text());
    }
    const Claim& claim = context.ClaimAt(fact.ref);
    sink.Emit(POLARITY_CONFLICT, fact.ref, tally,
              absl::StrCat(fact.polarity == POLARITY_NEGATED ? "not " : "", claim.event().predicate()),
              absl::StrCat("says \u201C", claim.text(), "\u201D"));
  }
}

}  // namespace passes
}  // namespace factcheck
