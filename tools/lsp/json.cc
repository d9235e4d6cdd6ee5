#include "tools/lsp/json.h"

#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace lsp {

absl::StatusOr<Json> ParseJson(absl::string_view text) {
  Json value;
  auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(text.data(), text.size()), &value);
  if (!status.ok()) return absl::InvalidArgumentError(std::string(status.message()));
  return value;
}

std::string WriteJson(const Json& value) {
  std::string out;
  // Printing a Value cannot fail but for invalid UTF-8, which callers
  // never pass (every text the server sends was validated).
  (void)google::protobuf::util::MessageToJsonString(value, &out);
  return out;
}

Json String(absl::string_view text) {
  Json value;
  value.set_string_value(std::string(text));
  return value;
}

Json Number(double number) {
  Json value;
  value.set_number_value(number);
  return value;
}

Json Bool(bool flag) {
  Json value;
  value.set_bool_value(flag);
  return value;
}

Json Null() {
  Json value;
  value.set_null_value(google::protobuf::NULL_VALUE);
  return value;
}

Json Object(std::initializer_list<std::pair<std::string, Json>> members) {
  Json value;
  value.mutable_struct_value();
  for (const auto& [key, member] : members) Set(&value, key, member);
  return value;
}

Json Array(std::vector<Json> items) {
  Json value;
  google::protobuf::ListValue* list = value.mutable_list_value();
  for (Json& item : items) *list->add_values() = std::move(item);
  return value;
}

void Set(Json* object, const std::string& key, Json value) {
  (*object->mutable_struct_value()->mutable_fields())[key] = std::move(value);
}

const Json* At(const Json& value, std::initializer_list<absl::string_view> path) {
  const Json* at = &value;
  for (absl::string_view key : path) {
    if (at->kind_case() != Json::kStructValue) return nullptr;
    const auto& fields = at->struct_value().fields();
    auto it = fields.find(std::string(key));
    if (it == fields.end()) return nullptr;
    at = &it->second;
  }
  return at;
}

std::optional<std::string> StringAt(const Json& value,
                                    std::initializer_list<absl::string_view> path) {
  const Json* at = At(value, path);
  if (at == nullptr || at->kind_case() != Json::kStringValue) return std::nullopt;
  return at->string_value();
}

std::optional<double> NumberAt(const Json& value, std::initializer_list<absl::string_view> path) {
  const Json* at = At(value, path);
  if (at == nullptr || at->kind_case() != Json::kNumberValue) return std::nullopt;
  return at->number_value();
}

const google::protobuf::Struct* ObjectAt(const Json& value,
                                         std::initializer_list<absl::string_view> path) {
  const Json* at = At(value, path);
  if (at == nullptr || at->kind_case() != Json::kStructValue) return nullptr;
  return &at->struct_value();
}

}  // namespace lsp
}  // namespace factcheck
