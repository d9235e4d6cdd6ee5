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
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claims/document_reader.h"
#include "claims/input_file.h"
#include "claims/lexicon.h"
#include "proto/document.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

// Replaces each folder in `paths` by its .txt, .md, .markdown, .html and
// .htm files, sorted by name; other paths (and "-") are kept as they are.
// Returns NotFoundError for a folder with no such file and
// PermissionDeniedError for a folder that cannot be listed.
absl::StatusOr<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths);

// `files` without the paths that repeat an earlier one: the same path, or
// the same regular file under another name (a link). Each one dropped is a
// warning on stderr, "factcheck: warning: PATH: given more than once ...".
// "-" is kept as given.
std::vector<std::string> DropRepeatedPaths(const std::vector<std::string>& files);

struct LoadOptions {
  // Files larger than this are refused. Default: 16 MiB.
  int64_t max_bytes = int64_t{16} << 20;
  // Threads that read and extract files at the same time; 0 means one per
  // core. The results are the same, in the same order, for any value.
  // Default: 0.
  int jobs = 0;
  // Show files done, MB/s and time left on stderr when it is a terminal and
  // the run takes longer than a second (tools/progress.h). Default: true.
  bool progress = true;
  // When set, runs on each document after claim extraction, on the thread
  // that read it, with the file it was read from (extract --analysis adds
  // the linguistic analysis here). It must be thread-safe and depend on
  // nothing but its arguments, so that the output stays the same for any
  // `jobs`. Default: none.
  std::function<void(const InputFile&, ReadDocumentResult*)> annotate;
};

// The number of threads `jobs` asks for: itself when positive, else the
// number of cores (at least 1).
int ResolveJobs(int jobs);

struct LoadedDocuments {
  // The documents that could be read, in the order of the paths.
  std::vector<SourceDocument> documents;
  // True when at least one path could not be read.
  bool had_errors = false;
  // Each path that could not be read, with the reason, in file order.
  std::vector<SkippedInput> skipped;
};

// Reads and extracts every file on `options.jobs` threads and hands each
// document to `consume` on the calling thread, in the order of `files`,
// whatever the number of threads. At most a few documents per thread wait
// for `consume` at any time, so memory does not grow with the number of
// files. Each input error is printed on stderr as "factcheck: PATH: reason"
// (in file order) and the file is skipped, with `*had_errors` set; each
// document warning as "factcheck: warning: PATH: warning".
// When `skipped` is given, each file that could not be read is also
// appended to it with its reason (the message without "PATH: ").
// Returns OkStatus, or the first non-OK status `consume` returned, after
// which no further document is consumed.
absl::Status ExtractEach(const std::vector<std::string>& files, const Lexicon& lexicon,
                         const LoadOptions& options,
                         const std::function<absl::Status(SourceDocument&)>& consume,
                         bool* had_errors, std::vector<SkippedInput>* skipped = nullptr);

// Reads and extracts every file (with ExtractEach). Each input error is printed on stderr as
// "factcheck: PATH: reason" and the file is left out; each document
// warning (an empty file) as "factcheck: warning: PATH: warning".
LoadedDocuments LoadDocuments(const std::vector<std::string>& files, const Lexicon& lexicon,
                              const LoadOptions& options);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_DOCUMENT_LOADER_H_
