#include "claims/word_forms.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(WordFormsTest, Stems) {
  struct Row {
    const char* word;
    const char* stem;
  } rows[] = {
      {"committed", "commit"},   {"commits", "commit"},     {"commitment", "commit"},
      {"agreed", "agre"},        {"agree", "agre"},         {"stayed", "stay"},
      {"called", "call"},        {"arranged", "arrang"},    {"arrange", "arrang"},
      {"negotiations", "negotiation"}, {"lasted", "last"}, {"carried", "carry"},
      {"studies", "study"},      {"Meeting", "meet"},       {"glass", "glass"},
      {"bus", "bus"},            {"running", "run"},        {"settlements", "settl"},
      // A possessive loses its "s" like a plural (callers split words at
      // apostrophes first, as compare/alignment.cc does).
      {"it's", "it'"},           {"Ukraine\u2019s", "ukraine'"},
  };
  for (const Row& row : rows) EXPECT_EQ(PredicateStem(row.word), row.stem) << row.word;
}

TEST(WordFormsTest, NounLemmas) {
  struct Row {
    const char* word;
    const char* lemma;
  } rows[] = {
      {"prisoners", "prisoner"}, {"families", "family"}, {"churches", "church"},
      {"boxes", "box"},          {"classes", "class"},   {"status", "status"},
      {"bus", "bus"},            {"Miles", "mile"},      {"gas", "gas"},
      {"wishes", "wish"},        {"day", "day"},         {"Hostages", "hostage"},
  };
  for (const Row& row : rows) EXPECT_EQ(NounLemma(row.word), row.lemma) << row.word;
}

TEST(WordFormsTest, LowercaseWordStraightensApostrophes) {
  EXPECT_EQ(LowercaseWord("Don\u2019t"), "don't");
  EXPECT_EQ(LowercaseWord("\u00c9COLE"), "\u00c9cole");  // ASCII only
  EXPECT_EQ(LowercaseWord(""), "");
}

}  // namespace
}  // namespace factcheck
