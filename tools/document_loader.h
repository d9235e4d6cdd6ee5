// File: tools/document_loader.h
//
// Turns the paths on a command line into extracted documents: folders are
// expanded into their .txt, .md and .html files, each file is read, checked
// and run through the document reader and the claim extractor.
//
// Example:
//   absl::StatusOr<std::vector<std::string>> files = ExpandPaths({"drafts/"});
//   LoadOptions options;
//   LoadedDocuments loaded = LoadDocuments(*files, lexicon, options);
//   if (loaded.had_errors) ...  // each error is already on stderr

#ifndef FACTCHECK_TOOLS_DOCUMENT_LOADER_H_
#define FACTCHECK_TOOLS_DOCUMENT_LOADER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/lexicon.h"
#include "proto/document.pb.h"

namespace factcheck {

// Replaces each folder in `paths` by its .txt, .md, .markdown, .html and
// .htm files, sorted by name; other paths (and "-") are kept as they are.
// Returns NotFoundError for a folder with no such file and
// PermissionDeniedError for a folder that cannot be listed.
absl::StatusOr<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths);

struct LoadOptions {
  // Files larger than this are refused. Default: 16 MiB.
  int64_t max_bytes = int64_t{16} << 20;
};

struct LoadedDocuments {
  // The documents that could be read, in the order of the paths.
  std::vector<SourceDocument> documents;
  // True when at least one path could not be read.
  bool had_errors = false;
};

// Reads and extracts every file. Each input error is printed on stderr as
// "factcheck: PATH: reason" and the file is left out; each document
// warning (an empty file) as "factcheck: warning: PATH: warning".
LoadedDocuments LoadDocuments(const std::vector<std::string>& files, const Lexicon& lexicon,
                              const LoadOptions& options);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_DOCUMENT_LOADER_H_
