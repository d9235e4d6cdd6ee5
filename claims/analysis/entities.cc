#include "claims/analysis/entities.h"

#include <algorithm>

#include "absl/status/status.h"

namespace factcheck {

void EntityFeatures(const std::vector<WordInfo>& words,
                    const std::vector<int>& tags,
                    const std::vector<uint32_t>& gazetteer, int i, int prev,
                    int prev2, std::vector<uint64_t>* out) {
  const int n = static_cast<int>(words.size());
  static const WordInfo kNone = [] {
    WordInfo w;
    w.form = w.lower = w.shape = HashBytes("<none>");
    for (auto& s : w.suffix) s = w.lower;
    for (auto& p : w.prefix) p = w.lower;
    return w;
  }();
  auto word = [&](int j) -> const WordInfo& {
    return j >= 0 && j < n ? words[j] : kNone;
  };
  auto tag = [&](int j) -> uint64_t {
    return j >= 0 && j < n ? static_cast<uint64_t>(tags[j]) + 2 : 1;
  };
  // Vocabulary bits (gazetteer.h) and the document's evidence, apart.
  auto gaz = [&](int j) -> uint64_t {
    return j >= 0 && j < n ? static_cast<uint64_t>(gazetteer[j] & 0xFF) + 2 : 1;
  };
  auto doc = [&](int j) -> uint64_t {
    return j >= 0 && j < n ? static_cast<uint64_t>(gazetteer[j] >> 8) + 2 : 1;
  };
  const WordInfo& w0 = word(i);
  const uint64_t p1 = static_cast<uint64_t>(prev + 2);
  const uint64_t p2 = static_cast<uint64_t>(prev2 + 2);
  out->clear();
  out->push_back(FeatureHash(0, 0));
  out->push_back(FeatureHash(1, w0.lower));
  out->push_back(FeatureHash(2, w0.form));
  out->push_back(FeatureHash(3, w0.shape));
  out->push_back(FeatureHash(4, w0.suffix[2]));
  out->push_back(FeatureHash(5, w0.prefix[2]));
  out->push_back(FeatureHash(6, tag(i)));
  out->push_back(FeatureHash(7, p1));
  out->push_back(FeatureHash(8, p1, p2));
  out->push_back(FeatureHash(9, p1, w0.lower));
  out->push_back(FeatureHash(10, p1, tag(i)));
  out->push_back(FeatureHash(11, word(i - 1).lower));
  out->push_back(FeatureHash(12, word(i + 1).lower));
  out->push_back(FeatureHash(13, word(i - 2).lower));
  out->push_back(FeatureHash(14, word(i + 2).lower));
  out->push_back(FeatureHash(15, tag(i - 1), tag(i)));
  out->push_back(FeatureHash(16, tag(i), tag(i + 1)));
  out->push_back(FeatureHash(17, word(i - 1).shape, w0.shape));
  out->push_back(FeatureHash(18, w0.shape, word(i + 1).shape));
  out->push_back(FeatureHash(19, gaz(i)));
  out->push_back(FeatureHash(20, gaz(i - 1)));
  out->push_back(FeatureHash(21, gaz(i + 1)));
  out->push_back(FeatureHash(22, p1, gaz(i)));
  out->push_back(FeatureHash(23, i == 0 ? 1 : 0, w0.shape, tag(i)));
  out->push_back(FeatureHash(24, word(i - 1).lower, w0.lower));
  out->push_back(FeatureHash(25, w0.lower, word(i + 1).lower));
  out->push_back(FeatureHash(26, p1, word(i - 1).lower));
  out->push_back(FeatureHash(27, tag(i + 1), word(i + 1).shape));
  out->push_back(FeatureHash(28, w0.suffix[3]));
  out->push_back(FeatureHash(29, tag(i - 1), p1, tag(i)));
  out->push_back(FeatureHash(30, word(i + 1).lower, tag(i)));
  out->push_back(FeatureHash(31, p1, w0.shape));
  out->push_back(FeatureHash(32, tag(i - 2), tag(i - 1), tag(i)));
  out->push_back(FeatureHash(33, tag(i), tag(i + 1), tag(i + 2)));
  out->push_back(FeatureHash(34, word(i - 1).lower, w0.shape));
  out->push_back(FeatureHash(35, w0.shape, word(i + 1).lower));
  out->push_back(FeatureHash(36, gaz(i), w0.shape));
  out->push_back(FeatureHash(37, doc(i), w0.shape));
  out->push_back(FeatureHash(38, doc(i), p1));
  out->push_back(FeatureHash(39, doc(i), tag(i)));
  out->push_back(FeatureHash(40, doc(i - 1), doc(i), doc(i + 1)));
  for (int k = 0; k < 4; ++k) out->push_back(FeatureHash(41 + k, w0.cluster[k]));
  out->push_back(FeatureHash(45, word(i - 1).cluster[1]));
  out->push_back(FeatureHash(46, word(i + 1).cluster[1]));
  out->push_back(FeatureHash(47, p1, w0.cluster[1]));
  out->push_back(FeatureHash(48, w0.cluster[2], w0.shape));
}

bool EntityLabelAllowed(int prev, int label) {
  if (label == 0 || label % 2 == 1) return true;
  return prev > 0 && (prev == label || prev == label - 1);
}

std::vector<EntitySpan> SpansFromLabels(const std::vector<int>& labels) {
  std::vector<EntitySpan> spans;
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    int l = labels[i];
    if (l > 0 && l % 2 == 1) {
      spans.push_back(EntitySpan{i, i + 1, (l - 1) / 2});
    } else if (l > 0 && !spans.empty() && spans.back().end == i &&
               InsideLabel(spans.back().type) == l) {
      spans.back().end = i + 1;
    }
  }
  return spans;
}

absl::StatusOr<EntityRecognizer> EntityRecognizer::FromProto(
    const AnalysisModelProto& model, absl::string_view tables) {
  EntityRecognizer ner;
  ner.types_.assign(model.entity_types().begin(), model.entity_types().end());
  absl::StatusOr<PerceptronModel> m = PerceptronModel::FromProto(model.entities(), false, tables);
  if (!m.ok()) return m.status();
  if (m->num_classes() != 1 + 2 * ner.num_types()) {
    return absl::InvalidArgumentError(
        "entity recogniser classes differ from the entity types");
  }
  ner.model_ = *std::move(m);
  return ner;
}

std::vector<EntitySpan> EntityRecognizer::Recognize(
    const std::vector<WordInfo>& words, const std::vector<int>& tags,
    const std::vector<uint32_t>& gazetteer) const {
  const int n = static_cast<int>(words.size());
  const int classes = 1 + 2 * num_types();
  std::vector<int> labels(n, 0);
  std::vector<uint64_t> features;
  std::vector<float> scores(classes);
  std::vector<bool> allowed(classes);
  int prev = -1, prev2 = -1;
  for (int i = 0; i < n; ++i) {
    // Outside a name, a word that starts with a small letter, or
    // punctuation, does not start one: no need to ask the model.
    const uint32_t f = words[i].flags;
    if (prev <= 0 && ((f & kStartsLower) || !(f & (kHasLetter | kHasDigit)))) {
      labels[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    EntityFeatures(words, tags, gazetteer, i, prev, prev2, &features);
    model_.Score(features.data(), features.size(), scores.data());
    for (int c = 0; c < classes; ++c) allowed[c] = EntityLabelAllowed(prev, c);
    labels[i] = Argmax(scores.data(), classes, &allowed);
    prev2 = prev;
    prev = labels[i];
  }
  return SpansFromLabels(labels);
}

}  // namespace factcheck
