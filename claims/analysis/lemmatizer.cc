#include "claims/analysis/lemmatizer.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "claims/analysis/word_features.h"

namespace factcheck {
namespace {

constexpr int kMaxSuffix = 6;

std::string EntryKey(absl::string_view lower, int tag) {
  return absl::StrCat(lower, "\t", tag);
}

}  // namespace

absl::StatusOr<Lemmatizer> Lemmatizer::FromProto(
    const AnalysisModelProto& model) {
  Lemmatizer l;
  const int num_tags = model.tags_size();
  l.feats_.assign(model.feats().begin(), model.feats().end());
  if (l.feats_.empty()) l.feats_.push_back("_");
  const int num_feats = static_cast<int>(l.feats_.size());
  for (const std::string& tag : model.tags()) {
    l.proper_.push_back(absl::StartsWith(tag, "PROPN\t"));
  }
  l.default_feats_.assign(num_tags, 0);
  for (int t = 0; t < model.default_feats_size() && t < num_tags; ++t) {
    if (static_cast<int>(model.default_feats(t)) >= num_feats) {
      return absl::InvalidArgumentError("default features out of range");
    }
    l.default_feats_[t] = model.default_feats(t);
  }
  for (const LexemeProto& x : model.lexemes()) {
    if (static_cast<int>(x.tag()) >= num_tags ||
        static_cast<int>(x.feats()) >= num_feats) {
      return absl::InvalidArgumentError(
          absl::StrCat("lexeme \"", x.form(), "\" out of range"));
    }
    l.entries_[EntryKey(x.form(), x.tag())] =
        Entry{x.lemma(), static_cast<int>(x.feats())};
  }
  for (const LemmaRuleProto& r : model.lemma_rules()) {
    if (static_cast<int>(r.tag()) >= num_tags) {
      return absl::InvalidArgumentError("lemma rule tag out of range");
    }
    l.rules_[EntryKey(r.suffix(), r.tag())] =
        Rule{static_cast<int>(r.strip()), r.append()};
  }
  return l;
}

const Lemmatizer::Entry* Lemmatizer::Find(const std::string& lower,
                                          int tag) const {
  auto it = entries_.find(EntryKey(lower, tag));
  return it == entries_.end() ? nullptr : &it->second;
}

std::string Lemmatizer::Lemma(absl::string_view word, int tag) const {
  if (tag >= 0 && tag < static_cast<int>(proper_.size()) && proper_[tag]) {
    return std::string(word);
  }
  std::string lower = LowerWord(word);
  if (const Entry* e = Find(lower, tag)) return e->lemma;
  for (int n = std::min<int>(kMaxSuffix, lower.size()); n >= 0; --n) {
    auto it = rules_.find(EntryKey(lower.substr(lower.size() - n), tag));
    if (it == rules_.end()) continue;
    const Rule& r = it->second;
    if (r.strip > static_cast<int>(lower.size())) continue;
    // A rule learnt on other words must not cut a character in two.
    const size_t cut = lower.size() - r.strip;
    if (cut < lower.size() && (static_cast<unsigned char>(lower[cut]) & 0xC0) == 0x80) {
      continue;
    }
    return lower.substr(0, cut) + r.append;
  }
  return lower;
}

const std::string& Lemmatizer::Feats(absl::string_view word, int tag) const {
  if (const Entry* e = Find(LowerWord(word), tag)) return feats_[e->feats];
  if (tag >= 0 && tag < static_cast<int>(default_feats_.size())) {
    return feats_[default_feats_[tag]];
  }
  return feats_[0];
}

}  // namespace factcheck
