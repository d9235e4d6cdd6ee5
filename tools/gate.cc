#include "tools/gate.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "claims/sha256.h"
#include "claims/status_macros.h"
#include "claims/textproto.h"
#include "compare/comparator.h"
#include "google/protobuf/text_format.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

constexpr char kDirective[] = "factcheck-disable-next-line";

std::string Absolute(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return (ec ? fs::path(path) : p).lexically_normal().string();
}

// The 1-based line and character column of byte `offset`.
void LineColumn(const std::string& bytes, int64_t offset, int* line, int* column) {
  *line = 1;
  int64_t line_start = 0;
  for (int64_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++*line;
      line_start = i + 1;
    }
  }
  *column = 1;
  for (int64_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++*column;
  }
}

Location MakeLocation(const std::string& path, const std::string& bytes, int64_t begin,
                      int64_t end) {
  Location at;
  at.set_path(path);
  int line, column;
  LineColumn(bytes, begin, &line, &column);
  at.set_line(line);
  at.set_column(column);
  LineColumn(bytes, end, &line, &column);
  at.set_end_line(line);
  at.set_end_column(column);
  at.set_begin(begin);
  at.set_end(end);
  return at;
}

bool Matches(const Suppression& s, const Finding& f) {
  if (s.target_line == 0) return false;
  if (!s.kinds.empty() && !s.kinds.count(f.kind())) return false;
  const Location& at = f.location();
  const int last = std::max(at.line(), at.end_line());
  return at.line() <= s.target_line && s.target_line <= last;
}

void Recount(Report* report) {
  ReportSummary* s = report->mutable_summary();
  s->set_errors(0);
  s->set_warnings(0);
  s->set_infos(0);
  for (const Finding& f : report->findings()) {
    if (f.severity() == ERROR) s->set_errors(s->errors() + 1);
    if (f.severity() == WARNING) s->set_warnings(s->warnings() + 1);
    if (f.severity() == INFO) s->set_infos(s->infos() + 1);
  }
}

template <typename Keep>
void Filter(Report* report, Keep keep) {
  google::protobuf::RepeatedPtrField<Finding> kept;
  for (Finding& f : *report->mutable_findings()) {
    if (keep(f)) *kept.Add() = std::move(f);
  }
  report->mutable_findings()->Swap(&kept);
}

}  // namespace

absl::StatusOr<std::vector<Suppression>> FindSuppressions(const std::string& path,
                                                          const SourceText& text) {
  std::vector<Suppression> out;
  const std::string& bytes = text.bytes;
  const bool markup = text.format == INPUT_FORMAT_MARKDOWN || text.format == INPUT_FORMAT_HTML;
  const std::string open = markup ? "<!--" : "[";
  const std::string close = markup ? "-->" : "]";
  size_t pos = 0;
  while ((pos = bytes.find(kDirective, pos)) != std::string::npos) {
    const size_t name_at = pos;
    pos += sizeof(kDirective) - 1;
    // The directive must sit inside its opener and closer.
    size_t line_start = bytes.rfind('\n', name_at);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    size_t line_end = bytes.find('\n', name_at);
    if (line_end == std::string::npos) line_end = bytes.size();
    absl::string_view before(bytes.data() + line_start, name_at - line_start);
    size_t opener = before.rfind(open);
    if (opener == absl::string_view::npos) continue;
    if (!absl::StripAsciiWhitespace(before.substr(opener + open.size())).empty()) continue;
    size_t closer = bytes.find(close, pos);
    if (closer == std::string::npos || closer > line_end) continue;
    if (!markup) {
      // The plain-text form stands on a line of its own.
      if (!absl::StripAsciiWhitespace(before.substr(0, opener)).empty()) continue;
      absl::string_view after(bytes.data() + closer + 1, line_end - closer - 1);
      if (!absl::StripAsciiWhitespace(after).empty()) continue;
    }
    Suppression s;
    const int64_t begin = line_start + opener;
    const int64_t end = closer + close.size();
    s.location = MakeLocation(path, bytes, begin, end);
    s.text = bytes.substr(begin, end - begin);
    std::string kinds = bytes.substr(pos, closer - pos);
    for (absl::string_view name : absl::StrSplit(kinds, absl::ByAnyChar(" ,\t"), absl::SkipEmpty())) {
      FindingKind kind;
      if (!FindingKind_Parse(std::string(name), &kind) || kind == FINDING_KIND_UNSPECIFIED) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ":", s.location.line(), ":", s.location.column(),
                         ": unknown finding kind ", name, " in ", kDirective));
      }
      s.kinds.insert(kind);
    }
    // The target: the next line with anything but whitespace on it.
    int line = s.location.end_line();
    size_t i = end;
    while (i < bytes.size() && bytes[i] != '\n') ++i;  // rest of the directive's line
    while (i < bytes.size()) {
      ++line;
      size_t next = bytes.find('\n', i + 1);
      if (next == std::string::npos) next = bytes.size();
      if (!absl::StripAsciiWhitespace(absl::string_view(bytes).substr(i + 1, next - i - 1)).empty()) {
        s.target_line = line;
        break;
      }
      i = next;
    }
    out.push_back(std::move(s));
    pos = end;
  }
  return out;
}

absl::StatusOr<ChangedLines> ParseUnifiedDiff(const std::string& diff, const std::string& root) {
  ChangedLines changed;
  std::set<int>* current = nullptr;
  int new_line = 0;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(diff, '\n')) {
    ++line_number;
    if (absl::ConsumePrefix(&line, "+++ ")) {
      line = line.substr(0, line.find('\t'));
      if (line == "/dev/null") {
        current = nullptr;
        continue;
      }
      absl::ConsumePrefix(&line, "b/");
      fs::path path = fs::path(root.empty() ? "." : root) / std::string(line);
      current = &changed[Absolute(path.string())];
      continue;
    }
    if (absl::StartsWith(line, "@@ ")) {
      // @@ -a[,b] +c[,d] @@
      size_t plus = line.find(" +");
      size_t end = plus == absl::string_view::npos ? plus : line.find(' ', plus + 2);
      if (plus == absl::string_view::npos || end == absl::string_view::npos) {
        return absl::InvalidArgumentError(
            absl::StrCat("diff line ", line_number, ": cannot read the hunk header"));
      }
      absl::string_view start = line.substr(plus + 2, end - plus - 2);
      start = start.substr(0, start.find(','));
      if (!absl::SimpleAtoi(start, &new_line)) {
        return absl::InvalidArgumentError(
            absl::StrCat("diff line ", line_number, ": cannot read the hunk header"));
      }
      continue;
    }
    if (current == nullptr || new_line == 0) continue;
    if (absl::StartsWith(line, "+")) {
      current->insert(new_line++);
    } else if (absl::StartsWith(line, " ")) {
      ++new_line;
    }
  }
  return changed;
}

std::string FetchCommand(const std::string& ref, bool shallow) {
  const std::string depth = shallow ? "--depth=1 " : "";
  // HEAD~N, HEAD^: N more commits of the current branch's history.
  absl::string_view rest(ref);
  if (absl::ConsumePrefix(&rest, "HEAD")) {
    int n = 0;
    bool ok = !rest.empty();
    while (!rest.empty() && ok) {
      if (absl::ConsumePrefix(&rest, "^")) {
        ++n;
      } else if (absl::ConsumePrefix(&rest, "~")) {
        size_t digits = 0;
        while (digits < rest.size() && absl::ascii_isdigit(rest[digits])) ++digits;
        int k = 1;
        if (digits > 0 && !absl::SimpleAtoi(rest.substr(0, digits), &k)) ok = false;
        n += k;
        rest.remove_prefix(digits);
      } else {
        ok = false;
      }
    }
    if (ok) return shallow ? absl::StrCat("git fetch --deepen=", n, " origin") : "git fetch origin";
  }
  // A remote-tracking branch: fetch it into the name it is given by.
  for (const char* prefix : {"refs/remotes/origin/", "origin/"}) {
    absl::string_view branch(ref);
    if (absl::ConsumePrefix(&branch, prefix) && !branch.empty()) {
      return absl::StrCat("git fetch ", depth, "origin ", branch, ":refs/remotes/origin/", branch);
    }
  }
  // A commit id is fetched as it is; a branch or tag into the same name.
  const bool hex = ref.size() >= 7 && ref.find_first_not_of("0123456789abcdef") == std::string::npos;
  if (hex) return absl::StrCat("git fetch ", depth, "origin ", ref);
  return absl::StrCat("git fetch ", depth, "origin ", ref, ":", ref);
}

absl::StatusOr<ChangedLines> GitChangedLines(const std::string& ref) {
  auto run = [](const std::string& command, std::string* out) {
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return false;
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out->append(buffer, n);
    return ::pclose(pipe) == 0;
  };
  for (char c : ref) {
    if (!absl::ascii_isalnum(c) && std::string("-_./~^@{}").find(c) == std::string::npos) {
      return absl::InvalidArgumentError(absl::StrCat("--diff-base=", ref, ": not a git revision"));
    }
  }
  std::string root, diff;
  if (!run("git rev-parse --show-toplevel 2>/dev/null", &root)) {
    return absl::FailedPreconditionError(
        absl::StrCat("--diff-base=", ref, ": the current folder is not in a git checkout"));
  }
  std::string ignored;
  if (!run(absl::StrCat("git rev-parse --verify --quiet '", ref, "^{commit}' 2>/dev/null"), &ignored)) {
    // CI checkouts are shallow (actions/checkout fetches one commit): the
    // base is not there until fetched.
    std::string shallow;
    run("git rev-parse --is-shallow-repository 2>/dev/null", &shallow);
    return absl::FailedPreconditionError(
        absl::StrCat("--diff-base=", ref, ": no such revision in this ",
                     absl::StripTrailingAsciiWhitespace(shallow) == "true" ? "shallow " : "",
                     "checkout; fetch the base first: ",
                     FetchCommand(ref, absl::StripTrailingAsciiWhitespace(shallow) == "true")));
  }
  if (!run(absl::StrCat("git diff --no-color --no-ext-diff -U0 '", ref, "' -- 2>/dev/null"), &diff)) {
    return absl::FailedPreconditionError(absl::StrCat("--diff-base=", ref, ": git diff failed"));
  }
  return ParseUnifiedDiff(diff, std::string(absl::StripTrailingAsciiWhitespace(root)));
}

absl::StatusOr<Baseline> ReadBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read the baseline"));
  std::ostringstream text;
  text << in.rdbuf();
  Baseline baseline;
  FACTCHECK_RETURN_IF_ERROR(ParseTextproto(text.str(), path, &baseline));
  return baseline;
}

std::string BaselineText(const Report& report) {
  Baseline baseline;
  for (const Finding& f : report.findings()) {
    BaselineEntry* e = baseline.add_findings();
    e->set_fingerprint(f.fingerprint());
    e->set_kind(f.kind());
    e->set_path(f.location().path());
    e->set_line(f.location().line());
    e->set_message(f.message());
  }
  std::string out =
      "# factcheck baseline (proto/config.proto, Baseline): findings accepted by\n"
      "# fingerprint; run with --baseline=FILE to report only new ones.\n";
  std::string body;
  google::protobuf::TextFormat::PrintToString(baseline, &body);
  return out + body;
}

absl::Status ApplyGate(const GateOptions& options, const ProjectConfig& config,
                       const SourceTexts& texts, const std::vector<std::string>& checked_paths,
                       Report* report) {
  // 1-2. Project settings.
  Filter(report, [&](const Finding& f) {
    for (const std::string& pattern : config.ignore) {
      if (GlobMatch(pattern, f.location().path()) ||
          GlobMatch(pattern, Absolute(f.location().path()))) {
        return false;
      }
    }
    auto rule = config.kinds.find(f.kind());
    return rule == config.kinds.end() || !rule->second.disabled();
  });
  for (Finding& f : *report->mutable_findings()) {
    auto rule = config.kinds.find(f.kind());
    if (rule != config.kinds.end() && rule->second.severity() != SEVERITY_UNSPECIFIED) {
      f.set_severity(rule->second.severity());
    }
  }

  // 3. Inline suppressions.
  for (const std::string& path : checked_paths) {
    const SourceText* text = FindSourceText(texts, path);
    if (text == nullptr) continue;
    absl::StatusOr<std::vector<Suppression>> found = FindSuppressions(path, *text);
    if (!found.ok()) return found.status();
    for (const Suppression& s : *found) {
      bool used = false;
      Filter(report, [&](const Finding& f) {
        if (f.location().path() != path || !Matches(s, f)) return true;
        used = true;
        return false;
      });
      if (used) continue;
      Finding* unused = report->add_findings();
      unused->set_kind(UNUSED_SUPPRESSION);
      unused->set_severity(WARNING);
      *unused->mutable_location() = s.location;
      unused->set_text(s.text);
      unused->set_message(
          s.target_line == 0
              ? "suppression with no line after it"
              : absl::StrCat("suppression matches no finding on line ", s.target_line));
      if (s.target_line > 0) {
        Evidence* e = unused->add_evidence();
        e->mutable_location()->set_path(path);
        e->mutable_location()->set_line(s.target_line);
        e->mutable_location()->set_column(1);
      }
      unused->set_fingerprint(Sha256Hex(absl::StrCat("UNUSED_SUPPRESSION\n", SourceName(path),
                                                     "\n", s.text)).substr(0, 16));
    }
  }

  // 4. Changed lines.
  if (options.changed_lines_only) {
    ChangedLines changed;
    if (!options.diff_text.empty() || options.diff_base.empty()) {
      absl::StatusOr<ChangedLines> parsed = ParseUnifiedDiff(options.diff_text, "");
      if (!parsed.ok()) return parsed.status();
      changed = std::move(*parsed);
    } else {
      absl::StatusOr<ChangedLines> parsed = GitChangedLines(options.diff_base);
      if (!parsed.ok()) return parsed.status();
      changed = std::move(*parsed);
    }
    Filter(report, [&](const Finding& f) {
      auto it = changed.find(Absolute(f.location().path()));
      if (it == changed.end()) return false;
      const int last = std::max(f.location().line(), f.location().end_line());
      auto line = it->second.lower_bound(f.location().line());
      return line != it->second.end() && *line <= last;
    });
  }

  // 5-6. Baselines.
  Baseline baseline;
  if (!options.write_baseline_path.empty()) {
    std::string text = BaselineText(*report);
    std::ofstream out(options.write_baseline_path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      return absl::PermissionDeniedError(
          absl::StrCat(options.write_baseline_path, ": cannot write the baseline"));
    }
    for (const Finding& f : report->findings()) baseline.add_findings()->set_fingerprint(f.fingerprint());
  } else if (!options.baseline_path.empty()) {
    absl::StatusOr<Baseline> read = ReadBaseline(options.baseline_path);
    if (!read.ok()) return read.status();
    baseline = std::move(*read);
  }
  if (baseline.findings_size() > 0) {
    std::map<std::string, int> accepted;
    for (const BaselineEntry& e : baseline.findings()) ++accepted[e.fingerprint()];
    Filter(report, [&](const Finding& f) {
      auto it = accepted.find(f.fingerprint());
      if (it == accepted.end() || it->second == 0) return true;
      --it->second;
      return false;
    });
  }
  Recount(report);
  return absl::OkStatus();
}

}  // namespace factcheck
