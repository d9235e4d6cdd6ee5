#include "compare/mirrored_findings.h"

#include <map>
#include <string>
#include <utility>

namespace factcheck {
namespace {

bool Overlap(const Location& a, const Location& b) {
  return a.path() == b.path() && a.begin() < b.end() && b.begin() < a.end();
}

// Whether `finding` cites a span against it that overlaps `location`.
bool CitesAgainst(const Finding& finding, const Location& location) {
  for (const Evidence& e : finding.evidence()) {
    if (e.stance() == STANCE_CONTRADICTS && Overlap(e.location(), location)) return true;
  }
  return false;
}

// Severity values rise with severity (INFO < WARNING < ERROR).
bool Mirrors(const Finding& g, const Finding& f) {
  return g.kind() == f.kind() && g.severity() <= f.severity() &&
         CitesAgainst(f, g.location()) && CitesAgainst(g, f.location());
}

}  // namespace

int DropMirroredFindings(std::vector<Finding>* findings) {
  // Kept findings by (kind, path), for the mirrors' lookup.
  std::map<std::pair<int, std::string>, std::vector<size_t>> kept_at;
  std::vector<Finding> kept;
  int dropped = 0;
  for (Finding& g : *findings) {
    bool mirror = false;
    for (const Evidence& e : g.evidence()) {
      if (mirror || e.stance() != STANCE_CONTRADICTS) continue;
      auto it = kept_at.find({g.kind(), e.location().path()});
      if (it == kept_at.end()) continue;
      for (size_t k : it->second) mirror = mirror || Mirrors(g, kept[k]);
    }
    if (mirror) {
      ++dropped;
      continue;
    }
    kept_at[{g.kind(), g.location().path()}].push_back(kept.size());
    kept.push_back(std::move(g));
  }
  *findings = std::move(kept);
  return dropped;
}

}  // namespace factcheck
