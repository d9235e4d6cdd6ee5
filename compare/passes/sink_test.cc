#include "compare/passes/sink.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace passes {
namespace {

// Documents 0..n-1 ("d0.txt", ...), each with one claim "claim" on line 1,
// each its own source.
struct Fixture {
  explicit Fixture(int n, bool check) {
    for (int d = 0; d < n; ++d) {
      SourceDocument& doc = docs.emplace_back();
      doc.set_path(absl::StrCat("d", d, ".txt"));
      Claim* claim = doc.add_claims();
      claim->set_text("claim");
      claim->mutable_span()->set_line(1);
      claim->mutable_span()->set_column(1);
      claim->mutable_span()->set_begin(0);
      claim->mutable_span()->set_end(5);
      groups.group.push_back(d);
      groups.kind.push_back(CopyKind::kOriginal);
      groups.containment.push_back(0.0);
    }
    groups.count = n;
    for (const SourceDocument& doc : docs) pointers.push_back(&doc);
    if (check) {
      options.targets.assign(n, false);
      options.targets[0] = true;
    }
    context = std::make_unique<ComparisonContext>(pointers, options, ShippedLexicon(), groups);
  }
  std::vector<SourceDocument> docs;
  std::vector<const SourceDocument*> pointers;
  CompareOptions options;
  SourceGroups groups;
  std::unique_ptr<ComparisonContext> context;
};

// "SEVERITY for=N against=M expected=VALUE | message", or "none".
std::string Dump(const std::vector<Finding>& findings) {
  if (findings.empty()) return "none";
  const Finding& f = findings[0];
  return absl::StrCat(Severity_Name(f.severity()), " for=", f.sources_for(),
                      " against=", f.sources_against(), " expected=", f.expected(), " | ",
                      f.message());
}

// Document 0's claim, with `with` documents supporting it and `against`
// giving "Y" (the first of them "Z" when `split_values`).
std::string Judge(bool check, int with, int against) {
  Fixture fx(1 + with + against, check);
  FindingSink sink(*fx.context);
  Tally tally;
  for (int d = 1; d <= with; ++d) sink.Count(tally, {d, 0}, STANCE_SUPPORTS, "X");
  for (int d = with + 1; d <= with + against; ++d) {
    tally.alternatives["give Y"].insert(d);
    sink.Count(tally, {d, 0}, STANCE_CONTRADICTS, "Y");
  }
  sink.Emit(QUANTITY_CONFLICT, {0, 0}, tally, "X", "gives X");
  return Dump(sink.TakeFindings());
}

TEST(FindingSink, SeverityByMode) {
  struct Case {
    bool check;
    int with, against;
    std::string want;
  } cases[] = {
      {false, 0, 0, "none"},
      {false, 0, 1, "WARNING for=1 against=1 expected=give Y | d0 gives X; 1 other source disagrees: d1 give Y"},
      {false, 0, 2, "ERROR for=1 against=2 expected=give Y | d0 gives X; 2 other sources disagree: d1, d2 give Y"},
      {false, 1, 1, "none"},
      {false, 1, 2, "WARNING for=2 against=2 expected=give Y | d0 gives X; 2 other sources disagree: d2, d3 give Y"},
      // Check: a draft claim no source supports is an error even against one.
      {true, 0, 1, "ERROR for=1 against=1 expected=give Y | d0 gives X; 1 other source disagrees: d1 give Y"},
      {true, 1, 2, "WARNING for=2 against=2 expected=give Y | d0 gives X; 2 other sources disagree: d2, d3 give Y"},
      {true, 1, 3, "ERROR for=2 against=3 expected=give Y | d0 gives X; 3 other sources disagree: d2, d3, d4 give Y"},
      {true, 2, 1, "none"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Judge(c.check, c.with, c.against), c.want)
        << (c.check ? "check" : "audit") << " with=" << c.with << " against=" << c.against;
  }
}

TEST(FindingSink, OneFindingPerClaimAndKind) {
  Fixture fx(3, false);
  FindingSink sink(*fx.context);
  for (int i = 0; i < 2; ++i) {
    Tally tally;
    sink.Count(tally, {1, 0}, STANCE_CONTRADICTS, "Y");
    sink.Count(tally, {2, 0}, STANCE_CONTRADICTS, "Y");
    sink.Emit(ROLE_CONFLICT, {0, 0}, tally, "X", "names X");
  }
  std::vector<Finding> findings = sink.TakeFindings();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].fingerprint().size(), 16u);
  EXPECT_EQ(findings[0].evidence_size(), 2);
  EXPECT_TRUE(sink.TakeFindings().empty());
}

TEST(FindingSink, SwapInACoveredSentenceIsNotReported) {
  Fixture fx(3, false);
  FindingSink sink(*fx.context);
  Location sentence = fx.context->LocationOf(0, fx.docs[0].claims(0).span());
  Tally tally;
  sink.Count(tally, {1, 0}, STANCE_CONTRADICTS, "Y");
  sink.Count(tally, {2, 0}, STANCE_CONTRADICTS, "Y");
  sink.EmitInSentence(QUANTITY_CONFLICT, 0, sentence, sentence, "claim", tally, "claim", "x");
  sink.EmitInSentence(QUANTITY_CONFLICT, 0, sentence, sentence, "claim", tally, "claim", "x");
  sink.EmitUnsupported({0, 0}, nullptr);
  EXPECT_EQ(sink.TakeFindings().size(), 1u);
  sink.EmitUnsupported({0, 0}, nullptr);
  EXPECT_EQ(Dump(sink.TakeFindings()),
            "INFO for=1 against=0 expected= | d0 states \u201Cclaim\u201D; no source states it");
}

TEST(FindingSink, NameVariantNamesTheOtherSpellings) {
  Fixture fx(3, false);
  FindingSink sink(*fx.context);
  Spelling mine{0, "Jonh Vale", fx.docs[0].claims(0).span()};
  Spelling theirs{1, "John Vale", fx.docs[1].claims(0).span()};
  sink.EmitNameVariant(mine, {&theirs}, 2);
  EXPECT_EQ(Dump(sink.TakeFindings()),
            "INFO for=1 against=0 expected= | d0 spells \u201CJonh Vale\u201D; also written d1 "
            "\u201CJohn Vale\u201D, and 2 more (the same name)");
}

}  // namespace
}  // namespace passes
}  // namespace factcheck
