#include "compare/alignment.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

SourceDocument Doc(const std::vector<std::string>& sentences) {
  SourceDocument doc;
  for (const std::string& s : sentences) doc.add_sentences()->set_text(s);
  return doc;
}

TEST(SentenceIndex, AlignsSentencesThatStateTheSameThing) {
  SourceDocument a = Doc({"Negotiators met in Geneva for the first direct talks in two years.",
                          "The weather was cold."});
  SourceDocument b = Doc({"Rain fell on the city.",
                          "The first direct talks in two years brought negotiators to Geneva."});
  SourceDocument c = Doc({"Stock markets rose sharply on Tuesday."});
  absl::flat_hash_set<std::string> stopwords = {"the", "for", "in", "on"};
  SentenceIndex index({&a, &b, &c}, stopwords);
  std::vector<Alignment> aligned = index.Align(0, 0, 0.3);
  ASSERT_EQ(aligned.size(), 1u);
  EXPECT_EQ(aligned[0].document, 1);
  EXPECT_EQ(aligned[0].sentence, 1);
  EXPECT_GE(aligned[0].shared_terms, 4);
  EXPECT_TRUE(index.Align(0, 1, 0.3).empty());
}

// A word with combining marks is one term, not one per run of letters.
TEST(SentenceIndex, KeepsCombiningMarksInsideTheirWord) {
  SourceDocument a = Doc({"Pha\u0323m spoke"});
  SourceDocument b = Doc({"Ph\u1EA1m Th\u1ECB spoke"});
  SentenceIndex index({&a, &b}, {});
  EXPECT_EQ(index.Terms(0, 0).size(), 2u);
  EXPECT_EQ(index.Terms(1, 0).size(), 3u);
}

TEST(SentenceIndex, IgnoresNumbersSoChangedFiguresStillAlign) {
  SourceDocument a = Doc({"Rescuers freed 40 miners trapped underground."});
  SourceDocument b = Doc({"Rescuers freed 400 miners trapped underground."});
  SentenceIndex index({&a, &b}, {});
  std::vector<Alignment> aligned = index.Align(0, 0, 0.5);
  ASSERT_EQ(aligned.size(), 1u);
  EXPECT_GT(aligned[0].score, 0.9);
}

// Hundreds of reports of one story: every word is in hundreds of
// sentences, yet each sentence still aligns with its restatements (a
// common term proposes a fixed sample), and with a bounded number of them.
TEST(SentenceIndex, AlignsAStoryHundredsOfReportsTell) {
  std::vector<SourceDocument> docs;
  for (int i = 0; i < 400; ++i) {
    docs.push_back(Doc({"Rescuers freed " + std::to_string(10 + i) + " miners trapped underground.",
                        "The mine owner promised an inquiry into the collapse."}));
  }
  std::vector<const SourceDocument*> pointers;
  for (const SourceDocument& d : docs) pointers.push_back(&d);
  SentenceIndex index(pointers, {});
  for (int d : {0, 199, 399}) {
    std::vector<Alignment> aligned = index.Align(d, 0, 0.5);
    EXPECT_GE(aligned.size(), 8u) << d;
    EXPECT_LE(aligned.size(), 64u) << d;
    for (const Alignment& a : aligned) {
      EXPECT_NE(a.document, d);
      EXPECT_EQ(a.sentence, 0);
    }
  }
}

TEST(ContentTerm, MeetsInflections) {
  EXPECT_EQ(ContentTerm("lasted"), ContentTerm("last"));
  EXPECT_EQ(ContentTerm("negotiations"), ContentTerm("negotiation"));
}

}  // namespace
}  // namespace factcheck
