#include "claims/analysis/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace factcheck {

uint64_t HashBytes(absl::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

int Argmax(const float* scores, int n, const std::vector<bool>* allowed) {
  int best = -1;
  for (int i = 0; i < n; ++i) {
    if (allowed != nullptr && !(*allowed)[i]) continue;
    if (best < 0 || scores[i] > scores[best]) best = i;
  }
  return best;
}

void PerceptronModel::Score(const uint64_t* features, size_t n,
                            float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  const Slot* slots = table_slots_ != nullptr ? table_slots_ : slots_.data();
  const uint32_t* entries = table_entries_ != nullptr ? table_entries_ : entries_.data();
  if (table_slots_ == nullptr && slots_.empty()) return;
  // Three passes so that the memory reads of all features overlap: fetch
  // the slots, find each feature's run of weights and fetch it, then add.
  constexpr size_t kBatch = 32;
  uint32_t runs[kBatch];
  for (size_t start = 0; start < n; start += kBatch) {
    const size_t count = std::min(kBatch, n - start);
    for (size_t f = 0; f < count; ++f) {
      __builtin_prefetch(&slots[features[start + f] & mask_]);
    }
    for (size_t f = 0; f < count; ++f) {
      const uint64_t key = features[start + f];
      const uint32_t tag = Tag(key);
      runs[f] = 0;
      for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
        const Slot& slot = slots[i];
        if (slot.tag == tag) {
          runs[f] = slot.run;
          __builtin_prefetch(&entries[slot.begin()]);
          break;
        }
        if (slot.tag == 0) break;
      }
    }
    for (size_t f = 0; f < count; ++f) {
      const uint32_t begin = runs[f] >> 8, end = begin + (runs[f] & 0xFF);
      for (uint32_t w = begin; w < end; ++w) {
        const uint32_t e = entries[w];
        scores[e >> 24] += static_cast<float>(static_cast<int32_t>(e << 8) >> 8);
      }
    }
  }
  for (int c = 0; c < num_classes_; ++c) scores[c] *= scale_;
}

void PerceptronModel::Build(const std::vector<uint64_t>& keys,
                            const std::vector<uint32_t>& counts,
                            const std::vector<uint8_t>& classes,
                            const std::vector<float>& weights,
                            bool keep_keys) {
  num_features_ = static_cast<int64_t>(keys.size());
  uint64_t size = 16;
  while (size < keys.size() * 2) size *= 2;
  mask_ = size - 1;
  slots_.assign(size, Slot());
  keys_.assign(keep_keys ? size : 0, 0);
  float max_abs = 0.0f;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  constexpr float kLargest = (1 << 23) - 1;
  scale_ = max_abs > 0.0f ? max_abs / kLargest : 1.0f;
  entries_.resize(weights.size());
  for (size_t w = 0; w < weights.size(); ++w) {
    long q = std::lround(weights[w] / scale_);
    q = std::max<long>(-kLargest, std::min<long>(kLargest, q));
    entries_[w] = (static_cast<uint32_t>(classes[w]) << 24) |
                  (static_cast<uint32_t>(q) & 0xFFFFFF);
  }
  if (keep_keys) exact_ = weights;
  uint32_t begin = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    uint64_t i = keys[k] & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{Tag(keys[k]), (begin << 8) | counts[k]};
    if (keep_keys) keys_[i] = keys[k];
    begin += counts[k];
  }
}

void PerceptronModel::ToProto(PerceptronProto* proto) const {
  struct Feature {
    uint64_t key;
    uint32_t begin, end;
  };
  std::vector<Feature> features;
  proto->Clear();
  if (keys_.empty()) return;
  for (size_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (s.tag != 0) features.push_back({keys_[i], s.begin(), s.end()});
  }
  std::sort(features.begin(), features.end(),
            [](const Feature& a, const Feature& b) { return a.key < b.key; });
  proto->Clear();
  proto->set_num_classes(num_classes_);
  std::string* classes = proto->mutable_classes();
  for (const Feature& f : features) {
    proto->add_keys(f.key);
    proto->add_counts(f.end - f.begin);
    for (uint32_t w = f.begin; w < f.end; ++w) {
      classes->push_back(static_cast<char>(entries_[w] >> 24));
      proto->add_weights(exact_[w]);
    }
  }
}

absl::StatusOr<PerceptronModel> PerceptronModel::FromProto(
    const PerceptronProto& proto, bool keep_keys, absl::string_view tables) {
  if (proto.table_size() > 0) {
    if (proto.table_offset() > tables.size() ||
        proto.table_size() > tables.size() - proto.table_offset()) {
      return absl::InvalidArgumentError("perceptron table outside the model's tables");
    }
    return FromTable(tables.substr(proto.table_offset(), proto.table_size()));
  }
  if (proto.num_classes() < 1 || proto.num_classes() > 256) {
    return absl::InvalidArgumentError(
        absl::StrCat("perceptron with ", proto.num_classes(), " classes"));
  }
  if (proto.keys_size() != proto.counts_size() ||
      static_cast<size_t>(proto.weights_size()) != proto.classes().size()) {
    return absl::InvalidArgumentError("perceptron arrays differ in length");
  }
  uint64_t total = 0;
  for (uint32_t c : proto.counts()) {
    if (c > 255) {
      return absl::InvalidArgumentError("perceptron feature with over 255 weights");
    }
    total += c;
  }
  if (total != static_cast<uint64_t>(proto.weights_size())) {
    return absl::InvalidArgumentError("perceptron counts do not sum to weights");
  }
  if (total >= (uint64_t{1} << 24)) {
    return absl::InvalidArgumentError("perceptron with over 2^24 weights");
  }
  std::vector<uint8_t> classes(proto.classes().begin(), proto.classes().end());
  for (uint8_t c : classes) {
    if (c >= proto.num_classes()) {
      return absl::InvalidArgumentError("perceptron class out of range");
    }
  }
  PerceptronModel model;
  model.num_classes_ = proto.num_classes();
  model.Build(std::vector<uint64_t>(proto.keys().begin(), proto.keys().end()),
              std::vector<uint32_t>(proto.counts().begin(), proto.counts().end()),
              classes,
              std::vector<float>(proto.weights().begin(), proto.weights().end()),
              keep_keys);
  return model;
}

namespace {

// The header of a flat table (PerceptronModel::AppendTable).
struct TableHeader {
  uint32_t magic;
  uint32_t num_classes;
  uint64_t mask;
  int64_t num_features;
  float scale;
  uint32_t reserved;
  uint64_t num_entries;
};
static_assert(sizeof(TableHeader) == 40, "flat table header layout");
constexpr uint32_t kTableMagic = 0x54504346;  // "FCPT"

}  // namespace

void PerceptronModel::AppendTable(std::string* out) const {
  const Slot* slots = table_slots_ != nullptr ? table_slots_ : slots_.data();
  const uint32_t* entries = table_entries_ != nullptr ? table_entries_ : entries_.data();
  const uint64_t num_slots = (table_slots_ != nullptr || !slots_.empty()) ? mask_ + 1 : 0;
  TableHeader header{kTableMagic, static_cast<uint32_t>(num_classes_), mask_,
                     num_features_, scale_, 0, static_cast<uint64_t>(num_weights())};
  out->append(reinterpret_cast<const char*>(&header), sizeof(header));
  out->append(reinterpret_cast<const char*>(slots), num_slots * sizeof(Slot));
  out->append(reinterpret_cast<const char*>(entries), header.num_entries * sizeof(uint32_t));
  out->append((8 - out->size() % 8) % 8, '\0');
}

absl::StatusOr<PerceptronModel> PerceptronModel::FromTable(absl::string_view table) {
  TableHeader header;
  if (table.size() < sizeof(header)) {
    return absl::InvalidArgumentError("perceptron table shorter than its header");
  }
  std::memcpy(&header, table.data(), sizeof(header));
  const uint64_t num_slots = header.mask + 1;
  if (header.magic != kTableMagic || header.num_classes < 1 || header.num_classes > 256 ||
      (num_slots & header.mask) != 0 || num_slots < 16 || num_slots > (uint64_t{1} << 40) ||
      header.num_entries >= (uint64_t{1} << 24)) {
    return absl::InvalidArgumentError("perceptron table header is invalid");
  }
  const uint64_t need = sizeof(header) + num_slots * sizeof(Slot) +
                        header.num_entries * sizeof(uint32_t);
  if (table.size() < need) {
    return absl::InvalidArgumentError("perceptron table shorter than its header says");
  }
  PerceptronModel model;
  model.num_classes_ = static_cast<int>(header.num_classes);
  model.num_features_ = header.num_features;
  model.mask_ = header.mask;
  model.scale_ = header.scale;
  const char* slots = table.data() + sizeof(header);
  const char* entries = slots + num_slots * sizeof(Slot);
  if (reinterpret_cast<uintptr_t>(table.data()) % alignof(Slot) == 0) {
    model.table_slots_ = reinterpret_cast<const Slot*>(slots);
    model.table_entries_ = reinterpret_cast<const uint32_t*>(entries);
    model.table_num_entries_ = header.num_entries;
    return model;
  }
  model.slots_.resize(num_slots);
  std::memcpy(model.slots_.data(), slots, num_slots * sizeof(Slot));
  model.entries_.resize(header.num_entries);
  std::memcpy(model.entries_.data(), entries, header.num_entries * sizeof(uint32_t));
  return model;
}

void PerceptronTrainer::Score(const std::vector<uint64_t>& features,
                              float* scores) const {
  for (uint64_t f : features) {
    auto it = weights_.find(f);
    if (it == weights_.end()) continue;
    for (const Weight& w : it->second.weights) scores[w.cls] += w.w;
  }
}

void PerceptronTrainer::Add(uint64_t feature, int cls, float delta) {
  Feature& feat = weights_[feature];
  ++feat.updates;
  std::vector<Weight>& ws = feat.weights;
  for (Weight& w : ws) {
    if (w.cls == cls) {
      w.total += static_cast<double>(now_ - w.stamp) * w.w;
      w.stamp = now_;
      w.w += delta;
      return;
    }
  }
  ws.push_back(Weight{static_cast<uint8_t>(cls), delta, 0.0, now_});
}

void PerceptronTrainer::Update(const std::vector<uint64_t>& features,
                               int truth, int guess) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    Add(f, truth, 1.0f);
    if (guess >= 0) Add(f, guess, -1.0f);
  }
}

PerceptronModel PerceptronTrainer::Average(int min_updates, float prune) const {
  std::vector<uint64_t> keys;
  keys.reserve(weights_.size());
  for (const auto& entry : weights_) keys.push_back(entry.first);
  std::sort(keys.begin(), keys.end());
  std::vector<uint64_t> kept;
  std::vector<uint32_t> counts;
  std::vector<uint8_t> classes;
  std::vector<float> averaged;
  const double now = std::max<int64_t>(now_, 1);
  for (uint64_t key : keys) {
    const Feature& feat = weights_.at(key);
    // Each update touches two classes.
    if (feat.updates < 2 * min_updates) continue;
    std::vector<Weight> ws = feat.weights;
    std::sort(ws.begin(), ws.end(),
              [](const Weight& a, const Weight& b) { return a.cls < b.cls; });
    uint32_t count = 0;
    for (const Weight& w : ws) {
      double total = w.total + static_cast<double>(now_ - w.stamp) * w.w;
      float avg = static_cast<float>(total / now);
      if (std::fabs(avg) < prune) continue;
      classes.push_back(w.cls);
      averaged.push_back(avg);
      ++count;
    }
    if (count == 0) continue;
    kept.push_back(key);
    counts.push_back(count);
  }
  PerceptronModel model;
  model.num_classes_ = num_classes_;
  model.Build(kept, counts, classes, averaged, /*keep_keys=*/true);
  return model;
}

}  // namespace factcheck
