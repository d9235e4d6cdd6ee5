#include "tools/lsp/json.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace lsp {
namespace {

TEST(Json, ParsesAMessageAndReadsItsMembers) {
  absl::StatusOr<Json> message = ParseJson(
      R"({"jsonrpc": "2.0", "id": 7, "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": "file:///d.md", "text": "caf\u00e9 \ud83d\ude00"}}})");
  ASSERT_TRUE(message.ok()) << message.status();
  EXPECT_EQ(StringAt(*message, {"method"}), "textDocument/didOpen");
  EXPECT_EQ(NumberAt(*message, {"id"}), 7.0);
  EXPECT_EQ(StringAt(*message, {"params", "textDocument", "uri"}), "file:///d.md");
  // Escapes become UTF-8, a surrogate pair one four-byte character.
  EXPECT_EQ(StringAt(*message, {"params", "textDocument", "text"}), "caf\xc3\xa9 \xf0\x9f\x98\x80");
  EXPECT_NE(ObjectAt(*message, {"params"}), nullptr);
}

TEST(Json, MissingMembersAndOtherTypesAreAbsent) {
  absl::StatusOr<Json> message = ParseJson(R"({"id": "seven", "params": [1, 2]})");
  ASSERT_TRUE(message.ok());
  EXPECT_EQ(NumberAt(*message, {"id"}), std::nullopt);  // a string
  EXPECT_EQ(StringAt(*message, {"id"}), "seven");
  EXPECT_EQ(StringAt(*message, {"method"}), std::nullopt);
  EXPECT_EQ(ObjectAt(*message, {"params"}), nullptr);  // an array
  EXPECT_EQ(At(*message, {"params", "x"}), nullptr);
}

TEST(Json, RejectsTextThatIsNotOneJsonValue) {
  EXPECT_FALSE(ParseJson("{\"id\": 1,").ok());
  EXPECT_FALSE(ParseJson("{\"id\": 1} {\"id\": 2}").ok());
  EXPECT_FALSE(ParseJson("").ok());
  EXPECT_FALSE(ParseJson("{\"id\": }").ok());
  std::string deep(200, '[');
  deep += std::string(200, ']');
  EXPECT_FALSE(ParseJson(deep).ok());
  EXPECT_TRUE(ParseJson("  [1, \"two\", null, true]  ").ok());
}

TEST(Json, WritesCompactJsonThatParsesBack) {
  Json reply = Object({{"jsonrpc", String("2.0")},
                       {"id", Number(3)},
                       {"result", Object({{"items", Array({Number(0.5), Bool(false), Null()})},
                                          {"text", String("a \"quoted\"\nline")}})}});
  EXPECT_EQ(WriteJson(Object({{"result", Object({{"items", Array({Number(0.5), Bool(false),
                                                                 Null(), Number(3)})}})}})),
            R"({"result":{"items":[0.5,false,null,3]}})");
  EXPECT_EQ(WriteJson(String("a \"quoted\"\nline")), R"("a \"quoted\"\nline")");
  absl::StatusOr<Json> back = ParseJson(WriteJson(reply));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(StringAt(*back, {"result", "text"}), "a \"quoted\"\nline");
  Json object;
  Set(&object, "k", Number(1));
  EXPECT_EQ(WriteJson(object), R"({"k":1})");
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
