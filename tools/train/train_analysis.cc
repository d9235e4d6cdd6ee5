// Trains the linguistic layer's models from UD English EWT and GUM and writes
// the model file:
//
//   bazel run //tools/train:analysis -- ../shared/treebanks claims/data/analysis.model
//
// Reads TREEBANKS/UD_English-EWT/en_ewt-ud-train.conllu and
// TREEBANKS/UD_English-GUM/en_gum-ud-train.conllu (never dev or test) and the
// Brown clusters of --clusters (made by //tools/train:clusters). The same
// data, seed and options give the same bytes. Relative paths are taken from
// the folder `bazel run` was started in.

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "claims/analysis/brown_clusters.h"
#include "claims/analysis/conllu.h"
#include "claims/analysis/training.h"
#include "claims/lexicon.h"

ABSL_FLAG(uint64_t, seed, 1, "seed of the shuffles and case-altered copies");
ABSL_FLAG(int, tagger_iterations, 8, "tagger passes");
ABSL_FLAG(int, parser_iterations, 15, "parser passes");
ABSL_FLAG(int, entity_iterations, 12, "entity recogniser passes");
ABSL_FLAG(int, jackknife_folds, 5, "folds for the parser's predicted tags");
ABSL_FLAG(int, min_feature_updates, 2,
          "leave out features updated fewer times than this");
ABSL_FLAG(std::string, clusters, "claims/data/word_clusters.txt",
          "Brown clusters file (empty: no cluster features)");
ABSL_FLAG(double, title_case_share, 0.1,
          "share of sentences added again in Title Case");
ABSL_FLAG(double, upper_case_share, 0.05,
          "share of sentences added again in capitals");
ABSL_FLAG(std::vector<std::string>, files,
          std::vector<std::string>({"UD_English-EWT/en_ewt-ud-train.conllu",
                                    "UD_English-GUM/en_gum-ud-train.conllu"}),
          "training files, relative to TREEBANKS_DIR");
ABSL_FLAG(bool, quiet, false, "no progress on stderr");

namespace factcheck {
namespace {

std::string FromWorkingDirectory(const std::string& path) {
  const char* dir = std::getenv("BUILD_WORKING_DIRECTORY");
  if (path.empty() || path[0] == '/' || dir == nullptr) return path;
  return absl::StrCat(dir, "/", path);
}

absl::Status Run(const std::string& treebanks, const std::string& out) {
  std::vector<ConlluSentence> sentences;
  for (const std::string& file : absl::GetFlag(FLAGS_files)) {
    absl::StatusOr<std::vector<ConlluSentence>> s =
        ReadConlluFile(absl::StrCat(treebanks, "/", file));
    if (!s.ok()) return s.status();
    sentences.insert(sentences.end(), s->begin(), s->end());
  }
  absl::StatusOr<std::unique_ptr<Lexicon>> lexicon = Lexicon::Load({});
  if (!lexicon.ok()) return lexicon.status();
  TrainingOptions options;
  const std::string clusters_path = absl::GetFlag(FLAGS_clusters);
  if (!clusters_path.empty()) {
    std::ifstream in(FromWorkingDirectory(clusters_path), std::ios::binary);
    if (!in) return absl::NotFoundError(absl::StrCat(clusters_path, ": cannot open"));
    std::stringstream text;
    text << in.rdbuf();
    absl::StatusOr<std::vector<std::pair<std::string, std::string>>> clusters =
        ParseClusters(text.str(), clusters_path);
    if (!clusters.ok()) return clusters.status();
    options.clusters = *std::move(clusters);
  }
  options.seed = absl::GetFlag(FLAGS_seed);
  options.tagger_iterations = absl::GetFlag(FLAGS_tagger_iterations);
  options.parser_iterations = absl::GetFlag(FLAGS_parser_iterations);
  options.entity_iterations = absl::GetFlag(FLAGS_entity_iterations);
  options.jackknife_folds = absl::GetFlag(FLAGS_jackknife_folds);
  options.min_feature_updates = absl::GetFlag(FLAGS_min_feature_updates);
  options.title_case_share = absl::GetFlag(FLAGS_title_case_share);
  options.upper_case_share = absl::GetFlag(FLAGS_upper_case_share);
  options.version = absl::StrCat(
      "ud-english-ewt+gum-train seed ", options.seed, " passes ",
      options.tagger_iterations, "/", options.parser_iterations, "/",
      options.entity_iterations, " folds ", options.jackknife_folds,
      " min updates ", options.min_feature_updates, " clusters ",
      options.clusters.size());
  if (!absl::GetFlag(FLAGS_quiet)) {
    options.progress = [](const std::string& line) {
      std::fprintf(stderr, "%s\n", line.c_str());
    };
  }
  absl::StatusOr<AnalysisModelProto> model =
      TrainAnalysisModel(sentences, **lexicon, options);
  if (!model.ok()) return model.status();
  std::string bytes;
  model->SerializeToString(&bytes);
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) return absl::UnavailableError(absl::StrCat(out, ": cannot write"));
  std::fprintf(stderr, "%s: %zu bytes\n", out.c_str(), bytes.size());
  return absl::OkStatus();
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "trains the analysis models: analysis TREEBANKS_DIR OUT_MODEL");
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() != 3) {
    std::fprintf(stderr, "usage: analysis TREEBANKS_DIR OUT_MODEL\n");
    return 2;
  }
  absl::Status status =
      factcheck::Run(factcheck::FromWorkingDirectory(args[1]),
                     factcheck::FromWorkingDirectory(args[2]));
  if (!status.ok()) {
    std::fprintf(stderr, "analysis: %s\n", status.ToString().c_str());
    return 2;
  }
  return 0;
}
