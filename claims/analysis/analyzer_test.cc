// The built-in model on sentences written for this test, in the style of
// news: the facts a claim extractor will stand on (subjects, roots, lemmas,
// entity types), and headline typography that must not produce people.

#include "claims/analysis/analyzer.h"

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/lexicon.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

const Analyzer& TheAnalyzer() {
  static const Lexicon* lexicon = Lexicon::Load({}).value().release();
  static const Analyzer* analyzer = BuiltinAnalyzer().value();
  return *analyzer;
}

struct Analyzed {
  std::string text;
  SentenceAnalysis a;
  std::string Form(int i) const {
    return text.substr(a.tokens[i].begin, a.tokens[i].end - a.tokens[i].begin);
  }
  // "form/UPOS" per token.
  std::string Tags() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      out.push_back(Form(i) + "/" + TheAnalyzer().upos(a.tokens[i].tag));
    }
    return absl::StrJoin(out, " ");
  }
  // "relation(head, dependent)" per token, as in the UD guidelines.
  std::string Arcs() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      const AnalyzedToken& t = a.tokens[i];
      std::string head = t.head == 0 ? "ROOT" : Form(t.head - 1);
      out.push_back(absl::StrCat(TheAnalyzer().deprel(t.label), "(", head, ", ",
                                 Form(i), ")"));
    }
    return absl::StrJoin(out, " ");
  }
  // "[words]/TYPE" per entity.
  std::string Entities() const {
    std::vector<std::string> out;
    for (const EntitySpan& e : a.entities) {
      std::vector<std::string> words;
      for (int i = e.begin; i < e.end; ++i) words.push_back(Form(i));
      out.push_back(absl::StrCat("[", absl::StrJoin(words, " "), "]/",
                                 TheAnalyzer().entity_type(e.type)));
    }
    return absl::StrJoin(out, " ");
  }
  std::string Lemmas() const {
    std::vector<std::string> out;
    for (const AnalyzedToken& t : a.tokens) out.push_back(t.lemma);
    return absl::StrJoin(out, " ");
  }
};

Analyzed Analyze(const std::string& text) {
  return Analyzed{text, TheAnalyzer().Analyze(text, 0, text.size())};
}

// Every analysis is a tree: one root, heads in range, no cycles.
void ExpectTree(const Analyzed& x) {
  const int n = static_cast<int>(x.a.tokens.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    int head = x.a.tokens[i].head;
    ASSERT_GE(head, 0) << x.text;
    ASSERT_LE(head, n) << x.text;
    roots += head == 0;
    int steps = 0;
    for (int h = i + 1; h != 0 && steps <= n; h = x.a.tokens[h - 1].head) ++steps;
    EXPECT_LE(steps, n) << "cycle through token " << i << " in " << x.text;
  }
  EXPECT_EQ(roots, 1) << x.text;
}

TEST(Analyzer, TokensPointAtTheirBytes) {
  std::string text = "Ukraine\xE2\x80\x99s envoy didn\xE2\x80\x99t sign \xE2\x80\x94 yet.";
  Analyzed x = Analyze(text);
  std::vector<std::string> forms;
  for (size_t i = 0; i < x.a.tokens.size(); ++i) forms.push_back(x.Form(i));
  EXPECT_EQ(absl::StrJoin(forms, " "),
            "Ukraine \xE2\x80\x99s envoy did n\xE2\x80\x99t sign \xE2\x80\x94 yet .");
  ExpectTree(x);
}

TEST(Analyzer, EverySentenceIsATree) {
  for (const char* s : {
           "The minister, who took office in March, resigned on Friday.",
           "Talks between the two delegations lasted less than two hours.",
           "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D she said.",
           "FIRE DESTROYS WAREHOUSE NEAR DOCKS",
           "Prices rose 3.5% in the year to June, the agency said.",
           "Yes.",
       }) {
    ExpectTree(Analyze(s));
  }
}

// Each expected arc, lemma and entity below was checked by hand against the
// UD English guidelines; only the facts the claims will stand on are
// asserted, not every arc.
TEST(Analyzer, ReadsWhoDidWhat) {
  struct Case {
    const char* sentence;
    std::vector<const char*> arcs;  // each must be among Arcs()
    const char* lemmas;             // "" to skip
    const char* entities;
  } cases[] = {
      {"Mr. Smith didn't go to Paris on Tuesday.",
       {"nsubj(go, Smith)", "aux(go, did)", "advmod(go, n't)", "root(ROOT, go)",
        "obl(go, Paris)", "case(Paris, to)"},
       "Mr. Smith do not go to Paris on Tuesday .",
       "[Mr. Smith]/PERSON [Paris]/PLACE"},
      {"\xE2\x80\x9CWe will not give up,\xE2\x80\x9D she said.",
       {"nsubj(said, she)", "advmod(give, not)", "compound:prt(give, up)",
        "nsubj(give, We)"},
       "\" we will not give up , \" she say .", ""},
      {"Prices rose 3.5% in the year to June, the agency said.",
       {"nsubj(rose, Prices)", "root(ROOT, rose)", "nummod(%, 3.5)",
        "nsubj(said, agency)"},
       "price rise 3.5 % in the year to June , the agency say .", ""},
      {"The company\xE2\x80\x99s chief executive, Anna Berg, declined to "
       "comment.",
       {"root(ROOT, declined)", "xcomp(declined, comment)", "flat(Anna, Berg)",
        "case(company, \xE2\x80\x99s)"},
       "", "[Anna Berg]/PERSON"},
      {"Mrs. Okafor, 61, told reporters she would stand again.",
       {"nsubj(stand, she)", "ccomp(told, stand)"}, "",
       "[Mrs. Okafor]/PERSON"},
  };
  for (const Case& c : cases) {
    Analyzed x = Analyze(c.sentence);
    std::string arcs = " " + x.Arcs() + " ";
    for (const char* arc : c.arcs) {
      EXPECT_NE(arcs.find(std::string(" ") + arc + " "), std::string::npos)
          << arc << " not in: " << x.Arcs();
    }
    if (*c.lemmas != '\0') EXPECT_EQ(x.Lemmas(), c.lemmas) << c.sentence;
    EXPECT_EQ(x.Entities(), c.entities) << c.sentence << "\n" << x.Tags();
  }
}

// Headline typography: capitals say nothing about names, so no word of
// these is a person; an honorific alone is not one either.
TEST(Analyzer, FindsNoPeopleInHeadlineWords) {
  for (const char* s : {
           "POLICE SAY GUNMAN FLED ACROSS BORDER",
           "Senate Passes Budget Bill After Long Debate",
           "Hope Grows for Miners Trapped Underground",
           "Storm Leaves Thousands Without Power in Texas",
           "Dr. Said the results were encouraging.",
       }) {
    Analyzed x = Analyze(s);
    EXPECT_EQ(x.Entities().find("PERSON"), std::string::npos)
        << s << ": " << x.Entities() << "\n" << x.Tags();
  }
}

TEST(Analyzer, DocumentEvidenceIsOptional) {
  std::string text = "Ana Lima met Ben Oslo.";
  DocumentEvidence doc;
  doc.AddSentence({"Ana", "Lima", "met", "Ben", "Oslo", "."});
  SentenceAnalysis with = TheAnalyzer().Analyze(text, 0, text.size(), &doc);
  SentenceAnalysis without = TheAnalyzer().Analyze(text, 0, text.size());
  EXPECT_EQ(with.tokens.size(), without.tokens.size());
}

}  // namespace
}  // namespace factcheck
