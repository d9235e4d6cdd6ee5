#include "claims/known_facts.h"

#include <cstdio>
#include <string>

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::string WriteFile(const std::string& name, const std::string& text) {
  std::string path = std::string(getenv("TEST_TMPDIR")) + "/" + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  return path;
}

TEST(LoadKnownFactsTest, ReadsRolesWithTheirPlaceInTheFile) {
  std::string path = WriteFile("facts.textproto",
                               "# office holders\n"
                               "roles {\n"
                               "  person: \"Jane Doe\" office: \"foreign minister\" country: \"French\"\n"
                               "}\n"
                               "roles { person: \"Ana Lima\" office: \"president\" country: \"Brazil\""
                               " until: \"2020-01-01\" }\n");
  absl::StatusOr<SourceDocument> doc = LoadKnownFacts(path, ShippedLexicon(), {});
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->claims_size(), 2);
  const Claim& first = doc->claims(0);
  EXPECT_EQ(first.role().person(), "Jane Doe");
  EXPECT_EQ(first.role().office(), "minister of foreign affairs");
  EXPECT_EQ(first.role().affiliation(), "france");
  EXPECT_EQ(first.span().line(), 2);
  EXPECT_EQ(first.span().column(), 1);
  EXPECT_EQ(doc->claims(1).span().line(), 5);
  // A term that ended before every input's date is left out.
  absl::StatusOr<SourceDocument> dated = LoadKnownFacts(path, ShippedLexicon(), {"2025-05-16"});
  ASSERT_TRUE(dated.ok());
  ASSERT_EQ(dated->claims_size(), 1);
  EXPECT_EQ(dated->claims(0).role().person(), "Jane Doe");
}

TEST(LoadKnownFactsTest, BadEntriesAreErrorsNamingFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"roles { person: \"A B\" office: \"grand vizier of the moon\" }\n", ":1:1: unknown office"},
      {"roles { person: \"A B\" office: \"president\" country: \"Atlantis\" }\n",
       ":1:1: unknown country"},
      {"roles { office: \"president\" }\n", ":1:1: a role needs a person"},
      {"roles { person: \"A B\" office: \"president\" since: \"May 2020\" }\n",
       ":1:1: date \"May 2020\" is not YYYY-MM-DD"},
      {"\nroles { persn: \"A B\" }\n", ":2:"},
  };
  for (const Case& c : cases) {
    std::string path = WriteFile("bad.textproto", c.text);
    absl::StatusOr<SourceDocument> doc = LoadKnownFacts(path, ShippedLexicon(), {});
    ASSERT_FALSE(doc.ok()) << c.text;
    EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(std::string(doc.status().message()).find(path + c.message), std::string::npos)
        << doc.status().message();
  }
  EXPECT_EQ(LoadKnownFacts("/nonexistent/facts.textproto", ShippedLexicon(), {}).status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace factcheck
