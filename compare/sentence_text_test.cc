#include "compare/sentence_text.h"

#include <string>

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Every word of every sentence, located through SentenceTextLocation, must
// be exactly the original bytes, at the line and column counted by hand
// from `original`.
void ExpectEveryWordLocated(const std::string& path, const std::string& original) {
  SourceDocument doc = ExtractForTest(path, original);
  ASSERT_GT(doc.sentences_size(), 0);
  int words = 0;
  for (const Sentence& sentence : doc.sentences()) {
    const std::string& text = sentence.text();
    size_t i = 0;
    while (i < text.size()) {
      size_t end = text.find(' ', i);
      if (end == std::string::npos) end = text.size();
      if (end > i) {
        Location where = SentenceTextLocation(doc, sentence, static_cast<int>(i),
                                              static_cast<int>(end));
        std::string word = text.substr(i, end - i);
        EXPECT_EQ(original.substr(where.begin(), where.end() - where.begin()), word)
            << "word " << word;
        // Count line and column of `begin` by hand.
        int line = 1, column = 1;
        for (int64_t k = 0; k < where.begin(); ++k) {
          unsigned char c = original[k];
          if (c == '\n' || (c == '\r' && (k + 1 >= static_cast<int64_t>(original.size()) ||
                                          original[k + 1] != '\n'))) {
            ++line;
            column = 1;
          } else if (c != '\r' && (c & 0xC0) != 0x80) {
            ++column;
          }
        }
        EXPECT_EQ(where.line(), line) << "word " << word;
        EXPECT_EQ(where.column(), column) << "word " << word;
        EXPECT_EQ(where.end_line(), line) << "word " << word;
        ++words;
      }
      i = end + 1;
    }
  }
  EXPECT_GT(words, 10);
}

TEST(SentenceTextLocationTest, PlainTextWithLineBreaksInsideSentences) {
  ExpectEveryWordLocated("a.txt",
                         "Talks in the city lasted\ntwo hours, officials said.  Delegates\n"
                         "met   again on Friday.\n\nA second round is planned for June.\n");
}

TEST(SentenceTextLocationTest, CrlfLoneCrAndMultibyteCharacters) {
  ExpectEveryWordLocated("a.txt",
                         "Délégués from Kyiv\r\nand Moscow met in Çanakkale.\rThe talks "
                         "lasted \xE2\x80\x9Cless than two hours\xE2\x80\x9D.\r\n");
}

TEST(SentenceTextLocationTest, MarkdownEmphasisIsNotPartOfTheWords) {
  SourceDocument doc = ExtractForTest(
      "a.md", "# Talks\n\nThe talks *lasted* two hours, officials said.\n");
  ASSERT_GE(doc.sentences_size(), 2);
  const Sentence& sentence = doc.sentences(1);
  size_t at = sentence.text().find("two");
  ASSERT_NE(at, std::string::npos);
  Location where = SentenceTextLocation(doc, sentence, static_cast<int>(at),
                                        static_cast<int>(at) + 3);
  // "The talks *lasted* " is 19 characters.
  EXPECT_EQ(where.line(), 3);
  EXPECT_EQ(where.column(), 20);
  EXPECT_EQ(where.end_column(), 23);
  size_t lasted = sentence.text().find("lasted");
  ASSERT_NE(lasted, std::string::npos);
  Location inside = SentenceTextLocation(doc, sentence, static_cast<int>(lasted),
                                         static_cast<int>(lasted) + 6);
  EXPECT_EQ(inside.column(), 12);
  EXPECT_EQ(inside.end() - inside.begin(), 6);
}

}  // namespace
}  // namespace factcheck
