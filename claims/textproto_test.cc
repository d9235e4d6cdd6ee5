#include "claims/textproto.h"

#include "gtest/gtest.h"
#include "proto/facts.pb.h"

namespace factcheck {
namespace {

TEST(ParseTextprotoTest, ReadsAMessageAndItsLocations) {
  KnownFacts facts;
  google::protobuf::TextFormat::ParseInfoTree tree;
  ASSERT_TRUE(ParseTextproto("# a comment\nroles { person: \"A B\" office: \"mayor\" }\n",
                             "f.textproto", &facts, &tree)
                  .ok());
  ASSERT_EQ(facts.roles_size(), 1);
  EXPECT_EQ(facts.roles(0).person(), "A B");
  auto where = tree.GetLocation(KnownFacts::descriptor()->FindFieldByName("roles"), 0);
  EXPECT_EQ(where.line, 1);
}

TEST(ParseTextprotoTest, NamesFileLineAndColumnOfTheFirstError) {
  KnownFacts facts;
  absl::Status status = ParseTextproto("roles {\n  persn: \"A\"\n}\n", "f.textproto", &facts);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  // Line 2; protobuf puts the column after the unknown name.
  EXPECT_EQ(std::string(status.message()).rfind("f.textproto:2:", 0), 0u) << status.message();
  EXPECT_NE(std::string(status.message()).find("persn"), std::string::npos);
  status = ParseTextproto("roles { person: 3 ", "g.textproto", &facts);
  EXPECT_EQ(std::string(status.message()).rfind("g.textproto:1:", 0), 0u) << status.message();
}

}  // namespace
}  // namespace factcheck
