#include "claims/sentences.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "claims/document_reader.h"
#include "claims/input_file.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

class SentenceSplitterTest : public ::testing::Test {
 protected:
  // The sentences of `text`, joined by " | ".
  static std::string Split(const std::string& text) {
    SentenceSplitter splitter(ShippedLexicon());
    std::vector<std::string> out;
    for (const SentenceRange& r : splitter.Split(text, 0, text.size())) {
      out.push_back(text.substr(r.begin, r.end - r.begin));
    }
    return absl::StrJoin(out, " | ");
  }
};

struct Case {
  const char* text;
  const char* want;
};

TEST_F(SentenceSplitterTest, SplitsNewsTextCorrectly) {
  const Case cases[] = {
      // Abbreviations and initials.
      {"Mr. Smith met U.S. officials in Washington. They left.",
       "Mr. Smith met U.S. officials in Washington. | They left."},
      {"Gen. Mark Ames and Sen. Jo Diaz arrived at 9 a.m. on Jan. 5.",
       "Gen. Mark Ames and Sen. Jo Diaz arrived at 9 a.m. on Jan. 5."},
      {"The novel by J. R. R. Tolkien sold well. Critics agreed.",
       "The novel by J. R. R. Tolkien sold well. | Critics agreed."},
      {"The deal was signed in the U.S. The talks then moved on.",
       "The deal was signed in the U.S. | The talks then moved on."},
      {"Troops left at 5 p.m. Officials confirmed it.",
       "Troops left at 5 p.m. Officials confirmed it."},
      // Numbers.
      {"Prices rose 3.5 percent. About 1,000 people came.",
       "Prices rose 3.5 percent. | About 1,000 people came."},
      // Quotations.
      {"\"We will go,\" she said. \"Now.\" He nodded.",
       "\"We will go,\" she said. | \"Now.\" | He nodded."},
      {"\xE2\x80\x9CIs it over?\xE2\x80\x9D he asked. Nobody answered.",
       "\xE2\x80\x9CIs it over?\xE2\x80\x9D he asked. | Nobody answered."},
      {"He called it \xE2\x80\x9C" "a staged process.\xE2\x80\x9D The leader left.",
       "He called it \xE2\x80\x9C" "a staged process.\xE2\x80\x9D | The leader left."},
      // Ellipses and dashes.
      {"They waited... and waited. Then it ended.",
       "They waited... and waited. | Then it ended."},
      {"The meeting \xE2\x80\x94 which lasted an hour \xE2\x80\x94 ended. Both left.",
       "The meeting \xE2\x80\x94 which lasted an hour \xE2\x80\x94 ended. | Both left."},
      // A full stop glued to the next sentence.
      {"He leads the delegation.Credit: AP", "He leads the delegation. | Credit: AP"},
      // Paragraph breaks lost: a quote opens or closes against the stop.
      {"\"We left the town,\" he said.\"The loss hurts.\"",
       "\"We left the town,\" he said. | \"The loss hurts.\""},
      {"He added: \"I did not enjoy it.\"It was clear he had.",
       "He added: \"I did not enjoy it.\" | It was clear he had."},
      {"They claimed to work for BT.Now a woman is in court.",
       "They claimed to work for BT. | Now a woman is in court."},
      // Questions and exclamations.
      {"Will they meet? Nobody knows! Still, hope remains.",
       "Will they meet? | Nobody knows! | Still, hope remains."},
      // Letters beyond ASCII, precomposed or with combining marks.
      {"He visited Gda\u0144sk.Credit: AP", "He visited Gda\u0144sk. | Credit: AP"},
      {"He visited Gdan\u0301sk.Credit: AP", "He visited Gdan\u0301sk. | Credit: AP"},
      {"Gen. \u0141ucja \u017Bak arrived. Talks began.",
       "Gen. \u0141ucja \u017Bak arrived. | Talks began."},
      {"They met Ph\u1EA1m Th\u1ECB Lan. \u017Bak left.",
       "They met Ph\u1EA1m Th\u1ECB Lan. | \u017Bak left."},
      {"It was signed in Lviv. \u0142ater, it was not.",
       "It was signed in Lviv. \u0142ater, it was not."},
      // A sentence without a final stop.
      {"Talks end without a deal", "Talks end without a deal"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Split(c.text), c.want) << "input: " << c.text;
  }
}

TEST_F(SentenceSplitterTest, ReturnsNothingForWhitespace) {
  EXPECT_EQ(Split("   \n\t "), "");
}

// The seeds' sentence boundaries, checked by hand, one sentence a line in
// testdata/claims/<seed>.sentences.
TEST_F(SentenceSplitterTest, MatchesHandCheckedBoundariesOnTheSeeds) {
  const char* seeds[] = {"000_0708a2218b219751", "001_10c9680eddbd3edb",
                         "002_5e2f9a02a0d0871c", "003_905a684dd6f29ba4",
                         "004_ebc1c592785cd5db"};
  DocumentReader reader(ShippedLexicon());
  for (const char* seed : seeds) {
    std::string path = std::string("testdata/seeds/") + seed + ".txt";
    absl::StatusOr<InputFile> input = ReadInputFile(path, {});
    ASSERT_TRUE(input.ok()) << input.status();
    SourceDocument doc = reader.Read(*input).document;
    std::ifstream gold_file(std::string("testdata/claims/") + seed + ".sentences");
    std::stringstream gold;
    gold << gold_file.rdbuf();
    std::vector<std::string> want =
        absl::StrSplit(gold.str(), '\n', absl::SkipEmpty());
    std::vector<std::string> got;
    for (const Sentence& s : doc.sentences()) got.push_back(s.text());
    EXPECT_EQ(got, want) << seed;
    // Every span cuts exactly the sentence out of the original file.
    for (const Sentence& s : doc.sentences()) {
      EXPECT_EQ(input->bytes.substr(s.span().begin(), s.span().end() - s.span().begin()),
                s.text())
          << seed << " sentence " << s.index();
    }
  }
}

}  // namespace
}  // namespace factcheck
