#include "claims/analysis/training.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claims/analysis/analyzer.h"
#include "claims/analysis/conllu.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// A tiny treebank written for this test: "NAME met NAME in PLACE ." and
// "NAME left .", with entity annotation.
std::string Treebank() {
  const char* people[] = {"Ana", "Ben", "Cy", "Dee", "Eli", "Fay"};
  const char* places[] = {"Lima", "Oslo", "Rome"};
  std::string out = "# newdoc id = synthetic\n";
  int id = 0;
  for (int i = 0; i < 6; ++i) {
    const char* a = people[i];
    const char* b = people[(i + 1) % 6];
    const char* p = places[i % 3];
    absl::StrAppend(
        &out, "# text = ", a, " met ", b, " in ", p, ".\n",
        "1\t", a, "\t", a, "\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\tEntity=(",
        ++id, "-person-new-x-cf1-1-sgl)\n",
        "2\tmet\tmeet\tVERB\tVBD\tTense=Past\t0\troot\t_\t_\n",
        "3\t", b, "\t", b, "\tPROPN\tNNP\tNumber=Sing\t2\tobj\t_\tEntity=(",
        ++id, "-person-new-x-cf2-1-sgl)\n",
        "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n",
        "5\t", p, "\t", p, "\tPROPN\tNNP\tNumber=Sing\t2\tobl\t_\tEntity=(",
        ++id, "-place-new-x-cf3-1-sgl)|SpaceAfter=No\n",
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
    absl::StrAppend(&out, "# text = ", a, " left.\n", "1\t", a, "\t", a,
                    "\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\tEntity=(", ++id,
                    "-person-giv-x-cf1-1-sgl)\n",
                    "2\tleft\tleave\tVERB\tVBD\tTense=Past\t0\troot\t_\tSpaceAfter=No\n",
                    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  }
  return out;
}

TrainingOptions SmallOptions() {
  TrainingOptions options;
  options.tagger_iterations = 4;
  options.parser_iterations = 6;
  options.entity_iterations = 4;
  options.jackknife_folds = 2;
  // Twelve sentences: every feature is rare.
  options.min_feature_updates = 1;
  return options;
}

std::unique_ptr<Lexicon> NoVocabulary() {
  return Lexicon::FromTexts({}).value();
}

TEST(TrainAnalysisModel, SameDataAndSeedGiveTheSameBytes) {
  std::vector<ConlluSentence> s = ParseConllu(Treebank(), "synthetic").value();
  std::unique_ptr<Lexicon> lexicon = NoVocabulary();
  AnalysisModelProto a = TrainAnalysisModel(s, *lexicon, SmallOptions()).value();
  AnalysisModelProto b = TrainAnalysisModel(s, *lexicon, SmallOptions()).value();
  EXPECT_EQ(a.SerializeAsString(), b.SerializeAsString());
  TrainingOptions other = SmallOptions();
  other.seed = 2;
  other.title_case_share = 0.5;
  AnalysisModelProto c = TrainAnalysisModel(s, *lexicon, other).value();
  EXPECT_NE(a.SerializeAsString(), c.SerializeAsString());
}

TEST(TrainAnalysisModel, LearnsItsTrainingSentences) {
  std::vector<ConlluSentence> s = ParseConllu(Treebank(), "synthetic").value();
  std::unique_ptr<Lexicon> lexicon = NoVocabulary();
  AnalysisModelProto model =
      TrainAnalysisModel(s, *lexicon, SmallOptions()).value();
  std::unique_ptr<Analyzer> analyzer =
      Analyzer::FromModel(model.SerializeAsString(), *lexicon).value();
  std::string text = "Ben met Cy in Oslo.";
  SentenceAnalysis a = analyzer->Analyze(text, 0, text.size());
  std::vector<std::string> dump;
  for (const AnalyzedToken& t : a.tokens) {
    dump.push_back(absl::StrCat(text.substr(t.begin, t.end - t.begin), "/",
                                analyzer->upos(t.tag), "/", t.head, "/",
                                analyzer->deprel(t.label), "/", t.lemma));
  }
  EXPECT_EQ(absl::StrJoin(dump, " "),
            "Ben/PROPN/2/nsubj/Ben met/VERB/0/root/meet Cy/PROPN/2/obj/Cy "
            "in/ADP/5/case/in Oslo/PROPN/2/obl/Oslo ./PUNCT/2/punct/.");
  std::vector<std::string> entities;
  for (const EntitySpan& e : a.entities) {
    entities.push_back(absl::StrCat(e.begin, "-", e.end, ":",
                                    analyzer->entity_type(e.type)));
  }
  EXPECT_EQ(absl::StrJoin(entities, " "), "0-1:PERSON 2-3:PERSON 4-5:PLACE");
}

TEST(TrainAnalysisModel, RejectsDataWithoutEntitiesOrSentences) {
  std::unique_ptr<Lexicon> lexicon = NoVocabulary();
  EXPECT_EQ(TrainAnalysisModel({}, *lexicon, SmallOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);
  std::vector<ConlluSentence> s =
      ParseConllu("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n", "x").value();
  EXPECT_EQ(TrainAnalysisModel(s, *lexicon, SmallOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factcheck
