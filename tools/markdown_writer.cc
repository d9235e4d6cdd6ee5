#include "tools/markdown_writer.h"

#include <array>
#include <map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "compare/comparator.h"
#include "tools/claim_table.h"

namespace factcheck {
namespace {

const char* SeverityWord(Severity s) {
  return s == ERROR ? "error" : s == WARNING ? "warning" : "info";
}

std::string Plural(int n, const char* word) {
  return absl::StrCat(n, " ", word, n == 1 ? "" : "s");
}

std::string At(const Location& at) {
  return absl::StrCat(at.path(), ":", at.line(), ":", at.column());
}

std::string CellText(const SourceCell& cell) {
  switch (cell.state()) {
    case AGREE:
      return absl::StrCat("agree: ", MarkdownCell(cell.value()));
    case CONFLICT:
      return absl::StrCat("**conflict: ", MarkdownCell(cell.value()), "**");
    default:
      return "absent";
  }
}

}  // namespace

std::string MarkdownCell(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '<': out += "&lt;"; break;
      case '&': out += "&amp;"; break;
      case '\n':
      case '\r': out += ' '; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string WriteMarkdown(const Report& report, const std::string& command) {
  const ReportSummary& s = report.summary();
  const std::vector<std::string> paths = TablePaths(report);
  std::string out = absl::StrCat("# factcheck ", command, " report\n\n");
  absl::StrAppend(&out, "**", Plural(s.errors(), "error"), ", ", Plural(s.warnings(), "warning"),
                  ", ", s.infos(), " info** in ", Plural(s.documents(), "document"), " (",
                  Plural(s.sentences(), "sentence"), ", ", Plural(s.claims(), "claim"), ").\n\n");

  if (report.skipped_size() > 0) {
    out += "**Left out** (could not be read; `--keep-going`):\n\n";
    for (const SkippedInput& skipped : report.skipped()) {
      absl::StrAppend(&out, "- `", MarkdownCell(skipped.path()), "`: ", MarkdownCell(skipped.reason()), "\n");
    }
    out += "\n";
  }

  // Summary per kind.
  std::map<FindingKind, std::array<int, 4>> per_kind;
  for (const Finding& f : report.findings()) {
    auto& counts = per_kind[f.kind()];
    if (f.severity() >= INFO && f.severity() <= ERROR) ++counts[f.severity()];
  }
  const std::vector<ClaimGroup> rows = ClaimTable(report);
  std::map<FindingKind, int> conflict_rows;
  for (const ClaimGroup& g : rows) {
    if (g.conflict()) ++conflict_rows[g.kind()];
    per_kind[g.kind()];
  }
  out += "## Summary\n\n";
  if (per_kind.empty()) {
    out += "No findings.\n\n";
  } else {
    out += "| kind | errors | warnings | info | rows in conflict |\n|---|---:|---:|---:|---:|\n";
    for (const auto& [kind, counts] : per_kind) {
      absl::StrAppend(&out, "| ", FindingKind_Name(kind), " | ", counts[ERROR], " | ",
                      counts[WARNING], " | ", counts[INFO], " | ", conflict_rows[kind], " |\n");
    }
    out += "\n";
  }

  if (!rows.empty()) {
    out += "## Claims\n\n| claim | kind |";
    for (const std::string& p : paths) {
      absl::StrAppend(&out, " ", MarkdownCell(SourceName(p)), IsDraft(report, p) ? " (draft)" : "", " |");
    }
    out += "\n|---|---|";
    for (size_t i = 0; i < paths.size(); ++i) out += "---|";
    out += "\n";
    for (const ClaimGroup& g : rows) {
      absl::StrAppend(&out, "| ", g.conflict() ? "**" : "", MarkdownCell(g.subject()),
                      g.conflict() ? "**" : "", " | ", FindingKind_Name(g.kind()), " |");
      for (const std::string& p : paths) {
        const SourceCell* found = nullptr;
        for (const SourceCell& c : g.cells()) {
          if (c.path() == p) found = &c;
        }
        absl::StrAppend(&out, " ", found ? CellText(*found) : "absent", " |");
      }
      out += "\n";
    }
    out += "\n";
  }

  if (report.findings_size() > 0) {
    out += "## Findings\n\n";
    // Errors first, then warnings, then info; in report order within each.
    for (Severity severity : {ERROR, WARNING, INFO}) {
      for (const Finding& f : report.findings()) {
        if (f.severity() != severity) continue;
        absl::StrAppend(&out, "### ", SeverityWord(f.severity()), ": ",
                        FindingKind_Name(f.kind()), " at `", At(f.location()), "`\n\n",
                        MarkdownCell(f.message()), "\n\n> ", MarkdownCell(f.text()), "\n\n");
        for (const Evidence& e : f.evidence()) {
          absl::StrAppend(&out, "- ", e.stance() == STANCE_CONTRADICTS ? "against" : "with",
                          " `", At(e.location()), "`: \u201C", MarkdownCell(e.text()),
                          "\u201D\n");
        }
        for (auto [n, side] : {std::pair<int, const char*>{f.more_sources_against(), "against"},
                               {f.more_sources_for(), "with"}}) {
          if (n > 0) absl::StrAppend(&out, "- and ", n, " more source", n == 1 ? "" : "s", " ", side, "\n");
        }
        if (f.evidence_size() > 0) out += "\n";
      }
    }
  }
  return out;
}

}  // namespace factcheck
