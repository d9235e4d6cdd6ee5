// File: claims/textproto.h
//
// Reads protobuf text format (vocabulary, config, baselines, known facts)
// with errors that name the file, line and column, as every input error
// in factcheck does.
//
// Example:
//   Config config;
//   absl::Status status = ParseTextproto(text, ".factcheck.textproto", &config);
//   // status.message() == ".factcheck.textproto:3:1: Message type ... has no field named ..."

#ifndef FACTCHECK_CLAIMS_TEXTPROTO_H_
#define FACTCHECK_CLAIMS_TEXTPROTO_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "google/protobuf/text_format.h"

namespace factcheck {

// Parses `text` into `message` (cleared first). `origin` names the text in
// errors (a path). When `locations` is not null it receives every field's
// line and column (0-based, as protobuf gives them).
// Returns InvalidArgumentError "ORIGIN:LINE:COL: reason" for the first
// syntax error, unknown field or bad value.
absl::Status ParseTextproto(absl::string_view text, const std::string& origin,
                            google::protobuf::Message* message,
                            google::protobuf::TextFormat::ParseInfoTree* locations = nullptr);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_TEXTPROTO_H_
