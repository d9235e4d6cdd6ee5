// File: claims/analysis/perceptron.h
//
// The averaged multiclass perceptron (Collins 2002; Freund & Schapire 1999)
// that every model of the linguistic layer is: tagger, entity recogniser
// and parser. Features are 64-bit hashes of feature templates and their
// values (see FeatureHash); a class is a small integer below 256.
//
// Training keeps the running and summed weights of every (feature, class)
// pair and averages them lazily; the trained model keeps only the averaged,
// non-zero weights in one flat open-addressing table, so scoring a feature is
// one probe and a short run of (class, weight) pairs.
//
// Example:
//   PerceptronTrainer trainer(/*num_classes=*/3);
//   std::vector<uint64_t> f = {FeatureHash(1, "the")};
//   std::vector<float> scores(3);
//   trainer.Score(f, scores.data());
//   trainer.Update(f, /*truth=*/1, /*guess=*/Argmax(scores));
//   trainer.Tick();
//   PerceptronModel model = trainer.Average();
//   model.Score(f.data(), f.size(), scores.data());  // scores[1] > 0

#ifndef FACTCHECK_CLAIMS_ANALYSIS_PERCEPTRON_H_
#define FACTCHECK_CLAIMS_ANALYSIS_PERCEPTRON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

// A stable 64-bit hash of bytes (FNV-1a with a final avalanche): the same on
// every machine and run, so trained models are reproducible.
uint64_t HashBytes(absl::string_view s);

// Combines a hash with another value.
inline uint64_t HashMix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 32);
}

// Feature template `id` with the given value hashes.
inline uint64_t FeatureHash(uint64_t id, uint64_t a) {
  return HashMix(HashMix(0x51ed27f3ULL, id), a);
}
inline uint64_t FeatureHash(uint64_t id, uint64_t a, uint64_t b) {
  return HashMix(FeatureHash(id, a), b);
}
inline uint64_t FeatureHash(uint64_t id, uint64_t a, uint64_t b, uint64_t c) {
  return HashMix(FeatureHash(id, a, b), c);
}
inline uint64_t FeatureHash(uint64_t id, absl::string_view s) {
  return FeatureHash(id, HashBytes(s));
}

// The index of the highest score among `allowed` (all when empty); ties go
// to the lower index.
int Argmax(const float* scores, int n, const std::vector<bool>* allowed = nullptr);
inline int Argmax(const std::vector<float>& scores) {
  return Argmax(scores.data(), static_cast<int>(scores.size()));
}

// A trained, averaged model. Cheap to move; scoring is thread-safe.
class PerceptronModel {
 public:
  PerceptronModel() = default;

  int num_classes() const { return num_classes_; }
  // Number of features and of (feature, class) weights kept.
  int64_t num_features() const { return num_features_; }
  int64_t num_weights() const {
    return table_slots_ != nullptr ? static_cast<int64_t>(table_num_entries_)
                                   : static_cast<int64_t>(entries_.size());
  }

  // Sets scores[0, num_classes()) to the sums of the weights of `n`
  // features. Weights are kept as 24-bit fixed point (relative error below
  // 2^-23 of the largest weight), class and weight in one 32-bit entry, so
  // that a feature's run is one stream of memory.
  void Score(const uint64_t* features, size_t n, float* scores) const;

  // Writes the model sorted by feature hash, so equal models give equal
  // bytes. Only for models that keep their keys (trained, or read with
  // keep_keys); others write nothing.
  void ToProto(PerceptronProto* proto) const;
  // InvalidArgument when the arrays disagree in length, a class is out of
  // range, a feature has more than 255 weights or the model more than 2^24.
  // `keep_keys` keeps the full feature hashes for ToProto (8 bytes per
  // feature that scoring does not need).
  // A compiled proto (table_size set) is read with FromTable from `tables`,
  // the compiled model's table region; InvalidArgument when the table lies
  // outside it.
  static absl::StatusOr<PerceptronModel> FromProto(const PerceptronProto& proto,
                                                   bool keep_keys = false,
                                                   absl::string_view tables = {});

  // The scoring tables as one flat image (a 40-byte header, the slots, the
  // entries; native byte order, 8-byte multiple), for a model compiled at
  // build time (claims/analysis/compile_model.h) and used where it lies.
  void AppendTable(std::string* out) const;
  // A model that scores from `table` in place, without copying: `table`
  // must outlive the model and start at a 4-byte boundary (otherwise it is
  // copied). InvalidArgument when the header or the sizes disagree with
  // the bytes; the slots' runs themselves are trusted (AppendTable wrote
  // them from a model FromProto validated). Such a model keeps no keys.
  static absl::StatusOr<PerceptronModel> FromTable(absl::string_view table);

 private:
  friend class PerceptronTrainer;
  // A table entry in eight bytes: the feature's high 32 bits (its low bits
  // chose the slot; a lookup that meets another feature with the same high
  // bits is a one-in-four-billion event per probe) and where its run of
  // weights starts (24 bits) and how long it is (8 bits).
  struct Slot {
    uint32_t tag = 0;  // 0: empty
    uint32_t run = 0;
    uint32_t begin() const { return run >> 8; }
    uint32_t end() const { return (run >> 8) + (run & 0xFF); }
  };
  // The feature hash whose tag and first slot a key has, never 0.
  static uint32_t Tag(uint64_t key) {
    uint32_t t = static_cast<uint32_t>(key >> 32);
    return t == 0 ? 1 : t;
  }
  // Per slot, the full key, for ToProto (the tag alone cannot give it
  // back); empty unless kept.
  std::vector<uint64_t> keys_;
  // Builds the table from features sorted by key, each with its run of
  // (class, weight) pairs.
  void Build(const std::vector<uint64_t>& keys,
             const std::vector<uint32_t>& counts,
             const std::vector<uint8_t>& classes,
             const std::vector<float>& weights, bool keep_keys);

  int num_classes_ = 0;
  int64_t num_features_ = 0;
  uint64_t mask_ = 0;
  std::vector<Slot> slots_;
  // (class << 24) | weight in units of scale_, two's complement in 24 bits.
  std::vector<uint32_t> entries_;
  // Set by FromTable: the same arrays in someone else's memory (slots_ and
  // entries_ then stay empty).
  const Slot* table_slots_ = nullptr;
  const uint32_t* table_entries_ = nullptr;
  uint64_t table_num_entries_ = 0;
  float scale_ = 1.0f;
  // The exact weights, kept with the keys for ToProto.
  std::vector<float> exact_;
};

// Trains a PerceptronModel. Not thread-safe.
class PerceptronTrainer {
 public:
  // num_classes must be in [1, 256].
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }

  // Adds the current (not averaged) weights to scores.
  void Score(const std::vector<uint64_t>& features, float* scores) const;

  // When guess != truth, moves the weights of `features` towards truth and
  // away from guess.
  void Update(const std::vector<uint64_t>& features, int truth, int guess);

  // Counts one training example (for averaging). Call once per decision.
  void Tick() { ++now_; }

  // The averaged model. Features updated fewer than `min_updates` times are
  // dropped (rare features cost memory and speed and add little), and so are
  // weights whose magnitude is below `prune`.
  PerceptronModel Average(int min_updates = 1, float prune = 0.0f) const;

 private:
  struct Weight {
    uint8_t cls;
    float w;
    double total;
    int64_t stamp;
  };
  void Add(uint64_t feature, int cls, float delta);

  int num_classes_;
  int64_t now_ = 0;
  struct Feature {
    int updates = 0;
    std::vector<Weight> weights;
  };
  absl::flat_hash_map<uint64_t, Feature> weights_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_PERCEPTRON_H_
