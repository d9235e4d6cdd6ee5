#include "claims/textproto.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/tokenizer.h"

namespace factcheck {
namespace {

// Keeps the first error with its position.
class FirstError : public google::protobuf::io::ErrorCollector {
 public:
  explicit FirstError(std::string origin) : origin_(std::move(origin)) {}
  void AddError(int line, int column, const std::string& message) override {
    if (error_.empty()) error_ = absl::StrCat(origin_, ":", line + 1, ":", column + 1, ": ", message);
  }
  const std::string& error() const { return error_; }

 private:
  std::string origin_;
  std::string error_;
};

}  // namespace

absl::Status ParseTextproto(absl::string_view text, const std::string& origin,
                            google::protobuf::Message* message,
                            google::protobuf::TextFormat::ParseInfoTree* locations) {
  google::protobuf::TextFormat::Parser parser;
  FirstError errors(origin);
  parser.RecordErrorsTo(&errors);
  if (locations != nullptr) parser.WriteLocationsTo(locations);
  if (!parser.ParseFromString(std::string(text), message)) {
    return absl::InvalidArgumentError(errors.error().empty()
                                          ? absl::StrCat(origin, ": cannot parse")
                                          : errors.error());
  }
  return absl::OkStatus();
}

}  // namespace factcheck
