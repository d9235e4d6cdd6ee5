#include "tools/lsp/draft_checker.h"

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "claims/input_file.h"
#include "claims/known_facts.h"
#include "claims/status_macros.h"
#include "compare/comparator.h"
#include "tools/gate.h"

namespace factcheck {
namespace lsp {
namespace {

std::string Absolute(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(path, ec);
  return (ec ? std::filesystem::path(path) : p).lexically_normal().string();
}

template <typename T>
std::vector<T> Joined(std::vector<T> a, const std::vector<T>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace

absl::StatusOr<std::unique_ptr<DraftChecker>> DraftChecker::Load(
    const DraftCheckerOptions& options) {
  std::unique_ptr<DraftChecker> checker(new DraftChecker());
  checker->options_ = options;
  FACTCHECK_ASSIGN_OR_RETURN(checker->config_, LoadProjectConfig(options.config_path));
  const ProjectConfig& config = checker->config_;
  std::vector<std::string> sources = options.sources.empty() ? config.sources : options.sources;
  if (sources.empty()) {
    return absl::InvalidArgumentError(
        "no sources to check against: start `factcheck lsp --sources=PATH[,PATH...]` or set "
        "`sources` in .factcheck.textproto");
  }
  FACTCHECK_ASSIGN_OR_RETURN(std::vector<std::string> files, ExpandPaths(sources));
  FACTCHECK_ASSIGN_OR_RETURN(checker->lexicon_,
                             Lexicon::Load(Joined(options.lexicons, config.lexicons)));
  checker->reader_ = std::make_unique<DocumentReader>(*checker->lexicon_);
  checker->extractor_ = std::make_unique<ClaimExtractor>(*checker->lexicon_);
  LoadedDocuments loaded = LoadDocuments(DropRepeatedPaths(files), *checker->lexicon_, options.load);
  if (loaded.had_errors) {
    return absl::InvalidArgumentError(
        "a source could not be read (the reason is in the server's log, on stderr)");
  }
  checker->sources_ = std::move(loaded.documents);
  for (const SourceDocument& doc : checker->sources_) {
    checker->source_absolute_paths_.push_back(Absolute(doc.path()));
  }
  checker->source_texts_ = ReadSourceTexts(checker->sources_);
  checker->facts_paths_ = Joined(options.facts, config.facts);
  // Read the facts once now, so that a mistake in them shows at once.
  FACTCHECK_ASSIGN_OR_RETURN(const std::vector<SourceDocument>* facts, checker->FactsFor(""));
  SourceTexts fact_texts = ReadSourceTexts(*facts);
  checker->source_texts_.insert(fact_texts.begin(), fact_texts.end());
  return checker;
}

absl::StatusOr<const std::vector<SourceDocument>*> DraftChecker::FactsFor(const std::string& date) {
  auto it = facts_by_date_.find(date);
  if (it != facts_by_date_.end()) return &it->second;
  std::vector<std::string> dates = {date};
  for (const SourceDocument& doc : sources_) dates.push_back(doc.publication_date());
  std::vector<SourceDocument> facts;
  for (const std::string& path : facts_paths_) {
    FACTCHECK_ASSIGN_OR_RETURN(SourceDocument one, LoadKnownFacts(path, *lexicon_, dates));
    facts.push_back(std::move(one));
  }
  return &(facts_by_date_[date] = std::move(facts));
}

absl::StatusOr<Report> DraftChecker::Check(const std::string& path, InputFormat format,
                                           const std::string& text) {
  if (static_cast<int64_t>(text.size()) > options_.load.max_bytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        path, ": larger than ", options_.load.max_bytes, " bytes (--max-file-size)"));
  }
  FACTCHECK_RETURN_IF_ERROR(ValidateText(path, text));
  InputFile input;
  input.path = path;
  input.bytes = text;
  input.format = format;
  ReadDocumentResult read = reader_->Read(input);
  extractor_->Extract(input, read);
  const SourceDocument& draft = read.document;
  FACTCHECK_ASSIGN_OR_RETURN(const std::vector<SourceDocument>* facts,
                             FactsFor(draft.publication_date()));

  // The draft first, then the sources but the draft's own file, then the
  // facts; only the draft is reported on (as `check` does per draft).
  std::vector<const SourceDocument*> documents = {&draft};
  const std::string draft_path = Absolute(path);
  for (size_t i = 0; i < sources_.size(); ++i) {
    if (source_absolute_paths_[i] != draft_path) documents.push_back(&sources_[i]);
  }
  for (const SourceDocument& fact : *facts) documents.push_back(&fact);
  CompareOptions compare;
  compare.targets.assign(documents.size(), false);
  compare.targets[0] = true;
  Report report = CompareDocuments(documents, compare, *lexicon_);

  SourceTexts texts;
  SourceText& own = texts[path];
  own.bytes = text;
  own.format = format;
  for (const Sentence& s : draft.sentences()) own.sentences.push_back(s.span());
  GateOptions gate;
  gate.baseline_path = options_.baseline_path;
  FACTCHECK_RETURN_IF_ERROR(ApplyGate(gate, config_, texts, {path}, &report));
  return report;
}

}  // namespace lsp
}  // namespace factcheck
