// File: tools/lsp/draft_checker.h
//
// What `factcheck check` does to one draft, for a draft held in memory: the
// sources are found (--sources, else the project file's `sources`), read
// and extracted once; then each version of the draft's text is extracted
// and compared with them alone (a source at the draft's own path is left
// out: the open buffer is the draft), and the project's gate is applied
// (ignore globs, kind rules, the draft's inline suppressions, a baseline).
// The result is the Report `check` would print for the draft saved with
// that text.
//
// Example:
//   DraftCheckerOptions options;
//   options.sources = {"wire/"};
//   absl::StatusOr<std::unique_ptr<DraftChecker>> checker = DraftChecker::Load(options);
//   absl::StatusOr<Report> report =
//       (*checker)->Check("/home/me/draft.md", INPUT_FORMAT_MARKDOWN, text);

#ifndef FACTCHECK_TOOLS_LSP_DRAFT_CHECKER_H_
#define FACTCHECK_TOOLS_LSP_DRAFT_CHECKER_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/lexicon.h"
#include "proto/document.pb.h"
#include "proto/report.pb.h"
#include "tools/config.h"
#include "tools/document_loader.h"
#include "tools/source_text.h"

namespace factcheck {
namespace lsp {

struct DraftCheckerOptions {
  // The project file; empty: the first .factcheck.textproto in the current
  // folder or above (none is an empty config).
  std::string config_path;
  // Source files or folders; empty: the config's `sources`.
  std::vector<std::string> sources;
  // Extra vocabulary and known facts; the config's are added.
  std::vector<std::string> lexicons;
  std::vector<std::string> facts;
  // Drop the findings this baseline records. Default: none.
  std::string baseline_path;
  // How sources are read (max_bytes also bounds the draft).
  LoadOptions load;
};

class DraftChecker {
 public:
  // Reads the config, the vocabulary, the sources and the facts. Returns
  // the config's and the facts' errors, InvalidArgumentError when there
  // are no sources (naming --sources and the config) or a source cannot
  // be read (each reason is printed on stderr, as in `check`), and
  // ExpandPaths' errors for a source folder.
  static absl::StatusOr<std::unique_ptr<DraftChecker>> Load(const DraftCheckerOptions& options);

  // The findings in `text`, read as the file `path` in `format`. Returns
  // InvalidArgumentError for text that is not valid UTF-8 or holds a NUL
  // byte, ResourceExhaustedError over options.load.max_bytes, and
  // InvalidArgumentError "PATH:LINE:COL: unknown finding kind NAME" for a
  // suppression naming a kind that does not exist.
  absl::StatusOr<Report> Check(const std::string& path, InputFormat format,
                               const std::string& text);

  // The sources (and facts files) as read, by path, for evidence positions.
  const SourceTexts& source_texts() const { return source_texts_; }
  size_t source_count() const { return sources_.size(); }

 private:
  DraftChecker() = default;

  // The facts for a draft of `date`, with the sources' dates (cached).
  absl::StatusOr<const std::vector<SourceDocument>*> FactsFor(const std::string& date);

  DraftCheckerOptions options_;
  ProjectConfig config_;
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<DocumentReader> reader_;
  std::unique_ptr<ClaimExtractor> extractor_;
  std::vector<SourceDocument> sources_;
  std::vector<std::string> source_absolute_paths_;
  std::vector<std::string> facts_paths_;
  std::map<std::string, std::vector<SourceDocument>> facts_by_date_;
  SourceTexts source_texts_;
};

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_DRAFT_CHECKER_H_
