// File: tools/lsp/json.h
//
// JSON values for the Language Server Protocol, held in protobuf's
// google.protobuf.Value (struct.proto), which protobuf's JSON parser and
// printer read and write: no JSON library beyond the protobuf factcheck
// already links. Numbers are doubles, as in JavaScript (integers are exact
// up to 2^53, which covers every LSP integer).
//
// Example:
//   absl::StatusOr<Json> message = ParseJson(R"({"id": 1, "method": "shutdown"})");
//   std::string method = StringAt(*message, {"method"}).value_or("");
//   Json reply = Object({{"id", Number(1)}, {"result", Null()}});
//   std::string text = WriteJson(reply);   // {"id":1,"result":null}, in some order

#ifndef FACTCHECK_TOOLS_LSP_JSON_H_
#define FACTCHECK_TOOLS_LSP_JSON_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/struct.pb.h"

namespace factcheck {
namespace lsp {

using Json = google::protobuf::Value;

// Parses one JSON value (object, array, string, number, true, false or
// null). Returns InvalidArgumentError with protobuf's reason for text that
// is not JSON, has anything but whitespace after the value, or nests
// deeper than protobuf allows (100 levels). Protobuf's parser is lenient
// in places (it takes 'single-quoted' strings); the protocol needs no more.
absl::StatusOr<Json> ParseJson(absl::string_view text);

// Compact JSON, object members in no set order. Strings must be UTF-8
// (a string that is not prints nothing at all).
std::string WriteJson(const Json& value);

// Builders.
Json String(absl::string_view text);
Json Number(double number);
Json Bool(bool value);
Json Null();
Json Object(std::initializer_list<std::pair<std::string, Json>> members);
Json Array(std::vector<Json> items);

// Sets object[key] = value; `object` becomes an object if it is not one.
void Set(Json* object, const std::string& key, Json value);

// The value at a path of object keys, or nullptr when a key is missing or
// a value on the way is not an object.
const Json* At(const Json& value, std::initializer_list<absl::string_view> path);

// The string, number or object at `path`; nullopt/nullptr when missing or
// of another type.
std::optional<std::string> StringAt(const Json& value,
                                    std::initializer_list<absl::string_view> path);
std::optional<double> NumberAt(const Json& value, std::initializer_list<absl::string_view> path);
const google::protobuf::Struct* ObjectAt(const Json& value,
                                         std::initializer_list<absl::string_view> path);

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_JSON_H_
