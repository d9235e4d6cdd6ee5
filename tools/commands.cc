#include "tools/commands.h"

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
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "spdlog/spdlog.h"

ABSL_FLAG(std::string, format, "",
          "Output format. extract: textproto, json or binary. Default: "
          "textproto for extract.");
ABSL_FLAG(std::vector<std::string>, lexicon, {},
          "Extra vocabulary files (textproto, proto/lexicon.proto).");
ABSL_FLAG(int64_t, max_file_size, int64_t{256} << 20,
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

}  // namespace

absl::Status RunCommand(const std::string& command,
                        const std::vector<std::string>& files) {
  if (command == "extract") return RunExtract(files);
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown command \"", command, "\"; commands: extract, audit, check, diff (see --help)"));
}

}  // namespace factcheck
