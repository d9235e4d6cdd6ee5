// The compiled model against the trained proto it comes from: the same
// analysis of every sentence, the same bytes on every compile, and clear
// errors for bytes that are not a compiled model.

#include "claims/analysis/compile_model.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claims/analysis/analyzer.h"
#include "claims/lexicon.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

const std::string& TrainedModel() {
  static const std::string* bytes = [] {
    std::ifstream in("claims/data/analysis.model", std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return new std::string(s.str());
  }();
  return *bytes;
}

const Lexicon& TheLexicon() {
  static const Lexicon* lexicon = Lexicon::Load({}).value().release();
  return *lexicon;
}

// Every token's tag, lemma, head and relation, and the entities.
std::string Dump(const Analyzer& analyzer, const std::string& text) {
  SentenceAnalysis a = analyzer.Analyze(text, 0, text.size());
  std::string out;
  for (const AnalyzedToken& t : a.tokens) {
    absl::StrAppend(&out, t.begin, ":", analyzer.xpos(t.tag), ":", t.lemma, ":",
                    t.head, ":", analyzer.deprel(t.label), " ");
  }
  for (const EntitySpan& e : a.entities) {
    absl::StrAppend(&out, "[", e.begin, ",", e.end, ")", analyzer.entity_type(e.type), " ");
  }
  return out;
}

TEST(CompileModel, AnalysesAsTheTrainedModelDoes) {
  ASSERT_GT(TrainedModel().size(), 1000u) << "claims/data/analysis.model missing";
  absl::StatusOr<std::string> compiled = CompileModel(TrainedModel());
  ASSERT_TRUE(compiled.ok()) << compiled.status();
  EXPECT_TRUE(IsCompiledModel(*compiled));
  EXPECT_FALSE(IsCompiledModel(TrainedModel()));
  auto from_proto = Analyzer::FromModel(TrainedModel(), TheLexicon());
  auto from_compiled = Analyzer::FromModel(*compiled, TheLexicon());
  ASSERT_TRUE(from_proto.ok()) << from_proto.status();
  ASSERT_TRUE(from_compiled.ok()) << from_compiled.status();
  const std::vector<std::string> sentences = {
      "Mayor Ines Varga of Pecsvar told reporters on Tuesday that 1,200 homes lost power.",
      "\"We will not sign this,\" said the minister, who arrived in Lisbon late.",
      "The company's shares fell 4.5% after the board declined to comment.",
      "SENATE PANEL DELAYS VOTE ON BUDGET",
  };
  for (const std::string& s : sentences) {
    EXPECT_EQ(Dump(**from_proto, s), Dump(**from_compiled, s)) << s;
  }
}

TEST(CompileModel, GivesTheSameBytesEachTime) {
  absl::StatusOr<std::string> a = CompileModel(TrainedModel());
  absl::StatusOr<std::string> b = CompileModel(TrainedModel());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(*a == *b);
}

TEST(CompileModel, RefusesWhatIsNotAModel) {
  EXPECT_EQ(CompileModel("not a model").status().code(),
            absl::StatusCode::kInvalidArgument);
  AnalysisModelProto model;
  absl::string_view tables;
  EXPECT_EQ(SplitCompiledModel("FCMODEL1\xff\xff\xff\xff", &model, &tables).code(),
            absl::StatusCode::kInvalidArgument);
  absl::StatusOr<std::string> compiled = CompileModel(TrainedModel());
  ASSERT_TRUE(compiled.ok());
  // Cut inside the tables: the proto reads, a perceptron's table does not.
  const std::string cut = compiled->substr(0, compiled->size() - 4096);
  auto analyzer = Analyzer::FromModel(cut, TheLexicon());
  EXPECT_EQ(analyzer.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factcheck
