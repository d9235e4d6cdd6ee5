#include "tools/claim_table.h"

#include <algorithm>
#include <map>

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
  if (report.groups_size() > 0) {
    rows.assign(report.groups().begin(), report.groups().end());
  } else {
    for (const Finding& f : report.findings()) {
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
  }
  std::stable_sort(rows.begin(), rows.end(), [](const ClaimGroup& a, const ClaimGroup& b) {
    if (a.conflict() != b.conflict()) return a.conflict();
    if (a.kind() != b.kind()) return a.kind() < b.kind();
    return a.subject() < b.subject();
  });
  return rows;
}

}  // namespace factcheck
