#include "tools/lsp/code_actions.h"

#include <map>
#include <set>
#include <string>

#include "gtest/gtest.h"
#include "tools/gate.h"

namespace factcheck {
namespace lsp {
namespace {

SourceText Draft(const std::string& bytes, InputFormat format) {
  SourceText text;
  text.bytes = bytes;
  text.format = format;
  return text;
}

// `text` with `edit` applied.
std::string Apply(const std::string& text, const TextEdit& edit) {
  PositionIndex index(text);
  const int64_t begin = index.OffsetOf(edit.start);
  const int64_t end = index.OffsetOf(edit.end);
  return text.substr(0, begin) + edit.new_text + text.substr(end);
}

// The kinds each directive of `text` suppresses, by the 1-based line it
// applies to.
std::map<int, std::set<FindingKind>> Targets(const SourceText& draft) {
  std::map<int, std::set<FindingKind>> out;
  absl::StatusOr<std::vector<Suppression>> found = FindSuppressions("d", draft);
  EXPECT_TRUE(found.ok()) << found.status();
  if (!found.ok()) return out;
  for (const Suppression& s : *found) out[s.target_line] = s.kinds;
  return out;
}

TEST(SuppressionEdit, InsertsTheMarkdownCommentAboveTheLineIndentedLikeIt) {
  const std::string text = "# Notes\n\n- The bridge opened in 1990.\n  It cost \xe2\x82\xac" "5m.\n";
  SourceText draft = Draft(text, INPUT_FORMAT_MARKDOWN);
  PositionIndex index(text);
  std::optional<TextEdit> edit = SuppressionEdit("d.md", draft, index, 3, QUANTITY_CONFLICT);
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(edit->start, (Position{3, 0}));
  EXPECT_EQ(edit->end, (Position{3, 0}));
  EXPECT_EQ(edit->new_text, "  <!-- factcheck-disable-next-line QUANTITY_CONFLICT -->\n");
  SourceText fixed = Draft(Apply(text, *edit), INPUT_FORMAT_MARKDOWN);
  // The gate reads it as suppressing the kind on the finding's line, now 5.
  EXPECT_EQ(Targets(fixed), (std::map<int, std::set<FindingKind>>{{5, {QUANTITY_CONFLICT}}}));
}

TEST(SuppressionEdit, PlainTextUsesTheBracketFormAndKeepsCrLf) {
  const std::string text = "First line.\r\nThe mayor said no.\r\n";
  SourceText draft = Draft(text, INPUT_FORMAT_TEXT);
  std::optional<TextEdit> edit = SuppressionEdit("d.txt", draft, PositionIndex(text), 1, ROLE_CONFLICT);
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(edit->new_text, "[factcheck-disable-next-line ROLE_CONFLICT]\r\n");
  SourceText fixed = Draft(Apply(text, *edit), INPUT_FORMAT_TEXT);
  EXPECT_EQ(Targets(fixed), (std::map<int, std::set<FindingKind>>{{3, {ROLE_CONFLICT}}}));
}

TEST(SuppressionEdit, AddsTheKindToADirectiveThatAlreadyAppliesToTheLine) {
  const std::string text =
      "Intro.\n<!-- factcheck-disable-next-line ROLE_CONFLICT -->\n\nThe vote was 5 to 4.\n";
  SourceText draft = Draft(text, INPUT_FORMAT_MARKDOWN);
  PositionIndex index(text);
  std::optional<TextEdit> edit = SuppressionEdit("d.md", draft, index, 3, DATE_CONFLICT);
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(edit->start, (Position{1, 0}));
  EXPECT_EQ(edit->new_text, "<!-- factcheck-disable-next-line ROLE_CONFLICT,DATE_CONFLICT -->");
  EXPECT_EQ(Targets(Draft(Apply(text, *edit), INPUT_FORMAT_MARKDOWN)),
            (std::map<int, std::set<FindingKind>>{{4, {ROLE_CONFLICT, DATE_CONFLICT}}}));
  // Already covered: nothing to do.
  EXPECT_FALSE(SuppressionEdit("d.md", draft, index, 3, ROLE_CONFLICT).has_value());
}

TEST(RemovalEdit, RemovesTheDirectivesWholeLine) {
  const std::string text = "A.\n  [factcheck-disable-next-line NAME_VARIANT]\nB.\n";
  SourceText draft = Draft(text, INPUT_FORMAT_TEXT);
  std::optional<TextEdit> edit = RemovalEdit("d.txt", draft, PositionIndex(text), 1);
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(Apply(text, *edit), "A.\nB.\n");
  EXPECT_FALSE(RemovalEdit("d.txt", draft, PositionIndex(text), 0).has_value());
  // Beside other text, only the directive goes.
  const std::string inline_text = "Text <!-- factcheck-disable-next-line --> more.\nB.\n";
  SourceText md = Draft(inline_text, INPUT_FORMAT_MARKDOWN);
  edit = RemovalEdit("d.md", md, PositionIndex(inline_text), 0);
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(Apply(inline_text, *edit), "Text  more.\nB.\n");
}

Json Diagnostic(const std::string& code, int line, const std::string& source = "factcheck") {
  return Object({{"source", String(source)},
                 {"code", String(code)},
                 {"message", String("m")},
                 {"range", Object({{"start", Object({{"line", Number(line)},
                                                     {"character", Number(2)}})},
                                   {"end", Object({{"line", Number(line)},
                                                   {"character", Number(9)}})}})}});
}

TEST(CodeActionsFor, OneQuickFixPerKindAndLineOfFactchecksDiagnostics) {
  const std::string text = "Line one.\nLine two.\n";
  SourceText draft = Draft(text, INPUT_FORMAT_MARKDOWN);
  PositionIndex index(text);
  Json params = Object(
      {{"context", Object({{"diagnostics",
                            Array({Diagnostic("ROLE_CONFLICT", 1), Diagnostic("ROLE_CONFLICT", 1),
                                   Diagnostic("DATE_CONFLICT", 1), Diagnostic("X", 0),
                                   Diagnostic("ROLE_CONFLICT", 0, "spell")})}})}});
  Json actions = CodeActionsFor("file:///d.md", "/d.md", draft, index, params);
  ASSERT_EQ(actions.list_value().values_size(), 2);
  const Json& first = actions.list_value().values(0);
  EXPECT_EQ(StringAt(first, {"title"}), "Suppress ROLE_CONFLICT on this line");
  EXPECT_EQ(StringAt(first, {"kind"}), "quickfix");
  EXPECT_EQ(StringAt(first.struct_value().fields().at("diagnostics").list_value().values(0),
                     {"code"}),
            "ROLE_CONFLICT");
  const Json* edits = At(first, {"edit", "changes", "file:///d.md"});
  ASSERT_NE(edits, nullptr);
  const Json& edit = edits->list_value().values(0);
  EXPECT_EQ(StringAt(edit, {"newText"}), "<!-- factcheck-disable-next-line ROLE_CONFLICT -->\n");
  EXPECT_EQ(NumberAt(edit, {"range", "start", "line"}), 1);
  EXPECT_EQ(NumberAt(edit, {"range", "start", "character"}), 0);
  EXPECT_EQ(StringAt(actions.list_value().values(1), {"title"}),
            "Suppress DATE_CONFLICT on this line");
}

TEST(CodeActionsFor, NothingWhenOnlyOtherKindsOfActionAreAsked) {
  const std::string text = "Line one.\n";
  Json params = Object({{"context", Object({{"diagnostics", Array({Diagnostic("ROLE_CONFLICT", 0)})},
                                            {"only", Array({String("refactor")})}})}});
  EXPECT_EQ(CodeActionsFor("u", "d", Draft(text, INPUT_FORMAT_TEXT), PositionIndex(text), params)
                .list_value()
                .values_size(),
            0);
  Set(&params, "context",
      Object({{"diagnostics", Array({Diagnostic("ROLE_CONFLICT", 0)})},
              {"only", Array({String("quickfix")})}}));
  EXPECT_EQ(CodeActionsFor("u", "d", Draft(text, INPUT_FORMAT_TEXT), PositionIndex(text), params)
                .list_value()
                .values_size(),
            1);
  EXPECT_EQ(CodeActionsFor("u", "d", Draft(text, INPUT_FORMAT_TEXT), PositionIndex(text), Json())
                .list_value()
                .values_size(),
            0);
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
