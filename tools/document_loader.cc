#include "tools/document_loader.h"

#include <dirent.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
#include "tools/progress.h"
#include "spdlog/spdlog.h"

namespace factcheck {

// Expands folders into their .txt, .md and .html files, sorted.
absl::StatusOr<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    struct stat info;
    if (path != "-" && ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      DIR* dir = ::opendir(path.c_str());
      if (dir == nullptr) {
        return absl::PermissionDeniedError(absl::StrCat(path, ": cannot list folder"));
      }
      std::vector<std::string> inside;
      while (struct dirent* entry = ::readdir(dir)) {
        std::string name = entry->d_name;
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        auto ends = [&](const char* suffix) {
          std::string s(suffix);
          return lower.size() > s.size() && lower.compare(lower.size() - s.size(), s.size(), s) == 0;
        };
        if (ends(".txt") || ends(".md") || ends(".markdown") || ends(".html") || ends(".htm")) {
          inside.push_back(path + (path.back() == '/' ? "" : "/") + name);
        }
      }
      ::closedir(dir);
      std::sort(inside.begin(), inside.end());
      if (inside.empty()) {
        return absl::NotFoundError(absl::StrCat(path, ": folder has no .txt, .md or .html files"));
      }
      files.insert(files.end(), inside.begin(), inside.end());
    } else {
      files.push_back(path);
    }
  }
  return files;
}

std::vector<std::string> DropRepeatedPaths(const std::vector<std::string>& files) {
  std::vector<std::string> kept;
  std::map<std::pair<dev_t, ino_t>, std::string> seen_files;
  std::set<std::string> seen_paths;
  for (const std::string& path : files) {
    std::string first;
    struct stat info;
    if (!seen_paths.insert(path).second) {
      first = path;
    } else if (path != "-" && ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
      auto [it, inserted] = seen_files.emplace(std::make_pair(info.st_dev, info.st_ino), path);
      if (!inserted) first = it->second;
    }
    if (first.empty() || path == "-") {
      kept.push_back(path);
      continue;
    }
    std::fprintf(stderr, "factcheck: warning: %s: given more than once%s; read once\n",
                 path.c_str(), first == path ? "" : absl::StrCat(" (the same file as ", first, ")").c_str());
  }
  return kept;
}

namespace {

// One file read and extracted, or the reason it could not be read.
struct Extracted {
  absl::Status status;
  std::string path;
  int64_t bytes = 0;
  SourceDocument document;
};

// Runs on any thread: the reader and the extractor only read shared state.
std::unique_ptr<Extracted> ExtractOne(const std::string& path, const DocumentReader& reader,
                                      const ClaimExtractor& extractor,
                                      const ReadOptions& options,
                                      const LoadOptions& load_options) {
  auto extracted = std::make_unique<Extracted>();
  extracted->path = path;
  absl::StatusOr<InputFile> input = ReadInputFile(path, options);
  if (!input.ok()) {
    extracted->status = input.status();
    return extracted;
  }
  extracted->bytes = static_cast<int64_t>(input->bytes.size());
  ReadDocumentResult result = reader.Read(*input);
  extractor.Extract(*input, result);
  if (load_options.annotate) load_options.annotate(*input, &result);
  extracted->document = std::move(result.document);
  return extracted;
}

// Sum of the sizes of the regular files among `files` (for the time left).
int64_t TotalBytes(const std::vector<std::string>& files) {
  int64_t total = 0;
  for (const std::string& path : files) {
    struct stat info;
    if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) total += info.st_size;
  }
  return total;
}

}  // namespace

int ResolveJobs(int jobs) {
  if (jobs > 0) return jobs;
  // The cores this process may run on (a container or taskset may allow
  // fewer than the machine has).
  cpu_set_t set;
  if (::sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) {
    return CPU_COUNT(&set);
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

absl::Status ExtractEach(const std::vector<std::string>& files, const Lexicon& lexicon,
                         const LoadOptions& load_options,
                         const std::function<absl::Status(SourceDocument&)>& consume,
                         bool* had_errors, std::vector<SkippedInput>* skipped) {
  *had_errors = false;
  DocumentReader reader(lexicon);
  ClaimExtractor extractor(lexicon);
  ReadOptions options;
  options.max_bytes = load_options.max_bytes;
  const size_t n = files.size();
  bool show_progress = load_options.progress && ::isatty(STDERR_FILENO);
  Progress progress(stderr, static_cast<int64_t>(n), show_progress ? TotalBytes(files) : 0,
                    show_progress);

  // Messages and `consume` run here, in file order, so that the output and
  // stderr are the same for any number of threads.
  auto deliver = [&](Extracted& extracted) -> absl::Status {
    progress.Done(extracted.bytes);
    if (!extracted.status.ok()) {
      progress.Finish();
      const std::string message(extracted.status.message());
      std::fprintf(stderr, "factcheck: %s\n", message.c_str());
      *had_errors = true;
      if (skipped != nullptr) {
        SkippedInput* input = &skipped->emplace_back();
        const std::string path = extracted.path == "-" ? "<stdin>" : extracted.path;
        input->set_path(path);
        const std::string prefix = path + ": ";
        input->set_reason(message.compare(0, prefix.size(), prefix) == 0 ? message.substr(prefix.size())
                                                                         : message);
      }
      return absl::OkStatus();
    }
    const SourceDocument& document = extracted.document;
    if (document.warnings_size() > 0) progress.Finish();
    for (const std::string& warning : document.warnings()) {
      std::fprintf(stderr, "factcheck: warning: %s: %s\n", extracted.path.c_str(),
                   warning.c_str());
    }
    spdlog::info("{}: {} sentences, {} claims", extracted.path, document.sentences_size(),
                 document.claims_size());
    return consume(extracted.document);
  };

  const size_t jobs = std::min<size_t>(static_cast<size_t>(ResolveJobs(load_options.jobs)), n);
  if (jobs <= 1) {
    for (const std::string& path : files) {
      std::unique_ptr<Extracted> extracted =
          ExtractOne(path, reader, extractor, options, load_options);
      absl::Status status = deliver(*extracted);
      if (!status.ok()) return status;
    }
    return absl::OkStatus();
  }

  // Workers take the next file index; a finished file waits in its slot
  // until this thread has consumed every file before it. Workers run at
  // most `window` files ahead of the consumer, which bounds memory.
  const size_t window = 4 * jobs;
  std::mutex mu;
  std::condition_variable changed;
  std::vector<std::unique_ptr<Extracted>> slots(n);
  size_t next = 0;
  size_t consumed = 0;
  bool stop = false;
  auto work = [&] {
    for (;;) {
      size_t index;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        index = next++;
      }
      std::unique_ptr<Extracted> extracted =
          ExtractOne(files[index], reader, extractor, options, load_options);
      {
        std::lock_guard<std::mutex> lock(mu);
        slots[index] = std::move(extracted);
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (size_t t = 0; t < jobs; ++t) workers.emplace_back(work);

  absl::Status status;
  for (size_t i = 0; i < n && status.ok(); ++i) {
    std::unique_ptr<Extracted> extracted;
    {
      std::unique_lock<std::mutex> lock(mu);
      changed.wait(lock, [&] { return slots[i] != nullptr; });
      extracted = std::move(slots[i]);
    }
    status = deliver(*extracted);
    {
      std::lock_guard<std::mutex> lock(mu);
      ++consumed;
      if (!status.ok()) stop = true;
    }
    changed.notify_all();
  }
  for (std::thread& worker : workers) worker.join();
  return status;
}

LoadedDocuments LoadDocuments(const std::vector<std::string>& files, const Lexicon& lexicon,
                              const LoadOptions& options) {
  LoadedDocuments loaded;
  loaded.documents.reserve(files.size());
  // `consume` never fails here, so neither does ExtractEach.
  ExtractEach(
      files, lexicon, options,
      [&](SourceDocument& document) {
        loaded.documents.push_back(std::move(document));
        return absl::OkStatus();
      },
      &loaded.had_errors, &loaded.skipped)
      .IgnoreError();
  return loaded;
}

}  // namespace factcheck
