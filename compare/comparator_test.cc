#include "compare/comparator.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

class ComparatorTest : public ::testing::Test {
 protected:
  // Checks `draft` against `sources`; returns the conflict findings
  // (ERROR or WARNING) as "KIND line".
  static std::vector<std::string> Check(const std::string& draft,
                                        const std::vector<std::string>& sources) {
    std::vector<SourceDocument> docs;
    docs.push_back(ExtractForTest("draft.txt", draft));
    for (size_t i = 0; i < sources.size(); ++i) {
      docs.push_back(ExtractForTest("source" + std::to_string(i) + ".txt", sources[i]));
    }
    std::vector<const SourceDocument*> pointers;
    for (const SourceDocument& d : docs) pointers.push_back(&d);
    CompareOptions options;
    options.targets.assign(docs.size(), false);
    options.targets[0] = true;
    Report report = CompareDocuments(pointers, options, ShippedLexicon());
    std::vector<std::string> out;
    for (const Finding& f : report.findings()) {
      if (f.severity() != ERROR && f.severity() != WARNING) continue;
      EXPECT_EQ(f.location().path(), "draft.txt");
      EXPECT_FALSE(f.evidence().empty()) << f.message();
      out.push_back(FindingKind_Name(f.kind()) + " " + std::to_string(f.location().line()));
    }
    return out;
  }

};

using Findings = std::vector<std::string>;

// A value the source never states, against the value of the source's
// sentence about the same thing: only from a source that tells the same
// story (names the same people, or is what the draft summarises).
TEST_F(ComparatorTest, FindsValuesASourceOfTheSameStoryNeverStates) {
  const std::string draft =
      "Mayor Ruth Amos opened the new bridge over the Tarn on Friday.\n"
      "Work on the crossing lasted four years, the council said.\n"
      "Council leader Omar Haddad praised the engineers.\n"
      "Hundreds of residents watched from the riverbank as a brass band played.\n"
      "The old ferry, which ran for a century, will be retired next month.\n"
      "Cyclists will be able to use a separate lane from the spring.\n";
  const std::string same_story =
      "Mayor Ruth Amos cut the ribbon on the bridge on Friday morning.\n"
      "Engineers spent three years on the crossing, which carries a cycle lane.\n"
      "Omar Haddad, the council leader, thanked the builders.\n";
  const std::string other_story =
      "Dock workers in a northern port walked out over pay.\n"
      "Engineers spent three years on the crossing, which carries a cycle lane.\n"
      "Union official Lena Berg said talks would resume.\n";
  EXPECT_EQ(Check(draft, {same_story}), (Findings{"QUANTITY_CONFLICT 2"}));
  EXPECT_EQ(Check(draft, {other_story}), Findings{});
}

// Values swapped inside a restated sentence, where the extractor has no
// claim to compare: an age, a team, a negation. Each finding points at the
// swapped words and shows the source's words as evidence.
TEST_F(ComparatorTest, FindsValuesSwappedInsideARestatedSentence) {
  const std::vector<std::string> sources = {
      "Police said the 19-year-old was arrested in Leeds on Monday night after a chase.\n",
      "The 19-year-old was arrested in Leeds on Monday night after a chase, police said.\n"};
  EXPECT_EQ(Check("Police said the 24-year-old was arrested in Leeds on Monday night after a "
                  "chase.\n",
                  sources),
            (Findings{"QUANTITY_CONFLICT 1"}));
  EXPECT_EQ(Check("Police said the 19-year-old was not arrested in Leeds on Monday night after "
                  "a chase.\n",
                  sources),
            (Findings{"POLARITY_CONFLICT 1"}));
  // A date with its year and the same date without one agree.
  EXPECT_EQ(Check("date 2014-03-02\n\nThe hearing in Leeds was held on January 7, 2012, "
                  "the court said.\n",
                  {"date 2014-03-02\n\nThe hearing in Leeds was held on January 7, the court "
                   "said.\n"}),
            Findings{});
  // Restated faithfully, in other words: nothing.
  EXPECT_EQ(Check("The 19-year-old was arrested in Leeds on Monday night, police said.\n",
                  sources),
            Findings{});

  std::vector<SourceDocument> docs;
  docs.push_back(ExtractForTest("draft.txt",
                                "Match report.\n\nThe striker scored twice as Porto beat "
                                "Benfica in the cup final on Sunday.\n"));
  docs.push_back(ExtractForTest(
      "wire.txt", "The striker scored twice as Porto beat Braga in the cup final on Sunday.\n"));
  std::vector<const SourceDocument*> pointers = {&docs[0], &docs[1]};
  CompareOptions options;
  options.targets = {true, false};
  Report report = CompareDocuments(pointers, options, ShippedLexicon());
  ASSERT_EQ(report.findings_size(), 1);
  const Finding& f = report.findings(0);
  EXPECT_EQ(f.kind(), ROLE_CONFLICT);
  EXPECT_EQ(f.severity(), ERROR);  // one source against a draft it does not support
  EXPECT_EQ(f.text(), "Benfica");
  EXPECT_EQ(f.location().line(), 3);
  EXPECT_EQ(f.location().column(), 40);  // after 39 characters
  ASSERT_EQ(f.evidence_size(), 1);
  EXPECT_EQ(f.evidence(0).text(), "Braga");
  EXPECT_EQ(f.evidence(0).location().path(), "wire.txt");
  EXPECT_EQ(f.evidence(0).location().column(), 40);
}

// In a check the sources are the authority: one source against a draft it
// does not support is an error; sources split on the draft's value make a
// warning; a majority of sources against it, an error.
TEST_F(ComparatorTest, CheckSeverityFollowsWhatTheSourcesSay) {
  const std::string draft = "Report.\n\nThe striker scored twice as Porto beat Benfica in the cup final.\n";
  const std::string against = "The striker scored twice as Porto beat Braga in the cup final.\n";
  const std::string with = "The striker scored twice as Porto beat Benfica in the cup final.\n";
  struct Case {
    std::vector<std::string> sources;
    Severity want;
  };
  for (const Case& c : std::vector<Case>{{{against}, ERROR},
                                         {{against, against}, ERROR},
                                         {{against, against, with}, WARNING},
                                         {{against, against, against, with}, ERROR}}) {
    std::vector<SourceDocument> docs;
    docs.push_back(ExtractForTest("draft.txt", draft));
    // Each source with words of its own, so that none is a copy of another.
    const std::vector<std::string> own = {
        "Fans queued outside the stadium from early morning despite the rain.\n\n"
        "Ticket prices had doubled since last season.\n",
        "The coach praised his defence and thanked the travelling supporters.\n\n"
        "Next month the club opens a new training ground near the river.\n",
        "Television audiences reached a record for a domestic match this year.\n\n"
        "Several sponsors renewed their contracts after the game.\n",
        "Police reported no arrests and said the crowd behaved well.\n\n"
        "Trains ran late into the night to carry spectators home.\n"};
    for (size_t i = 0; i < c.sources.size(); ++i) {
      docs.push_back(ExtractForTest(absl::StrCat("wire", i, ".txt"),
                                    absl::StrCat(own[i], "\n", c.sources[i])));
    }
    std::vector<const SourceDocument*> pointers;
    for (const SourceDocument& d : docs) pointers.push_back(&d);
    CompareOptions options;
    options.targets.assign(docs.size(), false);
    options.targets[0] = true;
    Report report = CompareDocuments(pointers, options, ShippedLexicon());
    ASSERT_EQ(report.findings_size(), 1) << c.sources.size() << " sources";
    EXPECT_EQ(report.findings(0).severity(), c.want) << c.sources.size() << " sources";
  }
}

TEST_F(ComparatorTest, ClaimTableShowsWhatSourcesStateAlike) {
  std::vector<SourceDocument> docs;
  docs.push_back(ExtractForTest("a.txt",
                                "The talks in Geneva lasted an hour and 40 minutes, officials "
                                "said.\n"));
  docs.push_back(ExtractForTest("b.txt", "The talks in Geneva lasted less than two hours.\n"));
  docs.push_back(ExtractForTest("c.txt", "Ministers met again on Friday.\n"));
  std::vector<const SourceDocument*> pointers = {&docs[0], &docs[1], &docs[2]};
  CompareOptions options;
  options.claim_table = true;
  Report report = CompareDocuments(pointers, options, ShippedLexicon());
  const ClaimGroup* duration = nullptr;
  for (const ClaimGroup& g : report.groups()) {
    if (g.kind() == QUANTITY_CONFLICT) duration = &g;
  }
  ASSERT_NE(duration, nullptr);
  EXPECT_FALSE(duration->conflict());
  ASSERT_EQ(duration->cells_size(), 3);
  EXPECT_EQ(duration->cells(0).state(), AGREE);
  EXPECT_EQ(duration->cells(0).text(), "an hour and 40 minutes");
  EXPECT_EQ(duration->cells(1).state(), AGREE);
  EXPECT_EQ(duration->cells(1).text(), "less than two hours");
  EXPECT_EQ(duration->cells(2).state(), ABSENT);
  EXPECT_EQ(duration->cells(2).path(), "c.txt");
  // Without the option, no table.
  EXPECT_EQ(CompareDocuments(pointers, {}, ShippedLexicon()).groups_size(), 0);
}

TEST_F(ComparatorTest, ClaimsNoSourceStatesAreUnsupportedInfo) {
  std::vector<SourceDocument> docs;
  docs.push_back(ExtractForTest("draft.txt",
                                "The talks in Geneva lasted three hours. Mayor Jo Ames of "
                                "Ruritania attended.\n"));
  docs.push_back(ExtractForTest("wire.txt", "Ministers met for talks in Geneva on Friday.\n"));
  std::vector<const SourceDocument*> pointers = {&docs[0], &docs[1]};
  CompareOptions options;
  options.targets = {true, false};
  Report report = CompareDocuments(pointers, options, ShippedLexicon());
  std::vector<std::string> unsupported;
  for (const Finding& f : report.findings()) {
    ASSERT_EQ(f.severity(), INFO) << f.message();
    if (f.kind() == UNSUPPORTED_CLAIM) unsupported.push_back(f.text());
  }
  // Geneva is in the source; the duration and the mayor are not.
  EXPECT_EQ(unsupported, (std::vector<std::string>{"three hours", "Mayor Jo Ames"}));
  // An audit reports no unsupported claims: every document is a source.
  Report audit = CompareDocuments(pointers, {}, ShippedLexicon());
  for (const Finding& f : audit.findings()) EXPECT_NE(f.kind(), UNSUPPORTED_CLAIM);
}

TEST_F(ComparatorTest, ReferencesAreEvidenceButNeverReportedOn) {
  std::vector<SourceDocument> docs;
  docs.push_back(ExtractForTest("a.txt", "Brazilian President Ana Lima met ministers on Monday.\n"));
  docs.push_back(ExtractForTest("b.txt", "Brazilian President Ana Lima met ministers.\n"));
  docs.push_back(ExtractForTest("ref.txt", "Chilean President Ana Lima spoke on Monday.\n"));
  std::vector<const SourceDocument*> pointers = {&docs[0], &docs[1], &docs[2]};
  auto paths = [](const Report& report) {
    std::vector<std::string> out;
    for (const Finding& f : report.findings()) {
      if (f.severity() >= WARNING) out.push_back(f.location().path());
    }
    return out;
  };
  // An audit reports the odd one out...
  EXPECT_EQ(paths(CompareDocuments(pointers, {}, ShippedLexicon())),
            std::vector<std::string>{"ref.txt"});
  // ...unless it is a reference.
  CompareOptions options;
  options.references = {false, false, true};
  EXPECT_EQ(paths(CompareDocuments(pointers, options, ShippedLexicon())),
            std::vector<std::string>{});
}

// A copy is not a second source: it votes once with the file it copies
// and is named in the message as a copy. The 1-1 split is one
// disagreement, reported once (on the first file; the others' findings
// would mirror it).
TEST_F(ComparatorTest, ACopyVotesOnceWithItsOriginal) {
  const std::string wrong = "Chilean President Ana Lima spoke on Monday.\n";
  std::vector<SourceDocument> docs;
  docs.push_back(ExtractForTest("right.txt", "Brazilian President Ana Lima met ministers.\n"));
  docs.push_back(ExtractForTest("wrong.txt", wrong));
  docs.push_back(ExtractForTest("wrong_copy.txt", wrong));
  std::vector<const SourceDocument*> pointers = {&docs[0], &docs[1], &docs[2]};
  Report report = CompareDocuments(pointers, {}, ShippedLexicon());
  std::vector<std::string> got;
  for (const Finding& f : report.findings()) {
    if (f.kind() != ROLE_CONFLICT) continue;
    got.push_back(absl::StrCat(f.location().path(), " ", Severity_Name(f.severity()), " ",
                               f.sources_for(), "-", f.sources_against()));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"right.txt WARNING 1-1"}));
  ASSERT_FALSE(report.findings().empty());
  EXPECT_NE(report.findings(0).message().find("wrong and its copy wrong_copy"), std::string::npos)
      << report.findings(0).message();
  EXPECT_EQ(report.summary().sources(), 2);
  ASSERT_EQ(report.copies_size(), 1);
  EXPECT_EQ(report.copies(0).path(), "wrong_copy.txt");
  EXPECT_EQ(report.copies(0).original(), "wrong.txt");
  EXPECT_TRUE(report.copies(0).identical());
}

// Evidence is capped per side, and the sources left out are counted.
TEST_F(ComparatorTest, EvidenceIsCappedAndTheRestCounted) {
  std::vector<SourceDocument> docs;
  docs.push_back(ExtractForTest("odd.txt", "Chilean President Ana Lima spoke on Monday.\n"));
  const char* verbs[] = {"spoke", "flew home", "met ministers", "visited a school", "opened a road",
                         "signed a law", "gave a speech", "left early", "arrived late"};
  for (int i = 0; i < 9; ++i) {
    docs.push_back(ExtractForTest(absl::StrCat("s", i, ".txt"),
                                  absl::StrCat("Brazilian President Ana Lima ", verbs[i], ".\n")));
  }
  std::vector<const SourceDocument*> pointers;
  for (const SourceDocument& d : docs) pointers.push_back(&d);
  Report report = CompareDocuments(pointers, {}, ShippedLexicon());
  ASSERT_GE(report.findings_size(), 1);
  const Finding& f = report.findings(0);
  EXPECT_EQ(f.location().path(), "odd.txt");
  EXPECT_EQ(f.sources_against(), 9);
  EXPECT_EQ(f.evidence_size(), kMaxEvidencePerSide);
  EXPECT_EQ(f.more_sources_against(), 9 - kMaxEvidencePerSide);
  EXPECT_NE(f.message().find("s0, s1, s2, s3, s4 and 4 more"), std::string::npos) << f.message();
}

// Targets are compared in parallel with the same report for any number of
// threads.
TEST_F(ComparatorTest, TheReportIsTheSameForAnyNumberOfThreads) {
  std::vector<SourceDocument> docs;
  for (const char* seed : {"000_0708a2218b219751", "001_10c9680eddbd3edb", "002_5e2f9a02a0d0871c",
                           "003_905a684dd6f29ba4", "004_ebc1c592785cd5db"}) {
    auto input = ReadInputFile(absl::StrCat("testdata/seeds/", seed, ".txt"), {});
    ASSERT_TRUE(input.ok()) << input.status();
    docs.push_back(ExtractForTest(input->path, input->bytes));
  }
  std::vector<const SourceDocument*> pointers;
  for (const SourceDocument& d : docs) pointers.push_back(&d);
  CompareOptions options;
  const std::string one = CompareDocuments(pointers, options, ShippedLexicon()).SerializeAsString();
  options.jobs = 3;
  EXPECT_EQ(CompareDocuments(pointers, options, ShippedLexicon()).SerializeAsString(), one);
  EXPECT_GT(one.size(), 1000u);
}

TEST_F(ComparatorTest, AuditOfTheSeedsReportsOnlyTheWrongPresident) {
  std::vector<SourceDocument> docs;
  for (const char* seed : {"000_0708a2218b219751", "001_10c9680eddbd3edb", "002_5e2f9a02a0d0871c",
                           "003_905a684dd6f29ba4", "004_ebc1c592785cd5db"}) {
    absl::StatusOr<InputFile> input =
        ReadInputFile(std::string("testdata/seeds/") + seed + ".txt", {});
    ASSERT_TRUE(input.ok()) << input.status();
    docs.push_back(ExtractForTest(input->path, input->bytes));
  }
  std::vector<const SourceDocument*> pointers;
  for (const SourceDocument& d : docs) pointers.push_back(&d);
  Report report = CompareDocuments(pointers, {}, ShippedLexicon());
  std::vector<const Finding*> conflicts;
  for (const Finding& f : report.findings()) {
    if (f.severity() == ERROR || f.severity() == WARNING) conflicts.push_back(&f);
  }
  ASSERT_EQ(conflicts.size(), 1u);
  const Finding& f = *conflicts[0];
  EXPECT_EQ(f.kind(), ROLE_CONFLICT);
  EXPECT_EQ(f.severity(), ERROR);
  EXPECT_EQ(f.location().path(), "testdata/seeds/003_905a684dd6f29ba4.txt");
  EXPECT_EQ(f.location().line(), 2);
  EXPECT_EQ(f.text(), "Ukrainian President Donald Trump");
  EXPECT_EQ(f.sources_for(), 1);
  EXPECT_GE(f.sources_against(), 3);
  EXPECT_NE(f.message().find("President of Ukraine"), std::string::npos) << f.message();
  EXPECT_NE(f.message().find("President of the United States"), std::string::npos) << f.message();
  // Evidence of both kinds: the same person elsewhere, the office's holder.
  bool other_country = false, other_holder = false;
  for (const Evidence& e : f.evidence()) {
    other_country |= e.text().find("Trump") != std::string::npos;
    other_holder |= e.text().find("Zelensk") != std::string::npos;
  }
  EXPECT_TRUE(other_country);
  EXPECT_TRUE(other_holder);
  // The same run reports spelling variants as information only.
  int variants = 0;
  for (const Finding& g : report.findings()) variants += g.kind() == NAME_VARIANT;
  EXPECT_GT(variants, 0);
}

TEST_F(ComparatorTest, FindsAPersonGivenAnotherCountry) {
  EXPECT_EQ(Check("Norwegian Prime Minister Kari Lunde spoke in Oslo on Monday.\n",
                  {"Swedish Prime Minister Kari Lunde spoke in Oslo on Monday.\n",
                   "Sweden's prime minister, Kari Lunde, arrived on Monday.\n"}),
            (Findings{"ROLE_CONFLICT 1"}));
}

TEST_F(ComparatorTest, FindsASingleHolderOfficeGivenToSomeoneElse) {
  EXPECT_EQ(Check("The talks opened with Chilean Foreign Minister Tomas Reyes.\n",
                  {"The talks opened with Chilean Foreign Minister Ana Prieto.\n",
                   "Chile's foreign minister, Ana Prieto, opened the talks.\n"}),
            (Findings{"ROLE_CONFLICT 1"}));
}

TEST_F(ComparatorTest, FindsAPersonGivenAnotherParty) {
  EXPECT_EQ(Check("The measure was written by Sen. Ruth Kessler, D-Ohio, last year.\n",
                  {"The measure was written by Sen. Ruth Kessler, R-Ohio, last year.\n",
                   "Republican Sen. Ruth Kessler wrote the measure.\n"}),
            (Findings{"ROLE_CONFLICT 1"}));
  EXPECT_EQ(Check("The measure was written by Sen. Ruth Kessler, R-Ohio, last year.\n",
                  {"Republican Sen. Ruth Kessler wrote the measure.\n"}),
            (Findings{}));
  // A party group without a title; the state of one.
  EXPECT_EQ(Check("Kessler, D-Ohio, wrote the measure last year.\n",
                  {"Sen. Ruth Kessler (R-Ohio) wrote the measure.\n"}),
            (Findings{"ROLE_CONFLICT 1"}));
  EXPECT_EQ(Check("Ruth Kessler, Republican of Iowa, wrote the measure.\n",
                  {"Sen. Ruth Kessler (R-Ohio) wrote the measure.\n"}),
            (Findings{"ROLE_CONFLICT 1"}));
}

TEST_F(ComparatorTest, ReadsQuantitiesAsIntervals) {
  const std::vector<std::string> sources = {
      "The summit, which lasted an hour and 40 minutes, ended without a deal.\n",
      "Leaders agreed to release 2,500 detainees after the summit.\n"};
  EXPECT_EQ(Check("The summit, which lasted less than one hour, ended without a deal.\n", sources),
            (Findings{"QUANTITY_CONFLICT 1"}));
  EXPECT_EQ(Check("The summit, which lasted under two hours, ended without a deal.\n", sources),
            Findings{});
  EXPECT_EQ(Check("Leaders agreed to release 250 detainees after the summit.\n", sources),
            (Findings{"QUANTITY_CONFLICT 1"}));
  EXPECT_EQ(Check("Leaders agreed to release 2500 detainees after the summit.\n", sources),
            Findings{});
}

TEST_F(ComparatorTest, ComparesWeekdaysOfAlignedSentences) {
  const std::vector<std::string> sources = {
      "Finance ministers gathered in Brussels on Tuesday for emergency budget talks.\n"};
  EXPECT_EQ(Check("Finance ministers gathered in Brussels on Thursday for emergency budget talks.\n",
                  sources),
            (Findings{"DATE_CONFLICT 1"}));
  EXPECT_EQ(Check("On Tuesday, finance ministers gathered in Brussels for emergency budget talks.\n",
                  sources),
            Findings{});
}

TEST_F(ComparatorTest, FindsTheEventPlacedInAnotherCity) {
  const std::vector<std::string> sources = {"The climate talks in Nairobi ended on Friday.\n",
                                            "Delegates left the Nairobi talks early.\n"};
  EXPECT_EQ(Check("The climate talks in Mombasa ended on Friday.\n", sources),
            (Findings{"LOCATION_CONFLICT 1"}));
  EXPECT_EQ(Check("The climate talks in Kenya ended on Friday.\n", sources), Findings{});
}

TEST_F(ComparatorTest, FindsQuotesGivenToAnotherSpeakerOrChanged) {
  const std::vector<std::string> sources = {
      "\xE2\x80\x9CWe will not sign anything that harms our farmers,\xE2\x80\x9D Paula Greco said "
      "on Monday.\n",
      "Trade commissioner Paula Greco called the offer \xE2\x80\x9C" "completely unacceptable\xE2\x80\x9D "
      "and left the room.\n"};
  EXPECT_EQ(Check("\xE2\x80\x9CWe will not sign anything that harms our farmers,\xE2\x80\x9D "
                  "Marco Velli said on Monday.\n",
                  sources),
            (Findings{"QUOTE_MISATTRIBUTED 1"}));
  EXPECT_EQ(Check("Trade commissioner Paula Greco called the offer \xE2\x80\x9C" "broadly "
                  "acceptable\xE2\x80\x9D and left the room.\n",
                  sources),
            (Findings{"QUOTE_ALTERED 1"}));
  EXPECT_EQ(Check("\xE2\x80\x9CWe will not sign anything that harms our farmers\xE2\x80\x9D, "
                  "Paula Greco said.\n",
                  sources),
            Findings{});
}

TEST_F(ComparatorTest, FindsAnEventWithTheOppositePolarity) {
  const std::vector<std::string> sources = {
      "Mayor Lena Duval met the strikers. She did not attend the evening vote.\n"};
  EXPECT_EQ(Check("Mayor Lena Duval met the strikers and attended the evening vote.\n", sources),
            (Findings{"POLARITY_CONFLICT 1"}));
}


}  // namespace
}  // namespace factcheck
