#include "claims/analysis/lemmatizer.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Tags: 0 NOUN/NNS, 1 PROPN/NNP, 2 VERB/VBD.
AnalysisModelProto Model() {
  AnalysisModelProto m;
  m.add_tags("NOUN\tNNS");
  m.add_tags("PROPN\tNNP");
  m.add_tags("VERB\tVBD");
  m.add_feats("_");
  m.add_feats("Number=Plur");
  m.add_feats("Tense=Past|VerbForm=Fin");
  m.add_default_feats(1);
  m.add_default_feats(0);
  m.add_default_feats(2);
  LexemeProto* x = m.add_lexemes();
  x->set_form("went");
  x->set_tag(2);
  x->set_lemma("go");
  x->set_feats(2);
  auto rule = [&](int tag, const char* suffix, int strip, const char* append) {
    LemmaRuleProto* r = m.add_lemma_rules();
    r->set_tag(tag);
    r->set_suffix(suffix);
    r->set_strip(strip);
    r->set_append(append);
  };
  rule(0, "", 0, "");
  rule(0, "s", 1, "");
  rule(0, "ies", 3, "y");
  rule(2, "ed", 2, "");
  // A rule that would cut the two bytes of "é" in two.
  rule(2, "\xC3\xA9" "d", 2, "");
  return m;
}

TEST(Lemmatizer, KnownWordsThenLongestSuffixRule) {
  absl::StatusOr<Lemmatizer> l = Lemmatizer::FromProto(Model());
  ASSERT_TRUE(l.ok()) << l.status();
  struct Case {
    const char* word;
    int tag;
    const char* lemma;
  } cases[] = {
      {"went", 2, "go"},      {"WENT", 2, "go"},
      {"talks", 0, "talk"},   {"Talks", 0, "talk"},
      {"parties", 0, "party"}, {"sheep", 0, "sheep"},
      {"voted", 2, "vot"},    {"Smith", 1, "Smith"},
      {"caf\xC3\xA9" "d", 2, "caf\xC3\xA9" "d"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(l->Lemma(c.word, c.tag), c.lemma) << c.word;
  }
  EXPECT_EQ(l->Feats("went", 2), "Tense=Past|VerbForm=Fin");
  EXPECT_EQ(l->Feats("talks", 0), "Number=Plur");
  EXPECT_EQ(l->Feats("Smith", 1), "_");
}

TEST(Lemmatizer, RejectsOutOfRangeIndices) {
  AnalysisModelProto m = Model();
  m.mutable_lexemes(0)->set_tag(7);
  EXPECT_EQ(Lemmatizer::FromProto(m).status().code(),
            absl::StatusCode::kInvalidArgument);
  m = Model();
  m.mutable_lexemes(0)->set_feats(9);
  EXPECT_FALSE(Lemmatizer::FromProto(m).ok());
}

}  // namespace
}  // namespace factcheck
