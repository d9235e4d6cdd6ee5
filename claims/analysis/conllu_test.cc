#include "claims/analysis/conllu.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// A two-sentence document written for this test: a multiword token, a
// person mention with an honorific, a place nested in an organisation and a
// mention whose head is a common noun (not a name).
constexpr char kDocument[] =
    "# newdoc id = test_news_1\n"
    "# sent_id = 1\n"
    "# text = Mr. Lee didn't visit the Bank of Lagos.\n"
    "1\tMr.\tMr.\tPROPN\tNNP\tNumber=Sing\t2\tflat\t_\tEntity=(1-person-new-x-cf1-1,2-coref\n"
    "2\tLee\tLee\tPROPN\tNNP\tNumber=Sing\t5\tnsubj\t_\tEntity=1)\n"
    "3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tdid\tdo\tAUX\tVBD\tTense=Past\t5\taux\t_\t_\n"
    "4\tn't\tnot\tPART\tRB\tPolarity=Neg\t5\tadvmod\t_\t_\n"
    "5\tvisit\tvisit\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-organization-new-x-cf2-2-sgl\n"
    "7\tBank\tBank\tPROPN\tNNP\tNumber=Sing\t5\tobj\t_\t_\n"
    "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tLagos\tLagos\tPROPN\tNNP\tNumber=Sing\t7\tnmod\t_\tEntity=(3-place-new-x-cf3-1-sgl)2)|SpaceAfter=No\n"
    "10\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "# text = The old bank closed.\n"
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(4-organization-giv-x-cf1-3-coref\n"
    "2\told\told\tADJ\tJJ\tDegree=Pos\t3\tamod\t_\t_\n"
    "3\tbank\tbank\tNOUN\tNN\tNumber=Sing\t4\tnsubj\t_\tEntity=4)\n"
    "4\tclosed\tclose\tVERB\tVBD\tTense=Past\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";

std::string Names(const ConlluSentence& s) {
  std::vector<std::string> out;
  for (const ConlluName& n : s.names) {
    std::vector<std::string> words;
    for (int i = n.begin; i < n.end; ++i) words.push_back(s.words[i].form);
    out.push_back(absl::StrCat(absl::StrJoin(words, " "), "/", n.type));
  }
  return absl::StrJoin(out, " ");
}

TEST(ParseConllu, ReadsWordsAndSkipsMultiwordRanges) {
  absl::StatusOr<std::vector<ConlluSentence>> s = ParseConllu(kDocument, "doc");
  ASSERT_TRUE(s.ok()) << s.status();
  ASSERT_EQ(s->size(), 2u);
  const ConlluSentence& first = (*s)[0];
  EXPECT_EQ(first.doc_id, "test_news_1");
  EXPECT_EQ(first.text, "Mr. Lee didn't visit the Bank of Lagos.");
  ASSERT_EQ(first.words.size(), 10u);
  EXPECT_EQ(first.words[2].form, "did");
  EXPECT_EQ(first.words[3].lemma, "not");
  EXPECT_EQ(first.words[4].head, 0);
  EXPECT_EQ(first.words[4].deprel, "root");
  EXPECT_TRUE(first.has_entities);
}

TEST(ParseConllu, NamesAreOutermostProperNounRunsOfNamedMentions) {
  absl::StatusOr<std::vector<ConlluSentence>> s = ParseConllu(kDocument, "doc");
  ASSERT_TRUE(s.ok()) << s.status();
  // "the" stays out; "of" joins two proper nouns; Lagos, inside the bank's
  // name, is not a name of its own; "the old bank" has a common-noun head.
  EXPECT_EQ(Names((*s)[0]), "Mr. Lee/person Bank of Lagos/organization");
  EXPECT_EQ(Names((*s)[1]), "");
}

TEST(ParseConllu, RejectsMalformedLines) {
  absl::StatusOr<std::vector<ConlluSentence>> s =
      ParseConllu("1\tHi\thi\tINTJ\tUH\t_\t0\troot\n", "short.conllu");
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("short.conllu:1"), std::string::npos);
  s = ParseConllu("1\tHi\thi\tINTJ\tUH\t_\tx\troot\t_\t_\n", "head.conllu");
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
  s = ParseConllu("1\tHi\thi\tINTJ\tUH\t_\t3\troot\t_\t_\n", "range.conllu");
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(ReadConlluFile, MissingFileIsNotFound) {
  EXPECT_EQ(ReadConlluFile("/nonexistent/x.conllu").status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace factcheck
