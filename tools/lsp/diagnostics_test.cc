#include "tools/lsp/diagnostics.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace lsp {
namespace {

// "Café owner Ana Ruiz (😀) says the fair drew 900 visitors." on line 2 of
// the draft; the claim "900 visitors" starts at byte 61 of the file.
const std::string kDraft =
    "# Fair report\n"
    "Caf\xc3\xa9 owner Ana Ruiz (\xf0\x9f\x98\x80) says the fair drew 900 visitors.\n";
const std::string kSource = "Organisers said the fair drew 400 visitors.\n";

Location LocationOf(const std::string& path, const std::string& text, const std::string& what) {
  Location at;
  at.set_path(path);
  at.set_begin(static_cast<int64_t>(text.find(what)));
  at.set_end(at.begin() + static_cast<int64_t>(what.size()));
  return at;
}

Finding Conflict() {
  Finding f;
  f.set_kind(QUANTITY_CONFLICT);
  f.set_severity(WARNING);
  f.set_message("the draft says 900 visitors; 1 source says 400 visitors");
  f.set_fingerprint("0123456789abcdef");
  *f.mutable_location() = LocationOf("/w/draft.md", kDraft, "900 visitors");
  Evidence* against = f.add_evidence();
  *against->mutable_location() = LocationOf("wire/fair.txt", kSource, "400 visitors");
  against->set_text("400 visitors");
  against->set_value("400 visitors");
  against->set_stance(STANCE_CONTRADICTS);
  Evidence* with = f.add_evidence();
  with->mutable_location()->set_path("/elsewhere/unread.txt");
  with->mutable_location()->set_line(3);
  with->mutable_location()->set_column(5);
  with->set_text("nine hundred");
  with->set_stance(STANCE_SUPPORTS);
  return f;
}

class DiagnosticsTest : public ::testing::Test {
 protected:
  PositionIndex draft_{kDraft};
  PositionIndex source_{kSource};
  DiagnosticContext context_{"/w/draft.md", "file:///w/draft.md", &draft_,
                             [this](const std::string& path) {
                               return path == "wire/fair.txt" ? &source_ : nullptr;
                             }};
};

TEST_F(DiagnosticsTest, RangeCountsUtf16UnitsOfTheDraft) {
  Json d = DiagnosticOf(Conflict(), context_);
  // Before the claim on line 1: "Café owner Ana Ruiz (" 21 units, 😀 two,
  // ") says the fair drew " 21: 44 units, though 47 bytes.
  EXPECT_EQ(NumberAt(d, {"range", "start", "line"}), 1);
  EXPECT_EQ(NumberAt(d, {"range", "start", "character"}), 44);
  EXPECT_EQ(NumberAt(d, {"range", "end", "line"}), 1);
  EXPECT_EQ(NumberAt(d, {"range", "end", "character"}), 56);
  EXPECT_EQ(NumberAt(d, {"severity"}), 2);
  EXPECT_EQ(StringAt(d, {"source"}), "factcheck");
  EXPECT_EQ(StringAt(d, {"code"}), "QUANTITY_CONFLICT");
  EXPECT_EQ(StringAt(d, {"message"}), "the draft says 900 visitors; 1 source says 400 visitors");
  EXPECT_EQ(StringAt(d, {"data", "fingerprint"}), "0123456789abcdef");
}

TEST_F(DiagnosticsTest, EvidenceIsRelatedInformationAtTheSourcesUri) {
  Json d = DiagnosticOf(Conflict(), context_);
  const Json* related = At(d, {"relatedInformation"});
  ASSERT_NE(related, nullptr);
  ASSERT_EQ(related->list_value().values_size(), 2);
  const Json& against = related->list_value().values(0);
  const std::string uri = *StringAt(against, {"location", "uri"});
  EXPECT_TRUE(uri.rfind("file:///", 0) == 0 && uri.size() > 22 &&
              uri.compare(uri.size() - 14, 14, "/wire/fair.txt") == 0)
      << uri;  // made absolute
  EXPECT_EQ(NumberAt(against, {"location", "range", "start", "line"}), 0);
  EXPECT_EQ(NumberAt(against, {"location", "range", "start", "character"}), 30);
  EXPECT_EQ(NumberAt(against, {"location", "range", "end", "character"}), 42);
  EXPECT_EQ(StringAt(against, {"message"}), "against: 400 visitors (\u201c400 visitors\u201d)");
  // A file the context cannot show: by line and column.
  const Json& with = related->list_value().values(1);
  EXPECT_EQ(StringAt(with, {"location", "uri"}), "file:///elsewhere/unread.txt");
  EXPECT_EQ(NumberAt(with, {"location", "range", "start", "line"}), 2);
  EXPECT_EQ(NumberAt(with, {"location", "range", "start", "character"}), 4);
  EXPECT_EQ(StringAt(with, {"message"}), "with: \u201cnine hundred\u201d");
}

TEST_F(DiagnosticsTest, SeveritiesMapToLspNumbers) {
  EXPECT_EQ(LspSeverity(ERROR), 1);
  EXPECT_EQ(LspSeverity(WARNING), 2);
  EXPECT_EQ(LspSeverity(INFO), 3);
  EXPECT_EQ(LspSeverity(SEVERITY_UNSPECIFIED), 3);
}

TEST_F(DiagnosticsTest, OnlyTheDraftsFindingsBecomeDiagnostics) {
  Report report;
  *report.add_findings() = Conflict();
  Finding* elsewhere = report.add_findings();
  *elsewhere = Conflict();
  elsewhere->mutable_location()->set_path("/w/other.md");
  Json all = DiagnosticsOf(report, context_);
  EXPECT_EQ(all.list_value().values_size(), 1);
  EXPECT_EQ(DiagnosticsOf(Report(), context_).list_value().values_size(), 0);
}

TEST_F(DiagnosticsTest, AnUnusedSuppressionPointsAtItsLine) {
  Finding f;
  f.set_kind(UNUSED_SUPPRESSION);
  f.set_severity(WARNING);
  *f.mutable_location() = LocationOf("/w/draft.md", kDraft, "Fair");
  Evidence* e = f.add_evidence();
  e->mutable_location()->set_path("/w/draft.md");
  e->mutable_location()->set_line(2);
  e->mutable_location()->set_column(1);
  Json d = DiagnosticOf(f, context_);
  const Json& related = At(d, {"relatedInformation"})->list_value().values(0);
  EXPECT_EQ(StringAt(related, {"location", "uri"}), "file:///w/draft.md");
  EXPECT_EQ(NumberAt(related, {"location", "range", "start", "line"}), 1);
  EXPECT_EQ(StringAt(related, {"message"}), "the line it applies to");
}

TEST_F(DiagnosticsTest, AnErrorIsPlacedWhereItsMessageSays) {
  Json d = ErrorDiagnostic(
      absl::InvalidArgumentError("/w/draft.md:2:5: unknown finding kind ROLE in "
                                 "factcheck-disable-next-line"),
      context_);
  EXPECT_EQ(NumberAt(d, {"severity"}), 1);
  EXPECT_EQ(NumberAt(d, {"range", "start", "line"}), 1);
  EXPECT_EQ(NumberAt(d, {"range", "start", "character"}), 4);
  EXPECT_EQ(StringAt(d, {"message"}),
            "cannot check this draft: /w/draft.md:2:5: unknown finding kind ROLE in "
            "factcheck-disable-next-line");
  Json plain = ErrorDiagnostic(absl::InvalidArgumentError("invalid UTF-8"), context_);
  EXPECT_EQ(NumberAt(plain, {"range", "start", "line"}), 0);
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
