#include "tools/sarif_writer.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"

namespace factcheck {
namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += absl::StrFormat("\\u%04x", c);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
  return out;
}

// A small pretty-printing JSON builder: keys come out in the order they
// are written, which keeps golden files stable.
class Json {
 public:
  Json& Open(char bracket) {
    Separate();
    out_.push_back(bracket);
    first_.push_back(true);
    return *this;
  }
  Json& Close(char bracket) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) Newline();
    out_.push_back(bracket);
    return *this;
  }
  Json& Key(const std::string& key) {
    Separate();
    absl::StrAppend(&out_, Quote(key), ": ");
    after_key_ = true;
    return *this;
  }
  Json& String(const std::string& value) {
    Separate();
    out_ += Quote(value);
    return *this;
  }
  Json& Int(int64_t value) {
    Separate();
    absl::StrAppend(&out_, value);
    return *this;
  }
  Json& Field(const std::string& key, const std::string& value) { return Key(key).String(value); }
  Json& Field(const std::string& key, int64_t value) { return Key(key).Int(value); }
  // Not an overload of Field: a string literal would convert to bool.
  Json& BoolField(const std::string& key, bool value) {
    Key(key);
    Separate();
    out_ += value ? "true" : "false";
    return *this;
  }
  Json& Message(const std::string& key, const std::string& text) {
    return Key(key).Open('{').Field("text", text).Close('}');
  }
  std::string Done() { return out_ + "\n"; }

 private:
  void Newline() {
    out_.push_back('\n');
    out_.append(2 * first_.size(), ' ');
  }
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
    Newline();
  }
  std::string out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

const char* Level(Severity severity) {
  switch (severity) {
    case ERROR: return "error";
    case WARNING: return "warning";
    default: return "note";
  }
}

// The level a kind's results usually have, before the project file changes it.
Severity DefaultSeverity(FindingKind kind) {
  if (kind == NAME_VARIANT || kind == UNSUPPORTED_CLAIM) return INFO;
  if (kind == UNUSED_SUPPRESSION) return WARNING;
  return ERROR;
}

// "ROLE_CONFLICT" -> "RoleConflict", as SARIF suggests for rule names.
std::string PascalName(FindingKind kind) {
  std::string out;
  bool upper = true;
  for (char c : FindingKind_Name(kind)) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out.push_back(upper ? c : absl::ascii_tolower(c));
    upper = false;
  }
  return out;
}

struct KindText {
  const char* short_description;
  const char* full_description;
  const char* what_to_do;
};

KindText TextOf(FindingKind kind) {
  switch (kind) {
    case ROLE_CONFLICT:
      return {"Sources give a person different offices or titles.",
              "The claim gives a person an office, or an office a holder, that other sources "
              "contradict: another country for the same kind of office, another holder of a "
              "single-holder office, or another post of the same country.",
              "Compare the title with the sources listed as related locations; correct it, or "
              "add the source that supports it."};
    case QUANTITY_CONFLICT:
      return {"Sources give different numbers for the same thing.",
              "A number, amount or duration in the claim does not overlap what other sources "
              "give for the same thing. Values are compared as intervals, so \"more than 40\" "
              "agrees with 45 and \"an hour and 40 minutes\" with \"less than two hours\".",
              "Check the figure against the sources; correct it, or say where it comes from."};
    case DATE_CONFLICT:
      return {"Sources give different dates or times for the same event.",
              "A date, weekday, month, year or relative day in the claim, resolved against the "
              "publication date, differs from the one other sources give for the same event.",
              "Check the date against the sources and against the publication date it is "
              "counted from."};
    case LOCATION_CONFLICT:
      return {"Sources place the same event in different places.",
              "The claim places an event somewhere that neither contains nor lies within the "
              "place other sources give for it (containment from the built-in gazetteer).",
              "Check the place against the sources."};
    case QUOTE_MISATTRIBUTED:
      return {"Sources give the same words to different speakers.",
              "The quoted words match a quote that another source gives to someone else.",
              "Check who said it in the sources; correct the speaker or the attribution."};
    case QUOTE_ALTERED:
      return {"Sources quote the same speaker with different words.",
              "The words quoted for this speaker differ from the words other sources quote for "
              "the same statement.",
              "Quote the words as the sources give them, or mark what was changed."};
    case POLARITY_CONFLICT:
      return {"One source says something happened, another that it did not.",
              "The claim states an event with the opposite polarity (it happened, it did not) "
              "to what other sources state of the same subject and predicate.",
              "Check in the sources whether it happened."};
    case UNSUPPORTED_CLAIM:
      return {"A draft states something no source states.",
              "A claim of the draft (factcheck check) that no source states; the closest source "
              "sentence is given as a related location.",
              "Add the source the claim comes from, or remove the claim if none supports it."};
    case NAME_VARIANT:
      return {"Sources spell the same name differently.",
              "The same person, place or organisation is written differently across the "
              "sources, such as a transliteration with and without a final letter, or a name "
              "with and without its accents. Informational.",
              "Use one spelling, as the style guide sets it."};
    case UNUSED_SUPPRESSION:
      return {"An inline suppression matched no finding.",
              "A factcheck-disable-next-line directive suppresses nothing on the line after "
              "it, so it would hide a later finding there unnoticed.",
              "Remove the directive, or move it above the line it is meant for."};
    default:
      return {"A finding.", "A finding of factcheck.", "See the message."};
  }
}

std::string SeverityRule(FindingKind kind) {
  switch (DefaultSeverity(kind)) {
    case ERROR:
      return "An error when more sources stand against the claim than with it (the claim's "
             "own document counts with it), a warning when they split evenly; a claim most "
             "sources share is not reported.";
    case WARNING:
      return "A warning.";
    default:
      return "A note (factcheck's info).";
  }
}

std::string HelpText(FindingKind kind) {
  const KindText t = TextOf(kind);
  return absl::StrCat(t.full_description, " What to do: ", t.what_to_do, " Severity: ",
                      SeverityRule(kind),
                      " The project file (.factcheck.textproto, kinds) can change the severity "
                      "or disable the kind.");
}

std::string HelpMarkdown(FindingKind kind) {
  const KindText t = TextOf(kind);
  const std::string name = FindingKind_Name(kind);
  return absl::StrCat(
      "**", t.short_description, "**\n\n", t.full_description, "\n\n**What to do:** ",
      t.what_to_do, "\n\n**Severity:** ", SeverityRule(kind),
      " The project file (`.factcheck.textproto`, `kinds { kind: ", name,
      " severity: WARNING }`) can change it, or disable the kind.\n\n"
      "**Suppress one line:** `<!-- factcheck-disable-next-line ",
      name, " -->` in Markdown and HTML, `[factcheck-disable-next-line ", name,
      "]` on a line of its own in plain text.");
}

// Where paths point: %SRCROOT%-relative inside the root, absolute file:
// URIs outside it.
class Artifacts {
 public:
  Artifacts(const Report& report, const SarifOptions& options) : options_(options) {
    for (const std::string& path : report.paths()) Index(path);
  }
  int Index(const std::string& path) {
    auto it = index_.find(path);
    if (it != index_.end()) return it->second;
    index_[path] = static_cast<int>(paths_.size());
    paths_.push_back(path);
    return static_cast<int>(paths_.size()) - 1;
  }
  const std::vector<std::string>& paths() const { return paths_; }

  void WriteArtifactLocation(Json& json, const std::string& path, bool with_index) {
    json.Open('{');
    const std::string inside = PathInRoot(path, options_.working_directory, options_.source_root);
    if (!inside.empty()) {
      json.Field("uri", PathToUri(inside));
      json.Field("uriBaseId", "%SRCROOT%");
    } else if (!path.empty() && path[0] == '/') {
      json.Field("uri", absl::StrCat("file://", PathToUri(path)));
    } else if (!options_.working_directory.empty() && path != "<stdin>") {
      json.Field("uri", absl::StrCat("file://", PathToUri(absl::StrCat(
                                                   options_.working_directory, "/", path))));
    } else {
      json.Field("uri", PathToUri(path));
    }
    if (with_index) json.Field("index", static_cast<int64_t>(Index(path)));
    json.Close('}');
  }

 private:
  const SarifOptions& options_;
  std::vector<std::string> paths_;
  std::map<std::string, int> index_;
};

void WriteLocation(Json& json, Artifacts& artifacts, const Location& at, const std::string& text) {
  json.Key("physicalLocation").Open('{');
  json.Key("artifactLocation");
  artifacts.WriteArtifactLocation(json, at.path(), true);
  json.Key("region").Open('{');
  json.Field("startLine", std::max(1, at.line()));
  json.Field("startColumn", std::max(1, at.column()));
  if (at.end_line() >= at.line() && at.end_line() > 0) {
    json.Field("endLine", at.end_line());
    if (at.end_column() > 0) json.Field("endColumn", at.end_column());
  }
  if (!text.empty()) json.Key("snippet").Open('{').Field("text", text).Close('}');
  json.Close('}');
  json.Close('}');
}

}  // namespace

std::string PathToUri(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (absl::ascii_isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      absl::StrAppend(&out, absl::StrFormat("%%%02X", c));
    }
  }
  return out;
}

std::string PathInRoot(const std::string& path, const std::string& working_directory,
                       const std::string& root) {
  if (root.empty() || path.empty() || path == "<stdin>") return "";
  std::filesystem::path p(path);
  if (p.is_relative()) {
    p = std::filesystem::path(working_directory.empty() ? root : working_directory) / p;
  }
  std::filesystem::path relative = p.lexically_normal().lexically_relative(
      std::filesystem::path(root).lexically_normal());
  const std::string out = relative.generic_string();
  if (out.empty() || out == "." || out == ".." || absl::StartsWith(out, "../")) return "";
  return out;
}

std::string KindDescription(FindingKind kind) { return TextOf(kind).short_description; }

std::string WriteSarif(const Report& report, const SarifOptions& options) {
  std::vector<FindingKind> kinds;
  for (int k = FindingKind_MIN + 1; k <= FindingKind_MAX; ++k) {
    if (FindingKind_IsValid(k)) kinds.push_back(static_cast<FindingKind>(k));
  }
  auto rule_index = [&](FindingKind kind) {
    for (size_t i = 0; i < kinds.size(); ++i) {
      if (kinds[i] == kind) return static_cast<int64_t>(i);
    }
    return int64_t{-1};
  };
  // A kind whose results in this run all have one level (the project file
  // set its severity) has that level by default; otherwise its usual one.
  std::map<FindingKind, std::set<Severity>> levels;
  for (const Finding& f : report.findings()) {
    levels[f.kind()].insert(f.severity() >= WARNING ? f.severity() : INFO);
  }
  auto default_level = [&](FindingKind kind) {
    auto it = levels.find(kind);
    if (it != levels.end() && it->second.size() == 1) return *it->second.begin();
    return DefaultSeverity(kind);
  };
  Artifacts artifacts(report, options);
  const std::set<std::string> drafts(report.drafts().begin(), report.drafts().end());

  Json json;
  json.Open('{');
  json.Field("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
  json.Field("version", "2.1.0");
  json.Key("runs").Open('[').Open('{');
  json.Key("tool").Open('{').Key("driver").Open('{');
  json.Field("name", "factcheck");
  json.Field("informationUri", "https://github.com/factcheck/factcheck");
  json.Field("semanticVersion", report.version().empty() ? "0.0.0" : report.version());
  json.Key("rules").Open('[');
  for (FindingKind kind : kinds) {
    json.Open('{');
    json.Field("id", FindingKind_Name(kind));
    json.Field("name", PascalName(kind));
    json.Message("shortDescription", TextOf(kind).short_description);
    json.Message("fullDescription", TextOf(kind).full_description);
    json.Key("help").Open('{').Field("text", HelpText(kind)).Field("markdown", HelpMarkdown(kind));
    json.Close('}');
    json.Key("defaultConfiguration").Open('{').Field("level", Level(default_level(kind)));
    json.Close('}');
    json.Close('}');
  }
  json.Close(']');
  json.Close('}').Close('}');

  // The invocation: a run that skipped inputs (--keep-going) did not
  // succeed, and says which.
  json.Key("invocations").Open('[').Open('{');
  json.BoolField("executionSuccessful", report.skipped_size() == 0);
  json.Field("exitCode", static_cast<int64_t>(options.exit_code));
  if (report.skipped_size() > 0) {
    json.Key("toolExecutionNotifications").Open('[');
    for (const SkippedInput& skipped : report.skipped()) {
      json.Open('{');
      json.Key("locations").Open('[').Open('{').Key("physicalLocation").Open('{');
      json.Key("artifactLocation");
      artifacts.WriteArtifactLocation(json, skipped.path(), false);
      json.Close('}').Close('}').Close(']');
      json.Message("message", absl::StrCat(skipped.path(), ": ", skipped.reason(),
                                           " (skipped: --keep-going)"));
      json.Field("level", "error");
      json.Close('}');
    }
    json.Close(']');
  }
  json.Close('}').Close(']');

  if (!options.source_root.empty()) {
    std::string root = options.source_root;
    if (root.back() != '/') root.push_back('/');
    json.Key("originalUriBaseIds").Open('{').Key("%SRCROOT%").Open('{');
    json.Field("uri", absl::StrCat("file://", PathToUri(root)));
    json.Close('}').Close('}');
  }
  json.Key("artifacts").Open('[');
  // Evidence may name files that are not inputs (a facts file), indexed
  // after them; list every path the results use.
  for (const Finding& f : report.findings()) {
    artifacts.Index(f.location().path());
    for (const Evidence& e : f.evidence()) artifacts.Index(e.location().path());
  }
  const std::vector<std::string> paths = artifacts.paths();
  for (const std::string& path : paths) {
    json.Open('{');
    json.Key("location");
    artifacts.WriteArtifactLocation(json, path, false);
    if (drafts.empty() ? std::find(report.paths().begin(), report.paths().end(), path) !=
                             report.paths().end()
                       : drafts.count(path) > 0) {
      json.Key("roles").Open('[').String("analysisTarget").Close(']');
    }
    json.Close('}');
  }
  json.Close(']');

  json.Field("columnKind", "unicodeCodePoints");
  json.Key("results").Open('[');
  for (const Finding& f : report.findings()) {
    json.Open('{');
    json.Field("ruleId", FindingKind_Name(f.kind()));
    json.Field("ruleIndex", rule_index(f.kind()));
    json.Field("level", Level(f.severity()));
    json.Message("message", f.message());
    json.Key("locations").Open('[').Open('{');
    WriteLocation(json, artifacts, f.location(), f.text());
    json.Close('}').Close(']');
    if (f.evidence_size() > 0) {
      json.Key("relatedLocations").Open('[');
      int64_t id = 1;
      for (const Evidence& e : f.evidence()) {
        json.Open('{');
        json.Field("id", id++);
        WriteLocation(json, artifacts, e.location(), e.text());
        json.Message("message",
                     absl::StrCat(e.stance() == STANCE_CONTRADICTS ? "against: " : "with: ",
                                  "\u201C", e.text(), "\u201D"));
        json.Close('}');
      }
      json.Close(']');
    }
    if (f.more_sources_against() > 0 || f.more_sources_for() > 0) {
      // relatedLocations holds at most kMaxEvidencePerSide spans per side.
      json.Key("properties").Open('{');
      json.Field("moreSourcesAgainst", static_cast<int64_t>(f.more_sources_against()));
      json.Field("moreSourcesFor", static_cast<int64_t>(f.more_sources_for()));
      json.Close('}');
    }
    if (!f.fingerprint().empty()) {
      json.Key("partialFingerprints").Open('{').Field("factcheckFingerprint/v1", f.fingerprint());
      json.Close('}');
    }
    json.Close('}');
  }
  json.Close(']');
  json.Close('}').Close(']');
  json.Close('}');
  return json.Done();
}

}  // namespace factcheck
