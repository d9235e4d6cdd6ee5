#include "tools/html_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "compare/comparator.h"
#include "tools/claim_table.h"

namespace factcheck {
namespace {

constexpr char kStyle[] = R"css(
:root{--draft:#6a1b9a;--bad:#c62828;--bad-bg:#ffebee;--ok:#2e7d32;--ok-bg:#e8f5e9;--info:#1565c0;--info-bg:#e3f2fd;--warn:#ef6c00;--line:#ddd}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;color:#222;background:#fafafa}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:.2rem 0}
.totals{margin:.2rem 0 1rem}
#filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:.6rem;background:#fff;border:1px solid var(--line);border-radius:6px;position:sticky;top:0;z-index:2}
#filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem}
#filters legend{font-weight:600;float:left;margin-right:.5rem}
#filters label{white-space:nowrap}
.scroll{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0;position:sticky;top:0}
th.draft,td.draft{box-shadow:inset 3px 0 0 var(--draft),inset -3px 0 0 var(--draft)}
.tag{display:inline-block;padding:0 .35rem;margin-left:.3rem;border-radius:4px;background:var(--draft);color:#fff;font-size:.75rem;font-weight:600;text-transform:uppercase;vertical-align:middle}
.source.draft{border-color:var(--draft)}
td.agree{background:var(--ok-bg)}td.conflict{background:var(--bad-bg);font-weight:600}td.absent{color:#999}
td a{color:inherit}
.finding{background:#fff;border:1px solid var(--line);border-left:5px solid var(--info);border-radius:6px;padding:.6rem .8rem;margin:.6rem 0}
.finding[data-severity=error]{border-left-color:var(--bad)}.finding[data-severity=warning]{border-left-color:var(--warn)}
.sev{display:inline-block;padding:0 .4rem;border-radius:4px;color:#fff;background:var(--info);font-size:.8rem;text-transform:uppercase}
.sev.error{background:var(--bad)}.sev.warning{background:var(--warn)}
blockquote{margin:.4rem 0;padding:.2rem .6rem;border-left:3px solid var(--line);color:#444}
.finding ul{margin:.3rem 0;padding-left:1.2rem}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:.8rem}
.source{background:#fff;border:1px solid var(--line);border-radius:6px;min-width:0}
.source h3{padding:.4rem .6rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
.source pre{margin:0;padding:.6rem;white-space:pre-wrap;overflow-wrap:anywhere;font:.85rem/1.45 ui-monospace,Menlo,Consolas,monospace;max-height:70vh;overflow:auto}
mark{border-radius:3px;padding:0 1px}
mark.conflict{background:#ffcdd2;outline:1px solid var(--bad)}mark.against,mark.agree{background:#c8e6c9}mark.with{background:#ffe0b2}mark.variant{background:#bbdefb}
mark:target,mark.target{outline:3px solid #6a1b9a}
[hidden]{display:none!important}
@media (max-width:40rem){body{padding:.5rem;font-size:15px}th,td{padding:.3rem}}
)css";

constexpr char kScript[] = R"js(
(function(){
  var boxes=[].slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
  function fromHash(){
    var h=decodeURIComponent(location.hash.replace(/^#/,''));
    if(h.indexOf('=')<0)return;
    h.split('&').forEach(function(part){
      var kv=part.split('='),want=kv[1].split(',');
      boxes.forEach(function(b){if(b.dataset.filter===kv[0])b.checked=want.indexOf(b.value)>=0;});
    });
  }
  function apply(){
    var on={kind:{},severity:{}};
    boxes.forEach(function(b){on[b.dataset.filter][b.value]=b.checked;});
    var visible=0;
    document.querySelectorAll('[data-kind]').forEach(function(el){
      var sev=el.dataset.severity;
      var show=on.kind[el.dataset.kind]!==false&&!(sev in on.severity&&!on.severity[sev]);
      el.hidden=!show;
      if(show&&el.classList.contains('finding'))visible++;
    });
    document.body.dataset.visibleFindings=visible;
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  window.addEventListener('hashchange',function(){fromHash();apply();});
  fromHash();apply();
  document.body.dataset.ready='1';
})();
)js";

const char* SeverityWord(Severity s) {
  return s == ERROR ? "error" : s == WARNING ? "warning" : s == INFO ? "info" : "none";
}

std::string At(const Location& at) {
  return absl::StrCat(at.path(), ":", at.line(), ":", at.column());
}

// The highlighted spans of every source, and the anchor each location
// links to.
class Marks {
 public:
  // Higher rank wins when two locations cover the same span.
  void Add(const Location& at, const std::string& css_class, int rank) {
    if (at.end() <= at.begin()) return;
    auto key = std::make_pair(at.begin(), at.end());
    auto& slot = spans_[at.path()][key];
    if (slot.second <= rank) slot = {css_class, rank};
  }
  // Drops overlaps (the earlier span wins) and numbers the marks.
  void Finish(const std::vector<std::string>& paths) {
    for (size_t p = 0; p < paths.size(); ++p) {
      auto it = spans_.find(paths[p]);
      if (it == spans_.end()) continue;
      int64_t last_end = -1;
      for (const auto& [range, cls] : it->second) {
        if (range.first < last_end) continue;
        kept_[paths[p]].push_back({range.first, range.second, cls.first,
                                   absl::StrCat("m", p, "-", range.first)});
        last_end = range.second;
      }
    }
  }
  // The id of the kept mark that overlaps `at`; empty when none.
  std::string Anchor(const Location& at) const {
    auto it = kept_.find(at.path());
    if (it == kept_.end()) return "";
    for (const Mark& m : it->second) {
      if (m.begin < std::max(at.end(), at.begin() + 1) && at.begin() < m.end) return m.id;
    }
    return "";
  }
  struct Mark {
    int64_t begin, end;
    std::string css_class, id;
  };
  const std::vector<Mark>* For(const std::string& path) const {
    auto it = kept_.find(path);
    return it == kept_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, std::map<std::pair<int64_t, int64_t>, std::pair<std::string, int>>> spans_;
  std::map<std::string, std::vector<Mark>> kept_;
};

std::string Link(const Marks& marks, const Location& at, const std::string& inner) {
  std::string id = marks.Anchor(at);
  if (id.empty()) return inner;
  return absl::StrCat("<a href=\"#", id, "\">", inner, "</a>");
}

}  // namespace

std::string HtmlEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string WriteHtml(const Report& report, const std::string& command, const SourceTexts& texts) {
  const std::vector<std::string> paths = TablePaths(report);
  const std::vector<ClaimGroup> rows = ClaimTable(report);
  std::map<std::string, Severity> severity_of;  // by fingerprint
  for (const Finding& f : report.findings()) {
    Severity& s = severity_of[f.fingerprint()];
    s = std::max(s, f.severity());
  }

  Marks marks;
  for (const Finding& f : report.findings()) {
    marks.Add(f.location(), f.severity() > INFO ? "conflict" : "variant", 3);
    for (const Evidence& e : f.evidence()) {
      marks.Add(e.location(), e.stance() == STANCE_CONTRADICTS ? "against" : "with", 2);
    }
  }
  for (const ClaimGroup& g : rows) {
    for (const SourceCell& c : g.cells()) {
      if (c.state() == CONFLICT) marks.Add(c.location(), "conflict", 3);
      if (c.state() == AGREE) marks.Add(c.location(), "agree", 1);
    }
  }
  marks.Finish(paths);

  const ReportSummary& s = report.summary();
  std::string out = absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>factcheck ",
      HtmlEscape(command), " report</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n");
  absl::StrAppend(&out, "<header><h1>factcheck ", HtmlEscape(command),
                  " report</h1>\n<p class=\"totals\"><b>", s.errors(), " error",
                  s.errors() == 1 ? "" : "s", ", ", s.warnings(), " warning",
                  s.warnings() == 1 ? "" : "s", ", ", s.infos(), " info</b> in ", s.documents(),
                  " document", s.documents() == 1 ? "" : "s", " (", s.sentences(),
                  " sentences, ", s.claims(), " claims)</p>");
  for (const SkippedInput& skipped : report.skipped()) {
    absl::StrAppend(&out, "<p class=\"skipped\">Left out (could not be read): <b>", HtmlEscape(skipped.path()),
                    "</b>: ", HtmlEscape(skipped.reason()), "</p>");
  }
  out += "</header>\n";

  // Filters: every kind and severity present.
  std::map<FindingKind, int> kind_counts;
  std::map<Severity, int> severity_counts;
  for (const Finding& f : report.findings()) {
    ++kind_counts[f.kind()];
    ++severity_counts[f.severity()];
  }
  for (const ClaimGroup& g : rows) kind_counts[g.kind()];
  out += "<nav id=\"filters\" aria-label=\"Filters\">\n<fieldset><legend>Severity</legend>";
  for (Severity sev : {ERROR, WARNING, INFO}) {
    absl::StrAppend(&out, "<label><input type=\"checkbox\" data-filter=\"severity\" value=\"",
                    SeverityWord(sev), "\" checked> ", SeverityWord(sev), " (",
                    severity_counts[sev], ")</label>");
  }
  out += "</fieldset>\n<fieldset><legend>Kind</legend>";
  for (const auto& [kind, count] : kind_counts) {
    absl::StrAppend(&out, "<label><input type=\"checkbox\" data-filter=\"kind\" value=\"",
                    FindingKind_Name(kind), "\" checked> ", FindingKind_Name(kind), " (", count,
                    ")</label>");
  }
  out += "</fieldset>\n</nav>\n";

  // The claim table.
  if (!rows.empty()) {
    out += "<section id=\"claims\"><h2>Claims, source by source</h2>\n<div class=\"scroll\">"
           "<table>\n<thead><tr><th>claim</th><th>kind</th>";
    for (const std::string& p : paths) {
      if (IsDraft(report, p)) {
        absl::StrAppend(&out, "<th class=\"draft\" title=\"", HtmlEscape(p), " (draft)\">",
                        HtmlEscape(SourceName(p)), "<span class=\"tag\">draft</span></th>");
      } else {
        absl::StrAppend(&out, "<th title=\"", HtmlEscape(p), "\">", HtmlEscape(SourceName(p)),
                        "</th>");
      }
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const ClaimGroup& g : rows) {
      Severity sev = SEVERITY_UNSPECIFIED;
      for (const std::string& fp : g.finding_fingerprints()) {
        auto it = severity_of.find(fp);
        if (it != severity_of.end()) sev = std::max(sev, it->second);
      }
      absl::StrAppend(&out, "<tr class=\"row", g.conflict() ? " conflict" : "",
                      "\" data-kind=\"", FindingKind_Name(g.kind()), "\" data-severity=\"",
                      SeverityWord(sev), "\"><td>", HtmlEscape(g.subject()), "</td><td>",
                      FindingKind_Name(g.kind()), "</td>");
      for (const std::string& p : paths) {
        const SourceCell* cell = nullptr;
        for (const SourceCell& c : g.cells()) {
          if (c.path() == p) cell = &c;
        }
        const char* draft = IsDraft(report, p) ? " draft" : "";
        if (cell == nullptr || cell->state() == ABSENT) {
          absl::StrAppend(&out, "<td class=\"absent", draft, "\">absent</td>");
          continue;
        }
        const bool conflict = cell->state() == CONFLICT;
        absl::StrAppend(&out, "<td class=\"", conflict ? "conflict" : "agree", draft, "\">",
                        conflict ? "conflict: " : "agree: ",
                        Link(marks, cell->location(), HtmlEscape(cell->value())), "</td>");
      }
      out += "</tr>\n";
    }
    out += "</tbody></table></div></section>\n";
  }

  // The findings, errors first.
  out += "<section id=\"findings\"><h2>Findings</h2>\n";
  if (report.findings_size() == 0) out += "<p>No findings.</p>\n";
  int n = 0;
  for (Severity sev : {ERROR, WARNING, INFO, SEVERITY_UNSPECIFIED}) {
    for (const Finding& f : report.findings()) {
      if (f.severity() != sev) continue;
      absl::StrAppend(&out, "<article class=\"finding\" id=\"f", ++n, "\" data-kind=\"",
                      FindingKind_Name(f.kind()), "\" data-severity=\"", SeverityWord(sev),
                      "\">\n<h3><span class=\"sev ", SeverityWord(sev), "\">", SeverityWord(sev),
                      "</span> ", FindingKind_Name(f.kind()), " at ",
                      Link(marks, f.location(), HtmlEscape(At(f.location()))), "</h3>\n<p>",
                      HtmlEscape(f.message()), "</p>\n<blockquote>", HtmlEscape(f.text()),
                      "</blockquote>\n");
      if (f.evidence_size() > 0) {
        out += "<ul>";
        for (const Evidence& e : f.evidence()) {
          absl::StrAppend(&out, "<li>", e.stance() == STANCE_CONTRADICTS ? "against " : "with ",
                          Link(marks, e.location(), HtmlEscape(At(e.location()))), ": \u201C",
                          HtmlEscape(e.text()), "\u201D</li>");
        }
        for (auto [n, side] : {std::pair<int, const char*>{f.more_sources_against(), "against"},
                               {f.more_sources_for(), "with"}}) {
          if (n > 0) absl::StrAppend(&out, "<li>and ", n, " more source", n == 1 ? "" : "s", " ", side, "</li>");
        }
        out += "</ul>\n";
      }
      out += "</article>\n";
    }
  }
  out += "</section>\n";

  // The sources side by side.
  out += "<section id=\"sources\"><h2>Sources</h2>\n<div class=\"sources\">\n";
  for (const std::string& p : paths) {
    const bool draft = IsDraft(report, p);
    absl::StrAppend(&out, "<div class=\"source", draft ? " draft" : "", "\"><h3 title=\"",
                    HtmlEscape(p), "\">", HtmlEscape(p), draft ? "<span class=\"tag\">draft</span>" : "",
                    "</h3>");
    const SourceText* text = FindSourceText(texts, p);
    if (text == nullptr) {
      out += "<p>(text not available)</p></div>\n";
      continue;
    }
    out += "<pre>";
    int64_t pos = 0;
    const std::string& bytes = text->bytes;
    if (const std::vector<Marks::Mark>* list = marks.For(p)) {
      for (const Marks::Mark& m : *list) {
        if (m.end > static_cast<int64_t>(bytes.size())) break;
        absl::StrAppend(&out, HtmlEscape(bytes.substr(pos, m.begin - pos)), "<mark id=\"", m.id,
                        "\" class=\"", m.css_class, "\">",
                        HtmlEscape(bytes.substr(m.begin, m.end - m.begin)), "</mark>");
        pos = m.end;
      }
    }
    absl::StrAppend(&out, HtmlEscape(bytes.substr(pos)), "</pre></div>\n");
  }
  out += "</div></section>\n";
  absl::StrAppend(&out, "<script>", kScript, "</script>\n</body>\n</html>\n");
  return out;
}

}  // namespace factcheck
