#include "claims/tokenizer.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// "text/kind" for each token.
std::string Dump(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, 0, text.size())) {
    const char* kind = "";
    switch (t.kind) {
      case TokenKind::kWord: kind = "w"; break;
      case TokenKind::kNumber: kind = "n"; break;
      case TokenKind::kPossessive: kind = "pos"; break;
      case TokenKind::kOpenQuote: kind = "open"; break;
      case TokenKind::kCloseQuote: kind = "close"; break;
      case TokenKind::kPunct: kind = "p"; break;
    }
    out.push_back(std::string(t.text) + "/" + kind);
  }
  return absl::StrJoin(out, " ");
}

TEST(Tokenize, SplitsNewsText) {
  EXPECT_EQ(Dump("Ukraine\xE2\x80\x99s 1,000 prisoners"),
            "Ukraine/w \xE2\x80\x99s/pos 1,000/n prisoners/w");
  EXPECT_EQ(Dump("a 30-day ceasefire"), "a/w 30/n -/p day/w ceasefire/w");
  EXPECT_EQ(Dump("U.S. officials didn\xE2\x80\x99t go."),
            "U.S./w officials/w didn\xE2\x80\x99t/w go/w ./p");
  EXPECT_EQ(Dump("\xE2\x80\x9CYes,\xE2\x80\x9D he said"),
            "\xE2\x80\x9C/open Yes/w ,/p \xE2\x80\x9D/close he/w said/w");
  EXPECT_EQ(Dump("\"No\" 3.5 face-to-face"), "\"/open No/w \"/close 3.5/n face-to-face/w");
  EXPECT_EQ(Dump("the 18th package"), "the/w 18th/w package/w");
}

// Words in scripts and blocks beyond Latin-1: one row per input and its dump.
struct DumpTest {
  const char* text;
  const char* want;
};

TEST(Tokenize, KeepsWordsOfEveryScriptWhole) {
  const DumpTest tests[] = {
      {"\u0141ucja \u017Bak", "\u0141ucja/w \u017Bak/w"},
      // Precomposed Vietnamese letters (Latin Extended Additional).
      {"Ph\u1EA1m Th\u1ECB Lan", "Ph\u1EA1m/w Th\u1ECB/w Lan/w"},
      // Decomposed: combining marks continue the word.
      {"Pha\u0323m Thi\u0323 Lan", "Pha\u0323m/w Thi\u0323/w Lan/w"},
      {"Nguye\u0302\u0303n", "Nguye\u0302\u0303n/w"},
      {"\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439 said",
       "\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439/w said/w"},
      // A no-break or ideographic space separates words.
      {"Kyiv\u00A0Oblast", "Kyiv/w Oblast/w"},
      {"\u4E2D\u56FD\u3000\u65E5\u672C", "\u4E2D\u56FD/w \u65E5\u672C/w"},
      // A mark with no letter before it is punctuation, as before.
      {"\u0301", "\u0301/p"},
  };
  for (const DumpTest& t : tests) {
    EXPECT_EQ(Dump(t.text), t.want) << "input: " << t.text;
  }
}

TEST(Tokenize, CapitalisesWordsThatStartWithAnyUppercaseLetter) {
  std::string text = "\u0141ucja \u017Bak \u0142ucja \u1EC4n";
  std::vector<Token> tokens = Tokenize(text, 0, text.size());
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE(tokens[0].capitalized) << tokens[0].text;
  EXPECT_TRUE(tokens[1].capitalized) << tokens[1].text;
  EXPECT_FALSE(tokens[2].capitalized) << tokens[2].text;
  EXPECT_TRUE(tokens[3].capitalized) << tokens[3].text;
}

TEST(Tokenize, KeepsOffsetsIntoTheGivenText) {
  std::string text = "xx Dolmabah\xC3\xA7" "e Palace";
  std::vector<Token> tokens = Tokenize(text, 3, text.size());
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].begin, 3);
  EXPECT_EQ(tokens[0].text, "Dolmabah\xC3\xA7" "e");
  EXPECT_TRUE(tokens[1].capitalized);
}

}  // namespace
}  // namespace factcheck
