#include "claims/analysis/training.h"

#include <algorithm>
#include <map>
#include <random>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "claims/analysis/entities.h"
#include "claims/analysis/gazetteer.h"
#include "claims/analysis/parser.h"
#include "claims/analysis/perceptron.h"
#include "claims/analysis/tagger.h"
#include "claims/analysis/transitions.h"
#include "claims/analysis/word_features.h"

namespace factcheck {
namespace {

const char* const kEntityTypes[] = {"PERSON", "ORGANIZATION", "PLACE", "EVENT"};

// One training sentence, as the models see it.
struct Example {
  int origin = 0;  // index of the treebank sentence it comes from
  std::vector<std::string> forms;
  std::vector<WordInfo> info;
  std::vector<uint32_t> gazetteer;
  std::vector<int> tags;       // gold
  std::vector<int> predicted;  // jackknifed, or gold
  std::vector<int> heads;      // gold, index 0 unused
  std::vector<int> labels;     // gold, index 0 unused
  std::vector<int> entities;   // gold BIO labels; empty without annotation
};

class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}
  // Uniform in [0, n).
  uint64_t Below(uint64_t n) { return engine_() % n; }
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  template <typename T>
  void Shuffle(std::vector<T>* v) {
    for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[Below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

void Progress(const TrainingOptions& options, const std::string& line) {
  if (options.progress) options.progress(line);
}

template <typename T>
int IndexOf(const std::vector<T>& v, const T& x) {
  return static_cast<int>(std::lower_bound(v.begin(), v.end(), x) - v.begin());
}

// Sorted inventories of tags, relations and feature sets.
struct Inventory {
  std::vector<std::string> tags;
  std::vector<std::string> deprels;
  std::vector<std::string> feats;
};

Inventory Collect(const std::vector<ConlluSentence>& sentences) {
  std::vector<std::string> tags, deprels, feats = {"_"};
  for (const ConlluSentence& s : sentences) {
    for (const ConlluWord& w : s.words) {
      tags.push_back(w.upos + "\t" + w.xpos);
      deprels.push_back(w.deprel);
      feats.push_back(w.feats);
    }
  }
  auto unique = [](std::vector<std::string>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  };
  unique(&tags);
  unique(&deprels);
  unique(&feats);
  return Inventory{tags, deprels, feats};
}

void Describe(const Lexicon& lexicon, const WordClusters& clusters,
              const DocumentEvidence& document, Example* ex) {
  std::vector<absl::string_view> views(ex->forms.begin(), ex->forms.end());
  SentenceCase sentence_case = DetectSentenceCase(views);
  ex->info.clear();
  for (const std::string& f : ex->forms) {
    ex->info.push_back(DescribeWord(f, sentence_case, &clusters));
  }
  ex->gazetteer = EvidenceBits(lexicon, views, &document);
}

std::vector<Example> MakeExamples(const std::vector<ConlluSentence>& sentences,
                                  const Inventory& inv, const Lexicon& lexicon,
                                  const TrainingOptions& options) {
  std::vector<Example> examples;
  Random random(options.seed);
  WordClusters clusters;
  for (const auto& c : options.clusters) clusters.Add(c.first, c.second);
  std::vector<std::string> types(std::begin(kEntityTypes), std::end(kEntityTypes));
  std::map<std::string, DocumentEvidence> documents;
  for (const ConlluSentence& sentence : sentences) {
    std::vector<absl::string_view> words;
    for (const ConlluWord& w : sentence.words) words.push_back(w.form);
    documents[sentence.doc_id].AddSentence(words);
  }
  for (int s = 0; s < static_cast<int>(sentences.size()); ++s) {
    const ConlluSentence& sentence = sentences[s];
    const DocumentEvidence& document = documents[sentence.doc_id];
    Example ex;
    ex.origin = s;
    ex.heads.push_back(-1);
    ex.labels.push_back(-1);
    for (const ConlluWord& w : sentence.words) {
      ex.forms.push_back(w.form);
      ex.tags.push_back(IndexOf(inv.tags, w.upos + "\t" + w.xpos));
      ex.heads.push_back(w.head);
      ex.labels.push_back(IndexOf(inv.deprels, w.deprel));
    }
    if (sentence.has_entities) {
      ex.entities.assign(sentence.words.size(), 0);
      for (const ConlluName& name : sentence.names) {
        std::string type = EntityTypeName(name.type);
        auto it = std::find(types.begin(), types.end(), type);
        if (it == types.end()) continue;
        int t = static_cast<int>(it - types.begin());
        ex.entities[name.begin] = BeginLabel(t);
        for (int i = name.begin + 1; i < name.end; ++i) {
          ex.entities[i] = InsideLabel(t);
        }
      }
    }
    ex.predicted = ex.tags;
    Describe(lexicon, clusters, document, &ex);
    double u = random.Unit();
    examples.push_back(ex);
    if (u < options.title_case_share + options.upper_case_share) {
      ex.forms = u < options.title_case_share ? TitleCased(ex.forms)
                                              : UpperCased(ex.forms);
      Describe(lexicon, clusters, document, &ex);
      examples.push_back(std::move(ex));
    }
  }
  return examples;
}

// How often a (lowercase form, tag) occurs, with each lemma and feature
// set.
struct LexemeCounts {
  uint32_t count = 0;
  std::map<std::string, uint32_t> lemmas;
  std::map<std::string, uint32_t> feats;
};

// A lemma rule's key, (tag, suffix), and its change: how many bytes to strip
// and what to append.
using SuffixKey = std::pair<int, std::string>;
using LemmaChange = std::pair<int, std::string>;
// (tag, suffix) -> change -> number of lexemes.
using RuleVotes = std::map<SuffixKey, std::map<LemmaChange, int>>;

// The most frequent key (the first of equals), or "_" for none.
std::string MostFrequent(const std::map<std::string, uint32_t>& m) {
  const std::string* best = nullptr;
  uint32_t n = 0;
  for (const auto& e : m) {
    if (e.second > n) {
      best = &e.first;
      n = e.second;
    }
  }
  return best == nullptr ? std::string("_") : *best;
}

// Counts every (lowercase form, tag) and every tag's feature sets.
void CountLexemes(const std::vector<ConlluSentence>& sentences, const Inventory& inv,
                  std::map<std::pair<std::string, int>, LexemeCounts>* lexemes,
                  std::vector<std::map<std::string, uint32_t>>* tag_feats) {
  for (const ConlluSentence& s : sentences) {
    for (const ConlluWord& w : s.words) {
      int tag = IndexOf(inv.tags, w.upos + "\t" + w.xpos);
      LexemeCounts& c = (*lexemes)[{LowerWord(w.form), tag}];
      ++c.count;
      ++c.lemmas[w.lemma];
      ++c.feats[w.feats];
      ++(*tag_feats)[tag][w.feats];
    }
  }
}

// Votes for the change from `lower` to `lower_lemma` under each of the
// form's suffixes of up to 6 bytes (whole characters only).
void VoteForLemmaChange(int tag, const std::string& lower, const std::string& lower_lemma,
                        RuleVotes* rules) {
  size_t common = 0;
  while (common < lower.size() && common < lower_lemma.size() &&
         lower[common] == lower_lemma[common]) {
    ++common;
  }
  LemmaChange change(static_cast<int>(lower.size() - common), lower_lemma.substr(common));
  for (size_t n = 0; n <= std::min<size_t>(6, lower.size()); ++n) {
    // Suffixes of whole characters only.
    const size_t from = lower.size() - n;
    if (from < lower.size() && (static_cast<unsigned char>(lower[from]) & 0xC0) == 0x80) {
      continue;
    }
    ++(*rules)[{tag, lower.substr(from)}][change];
  }
}

// `suffix` without its first character.
std::string ShorterSuffix(const std::string& suffix) {
  size_t cut = 1;
  while (cut < suffix.size() && (static_cast<unsigned char>(suffix[cut]) & 0xC0) == 0x80) {
    ++cut;
  }
  return suffix.substr(cut);
}

// Adds the winning change of each (tag, suffix) as a lemma rule: for a
// suffix, only with at least 2 votes and where it says more than the
// shorter suffix's rule.
void AddLemmaRules(const RuleVotes& rules, AnalysisModelProto* model) {
  std::map<SuffixKey, LemmaChange> best_rule;
  for (const auto& entry : rules) {
    LemmaChange best;
    int n = 0;
    for (const auto& c : entry.second) {
      if (c.second > n) {
        best = c.first;
        n = c.second;
      }
    }
    const std::string& suffix = entry.first.second;
    if (!suffix.empty() && n < 2) continue;
    if (!suffix.empty()) {
      // Keep a rule only where it says more than the shorter suffix's.
      auto parent = best_rule.find({entry.first.first, ShorterSuffix(suffix)});
      if (parent != best_rule.end() && parent->second == best) {
        best_rule[entry.first] = best;
        continue;
      }
    }
    best_rule[entry.first] = best;
    LemmaRuleProto* r = model->add_lemma_rules();
    r->set_tag(entry.first.first);
    r->set_suffix(suffix);
    r->set_strip(best.first);
    r->set_append(best.second);
  }
}

// Lexemes, lemma rules and default features, from the treebank as written.
void AddLexicon(const std::vector<ConlluSentence>& sentences, const Inventory& inv,
                AnalysisModelProto* model) {
  std::map<std::pair<std::string, int>, LexemeCounts> lexemes;
  std::vector<std::map<std::string, uint32_t>> tag_feats(inv.tags.size());
  CountLexemes(sentences, inv, &lexemes, &tag_feats);
  RuleVotes rules;
  for (const auto& entry : lexemes) {
    const std::string& lower = entry.first.first;
    const int tag = entry.first.second;
    std::string lemma = MostFrequent(entry.second.lemmas);
    LexemeProto* x = model->add_lexemes();
    x->set_form(lower);
    x->set_tag(tag);
    x->set_lemma(lemma);
    x->set_feats(IndexOf(inv.feats, MostFrequent(entry.second.feats)));
    x->set_count(entry.second.count);
    if (absl::StartsWith(inv.tags[tag], "PROPN\t")) continue;
    VoteForLemmaChange(tag, lower, LowerWord(lemma), &rules);
  }
  AddLemmaRules(rules, model);
  for (size_t t = 0; t < inv.tags.size(); ++t) {
    model->add_default_feats(IndexOf(inv.feats, MostFrequent(tag_feats[t])));
  }
}

AmbiguityClasses AmbiguityOf(const std::vector<const Example*>& examples) {
  AmbiguityClasses amb;
  for (const Example* ex : examples) {
    for (size_t i = 0; i < ex->info.size(); ++i) {
      amb.Add(ex->info[i].lower, ex->tags[i]);
    }
  }
  amb.Finish();
  return amb;
}

std::vector<uint64_t> AmbiguityVector(const AmbiguityClasses& amb,
                                      const Example& ex) {
  std::vector<uint64_t> v(ex.info.size());
  for (size_t i = 0; i < v.size(); ++i) v[i] = amb.Get(ex.info[i].lower);
  return v;
}

// Tags a sentence with a model being trained or trained.
template <typename Scorer>
std::vector<int> TagWith(const Scorer& score, int num_tags,
                         const AmbiguityClasses& amb, const Example& ex) {
  std::vector<uint64_t> a = AmbiguityVector(amb, ex);
  std::vector<uint64_t> features;
  std::vector<float> scores(num_tags);
  std::vector<int> tags(ex.info.size());
  int prev = -1, prev2 = -1;
  for (int i = 0; i < static_cast<int>(tags.size()); ++i) {
    TaggerFeatures(ex.info, a, i, prev, prev2, &features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    score(features, scores.data());
    tags[i] = Argmax(scores);
    prev2 = prev;
    prev = tags[i];
  }
  return tags;
}

PerceptronModel TrainTagger(const std::vector<const Example*>& train,
                            int num_tags, int iterations, Random* random,
                            const TrainingOptions& options,
                            const std::string& name) {
  AmbiguityClasses amb = AmbiguityOf(train);
  PerceptronTrainer trainer(num_tags);
  std::vector<const Example*> order = train;
  std::vector<uint64_t> features;
  std::vector<float> scores(num_tags);
  for (int it = 0; it < iterations; ++it) {
    random->Shuffle(&order);
    int64_t correct = 0, total = 0;
    for (const Example* ex : order) {
      std::vector<uint64_t> a = AmbiguityVector(amb, *ex);
      int prev = -1, prev2 = -1;
      for (int i = 0; i < static_cast<int>(ex->info.size()); ++i) {
        TaggerFeatures(ex->info, a, i, prev, prev2, &features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(features, scores.data());
        int guess = Argmax(scores);
        trainer.Update(features, ex->tags[i], guess);
        trainer.Tick();
        correct += guess == ex->tags[i];
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    Progress(options, absl::StrFormat("%s pass %d/%d: %.2f%% on train", name,
                                      it + 1, iterations,
                                      100.0 * correct / std::max<int64_t>(total, 1)));
  }
  return trainer.Average(options.min_feature_updates);
}

// Replaces each example's predicted tags by those of a tagger trained on the
// other folds.
void Jackknife(std::vector<Example>* examples, int num_tags,
               const TrainingOptions& options, Random* random) {
  const int k = options.jackknife_folds;
  for (int fold = 0; fold < k; ++fold) {
    std::vector<const Example*> train;
    for (const Example& ex : *examples) {
      if (ex.origin % k != fold) train.push_back(&ex);
    }
    PerceptronModel model =
        TrainTagger(train, num_tags, std::max(1, options.tagger_iterations - 2),
                    random, options, absl::StrCat("jackknife fold ", fold + 1));
    AmbiguityClasses amb = AmbiguityOf(train);
    auto score = [&](const std::vector<uint64_t>& f, float* s) {
      model.Score(f.data(), f.size(), s);
    };
    for (Example& ex : *examples) {
      if (ex.origin % k == fold) ex.predicted = TagWith(score, num_tags, amb, ex);
    }
  }
}

// The dynamic oracle's cost of each valid move (the relation aside).
void MoveCosts(const ArcEagerState& s, const Example& ex,
               const bool valid[kNumMoves], int costs[kNumMoves]) {
  const int s0 = s.stack(0), b = s.buffer(0);
  for (int m = 0; m < kNumMoves; ++m) costs[m] = 1 << 20;
  if (valid[kMoveShift]) costs[kMoveShift] = s.Cost(kShift, ex.heads, ex.labels);
  if (valid[kMoveReduce]) {
    costs[kMoveReduce] = s.Cost(kReduce, ex.heads, ex.labels);
  }
  if (valid[kMoveLeft]) {
    int label = ex.heads[s0] == b ? ex.labels[s0] : 0;
    costs[kMoveLeft] = s.Cost(LeftArc(label), ex.heads, ex.labels);
  }
  if (valid[kMoveRight]) {
    int label = ex.heads[b] == s0 ? ex.labels[b] : 0;
    costs[kMoveRight] = s.Cost(RightArc(label), ex.heads, ex.labels);
  }
}

struct ParserModels {
  PerceptronModel moves;
  PerceptronModel labels;
};

ParserModels TrainParser(const std::vector<Example>& examples, int num_labels,
                         int root_label, const TrainingOptions& options,
                         Random* random) {
  PerceptronTrainer moves(kNumMoves);
  PerceptronTrainer labels(num_labels);
  std::vector<const Example*> order;
  for (const Example& ex : examples) order.push_back(&ex);
  std::vector<uint64_t> features, label_features;
  std::vector<float> label_scores(num_labels);
  float scores[kNumMoves];
  bool valid[kNumMoves];
  int costs[kNumMoves];
  for (int it = 0; it < options.parser_iterations; ++it) {
    random->Shuffle(&order);
    int64_t correct = 0, total = 0;
    const bool explore = it >= options.explore_after;
    for (const Example* ex : order) {
      const int n = static_cast<int>(ex->forms.size());
      ArcEagerState state(n, num_labels, root_label);
      while (!state.terminal()) {
        ParserFeatures(state, ex->info, ex->predicted, &features);
        std::fill(scores, scores + kNumMoves, 0.0f);
        moves.Score(features, scores);
        ValidMoves(state, root_label, valid);
        MoveCosts(state, *ex, valid, costs);
        int guess = -1, best = -1, min_cost = 1 << 20;
        for (int m = 0; m < kNumMoves; ++m) {
          if (!valid[m]) continue;
          if (guess < 0 || scores[m] > scores[guess]) guess = m;
          min_cost = std::min(min_cost, costs[m]);
        }
        for (int m = 0; m < kNumMoves; ++m) {
          if (valid[m] && costs[m] == min_cost &&
              (best < 0 || scores[m] > scores[best])) {
            best = m;
          }
        }
        if (costs[guess] > min_cost) moves.Update(features, best, guess);
        moves.Tick();
        int move = best;
        if (costs[guess] == min_cost ||
            (explore && random->Unit() < options.explore)) {
          move = guess;
        }
        int label = 0;
        const int s0 = state.stack(0), b = state.buffer(0);
        if (move == kMoveRight && s0 == 0) {
          label = root_label;
        } else if (move == kMoveLeft || move == kMoveRight) {
          const int head = move == kMoveLeft ? b : s0;
          const int dep = move == kMoveLeft ? s0 : b;
          LabelFeatures(features, move, &label_features);
          std::fill(label_scores.begin(), label_scores.end(), 0.0f);
          labels.Score(label_features, label_scores.data());
          label_scores[root_label] = -1e30f;
          label = Argmax(label_scores);
          if (ex->heads[dep] == head && ex->labels[dep] != root_label) {
            labels.Update(label_features, ex->labels[dep], label);
            labels.Tick();
            label = ex->labels[dep];
          }
        }
        state.Apply(MoveAction(move, label));
      }
      for (int w = 1; w <= n; ++w) {
        correct += state.head(w) == ex->heads[w];
        ++total;
      }
    }
    Progress(options, absl::StrFormat(
                          "parser pass %d/%d: %.2f%% heads on train",
                          it + 1, options.parser_iterations,
                          100.0 * correct / std::max<int64_t>(total, 1)));
  }
  return ParserModels{moves.Average(options.min_feature_updates),
                      labels.Average(options.min_feature_updates)};
}

PerceptronModel TrainEntities(const std::vector<Example>& examples,
                              int num_types, const TrainingOptions& options,
                              Random* random) {
  const int classes = 1 + 2 * num_types;
  PerceptronTrainer trainer(classes);
  std::vector<const Example*> order;
  for (const Example& ex : examples) {
    if (!ex.entities.empty()) order.push_back(&ex);
  }
  std::vector<uint64_t> features;
  std::vector<float> scores(classes);
  std::vector<bool> allowed(classes);
  for (int it = 0; it < options.entity_iterations; ++it) {
    random->Shuffle(&order);
    int64_t correct = 0, total = 0;
    for (const Example* ex : order) {
      int prev = -1, prev2 = -1;
      for (int i = 0; i < static_cast<int>(ex->forms.size()); ++i) {
        EntityFeatures(ex->info, ex->predicted, ex->gazetteer, i, prev, prev2,
                       &features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(features, scores.data());
        for (int c = 0; c < classes; ++c) allowed[c] = EntityLabelAllowed(prev, c);
        int guess = Argmax(scores.data(), classes, &allowed);
        trainer.Update(features, ex->entities[i], guess);
        trainer.Tick();
        correct += guess == ex->entities[i];
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    Progress(options, absl::StrFormat("entities pass %d/%d: %.2f%% on train",
                                      it + 1, options.entity_iterations,
                                      100.0 * correct / std::max<int64_t>(total, 1)));
  }
  return trainer.Average(options.min_feature_updates);
}

}  // namespace

std::string EntityTypeName(const std::string& gum_type) {
  if (gum_type == "person") return "PERSON";
  if (gum_type == "organization") return "ORGANIZATION";
  if (gum_type == "place") return "PLACE";
  if (gum_type == "event") return "EVENT";
  return "";
}

absl::StatusOr<AnalysisModelProto> TrainAnalysisModel(
    const std::vector<ConlluSentence>& sentences, const Lexicon& lexicon,
    const TrainingOptions& options) {
  if (sentences.empty()) {
    return absl::InvalidArgumentError("no training sentences");
  }
  if (std::none_of(sentences.begin(), sentences.end(),
                   [](const ConlluSentence& s) { return s.has_entities; })) {
    return absl::InvalidArgumentError("no sentence has entity annotation");
  }
  Inventory inv = Collect(sentences);
  if (inv.tags.size() > 256 || inv.deprels.size() > 127) {
    return absl::InvalidArgumentError(absl::StrCat(
        inv.tags.size(), " tags and ", inv.deprels.size(),
        " relations: at most 256 and 127"));
  }
  auto root = std::find(inv.deprels.begin(), inv.deprels.end(), "root");
  if (root == inv.deprels.end()) {
    return absl::InvalidArgumentError("no \"root\" relation in the data");
  }
  const int root_label = static_cast<int>(root - inv.deprels.begin());
  AnalysisModelProto model;
  model.set_version(options.version);
  for (const std::string& t : inv.tags) model.add_tags(t);
  for (const std::string& d : inv.deprels) model.add_deprels(d);
  for (const char* t : kEntityTypes) model.add_entity_types(t);
  for (const std::string& f : inv.feats) model.add_feats(f);
  for (const auto& c : options.clusters) {
    model.add_cluster_words(c.first);
    model.add_cluster_paths(c.second);
  }
  AddLexicon(sentences, inv, &model);

  std::vector<Example> examples = MakeExamples(sentences, inv, lexicon, options);
  Progress(options, absl::StrCat(sentences.size(), " sentences, ",
                                 examples.size(), " with case-altered copies, ",
                                 inv.tags.size(), " tags, ", inv.deprels.size(),
                                 " relations"));
  // Each stage has its own generator, so that one stage's changes leave the
  // others' results alone.
  Random tagger_random(options.seed * 16 + 1);
  Random jackknife_random(options.seed * 16 + 2);
  Random parser_random(options.seed * 16 + 3);
  Random entity_random(options.seed * 16 + 4);
  const int num_tags = static_cast<int>(inv.tags.size());
  std::vector<const Example*> all;
  for (const Example& ex : examples) all.push_back(&ex);
  TrainTagger(all, num_tags, options.tagger_iterations, &tagger_random, options,
              "tagger")
      .ToProto(model.mutable_tagger());
  if (options.jackknife_folds > 1) {
    Jackknife(&examples, num_tags, options, &jackknife_random);
  }
  ParserModels parser = TrainParser(
      examples, static_cast<int>(inv.deprels.size()), root_label, options,
      &parser_random);
  parser.moves.ToProto(model.mutable_parser());
  parser.labels.ToProto(model.mutable_parser_labels());
  TrainEntities(examples, std::size(kEntityTypes), options, &entity_random)
      .ToProto(model.mutable_entities());
  return model;
}

}  // namespace factcheck
