// Measures claim extraction against hand-checked gold claims for the five
// seed reports (testdata/claims/gold/*.tsv, written by reading the text),
// prints precision and recall per claim type, and holds them to targets.
// Also unit cases on text written for this test.

#include "claims/extractor.h"

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Letters only, lowercase, for comparing names and words.
std::string Fold(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) out.push_back(absl::ascii_tolower(c));
    else if (c == ' ' && !out.empty() && out.back() != ' ') out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Surname(const std::string& name) {
  std::string folded = Fold(name);
  size_t space = folded.rfind(' ');
  return space == std::string::npos ? folded : folded.substr(space + 1);
}

std::string FirstWords(const std::string& text, int n) {
  std::vector<std::string> words = absl::StrSplit(Fold(text), ' ', absl::SkipEmpty());
  if (static_cast<int>(words.size()) > n) words.resize(n);
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

struct GoldClaim {
  std::string type;
  int line = 0;
  std::vector<std::string> fields;
  bool matched = false;
};

bool Matches(const GoldClaim& gold, const Claim& claim) {
  if (gold.line != claim.span().line()) return false;
  auto field = [&](size_t i) { return i < gold.fields.size() ? gold.fields[i] : std::string(); };
  if (gold.type == "ROLE" && claim.has_role()) {
    const RoleClaim& r = claim.role();
    if (Surname(field(0)) != Surname(r.person())) return false;
    if (field(1) != r.office()) return false;
    return field(2).empty() || field(2) == r.affiliation();
  }
  if (gold.type == "QUANTITY" && claim.has_quantity()) {
    double value = 0;
    if (!absl::SimpleAtod(field(0), &value)) return false;
    return std::fabs(value - claim.quantity().value()) <= 0.01 * std::max(1.0, std::fabs(value));
  }
  if (gold.type == "TIME" && claim.has_time()) {
    std::string g = Fold(field(0)), t = Fold(claim.time().text());
    return !g.empty() && (t.find(g) != std::string::npos || g.find(t) != std::string::npos);
  }
  if (gold.type == "PLACE" && claim.has_place()) {
    std::string g = Fold(field(0)), p = Fold(claim.place().text());
    return !g.empty() && (p.find(g) != std::string::npos || g.find(p) != std::string::npos);
  }
  if (gold.type == "QUOTE" && claim.has_quote()) {
    if (FirstWords(claim.quote().text(), 4) != Fold(field(0))) return false;
    return Surname(field(1)) == Surname(claim.quote().speaker());
  }
  return false;
}

std::string TypeName(const Claim& claim) {
  switch (claim.type()) {
    case CLAIM_TYPE_ROLE: return "ROLE";
    case CLAIM_TYPE_QUANTITY: return "QUANTITY";
    case CLAIM_TYPE_TIME: return "TIME";
    case CLAIM_TYPE_PLACE: return "PLACE";
    case CLAIM_TYPE_QUOTE: return "QUOTE";
    default: return "";
  }
}

// The ROLE claims of a text, one "person|office|affiliation|person as
// spanned" each, joined by "; ". The last field is the original bytes under
// the person's span, which must be the name.
std::string RoleDump(const std::string& text) {
  SourceDocument doc = ExtractForTest("roles.txt", text);
  std::vector<std::string> out;
  for (const Claim& claim : doc.claims()) {
    if (claim.type() != CLAIM_TYPE_ROLE) continue;
    const RoleClaim& role = claim.role();
    const Span& span = role.person_span();
    out.push_back(role.person() + "|" + role.office() + "|" + role.affiliation() + "|" +
                  text.substr(span.begin(), span.end() - span.begin()));
  }
  return absl::StrJoin(out, "; ");
}

struct RoleTest {
  const char* text;
  const char* want;
};

// Names whose letters lie beyond Latin-1: uppercase letters at odd code
// points of Latin Extended-A ("Ł", "Ż"), Vietnamese letters precomposed in
// Latin Extended Additional or written with combining marks.
TEST(ClaimExtractor, ExtractsRolesOfNamesBeyondLatin1) {
  const RoleTest tests[] = {
      {"Mayor Jo Ames said no.\n", "Jo Ames|mayor||Jo Ames"},
      {"Polish Foreign Minister \u0141ucja \u017Bak said the talks would resume.\n",
       "\u0141ucja \u017Bak|minister of foreign affairs|poland|\u0141ucja \u017Bak"},
      {"Vietnamese Foreign Minister Ph\u1EA1m Th\u1ECB Lan said the talks would resume.\n",
       "Ph\u1EA1m Th\u1ECB Lan|minister of foreign affairs|vietnam|Ph\u1EA1m Th\u1ECB Lan"},
      {"Vietnamese Foreign Minister Pha\u0323m Thi\u0323 Lan said the talks would resume.\n",
       "Pha\u0323m Thi\u0323 Lan|minister of foreign affairs|vietnam|Pha\u0323m Thi\u0323 Lan"},
      {"Vietnamese President Nguye\u0302\u0303n Minh said so.\n",
       "Nguye\u0302\u0303n Minh|president|vietnam|Nguye\u0302\u0303n Minh"},
      {"Vietnamese President Nguy\u1EC5n Minh said so.\n",
       "Nguy\u1EC5n Minh|president|vietnam|Nguy\u1EC5n Minh"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(RoleDump(t.text), t.want) << "input: " << t.text;
  }
}

// Times: the text, the dates it covers and its predicate.
std::string TimeDump(const std::string& text) {
  SourceDocument doc = ExtractForTest("times.txt", text);
  std::vector<std::string> out;
  for (const Claim& claim : doc.claims()) {
    if (!claim.has_time()) continue;
    out.push_back(absl::StrCat(claim.time().text(), "|", claim.time().begin_date(), "|",
                               claim.time().end_date(), "|", claim.predicate()));
  }
  return absl::StrJoin(out, "; ");
}

TEST(ClaimExtractor, ReadsAbbreviatedMonthsWithTheirDayAndYear) {
  const RoleTest tests[] = {
      {"The files were sent on Aug. 24, 2009, to a private account.\n",
       "Aug. 24, 2009|2009-08-24|2009-08-24|send"},
      {"The bill passed on Sept. 3, 2019, after a long debate.\n",
       "Sept. 3, 2019|2019-09-03|2019-09-03|pass"},
      {"The plant closed in Dec. 2015.\n", "Dec. 2015|2015-12-01|2015-12-31|close"},
      {"The plant closed on December 4, 2015.\n",
       "December 4, 2015|2015-12-04|2015-12-04|close"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(TimeDump(t.text), t.want) << "input: " << t.text;
  }
}

// A weekday after "the" that opens a name ("the Sunday Courier") is no
// date; a weekday of a name-less phrase still is.
TEST(ClaimExtractor, AWeekdayThatOpensANameIsNoDate) {
  const RoleTest tests[] = {
      {"Her photo ran on the cover of the Saturday Evening Post in 1943.\n",
       "1943|1943-01-01|1943-12-31|run"},
      {"The interview ran in the Sunday Courier.\n", ""},
      {"The Friday vote was delayed.\n", "Friday|||vote"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(TimeDump(t.text), t.want) << "input: " << t.text;
  }
}

// Places: the place and the event it belongs to, for each place claim.
std::string PlaceDump(const std::string& text) {
  SourceDocument doc = ExtractForTest("places.txt", text);
  std::vector<std::string> out;
  for (const Claim& claim : doc.claims()) {
    if (claim.has_place()) out.push_back(absl::StrCat(claim.place().place(), "|", claim.place().event()));
  }
  return absl::StrJoin(out, "; ");
}

// A place name that modifies a noun after it is a place only when that noun
// is a location, an artifact or an event ("the Chicago suburbs", "the Ohio
// caucuses"); "in U.S. history" or "to Iowa farmers" says no place. The
// sentences are written for this test.
TEST(ClaimExtractor, APlaceNameModifyingAnotherNounIsNoPlace) {
  const RoleTest tests[] = {
      {"It was the longest strike in U.S. history.\n", ""},
      {"She became a fixture in California politics.\n", ""},
      {"The senator made an appeal to Iowa farmers.\n", ""},
      {"The mayor spoke in Chicago on Monday.\n", "chicago|"},
      {"Flooding hit homes in the Chicago suburbs.\n", "chicago|"},
      {"The storm closed roads in the Texas countryside.\n", "texas|"},
      {"He won 40 percent in the Ohio caucuses.\n", "ohio|"},
      // A place that opens a longer name is part of it: a venue, or no place.
      {"The flight was held at Chicago Midway Airport for an hour.\n", "Chicago Midway Airport|"},
      {"She served in the U.S. Senate for a decade.\n", ""},
      {"The flight was held at Chicago for an hour.\n", "chicago|"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(PlaceDump(t.text), t.want) << "input: " << t.text;
  }
}

// Events: subject, predicate stem and polarity, for the pronouns' referents.
std::string EventDump(const std::string& text) {
  SourceDocument doc = ExtractForTest("events.txt", text);
  std::vector<std::string> out;
  for (const Claim& claim : doc.claims()) {
    if (!claim.has_event() || claim.event().subject().empty()) continue;
    out.push_back(absl::StrCat(claim.event().subject(), "|", claim.event().predicate(), "|",
                               claim.event().polarity() == POLARITY_NEGATED ? "not" : "yes"));
  }
  return absl::StrJoin(out, "; ");
}

// "He" and "she" stand for a person named before, never for a name with an
// article ("the Times", "the Pentagon"), in the sentence or the one before.
TEST(ClaimExtractor, PronounsReferToPeopleNotToNamesWithAnArticle) {
  const RoleTest tests[] = {
      {"Mara Volk spoke first. The talks stalled, the Courier reported. "
       "Volk told the Courier he never resigned.\n",
       "Mara Volk|resign|not"},
      {"Mara Volk spoke first. The talks stalled, the Courier reported. "
       "He never resigned.\n",
       "Mara Volk|resign|not"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(EventDump(t.text), t.want) << "input: " << t.text;
  }
}

// Quotes: each quote's text, speaker and basis.
std::string QuoteDump(const std::string& text) {
  SourceDocument doc = ExtractForTest("quotes.txt", text);
  std::vector<std::string> out;
  for (const Claim& claim : doc.claims()) {
    if (!claim.has_quote()) continue;
    out.push_back(absl::StrCat(claim.quote().text(), "|", claim.quote().speaker(), "|",
                               SpeakerBasis_Name(claim.quote().speaker_basis())));
  }
  return absl::StrJoin(out, "; ");
}

// With no said-verb the nearest person is a guess for a quoted statement,
// not for a quoted word (a term or the writer's scare quote), and a name
// whose head names a thing ("Doctrine") is no person; the person before a
// said-verb is its speaker, an owner ("X's") is not.
TEST(ClaimExtractor, GuessesASpeakerForStatementsNotForQuotedWords) {
  const RoleTest tests[] = {
      {"Mara Volk opposed the \"reckless\" plan for the harbour.\n",
       "reckless||SPEAKER_BASIS_UNSPECIFIED"},
      {"Mara Volk opposed \"a reckless plan for the harbour\".\n",
       "a reckless plan for the harbour|Mara Volk|SPEAKER_CLAUSE"},
      // An owner is not the speaker.
      {"Ann Lee contrasted her record with Mara Volk's, saying \"I built this business myself\".\n",
       "I built this business myself|Ann Lee|SPEAKER_PRONOUN"},
      // A pronoun after a quote refers past the names inside it.
      {"Ann Lee spoke first. \"We talked with Mara Volk for an hour,\" she said.\n",
       "We talked with Mara Volk for an hour|Ann Lee|SPEAKER_PRONOUN"},
      {"The Volk Doctrine is a longer version of \"act first, ask later\".\n",
       "act first, ask later||SPEAKER_BASIS_UNSPECIFIED"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(QuoteDump(t.text), t.want) << "input: " << t.text;
  }
}

// "Mr. Doe" is not the only Doe the document names in full when she is
// a woman ("the first lady, Jane Doe"), and "he" is no woman, nor an
// organisation.
TEST(ClaimExtractor, KeepsPeopleOfTheOtherSexApart) {
  const RoleTest tests[] = {
      {"The first lady, Jana Koval, spoke on Monday.\n\n"
       "\"We will win,\" Mr. Koval said.\n",
       "We will win|Koval|SPEAKER_NAMED"},
      {"His daughter Jana Koval spoke on Monday.\n\n"
       "\"We will win,\" Mr. Koval said.\n",
       "We will win|Koval|SPEAKER_NAMED"},
      {"Jana Koval spoke on Monday.\n\n\"We will win,\" Ms. Koval said.\n",
       "We will win|Jana Koval|SPEAKER_NAMED"},
      {"His wife, Jana Koval, left early. Mr. Lind stayed.\n\n\"We will win,\" she said.\n",
       "We will win|Jana Koval|SPEAKER_PRONOUN"},
      {"Harbor News reported the vote.\n\n\"We will win,\" he said.\n",
       "We will win||SPEAKER_BASIS_UNSPECIFIED"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(QuoteDump(t.text), t.want) << "input: " << t.text;
  }
}

TEST(ClaimExtractor, CarriesTheMainClauseSubjectToTheNextPronoun) {
  const RoleTest tests[] = {
      // The main clause's subject, not the first name (a subordinate
      // clause's subject).
      {"When Tom Roe spoke at the dinner, Carl Lind reminded him of the vote.\n\n"
       "\"It was over,\" he said.\n",
       "It was over|Carl Lind|SPEAKER_PRONOUN"},
      {"Tom Roe spoke at the dinner.\n\n\"It was over,\" he said.\n",
       "It was over|Tom Roe|SPEAKER_PRONOUN"},
      // A name inside quote marks is the quote's, not who the text is
      // about.
      {"\"We lost,\" Tom Roe said.\n\n\"Carl Lind knew it.\"\n\n"
       "\"It was over,\" he said.\n",
       "We lost|Tom Roe|SPEAKER_NAMED; Carl Lind knew it.|Tom Roe|SPEAKER_CONTINUED; "
       "It was over|Tom Roe|SPEAKER_PRONOUN"},
  };
  for (const RoleTest& t : tests) {
    EXPECT_EQ(QuoteDump(t.text), t.want) << "input: " << t.text;
  }
}

// A speaker described but not named ("said the 31-year-old") ends the
// last named speaker's run: the bare quote after it is the description's.
TEST(ClaimExtractor, ADescribedSpeakerEndsTheCarriedSpeaker) {
  const std::string text =
      "\"We lost the race,\" Tom Roe said.\n\n"
      "\"The car was badly damaged after the crash,\" said the 31-year-old.\n\n"
      "\"I think it was the suspension as well.\"\n";
  SourceDocument doc = ExtractForTest("quotes.txt", text);
  std::vector<std::string> out;
  for (const Claim& claim : doc.claims()) {
    if (!claim.has_quote()) continue;
    out.push_back(absl::StrCat(claim.quote().speaker(), "|", claim.quote().speaker_description()));
  }
  EXPECT_EQ(absl::StrJoin(out, "; "), "Tom Roe|; |the 31-year-old; |the 31-year-old");
}

TEST(ClaimExtractor, MeetsPrecisionAndRecallTargetsOnTheSeedGold) {
  const char* seeds[] = {"000_0708a2218b219751", "001_10c9680eddbd3edb", "002_5e2f9a02a0d0871c",
                         "003_905a684dd6f29ba4", "004_ebc1c592785cd5db"};
  std::map<std::string, int> gold_count, predicted_count, matched_gold, matched_predicted;
  for (const char* seed : seeds) {
    std::ifstream in(std::string("testdata/seeds/") + seed + ".txt", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    SourceDocument doc = ExtractForTest(std::string(seed) + ".txt", text.str());
    std::ifstream gold_file(std::string("testdata/claims/gold/") + seed + ".tsv");
    ASSERT_TRUE(gold_file) << seed;
    std::vector<GoldClaim> gold;
    std::string row;
    while (std::getline(gold_file, row)) {
      if (row.empty() || row[0] == '#') continue;
      std::vector<std::string> cells = absl::StrSplit(row, '\t');
      GoldClaim g;
      g.type = cells[0];
      ASSERT_TRUE(absl::SimpleAtoi(cells[1], &g.line)) << row;
      g.fields.assign(cells.begin() + 2, cells.end());
      // Dates from metadata markers are not sentence claims.
      if (g.type == "TIME" && g.fields[0].size() == 10 && g.fields[0][4] == '-') continue;
      gold.push_back(g);
      ++gold_count[g.type];
    }
    for (const Claim& claim : doc.claims()) {
      std::string type = TypeName(claim);
      if (type.empty()) continue;
      ++predicted_count[type];
      bool hit = false;
      for (GoldClaim& g : gold) {
        if (g.type == type && !g.matched && Matches(g, claim)) {
          g.matched = true;
          hit = true;
          ++matched_gold[type];
          break;
        }
      }
      if (hit) {
        ++matched_predicted[type];
      } else {
        // A second claim matching an already matched gold row is not wrong.
        for (const GoldClaim& g : gold) {
          if (g.type == type && Matches(g, claim)) {
            ++matched_predicted[type];
            hit = true;
            break;
          }
        }
        if (!hit) std::printf("  extra   %s %s:%d %s\n", type.c_str(), seed, claim.span().line(), claim.text().c_str());
      }
    }
    for (const GoldClaim& g : gold) {
      if (!g.matched) {
        std::printf("  missed  %s %s:%d %s\n", g.type.c_str(), seed, g.line,
                    g.fields.empty() ? "" : g.fields[0].c_str());
      }
    }
  }
  const std::map<std::string, std::pair<double, double>> targets = {
      {"ROLE", {0.95, 0.90}}, {"QUOTE", {0.95, 0.90}}, {"QUANTITY", {0.85, 0.85}},
      {"TIME", {0.85, 0.85}}, {"PLACE", {0.85, 0.85}}};
  std::printf("%-9s %9s %9s %6s %6s\n", "type", "precision", "recall", "gold", "found");
  for (const auto& [type, target] : targets) {
    double precision = predicted_count[type] ? 1.0 * matched_predicted[type] / predicted_count[type] : 0;
    double recall = gold_count[type] ? 1.0 * matched_gold[type] / gold_count[type] : 0;
    std::printf("%-9s %9.3f %9.3f %6d %6d\n", type.c_str(), precision, recall, gold_count[type],
                predicted_count[type]);
    EXPECT_GE(precision, target.first) << type;
    EXPECT_GE(recall, target.second) << type;
  }
}

}  // namespace
}  // namespace factcheck
