#include "tools/lsp/code_actions.h"

#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tools/gate.h"

namespace factcheck {
namespace lsp {
namespace {

bool IsMarkup(InputFormat format) {
  return format == INPUT_FORMAT_MARKDOWN || format == INPUT_FORMAT_HTML;
}

// The suppressions of the draft; none when one names an unknown kind
// (the draft then shows that error, not these fixes).
std::vector<Suppression> Suppressions(const std::string& path, const SourceText& draft) {
  absl::StatusOr<std::vector<Suppression>> found = FindSuppressions(path, draft);
  return found.ok() ? std::move(*found) : std::vector<Suppression>();
}

// The leading spaces and tabs of the line starting at `start`, and its
// line break ("\n" when it has none).
std::pair<std::string, std::string> IndentAndBreak(const std::string& bytes, size_t start) {
  size_t i = start;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t')) ++i;
  std::string indent = bytes.substr(start, i - start);
  size_t end = bytes.find_first_of("\r\n", i);
  if (end != std::string::npos && bytes.compare(end, 2, "\r\n") == 0) return {indent, "\r\n"};
  if (end != std::string::npos && bytes[end] == '\r') return {indent, "\r"};
  return {indent, "\n"};
}

Json PositionJson(const Position& p) {
  return Object({{"line", Number(p.line)}, {"character", Number(p.character)}});
}

bool QuickFixWanted(const Json& params) {
  const Json* only = At(params, {"context", "only"});
  if (only == nullptr || only->kind_case() != Json::kListValue) return true;
  for (const Json& kind : only->list_value().values()) {
    const std::string& k = kind.string_value();
    if (k.empty() || k == "quickfix" || absl::StartsWith("quickfix", k + ".")) return true;
  }
  return false;
}

Json Action(const std::string& title, const std::string& uri, const Json& diagnostic,
            const TextEdit& edit) {
  Json changes;
  Set(&changes, uri, Array({TextEditJson(edit)}));
  return Object({{"title", String(title)},
                 {"kind", String("quickfix")},
                 {"diagnostics", Array({diagnostic})},
                 {"edit", Object({{"changes", changes}})}});
}

}  // namespace

std::string SuppressionDirective(InputFormat format, const std::set<FindingKind>& kinds) {
  std::vector<std::string> names;
  for (FindingKind kind : kinds) names.push_back(FindingKind_Name(kind));
  std::string body = "factcheck-disable-next-line";
  if (!names.empty()) absl::StrAppend(&body, " ", absl::StrJoin(names, ","));
  return IsMarkup(format) ? absl::StrCat("<!-- ", body, " -->") : absl::StrCat("[", body, "]");
}

std::optional<TextEdit> SuppressionEdit(const std::string& path, const SourceText& draft,
                                        const PositionIndex& index, int line, FindingKind kind) {
  for (const Suppression& s : Suppressions(path, draft)) {
    if (s.target_line != line + 1) continue;
    if (s.kinds.empty() || s.kinds.count(kind)) return std::nullopt;
    std::set<FindingKind> kinds = s.kinds;
    kinds.insert(kind);
    return TextEdit{index.PositionOf(s.location.begin()), index.PositionOf(s.location.end()),
                    SuppressionDirective(draft.format, kinds)};
  }
  const Position start{line, 0};
  const int64_t offset = index.OffsetOf(start);
  auto [indent, line_break] = IndentAndBreak(draft.bytes, static_cast<size_t>(offset));
  return TextEdit{index.PositionOf(offset), index.PositionOf(offset),
                  absl::StrCat(indent, SuppressionDirective(draft.format, {kind}), line_break)};
}

std::optional<TextEdit> RemovalEdit(const std::string& path, const SourceText& draft,
                                    const PositionIndex& index, int line) {
  for (const Suppression& s : Suppressions(path, draft)) {
    if (s.location.line() != line + 1) continue;
    const Position begin = index.PositionOf(s.location.begin());
    const Position end = index.PositionOf(s.location.end());
    const int64_t line_start = index.OffsetOf({begin.line, 0});
    const int64_t next_line = index.OffsetOf({end.line + 1, 0});
    const int64_t line_end = index.OffsetOf({end.line, 1 << 30});
    auto blank = [&](int64_t from, int64_t to) {
      return draft.bytes.substr(from, to - from).find_first_not_of(" \t") == std::string::npos;
    };
    if (blank(line_start, s.location.begin()) && blank(s.location.end(), line_end)) {
      return TextEdit{{begin.line, 0}, index.PositionOf(next_line), ""};
    }
    return TextEdit{begin, end, ""};
  }
  return std::nullopt;
}

Json TextEditJson(const TextEdit& edit) {
  return Object({{"range", Object({{"start", PositionJson(edit.start)},
                                   {"end", PositionJson(edit.end)}})},
                 {"newText", String(edit.new_text)}});
}

Json CodeActionsFor(const std::string& uri, const std::string& path, const SourceText& draft,
                    const PositionIndex& index, const Json& params) {
  std::vector<Json> actions;
  const Json* diagnostics = At(params, {"context", "diagnostics"});
  if (!QuickFixWanted(params) || diagnostics == nullptr ||
      diagnostics->kind_case() != Json::kListValue) {
    return Array({});
  }
  std::set<std::pair<int, FindingKind>> offered;
  for (const Json& diagnostic : diagnostics->list_value().values()) {
    std::optional<std::string> code = StringAt(diagnostic, {"code"});
    std::optional<double> line = NumberAt(diagnostic, {"range", "start", "line"});
    FindingKind kind;
    if (StringAt(diagnostic, {"source"}) != "factcheck" || !code || !line || *line < 0 ||
        !FindingKind_Parse(*code, &kind) || kind == FINDING_KIND_UNSPECIFIED) {
      continue;
    }
    const int at = static_cast<int>(*line);
    if (!offered.insert({at, kind}).second) continue;
    if (kind == UNUSED_SUPPRESSION) {
      std::optional<TextEdit> edit = RemovalEdit(path, draft, index, at);
      if (edit) actions.push_back(Action("Remove the unused suppression", uri, diagnostic, *edit));
      continue;
    }
    std::optional<TextEdit> edit = SuppressionEdit(path, draft, index, at, kind);
    if (edit) {
      actions.push_back(Action(absl::StrCat("Suppress ", *code, " on this line"), uri,
                               diagnostic, *edit));
    }
  }
  return Array(std::move(actions));
}

}  // namespace lsp
}  // namespace factcheck
