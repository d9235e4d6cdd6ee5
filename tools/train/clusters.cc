// Computes Brown word clusters for the linguistic layer's features and writes
// them, one word a line, "BITS<TAB>WORD<TAB>COUNT", sorted by bits then word:
//
//   bazel run -c opt //tools/train:clusters -- claims/data/word_clusters.txt
//
// Reads every *.txt under --corpus (each non-empty line tokenized by the UD
// tokenizer, one sentence a line) and the word forms of the TRAIN splits of
// UD English EWT and GUM under --treebanks (never dev or test). Words are
// lowercased (ASCII). The same input and options give the same bytes.
// Relative paths are taken from the folder `bazel run` was started in.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "claims/analysis/brown_clusters.h"
#include "claims/analysis/ud_tokenizer.h"

ABSL_FLAG(std::string, corpus, "../shared/corpus/news",
          "folder whose *.txt files are read");
ABSL_FLAG(std::string, treebanks, "../shared/treebanks",
          "folder holding UD_English-EWT and UD_English-GUM");
ABSL_FLAG(int, clusters, 256, "number of clusters C (the window)");
ABSL_FLAG(int, min_count, 3, "words seen fewer times are left out");
ABSL_FLAG(bool, quiet, false, "no progress on stderr");

namespace factcheck {
namespace {

using Sentences = std::vector<std::vector<std::string>>;

std::string FromWorkingDirectory(const std::string& path) {
  const char* dir = std::getenv("BUILD_WORKING_DIRECTORY");
  if (path.empty() || path[0] == '/' || dir == nullptr) return path;
  return absl::StrCat(dir, "/", path);
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::stringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

// Every non-empty line of every *.txt under `dir` (in path order), tokenized.
absl::Status ReadCorpus(const std::string& dir, Sentences& sentences) {
  std::error_code error;
  std::vector<std::string> paths;
  for (std::filesystem::recursive_directory_iterator it(dir, error), end;
       !error && it != end; it.increment(error)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") {
      paths.push_back(it->path().string());
    }
  }
  if (error) {
    return absl::NotFoundError(
        absl::StrCat(dir, ": cannot list: ", error.message()));
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    absl::StatusOr<std::string> text = ReadFile(path);
    if (!text.ok()) return text.status();
    for (absl::string_view line : absl::StrSplit(*text, '\n')) {
      std::vector<std::string> words;
      for (const UdToken& t : TokenizeUd(line, 0, line.size())) {
        words.push_back(
            absl::AsciiStrToLower(line.substr(t.begin, t.end - t.begin)));
      }
      if (!words.empty()) sentences.push_back(std::move(words));
    }
  }
  return absl::OkStatus();
}

// The FORM column of a CoNLL-U file, one sentence per blank-line block;
// multiword ranges ("1-2") and empty nodes ("8.1") are skipped.
absl::Status ReadTreebank(const std::string& path, Sentences& sentences) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  std::vector<std::string> words;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(*text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!words.empty()) sentences.push_back(std::move(words));
      words.clear();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<absl::string_view> columns = absl::StrSplit(line, '\t');
    if (columns.size() != 10) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", line_number, ": expected 10 columns, got ",
                       columns.size()));
    }
    if (absl::StrContains(columns[0], '-') ||
        absl::StrContains(columns[0], '.')) {
      continue;
    }
    words.push_back(absl::AsciiStrToLower(columns[1]));
  }
  if (!words.empty()) sentences.push_back(std::move(words));
  return absl::OkStatus();
}

absl::Status Run(const std::string& corpus, const std::string& treebanks,
                 const std::string& out) {
  const bool quiet = absl::GetFlag(FLAGS_quiet);
  const absl::Time start = absl::Now();
  Sentences sentences;
  absl::Status status = ReadCorpus(corpus, sentences);
  if (!status.ok()) return status;
  const size_t corpus_sentences = sentences.size();
  for (const char* file : {"UD_English-EWT/en_ewt-ud-train.conllu",
                           "UD_English-GUM/en_gum-ud-train.conllu"}) {
    status = ReadTreebank(absl::StrCat(treebanks, "/", file), sentences);
    if (!status.ok()) return status;
  }
  std::map<std::string, int64_t> counts;
  size_t tokens = 0;
  for (const auto& sentence : sentences) {
    tokens += sentence.size();
    for (const std::string& word : sentence) ++counts[word];
  }
  if (!quiet) {
    std::fprintf(stderr,
                 "clusters: %zu sentences (%zu from the corpus), %zu tokens, "
                 "%zu distinct words\n",
                 sentences.size(), corpus_sentences, tokens, counts.size());
  }
  std::function<void(const std::string&)> progress;
  if (!quiet) {
    progress = [start](const std::string& line) {
      std::fprintf(stderr, "%s (%.1f s)\n", line.c_str(),
                   absl::ToDoubleSeconds(absl::Now() - start));
    };
  }
  const std::vector<std::pair<std::string, std::string>> clusters =
      BrownClusters(sentences, absl::GetFlag(FLAGS_clusters),
                    absl::GetFlag(FLAGS_min_count), progress);
  std::string bytes;
  for (const auto& [word, bits] : clusters) {
    absl::StrAppend(&bytes, bits, "\t", word, "\t", counts[word], "\n");
  }
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) return absl::UnavailableError(absl::StrCat(out, ": cannot write"));
  if (!quiet) {
    std::fprintf(stderr, "%s: %zu words, %zu bytes, %.1f s\n", out.c_str(),
                 clusters.size(), bytes.size(),
                 absl::ToDoubleSeconds(absl::Now() - start));
  }
  return absl::OkStatus();
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "computes Brown word clusters: clusters [--corpus=DIR] "
      "[--treebanks=DIR] [--clusters=256] [--min_count=3] OUT_FILE");
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() != 2) {
    std::fprintf(stderr,
                 "usage: clusters [--corpus=DIR] [--treebanks=DIR] "
                 "[--clusters=256] [--min_count=3] [--quiet] OUT_FILE\n");
    return 2;
  }
  absl::Status status = factcheck::Run(
      factcheck::FromWorkingDirectory(absl::GetFlag(FLAGS_corpus)),
      factcheck::FromWorkingDirectory(absl::GetFlag(FLAGS_treebanks)),
      factcheck::FromWorkingDirectory(args[1]));
  if (!status.ok()) {
    std::fprintf(stderr, "clusters: %s\n", status.ToString().c_str());
    return 2;
  }
  return 0;
}
