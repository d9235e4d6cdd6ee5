// Fuzzes the report writers through their public entry point: the input is
// a Report in protobuf wire format, written in every format WriteReport()
// accepts. The list of formats is read from WriteReport's own error message
// for an unknown format, so formats added later are fuzzed without touching
// this file. json and textproto output must parse back to the same Report.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "proto/report.pb.h"
#include "tools/report_writer.h"

namespace {

// "unknown --format=...; use a, b, c or d" -> {a, b, c, d}.
std::vector<std::string> AcceptedFormats() {
  factcheck::ReportWriterOptions options;
  options.format = "no-such-format";
  absl::StatusOr<std::string> out = factcheck::WriteReport(factcheck::Report(), options);
  std::string message(out.status().message());
  std::vector<std::string> formats;
  size_t use = message.rfind("use ");
  if (use != std::string::npos) {
    std::string list = message.substr(use + 4);
    for (absl::string_view part : absl::StrSplit(list, absl::ByAnyChar(", "), absl::SkipEmpty())) {
      if (part != "or") formats.emplace_back(part);
    }
  }
  if (formats.empty()) {
    std::fprintf(stderr, "cannot read the format list from: %s\n", message.c_str());
    std::abort();
  }
  return formats;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck;
  static const std::vector<std::string>* const formats =
      new std::vector<std::string>(AcceptedFormats());
  Report report;
  if (!report.ParseFromArray(data, static_cast<int>(size))) return 0;
  // Fields this schema does not know survive a binary parse but have no
  // JSON or text form, so they cannot read back; factcheck never makes them.
  report.DiscardUnknownFields();
  for (const std::string& format : *formats) {
    for (bool color : {false, true}) {
      ReportWriterOptions options;
      options.format = format;
      options.color = color;
      absl::StatusOr<std::string> out = WriteReport(report, options);
      if (!out.ok()) {
        std::fprintf(stderr, "format %s failed: %s\n", format.c_str(),
                     out.status().ToString().c_str());
        std::abort();
      }
      Report back;
      bool parsed = true;
      if (format == "json") {
        parsed = google::protobuf::util::JsonStringToMessage(*out, &back).ok();
      } else if (format == "textproto") {
        parsed = google::protobuf::TextFormat::ParseFromString(*out, &back);
      } else {
        continue;
      }
      if (!parsed || !google::protobuf::util::MessageDifferencer::Equals(report, back)) {
        std::fprintf(stderr, "format %s does not read back as the same Report\n", format.c_str());
        std::abort();
      }
    }
  }
  return 0;
}
