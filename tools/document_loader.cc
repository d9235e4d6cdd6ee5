#include "tools/document_loader.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
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

LoadedDocuments LoadDocuments(const std::vector<std::string>& files, const Lexicon& lexicon,
                              const LoadOptions& load_options) {
  LoadedDocuments loaded;
  DocumentReader reader(lexicon);
  ClaimExtractor extractor(lexicon);
  ReadOptions options;
  options.max_bytes = load_options.max_bytes;
  for (const std::string& path : files) {
    absl::StatusOr<InputFile> input = ReadInputFile(path, options);
    if (!input.ok()) {
      std::fprintf(stderr, "factcheck: %s\n", std::string(input.status().message()).c_str());
      loaded.had_errors = true;
      continue;
    }
    ReadDocumentResult result = reader.Read(*input);
    extractor.Extract(*input, result);
    for (const std::string& warning : result.document.warnings()) {
      std::fprintf(stderr, "factcheck: warning: %s: %s\n", input->path.c_str(), warning.c_str());
    }
    spdlog::info("{}: {} sentences, {} claims", input->path, result.document.sentences_size(),
                 result.document.claims_size());
    loaded.documents.push_back(std::move(result.document));
  }
  return loaded;
}

}  // namespace factcheck
