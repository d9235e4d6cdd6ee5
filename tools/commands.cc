#include "tools/commands.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
#include "claims/lexicon.h"
#include "claims/status_macros.h"
#include "compare/comparator.h"
#include "tools/document_loader.h"
#include "tools/report_writer.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "spdlog/spdlog.h"

ABSL_FLAG(std::string, format, "",
          "Output format. extract: textproto, json or binary. Default: "
          "textproto for extract.");
ABSL_FLAG(std::vector<std::string>, lexicon, {},
          "Extra vocabulary files (textproto, proto/lexicon.proto).");
ABSL_FLAG(std::vector<std::string>, sources, {},
          "check: the source files or folders (their .txt, .md and .html "
          "files) to check the drafts against.");
ABSL_FLAG(std::string, fail_on, "error",
          "Exit with code 1 when a finding is at or above this severity: "
          "never, info, warning or error.");
ABSL_FLAG(std::string, output, "", "Write the report to this file instead of stdout.");
ABSL_FLAG(int64_t, max_file_size, int64_t{16} << 20,
          "Refuse inputs larger than this many bytes.");

namespace factcheck {
namespace {

// Writes all of `data` to stdout; a full disk or closed pipe is an error.
absl::Status WriteStdout(absl::string_view data) {
  if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size()) {
    return absl::UnavailableError("cannot write output (disk full or pipe closed)");
  }
  return absl::OkStatus();
}

absl::Status RunExtract(const std::vector<std::string>& files) {
  std::string format = absl::GetFlag(FLAGS_format);
  if (format.empty()) format = "textproto";
  if (format != "textproto" && format != "json" && format != "binary") {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown --format=", format, " for extract; use textproto, json or binary"));
  }
  if (files.empty()) {
    return absl::InvalidArgumentError(
        "extract needs at least one FILE (or - for standard input); see --help");
  }
  FACTCHECK_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon,
                             Lexicon::Load(absl::GetFlag(FLAGS_lexicon)));
  DocumentReader reader(*lexicon);
  ClaimExtractor extractor(*lexicon);
  ReadOptions options;
  options.max_bytes = absl::GetFlag(FLAGS_max_file_size);
  absl::Status first_error;
  for (const std::string& path : files) {
    absl::StatusOr<InputFile> input = ReadInputFile(path, options);
    if (!input.ok()) {
      std::fprintf(stderr, "factcheck: %s\n", std::string(input.status().message()).c_str());
      if (first_error.ok()) first_error = absl::InvalidArgumentError("input errors");
      continue;
    }
    ReadDocumentResult result = reader.Read(*input);
    extractor.Extract(*input, result);
    for (const std::string& warning : result.document.warnings()) {
      std::fprintf(stderr, "factcheck: warning: %s: %s\n", input->path.c_str(),
                   warning.c_str());
    }
    std::string out;
    if (format == "json") {
      google::protobuf::util::JsonPrintOptions json_options;
      json_options.preserve_proto_field_names = false;
      auto status = google::protobuf::util::MessageToJsonString(
          result.document, &out, json_options);
      if (!status.ok()) return absl::InternalError(status.ToString());
      out.push_back('\n');
    } else if (format == "binary") {
      // Each record as field 1 of ExtractResult, so that the whole output
      // parses as one ExtractResult.
      std::string bytes = result.document.SerializeAsString();
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
      google::protobuf::TextFormat::PrintToString(result.document, &body);
      out = absl::StrCat("documents {\n", body, "}\n");
    }
    FACTCHECK_RETURN_IF_ERROR(WriteStdout(out));
  }
  if (std::fflush(stdout) != 0) {
    return absl::UnavailableError("cannot write output (disk full or pipe closed)");
  }
  if (!first_error.ok()) {
    // Each error is already printed on its own line; exit code 2.
    return absl::InvalidArgumentError("");
  }
  return absl::OkStatus();
}

LoadOptions LoadFlags() {
  LoadOptions options;
  options.max_bytes = absl::GetFlag(FLAGS_max_file_size);
  return options;
}

absl::StatusOr<Severity> FailOn() {
  std::string value = absl::GetFlag(FLAGS_fail_on);
  if (value == "never") return SEVERITY_UNSPECIFIED;
  if (value == "info") return INFO;
  if (value == "warning") return WARNING;
  if (value == "error") return ERROR;
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown --fail-on=", value, "; use never, info, warning or error"));
}

// Compares, writes the report, and maps findings to the exit status.
absl::Status CompareAndReport(const std::vector<SourceDocument>& documents,
                              const CompareOptions& options, const Lexicon& lexicon,
                              const std::string& command) {
  FACTCHECK_ASSIGN_OR_RETURN(Severity fail_on, FailOn());
  std::vector<const SourceDocument*> pointers;
  for (const SourceDocument& doc : documents) pointers.push_back(&doc);
  Report report;
  if (options.targets.empty()) {
    report = CompareDocuments(pointers, options, lexicon);
  } else {
    // Each draft is judged against the sources alone, so that one draft
    // never changes another's findings.
    std::vector<const SourceDocument*> sources;
    for (size_t i = 0; i < pointers.size(); ++i) {
      if (!options.targets[i]) sources.push_back(pointers[i]);
    }
    for (size_t i = 0; i < pointers.size(); ++i) {
      if (!options.targets[i]) continue;
      std::vector<const SourceDocument*> one = {pointers[i]};
      one.insert(one.end(), sources.begin(), sources.end());
      CompareOptions single = options;
      single.targets.assign(one.size(), false);
      single.targets[0] = true;
      Report part = CompareDocuments(one, single, lexicon);
      for (Finding& f : *part.mutable_findings()) *report.add_findings() = std::move(f);
    }
    FillSummary(pointers, &report);
  }
  ReportWriterOptions writer;
  writer.format = absl::GetFlag(FLAGS_format);
  if (writer.format.empty()) writer.format = "text";
  writer.command = command;
  std::string output_path = absl::GetFlag(FLAGS_output);
  writer.color = output_path.empty() && ::isatty(1);
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
  if (fail_on != SEVERITY_UNSPECIFIED) {
    for (const Finding& f : report.findings()) {
      if (f.severity() >= fail_on) return absl::AbortedError("findings");
    }
  }
  return absl::OkStatus();
}

absl::Status RunAudit(const std::vector<std::string>& args, const std::string& command) {
  if (args.size() < (command == "audit" ? 2u : 1u)) {
    return absl::InvalidArgumentError(absl::StrCat(
        command, " needs ", command == "audit" ? "at least two FILEs" : "at least one FILE",
        " to compare; see --help"));
  }
  FACTCHECK_ASSIGN_OR_RETURN(std::vector<std::string> files, ExpandPaths(args));
  FACTCHECK_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon,
                             Lexicon::Load(absl::GetFlag(FLAGS_lexicon)));
  LoadedDocuments loaded = LoadDocuments(files, *lexicon, LoadFlags());
  if (loaded.had_errors) return absl::InvalidArgumentError("");
  CompareOptions options;
  return CompareAndReport(loaded.documents, options, *lexicon, command);
}

absl::Status RunCheck(const std::vector<std::string>& drafts) {
  std::vector<std::string> sources = absl::GetFlag(FLAGS_sources);
  if (sources.empty()) {
    return absl::InvalidArgumentError(
        "check needs --sources=PATH[,PATH...] (files or folders to check against); see --help");
  }
  if (drafts.empty()) {
    return absl::InvalidArgumentError("check needs at least one DRAFT file (or -); see --help");
  }
  FACTCHECK_ASSIGN_OR_RETURN(std::vector<std::string> source_files, ExpandPaths(sources));
  FACTCHECK_ASSIGN_OR_RETURN(std::vector<std::string> draft_files, ExpandPaths(drafts));
  FACTCHECK_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon,
                             Lexicon::Load(absl::GetFlag(FLAGS_lexicon)));
  std::vector<std::string> all = draft_files;
  all.insert(all.end(), source_files.begin(), source_files.end());
  LoadedDocuments loaded = LoadDocuments(all, *lexicon, LoadFlags());
  if (loaded.had_errors) return absl::InvalidArgumentError("");
  CompareOptions options;
  options.targets.assign(loaded.documents.size(), false);
  for (size_t i = 0; i < draft_files.size(); ++i) options.targets[i] = true;
  return CompareAndReport(loaded.documents, options, *lexicon, "check");
}

}  // namespace

absl::Status RunCommand(const std::string& command,
                        const std::vector<std::string>& files) {
  if (command == "extract") return RunExtract(files);
  if (command == "audit" || command == "diff") return RunAudit(files, command);
  if (command == "check") return RunCheck(files);
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown command \"", command, "\"; commands: extract, audit, check, diff (see --help)"));
}

}  // namespace factcheck
