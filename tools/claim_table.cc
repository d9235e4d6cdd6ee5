#include "tools/claim_table.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"

namespace factcheck {

std::vector<std::string> TablePaths(const Report& report) {
  std::vector<std::string> paths(report.paths().begin(), report.paths().end());
  if (!paths.empty()) return paths;
  auto add = [&](const std::string& p) {
    if (std::find(paths.begin(), paths.end(), p) == paths.end()) paths.push_back(p);
  };
  for (const Finding& f : report.findings()) {
    add(f.location().path());
    for (const Evidence& e : f.evidence()) add(e.location().path());
  }
  for (const ClaimGroup& g : report.groups()) {
    for (const SourceCell& c : g.cells()) add(c.path());
  }
  return paths;
}

std::vector<ClaimGroup> ClaimTable(const Report& report) {
  const std::vector<std::string> paths = TablePaths(report);
  std::vector<ClaimGroup> rows;
  std::set<std::string> reported;
  for (const Finding& f : report.findings()) {
    if (!f.fingerprint().empty()) reported.insert(f.fingerprint());
    const bool conflict = f.severity() > INFO;
    std::map<std::string, SourceCell> cells;
    SourceCell& own = cells[f.location().path()];
    own.set_state(conflict ? CONFLICT : AGREE);
    own.set_value(f.claimed().empty() ? f.text() : f.claimed());
    *own.mutable_location() = f.location();
    own.set_text(f.text());
    for (const Evidence& e : f.evidence()) {
      if (cells.count(e.location().path())) continue;
      SourceCell& cell = cells[e.location().path()];
      cell.set_state(!conflict || e.stance() == STANCE_CONTRADICTS ? AGREE : CONFLICT);
      cell.set_value(e.value().empty() ? e.text() : e.value());
      *cell.mutable_location() = e.location();
      cell.set_text(e.text());
    }
    ClaimGroup row;
    row.set_subject(f.text());
    row.set_kind(f.kind());
    row.set_conflict(conflict);
    if (!f.fingerprint().empty()) row.add_finding_fingerprints(f.fingerprint());
    for (const std::string& path : paths) {
      auto it = cells.find(path);
      SourceCell* cell = row.add_cells();
      if (it != cells.end()) *cell = it->second;
      cell->set_path(path);
      if (it == cells.end()) cell->set_state(ABSENT);
    }
    rows.push_back(std::move(row));
  }
  // The comparison's rows for what sources state alike or not, unless a
  // finding's row already shows it; cells in the order of the columns.
  const bool check = report.drafts_size() > 0;
  for (const ClaimGroup& g : report.groups()) {
    bool shown = false;
    for (const std::string& fp : g.finding_fingerprints()) shown |= reported.count(fp) > 0;
    if (shown) continue;
    ClaimGroup row = g;
    if (check) {
      // Only what concerns a draft: rows it states, in conflict when it is.
      bool stated = false;
      bool conflict = false;
      for (const SourceCell& c : g.cells()) {
        if (c.state() == ABSENT || !IsDraft(report, c.path())) continue;
        stated = true;
        conflict |= c.state() == CONFLICT;
      }
      if (!stated) continue;
      row.set_conflict(conflict);
    }
    row.clear_cells();
    for (const std::string& path : paths) {
      SourceCell* cell = row.add_cells();
      cell->set_path(path);
      cell->set_state(ABSENT);
      for (const SourceCell& c : g.cells()) {
        if (c.path() == path) *cell = c;
      }
    }
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const ClaimGroup& a, const ClaimGroup& b) {
    if (a.conflict() != b.conflict()) return a.conflict();
    if (a.kind() != b.kind()) return a.kind() < b.kind();
    return a.subject() < b.subject();
  });
  return rows;
}

bool IsDraft(const Report& report, const std::string& path) {
  return std::find(report.drafts().begin(), report.drafts().end(), path) != report.drafts().end();
}

std::string TableText(const Report& report) {
  const std::vector<std::string> paths = TablePaths(report);
  const std::vector<ClaimGroup> rows = ClaimTable(report);
  int conflicts = 0;
  for (const ClaimGroup& row : rows) conflicts += row.conflict();
  std::string out = absl::StrCat("claim-by-claim table: ", paths.size(), " sources, ",
                                 rows.size(), " aligned claims, ", conflicts,
                                 " with a conflict\n");
  auto shown = [&](const std::string& path) {
    return IsDraft(report, path) ? absl::StrCat(path, " (draft)") : path;
  };
  size_t width = 0;
  for (const std::string& path : paths) width = std::max(width, shown(path).size());
  for (const ClaimGroup& row : rows) {
    absl::StrAppend(&out, "\n", row.conflict() ? "conflict" : "agree", "  ",
                    FindingKind_Name(row.kind()), "  ", row.subject(), "\n");
    for (const SourceCell& cell : row.cells()) {
      const char* state = cell.state() == AGREE      ? "agree   "
                          : cell.state() == CONFLICT ? "CONFLICT"
                                                     : "absent  ";
      const std::string name = shown(cell.path());
      absl::StrAppend(&out, "  ", name, std::string(width - name.size(), ' '),
                      "  ", state);
      if (cell.state() != ABSENT) {
        absl::StrAppend(&out, "  ", cell.value(), "  (", cell.location().line(), ":",
                        cell.location().column(), " \"", cell.text(), "\")");
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace factcheck
