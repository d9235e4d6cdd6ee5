#include "claims/lexicon.h"

#include <cstdlib>
#include <fstream>
#include <string>

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

// The word lists the claim extractor reads (LexiconFile fields 41-70) come
// from the shipped data: a word of each group, and words that are not.
TEST_F(ShippedLexiconTest, ReadsTheExtractorWordListsFromTheShippedData) {
  // Titles: eleven words stand before an office, five of them are kept as
  // the role's modifier.
  EXPECT_TRUE(lexicon_->IsTitleModifier("chief"));
  EXPECT_TRUE(lexicon_->IsTitleModifier("deputy"));
  EXPECT_FALSE(lexicon_->IsTitleModifier("outgoing"));  // a role modifier only
  EXPECT_TRUE(lexicon_->IsRecordedTitleModifier("deputy"));
  EXPECT_FALSE(lexicon_->IsRecordedTitleModifier("chief"));
  EXPECT_TRUE(lexicon_->IsRoleModifier("outgoing"));
  EXPECT_TRUE(lexicon_->IsDelegationNoun("contingent"));
  EXPECT_TRUE(lexicon_->IsLeadVerb("heading"));
  EXPECT_TRUE(lexicon_->IsHeadNoun("leader"));
  EXPECT_TRUE(lexicon_->IsLeadVerbFiller("who"));
  // Numbers: qualifier phrases of two words are joined by a space.
  EXPECT_TRUE(lexicon_->IsLowerBoundQualifier("more than"));
  EXPECT_TRUE(lexicon_->IsLowerBoundQualifier("at least"));
  EXPECT_TRUE(lexicon_->IsUpperBoundQualifier("up to"));
  EXPECT_FALSE(lexicon_->IsUpperBoundQualifier("than"));
  EXPECT_TRUE(lexicon_->IsApproximateQualifier("roughly"));
  EXPECT_TRUE(lexicon_->IsShortOfQualifier("nearly"));
  EXPECT_FALSE(lexicon_->IsShortOfQualifier("about"));
  EXPECT_TRUE(lexicon_->IsClockMark("p.m."));
  EXPECT_TRUE(lexicon_->IsUnitOnlyNumber("half"));
  EXPECT_TRUE(lexicon_->IsIndefiniteArticle("an"));
  EXPECT_TRUE(lexicon_->IsCountedNounStop("since"));
  EXPECT_TRUE(lexicon_->IsDistributiveWord("apiece"));
  EXPECT_TRUE(lexicon_->IsAnchorSkipWord("only"));
  EXPECT_TRUE(lexicon_->IsNonAnchorWord("every"));
  // Times.
  EXPECT_TRUE(lexicon_->IsRelativePeriodModifier("next"));
  EXPECT_TRUE(lexicon_->IsPeriodPartModifier("mid"));
  EXPECT_TRUE(lexicon_->IsDayPart("evening"));
  EXPECT_TRUE(lexicon_->IsMonthPreposition("until"));
  // Places: "to" introduces a place claim, but a country after it is no
  // location.
  EXPECT_TRUE(lexicon_->IsPlaceClaimPreposition("to"));
  EXPECT_FALSE(lexicon_->IsCountryLocationPreposition("to"));
  EXPECT_TRUE(lexicon_->IsCountryLocationPreposition("near"));
  EXPECT_TRUE(lexicon_->IsCompassWord("southern"));
  EXPECT_FALSE(lexicon_->IsCompassWord("Southern"));  // lowercase only
  EXPECT_TRUE(lexicon_->IsSettlementNoun("village"));
  // Events and quotes.
  EXPECT_TRUE(lexicon_->IsSubjectPronoun("she"));
  EXPECT_FALSE(lexicon_->IsSubjectPronoun("her"));
  EXPECT_TRUE(lexicon_->IsPersonPronoun("her"));
  EXPECT_TRUE(lexicon_->IsCueVerbFiller("really"));
  EXPECT_TRUE(lexicon_->IsLooseNegationCue("without"));
  EXPECT_TRUE(lexicon_->IsParticipleMarker("been"));
  EXPECT_TRUE(lexicon_->IsQuoteFramingVerb("calling"));
  EXPECT_FALSE(lexicon_->IsQuoteFramingVerb("said"));  // a said verb
  EXPECT_FALSE(lexicon_->IsQuoteFramingVerb(""));
}

// A --lexicon file adds words to the extractor's lists, and extraction
// follows: with "northeastern" as a compass word, "in northeastern X" is a
// place claim for the country X.
TEST(Lexicon, UserFileAddsWordsThatExtractionUses) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::string path = std::string(tmp != nullptr ? tmp : "/tmp") + "/compass.textproto";
  {
    std::ofstream out(path);
    out << "compass_words: \"northeastern\"\n"
           "quote_framing_verbs: \"urging\"\n";
  }
  auto loaded = Lexicon::Load({path});
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  const Lexicon& user = **loaded;
  EXPECT_FALSE(ShippedLexicon().IsCompassWord("northeastern"));
  EXPECT_TRUE(user.IsCompassWord("northeastern"));
  EXPECT_TRUE(user.IsCompassWord("eastern"));  // the shipped words stay
  EXPECT_TRUE(user.IsQuoteFramingVerb("urging"));
  EXPECT_TRUE(user.IsQuoteFramingVerb("calling"));

  const std::string text = "Officials met in northeastern Ukraine on Monday.\n";
  auto places = [](const SourceDocument& doc) {
    std::vector<std::string> keys;
    for (const Claim& claim : doc.claims()) {
      if (claim.type() == CLAIM_TYPE_PLACE) keys.push_back(claim.place().place());
    }
    return keys;
  };
  EXPECT_TRUE(places(ExtractForTest("a.txt", text)).empty());
  EXPECT_EQ(places(ExtractForTest("a.txt", text, user)), std::vector<std::string>{"ukraine"});
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
