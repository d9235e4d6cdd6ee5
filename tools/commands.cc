#include "tools/commands.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
#include "claims/known_facts.h"
#include "claims/lexicon.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/status_macros.h"
#include "compare/comparator.h"
#include "tools/config.h"
#include "tools/document_loader.h"
#include "tools/gate.h"
#include "tools/lsp/draft_checker.h"
#include "tools/lsp/server.h"
#include "tools/lsp/stdio_loop.h"
#include "tools/report_writer.h"
#include "tools/sentence_analysis.h"
#include "tools/source_text.h"
#include "tools/version.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "spdlog/spdlog.h"

ABSL_FLAG(std::string, format, "",
          "Output format. extract: textproto, json or binary. Default: "
          "textproto for extract.");
ABSL_FLAG(bool, analysis, false,
          "extract: add each sentence's linguistic analysis (UD tokens, tags, "
          "lemmas, features, dependency parse, named entities) with original spans.");
ABSL_FLAG(std::vector<std::string>, lexicon, {},
          "Extra vocabulary files (textproto, proto/lexicon.proto).");
ABSL_FLAG(std::vector<std::string>, facts, {},
          "Known claims (textproto, proto/facts.proto): office holders with their terms, "
          "used as one more trusted source.");
ABSL_FLAG(std::vector<std::string>, sources, {},
          "check: the source files or folders (their .txt, .md and .html "
          "files) to check the drafts against.");
ABSL_FLAG(std::string, fail_on, "",
          "Exit with code 1 when a finding is at or above this severity: "
          "never, info, warning or error. Default: the config's fail_on, else error.");
ABSL_FLAG(std::string, color, "auto",
          "Colour in text output: auto (only on a terminal), always or never.");
ABSL_FLAG(std::string, output, "", "Write the report to this file instead of stdout.");
ABSL_FLAG(std::string, config, "",
          "Project file (proto/config.proto). Default: the first .factcheck.textproto "
          "in the current folder or above.");
ABSL_FLAG(std::string, baseline, "", "Report only findings this baseline does not record.");
ABSL_FLAG(std::string, write_baseline, "",
          "Record the current findings in this baseline file (then report none of them).");
ABSL_FLAG(bool, changed_lines_only, false,
          "Report only findings on changed lines: a unified diff on stdin, or --diff-base.");
ABSL_FLAG(std::string, diff_base, "",
          "Report only findings on lines added since this git revision (implies "
          "--changed-lines-only).");
ABSL_FLAG(bool, keep_going, false,
          "audit, check, diff: leave out an input that cannot be read (it is reported) "
          "instead of ending the run; the exit code is still 2.");
ABSL_FLAG(int, jobs, 0,
          "Files read and extracted, and documents compared, at the same time; 0 means "
          "one per core. The output is the same for any value.");
ABSL_FLAG(bool, progress, true,
          "Show progress on stderr for runs over a second, when stderr is a terminal.");
ABSL_FLAG(int, debounce_ms, 300,
          "lsp: check a draft this many milliseconds after the last change (0: at once).");
ABSL_FLAG(int64_t, max_file_size, int64_t{16} << 20,
          "Refuse inputs larger than this many bytes (at most 2147483647).");

namespace factcheck {
namespace {

// Writes all of `data` to stdout; a full disk or closed pipe is an error.
absl::Status WriteStdout(absl::string_view data) {
  if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size()) {
    return absl::UnavailableError("cannot write output (disk full or pipe closed)");
  }
  return absl::OkStatus();
}

LoadOptions LoadFlags() {
  LoadOptions options;
  options.max_bytes = absl::GetFlag(FLAGS_max_file_size);
  options.jobs = absl::GetFlag(FLAGS_jobs);
  options.progress = absl::GetFlag(FLAGS_progress);
  return options;
}

bool OneOf(const std::string& value, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

// Flag values and combinations, checked before any file is read, so that
// a mistake on the command line is a usage error at once.
absl::Status ValidateFlags(const std::string& command, const std::vector<std::string>& files) {
  const std::string format = absl::GetFlag(FLAGS_format);
  if (command == "extract") {
    if (!format.empty() && !OneOf(format, {"textproto", "json", "binary"})) {
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown --format=", format, " for extract; use textproto, json or binary"));
    }
  } else if (!format.empty() && !OneOf(format, ReportFormats())) {
    return absl::InvalidArgumentError(absl::StrCat("unknown --format=", format, " for ", command,
                                                   "; use ", absl::StrJoin(ReportFormats(), ", ")));
  }
  const std::string fail_on = absl::GetFlag(FLAGS_fail_on);
  if (!fail_on.empty() && !OneOf(fail_on, {"never", "info", "warning", "error"})) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown --fail-on=", fail_on, "; use never, info, warning or error"));
  }
  const std::string color = absl::GetFlag(FLAGS_color);
  if (!OneOf(color, {"auto", "always", "never"})) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown --color=", color, "; use auto, always or never"));
  }
  if (absl::GetFlag(FLAGS_jobs) < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--jobs=", absl::GetFlag(FLAGS_jobs), ": use 0 (one per core) or a number of threads"));
  }
  const int64_t max_size = absl::GetFlag(FLAGS_max_file_size);
  if (max_size < 1 || max_size > kMaxInputBytes) {
    return absl::InvalidArgumentError(absl::StrCat("--max-file-size=", max_size,
                                                   ": use 1 to ", kMaxInputBytes, " bytes"));
  }
  if (absl::GetFlag(FLAGS_analysis) && command != "extract") {
    return absl::InvalidArgumentError(
        absl::StrCat("--analysis applies to extract only, not ", command));
  }
  if (!absl::GetFlag(FLAGS_sources).empty() && command != "check") {
    return absl::InvalidArgumentError(absl::StrCat(
        "--sources applies to check only; ", command, " takes the FILEs to compare"));
  }
  if (!absl::GetFlag(FLAGS_baseline).empty() && !absl::GetFlag(FLAGS_write_baseline).empty()) {
    return absl::InvalidArgumentError(
        "--baseline and --write-baseline cannot be used together: read a baseline, or write "
        "a new one");
  }
  if (absl::GetFlag(FLAGS_changed_lines_only) && absl::GetFlag(FLAGS_diff_base).empty()) {
    // The diff comes on standard input, which then cannot be a document.
    if (OneOf("-", files)) {
      return absl::InvalidArgumentError(
          "--changed-lines-only reads the diff from standard input, so no FILE can be -; use "
          "--diff-base=REF instead");
    }
    if (::isatty(STDIN_FILENO)) {
      return absl::InvalidArgumentError(
          "--changed-lines-only needs a unified diff on standard input (git diff -U0 | "
          "factcheck ...) or --diff-base=REF");
    }
  }
  return absl::OkStatus();
}

absl::Status RunExtract(const std::vector<std::string>& files) {
  std::string format = absl::GetFlag(FLAGS_format);
  if (format.empty()) format = "textproto";
  if (files.empty()) {
    return absl::InvalidArgumentError(
        "extract needs at least one FILE (or - for standard input); see --help");
  }
  FACTCHECK_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon,
                             Lexicon::Load(absl::GetFlag(FLAGS_lexicon)));
  LoadOptions load_options = LoadFlags();
  if (absl::GetFlag(FLAGS_analysis)) {
    FACTCHECK_ASSIGN_OR_RETURN(const Analyzer* analyzer, BuiltinAnalyzer());
    load_options.annotate = [analyzer](const InputFile& input, ReadDocumentResult* result) {
      AddSentenceAnalysis(*analyzer, input, result);
    };
  }
  bool had_errors = false;
  auto write = [&](SourceDocument& document) -> absl::Status {
    std::string out;
    if (format == "json") {
      google::protobuf::util::JsonPrintOptions json_options;
      json_options.preserve_proto_field_names = false;
      // Fields at their default are left out here, unlike the report's
      // JSON: printing them all multiplied the peak memory of a 10 MB
      // one-line document by 5 (3.1 GB; hostile_input_test's bound).
      auto status = google::protobuf::util::MessageToJsonString(document, &out, json_options);
      if (!status.ok()) return absl::InternalError(status.ToString());
      out.push_back('\n');
    } else if (format == "binary") {
      // Each record as field 1 of ExtractResult, so that the whole output
      // parses as one ExtractResult.
      std::string bytes = document.SerializeAsString();
      out.push_back(static_cast<char>(0x0A));
      uint64_t size = bytes.size();
      while (size >= 0x80) {
        out.push_back(static_cast<char>((size & 0x7F) | 0x80));
        size >>= 7;
      }
      out.push_back(static_cast<char>(size));
      out += bytes;
    } else {
      std::string body;
      google::protobuf::TextFormat::PrintToString(document, &body);
      out = absl::StrCat("documents {\n", body, "}\n");
    }
    return WriteStdout(out);
  };
  FACTCHECK_RETURN_IF_ERROR(ExtractEach(files, *lexicon, load_options, write, &had_errors));
  absl::Status first_error =
      had_errors ? absl::InvalidArgumentError("input errors") : absl::OkStatus();
  if (std::fflush(stdout) != 0) {
    return absl::UnavailableError("cannot write output (disk full or pipe closed)");
  }
  if (!first_error.ok()) {
    // Each error is already printed on its own line; exit code 2.
    return absl::InvalidArgumentError("");
  }
  return absl::OkStatus();
}

absl::StatusOr<Severity> FailOn(const ProjectConfig& config) {
  std::string value = absl::GetFlag(FLAGS_fail_on);
  if (value.empty()) value = config.fail_on.empty() ? "error" : config.fail_on;
  if (value == "never") return SEVERITY_UNSPECIFIED;
  if (value == "info") return INFO;
  if (value == "warning") return WARNING;
  if (value == "error") return ERROR;
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown --fail-on=", value, "; use never, info, warning or error"));
}

std::vector<std::string> Lexicons(const ProjectConfig& config) {
  std::vector<std::string> paths = absl::GetFlag(FLAGS_lexicon);
  paths.insert(paths.end(), config.lexicons.begin(), config.lexicons.end());
  return paths;
}

// Appends the --facts files and the config's to `documents`, marked in
// options->references as evidence that is never reported on; their terms
// are matched to the inputs' dates.
absl::Status AddKnownFacts(const ProjectConfig& config, const Lexicon& lexicon,
                           std::vector<SourceDocument>* documents, CompareOptions* options) {
  std::vector<std::string> paths = absl::GetFlag(FLAGS_facts);
  paths.insert(paths.end(), config.facts.begin(), config.facts.end());
  std::vector<std::string> dates;
  for (const SourceDocument& doc : *documents) dates.push_back(doc.publication_date());
  for (const std::string& path : paths) {
    FACTCHECK_ASSIGN_OR_RETURN(SourceDocument facts, LoadKnownFacts(path, lexicon, dates));
    documents->push_back(std::move(facts));
  }
  options->references.assign(documents->size(), false);
  for (size_t i = documents->size() - paths.size(); i < documents->size(); ++i) {
    options->references[i] = true;
  }
  if (!options->targets.empty()) options->targets.resize(documents->size(), false);
  return absl::OkStatus();
}

// The CI gate (tools/gate.h) with its flags; `targets` as in CompareOptions.
absl::Status ApplyGateFlags(const ProjectConfig& config, const std::vector<SourceDocument>& documents,
                            const std::vector<bool>& targets, const SourceTexts& texts,
                            Report* report) {
  GateOptions gate;
  gate.baseline_path = absl::GetFlag(FLAGS_baseline);
  gate.write_baseline_path = absl::GetFlag(FLAGS_write_baseline);
  gate.diff_base = absl::GetFlag(FLAGS_diff_base);
  // --diff-base=REF alone says which lines changed: it implies the flag.
  gate.changed_lines_only = absl::GetFlag(FLAGS_changed_lines_only) || !gate.diff_base.empty();
  if (gate.changed_lines_only && gate.diff_base.empty()) {
    std::ostringstream diff;
    diff << std::cin.rdbuf();
    gate.diff_text = diff.str();
  }
  std::vector<std::string> checked;
  for (size_t i = 0; i < documents.size(); ++i) {
    if (targets.empty() || targets[i]) checked.push_back(documents[i].path());
  }
  return ApplyGate(gate, config, texts, checked, report);
}

// The folder a CI service calls the repository: the git checkout's top
// folder, else the current one. For sarif and github paths.
std::string SourceRoot(const std::string& working_directory) {
  std::string out;
  if (std::FILE* pipe = ::popen("git rev-parse --show-toplevel 2>/dev/null", "r")) {
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    if (::pclose(pipe) != 0) out.clear();
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out.empty() ? working_directory : out;
}

// Compares, writes the report, and maps findings to the exit status.
// `skipped`: inputs left out under --keep-going, which make the exit code 2
// once the report is written.
absl::Status CompareAndReport(const std::vector<SourceDocument>& documents,
                              const CompareOptions& options, const Lexicon& lexicon,
                              const std::string& command, const ProjectConfig& config,
                              const std::vector<SkippedInput>& skipped) {
  FACTCHECK_ASSIGN_OR_RETURN(Severity fail_on, FailOn(config));
  std::vector<const SourceDocument*> pointers;
  for (const SourceDocument& doc : documents) pointers.push_back(&doc);
  const std::string format = absl::GetFlag(FLAGS_format);
  CompareOptions compare = options;
  compare.claim_table = command == "diff" || format == "markdown" || format == "html";
  compare.jobs = ResolveJobs(absl::GetFlag(FLAGS_jobs));
  Report report = compare.targets.empty() ? CompareDocuments(pointers, compare, lexicon)
                                           : CheckDrafts(pointers, compare, lexicon);
  report.set_version(kFactcheckVersion);
  for (const SkippedInput& s : skipped) *report.add_skipped() = s;
  ReportWriterOptions writer;
  writer.format = format.empty() ? "text" : format;
  writer.command = command;
  std::string output_path = absl::GetFlag(FLAGS_output);
  const std::string color = absl::GetFlag(FLAGS_color);
  writer.color = color == "always" || (color == "auto" && output_path.empty() && ::isatty(1));
  writer.sources = ReadSourceTexts(documents);
  if (writer.format == "sarif" || writer.format == "github") {
    std::error_code ec;
    writer.working_directory = std::filesystem::current_path(ec).string();
    writer.source_root = SourceRoot(writer.working_directory);
  }
  FACTCHECK_RETURN_IF_ERROR(ApplyGateFlags(config, documents, options.targets, writer.sources, &report));
  bool findings = false;
  if (fail_on != SEVERITY_UNSPECIFIED) {
    for (const Finding& f : report.findings()) findings |= f.severity() >= fail_on;
  }
  writer.exit_code = !skipped.empty() ? 2 : findings ? 1 : 0;
  FACTCHECK_ASSIGN_OR_RETURN(std::string out, WriteReport(report, writer));
  if (output_path.empty()) {
    FACTCHECK_RETURN_IF_ERROR(WriteStdout(out));
    if (std::fflush(stdout) != 0) {
      return absl::UnavailableError("cannot write output (disk full or pipe closed)");
    }
  } else {
    std::FILE* file = std::fopen(output_path.c_str(), "wb");
    if (file == nullptr) {
      return absl::PermissionDeniedError(absl::StrCat(output_path, ": cannot open for writing"));
    }
    bool ok = std::fwrite(out.data(), 1, out.size(), file) == out.size();
    ok &= std::fclose(file) == 0;
    if (!ok) return absl::UnavailableError(absl::StrCat(output_path, ": write failed (disk full?)"));
  }
  if (!skipped.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        skipped.size(), skipped.size() == 1 ? " input" : " inputs",
        " could not be read and ", skipped.size() == 1 ? "was" : "were",
        " left out (--keep-going); the others were compared"));
  }
  if (findings) return absl::AbortedError("findings");
  return absl::OkStatus();
}

// Without --keep-going an input error ends the run, each error already
// printed; with it the run goes on without those inputs.
absl::Status InputErrors(const LoadedDocuments& loaded) {
  if (loaded.had_errors && !absl::GetFlag(FLAGS_keep_going)) return absl::InvalidArgumentError("");
  return absl::OkStatus();
}

absl::Status RunAudit(const std::vector<std::string>& args, const std::string& command) {
  // Counted after folders are expanded: `audit reports/` is many files.
  const size_t needed = command == "audit" ? 2 : 1;
  auto too_few = [&](const char* what) {
    return absl::InvalidArgumentError(absl::StrCat(
        command, " needs ", needed == 2 ? "at least two " : "at least one ", what,
        needed == 2 ? "s" : "", " to compare (or a folder holding them); see --help"));
  };
  if (args.empty()) return too_few("FILE");
  FACTCHECK_ASSIGN_OR_RETURN(ProjectConfig config, LoadProjectConfig(absl::GetFlag(FLAGS_config)));
  FACTCHECK_ASSIGN_OR_RETURN(std::vector<std::string> files, ExpandPaths(args));
  files = DropRepeatedPaths(files);
  if (files.size() < needed) return too_few("FILE");
  FACTCHECK_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon, Lexicon::Load(Lexicons(config)));
  LoadedDocuments loaded = LoadDocuments(files, *lexicon, LoadFlags());
  FACTCHECK_RETURN_IF_ERROR(InputErrors(loaded));
  if (loaded.documents.size() < needed) return too_few("readable FILE");
  CompareOptions options;
  FACTCHECK_RETURN_IF_ERROR(AddKnownFacts(config, *lexicon, &loaded.documents, &options));
  return CompareAndReport(loaded.documents, options, *lexicon, command, config, loaded.skipped);
}

absl::Status RunCheck(const std::vector<std::string>& drafts) {
  FACTCHECK_ASSIGN_OR_RETURN(ProjectConfig config, LoadProjectConfig(absl::GetFlag(FLAGS_config)));
  std::vector<std::string> sources = absl::GetFlag(FLAGS_sources);
  if (sources.empty()) sources = config.sources;
  if (sources.empty()) {
    return absl::InvalidArgumentError(
        "check needs --sources=PATH[,PATH...] (files or folders to check against); see --help");
  }
  if (drafts.empty()) {
    return absl::InvalidArgumentError("check needs at least one DRAFT file (or -); see --help");
  }
  FACTCHECK_ASSIGN_OR_RETURN(std::vector<std::string> source_files, ExpandPaths(sources));
  FACTCHECK_ASSIGN_OR_RETURN(std::vector<std::string> draft_files, ExpandPaths(drafts));
  FACTCHECK_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon, Lexicon::Load(Lexicons(config)));
  std::vector<std::string> all = DropRepeatedPaths(draft_files);
  // The drafts by the path their documents carry ("-" is "<stdin>").
  std::set<std::string> draft_paths;
  for (const std::string& path : all) draft_paths.insert(path == "-" ? "<stdin>" : path);
  // A source that is also a draft is read once, as the draft.
  all.insert(all.end(), source_files.begin(), source_files.end());
  all = DropRepeatedPaths(all);
  LoadedDocuments loaded = LoadDocuments(all, *lexicon, LoadFlags());
  FACTCHECK_RETURN_IF_ERROR(InputErrors(loaded));
  CompareOptions options;
  options.targets.assign(loaded.documents.size(), false);
  bool any_draft = false;
  for (size_t i = 0; i < loaded.documents.size(); ++i) {
    options.targets[i] = draft_paths.count(loaded.documents[i].path()) > 0;
    any_draft |= options.targets[i];
  }
  if (!any_draft) return absl::InvalidArgumentError("check: no DRAFT could be read");
  if (!loaded.skipped.empty() &&
      static_cast<size_t>(std::count(options.targets.begin(), options.targets.end(), true)) ==
          loaded.documents.size()) {
    return absl::InvalidArgumentError("check: no source could be read");
  }
  FACTCHECK_RETURN_IF_ERROR(AddKnownFacts(config, *lexicon, &loaded.documents, &options));
  return CompareAndReport(loaded.documents, options, *lexicon, "check", config, loaded.skipped);
}

// A language server on stdin and stdout (tools/lsp/server.h). The sources
// are read at initialize, so that a mistake in them or in the config
// reaches the editor (window/showMessage) rather than a log nobody reads.
absl::Status RunLsp(const std::vector<std::string>& args) {
  if (!args.empty()) {
    return absl::InvalidArgumentError(
        "lsp takes no FILE: the editor sends the drafts (see --help)");
  }
  const int debounce = absl::GetFlag(FLAGS_debounce_ms);
  if (debounce < 0) return absl::InvalidArgumentError("--debounce-ms must be 0 or more");
  lsp::DraftCheckerOptions checker;
  checker.config_path = absl::GetFlag(FLAGS_config);
  checker.sources = absl::GetFlag(FLAGS_sources);
  checker.lexicons = absl::GetFlag(FLAGS_lexicon);
  checker.facts = absl::GetFlag(FLAGS_facts);
  checker.baseline_path = absl::GetFlag(FLAGS_baseline);
  checker.load = LoadFlags();
  checker.load.progress = false;  // stderr is the editor's log
  lsp::LspServerOptions options;
  options.debounce = std::chrono::milliseconds(debounce);
  options.load_checker = [checker] { return lsp::DraftChecker::Load(checker); };
  // A client that goes away is a failed write, not a signal.
  ::signal(SIGPIPE, SIG_IGN);
  lsp::LspServer server(options);
  if (lsp::RunStdioLoop(server, STDIN_FILENO, STDOUT_FILENO) != 0) {
    return absl::AbortedError("");  // exit code 1, as LSP asks without shutdown
  }
  return absl::OkStatus();
}

}  // namespace

bool IsCommand(const std::string& command) {
  return command == "extract" || command == "audit" || command == "check" || command == "diff" ||
         command == "lsp";
}

absl::Status RunCommand(const std::string& command,
                        const std::vector<std::string>& files) {
  // lsp takes check's flags (--sources among them) for the drafts it is sent.
  if (IsCommand(command) && command != "lsp") {
    FACTCHECK_RETURN_IF_ERROR(ValidateFlags(command, files));
  }
  if (command == "extract") return RunExtract(files);
  if (command == "audit" || command == "diff") return RunAudit(files, command);
  if (command == "check") return RunCheck(files);
  if (command == "lsp") return RunLsp(files);
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown command \"", command, "\"; commands: extract, audit, check, diff, lsp (see --help)"));
}

}  // namespace factcheck
