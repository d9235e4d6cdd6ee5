#include "tools/sarif_writer.h"

#include <vector>

#include "absl/strings/ascii.h"
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

Severity DefaultSeverity(FindingKind kind) {
  if (kind == NAME_VARIANT) return INFO;
  if (kind == UNSUPPORTED_CLAIM || kind == UNUSED_SUPPRESSION) return WARNING;
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

std::string ShortDescription(FindingKind kind) {
  switch (kind) {
    case ROLE_CONFLICT: return "Sources give a person different offices or titles.";
    case QUANTITY_CONFLICT: return "Sources give different numbers for the same thing.";
    case DATE_CONFLICT: return "Sources give different dates or times for the same event.";
    case LOCATION_CONFLICT: return "Sources place the same event in different places.";
    case QUOTE_MISATTRIBUTED: return "Sources give the same words to different speakers.";
    case QUOTE_ALTERED: return "Sources quote the same speaker with different words.";
    case POLARITY_CONFLICT: return "One source says something happened, another that it did not.";
    case UNSUPPORTED_CLAIM: return "A draft states something no source states.";
    case NAME_VARIANT: return "Sources spell the same name differently.";
    case UNUSED_SUPPRESSION: return "An inline suppression matched no finding.";
    default: return "A finding.";
  }
}

void WriteLocation(Json& json, const Location& at) {
  json.Key("physicalLocation").Open('{');
  json.Key("artifactLocation").Open('{').Field("uri", PathToUri(at.path())).Close('}');
  json.Key("region").Open('{');
  json.Field("startLine", std::max(1, at.line()));
  json.Field("startColumn", std::max(1, at.column()));
  if (at.end_line() >= at.line() && at.end_line() > 0) {
    json.Field("endLine", at.end_line());
    if (at.end_column() > 0) json.Field("endColumn", at.end_column());
  }
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

std::string KindDescription(FindingKind kind) { return ShortDescription(kind); }

std::string WriteSarif(const Report& report) {
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
  Json json;
  json.Open('{');
  json.Field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  json.Field("version", "2.1.0");
  json.Key("runs").Open('[').Open('{');
  json.Key("tool").Open('{').Key("driver").Open('{');
  json.Field("name", "factcheck");
  json.Field("informationUri", "https://github.com/factcheck/factcheck");
  json.Field("semanticVersion", "0.1.0");
  json.Key("rules").Open('[');
  for (FindingKind kind : kinds) {
    json.Open('{');
    json.Field("id", FindingKind_Name(kind));
    json.Field("name", PascalName(kind));
    json.Message("shortDescription", ShortDescription(kind));
    json.Message("fullDescription",
                 absl::StrCat(ShortDescription(kind),
                              " Reported as an error when more sources stand against the claim "
                              "than with it, as a warning when they split evenly; each result "
                              "lists the sources on both sides as related locations."));
    json.Key("defaultConfiguration").Open('{').Field("level", Level(DefaultSeverity(kind)));
    json.Close('}');
    json.Close('}');
  }
  json.Close(']');
  json.Close('}').Close('}');
  json.Field("columnKind", "unicodeCodePoints");
  json.Key("results").Open('[');
  for (const Finding& f : report.findings()) {
    json.Open('{');
    json.Field("ruleId", FindingKind_Name(f.kind()));
    json.Field("ruleIndex", rule_index(f.kind()));
    json.Field("level", Level(f.severity()));
    json.Message("message", f.message());
    json.Key("locations").Open('[').Open('{');
    WriteLocation(json, f.location());
    json.Close('}').Close(']');
    if (f.evidence_size() > 0) {
      json.Key("relatedLocations").Open('[');
      int64_t id = 1;
      for (const Evidence& e : f.evidence()) {
        json.Open('{');
        json.Field("id", id++);
        WriteLocation(json, e.location());
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
