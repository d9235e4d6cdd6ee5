#include "claims/lexicon.h"

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

class ShippedLexiconTest : public ::testing::Test {
 protected:
  const Lexicon* lexicon_ = &ShippedLexicon();
};

TEST_F(ShippedLexiconTest, KnowsCountriesByNameAdjectiveAndGovernment) {
  CountryMatch us = lexicon_->FindCountry("U.S.");
  ASSERT_NE(us.country, nullptr);
  EXPECT_EQ(us.country->key(), "united_states");
  EXPECT_EQ(lexicon_->FindCountry("American").country, us.country);
  EXPECT_EQ(lexicon_->FindCountry("White House").form, CountryForm::kGovernment);
  EXPECT_EQ(lexicon_->FindCountry("Ukrainian").form, CountryForm::kAdjective);
  EXPECT_EQ(lexicon_->FindCountry("us").country, nullptr);  // the pronoun
}

TEST_F(ShippedLexiconTest, NormalisesOfficeSpellings) {
  const Office* defence = lexicon_->FindOffice("defence minister");
  ASSERT_NE(defence, nullptr);
  EXPECT_EQ(defence, lexicon_->FindOffice("minister of defense"));
  EXPECT_EQ(lexicon_->FindOffice("spokesman"), lexicon_->FindOffice("spokesperson"));
  EXPECT_TRUE(lexicon_->FindOffice("president")->single_holder());
}

TEST_F(ShippedLexiconTest, ReadsMonthsWeekdaysAndNumbersAsWritten) {
  EXPECT_EQ(lexicon_->MonthNumber("May"), 5);
  EXPECT_EQ(lexicon_->MonthNumber("may"), 0);  // the verb
  EXPECT_EQ(lexicon_->MonthNumber("Sept."), 9);
  EXPECT_EQ(lexicon_->WeekdayNumber("Friday"), 5);
  ASSERT_NE(lexicon_->FindNumberWord("thousand"), nullptr);
  EXPECT_EQ(lexicon_->FindNumberWord("thousand")->value(), 1000);
}

TEST_F(ShippedLexiconTest, KnowsPlaceContainment) {
  const Place* city = lexicon_->FindPlace("Antalya");
  ASSERT_NE(city, nullptr);
  std::vector<std::string> chain = lexicon_->Containers(city->key());
  ASSERT_FALSE(chain.empty());
  EXPECT_EQ(chain.back(), "turkey");
}

// From WordNet (claims/data/wordnet.textproto): verbs of one first sense,
// event nouns' verbs, opposite verbs.
TEST_F(ShippedLexiconTest, KnowsVerbsOfOneMeaningFromWordNet) {
  EXPECT_TRUE(lexicon_->SameVerb("meet", "encounter"));
  EXPECT_TRUE(lexicon_->SameVerb("resign", "resign"));
  EXPECT_FALSE(lexicon_->SameVerb("meet", "satisfy"));  // a later sense of "meet"
  EXPECT_FALSE(lexicon_->SameVerb("win", "lose"));
  EXPECT_EQ(lexicon_->VerbKey("unheardofverb"), "unheardofverb");
  EXPECT_EQ(lexicon_->VerbOfNoun("meeting"), "meet");
  EXPECT_EQ(lexicon_->VerbOfNoun("resignation"), "resign");
  EXPECT_EQ(lexicon_->VerbOfNoun("killer"), "");  // a person, not an event
  EXPECT_EQ(lexicon_->VerbOfNoun("window"), "");
  EXPECT_TRUE(lexicon_->AreVerbAntonyms("win", "lose"));
  EXPECT_TRUE(lexicon_->AreVerbAntonyms("lose", "win"));
  EXPECT_FALSE(lexicon_->AreVerbAntonyms("win", "meet"));
}

TEST(Lexicon, ReportsSyntaxErrorsWithFileLineAndColumn) {
  auto loaded = Lexicon::FromTexts({{"extra.textproto", "offices {\n  key: 3\n}\n"}});
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(loaded.status().message().substr(0, 18), "extra.textproto:2:");
}

TEST(Lexicon, ReportsUnknownFields) {
  auto loaded = Lexicon::FromTexts({{"extra.textproto", "office { key: \"x\" }\n"}});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("extra.textproto:1:"), std::string::npos);
}

TEST(Lexicon, RejectsPlacesWithinUnknownPlaces) {
  auto loaded = Lexicon::FromTexts(
      {{"extra.textproto", "places { key: \"town\" name: \"Town\" within: \"nowhere\" }"}});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("unknown \"nowhere\""), std::string::npos);
}

TEST(Lexicon, AddsUserEntriesToShippedOnes) {
  auto loaded = Lexicon::FromTexts(
      {{"a", "offices { key: \"harbour master\" forms: \"harbourmaster\" }"},
       {"b", "offices { key: \"town crier\" }"}});
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_NE((*loaded)->FindOffice("harbourmaster"), nullptr);
  EXPECT_NE((*loaded)->FindOffice("town crier"), nullptr);
}

}  // namespace
}  // namespace factcheck
