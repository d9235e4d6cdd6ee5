#include "tools/config.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "claims/status_macros.h"
#include "claims/textproto.h"
#include "google/protobuf/text_format.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;
using google::protobuf::TextFormat;

std::string Resolve(const std::string& dir, const std::string& path) {
  if (dir.empty() || path.empty() || path[0] == '/') return path;
  return (fs::path(dir) / path).lexically_normal().string();
}

bool GlobFrom(const std::string& p, size_t i, const std::string& s, size_t j) {
  while (i < p.size()) {
    if (p.compare(i, 2, "**") == 0) {
      size_t next = i + 2;
      if (next < p.size() && p[next] == '/') ++next;
      for (size_t k = j; k <= s.size(); ++k) {
        if (GlobFrom(p, next, s, k)) return true;
      }
      return false;
    }
    if (p[i] == '*') {
      for (size_t k = j; k <= s.size(); ++k) {
        if (GlobFrom(p, i + 1, s, k)) return true;
        if (k < s.size() && s[k] == '/') break;
      }
      return false;
    }
    if (j >= s.size()) return false;
    if (p[i] == '?' ? s[j] == '/' : p[i] != s[j]) return false;
    ++i;
    ++j;
  }
  return j == s.size();
}

}  // namespace

bool GlobMatch(const std::string& pattern, const std::string& path) {
  return GlobFrom(pattern, 0, path, 0);
}

absl::StatusOr<ProjectConfig> ParseProjectConfig(const std::string& text,
                                                 const std::string& origin,
                                                 const std::string& dir) {
  Config proto;
  TextFormat::ParseInfoTree tree;
  FACTCHECK_RETURN_IF_ERROR(ParseTextproto(text, origin, &proto, &tree));
  const google::protobuf::Descriptor* d = Config::descriptor();
  auto error_at = [&](const char* field, int index, const std::string& reason) {
    auto loc = tree.GetLocation(d->FindFieldByName(field), index);
    return absl::InvalidArgumentError(
        absl::StrCat(origin, ":", loc.line + 1, ":", loc.column + 1, ": ", reason));
  };
  ProjectConfig config;
  config.path = origin;
  const std::string& fail_on = proto.fail_on();
  if (!fail_on.empty() && fail_on != "never" && fail_on != "info" && fail_on != "warning" &&
      fail_on != "error") {
    return error_at("fail_on", -1, absl::StrCat("fail_on: \"", fail_on,
                                                "\" is not one of never, info, warning, error"));
  }
  config.fail_on = fail_on;
  struct PathList {
    const char* field;
    const google::protobuf::RepeatedPtrField<std::string>& values;
    std::vector<std::string>* out;
  };
  for (const PathList& list : {PathList{"sources", proto.sources(), &config.sources},
                               PathList{"lexicons", proto.lexicons(), &config.lexicons},
                               PathList{"facts", proto.facts(), &config.facts},
                               PathList{"ignore", proto.ignore(), &config.ignore}}) {
    for (int i = 0; i < list.values.size(); ++i) {
      if (list.values[i].empty()) return error_at(list.field, i, absl::StrCat(list.field, ": empty path"));
      list.out->push_back(Resolve(dir, list.values[i]));
    }
  }
  for (int i = 0; i < proto.kinds_size(); ++i) {
    const KindRule& rule = proto.kinds(i);
    if (rule.kind() == FINDING_KIND_UNSPECIFIED) {
      return error_at("kinds", i, "kinds: entry without a kind");
    }
    if (!config.kinds.emplace(rule.kind(), rule).second) {
      return error_at("kinds", i, absl::StrCat("kinds: ", FindingKind_Name(rule.kind()),
                                               " given twice"));
    }
  }
  return config;
}

absl::StatusOr<ProjectConfig> LoadProjectConfig(const std::string& path) {
  std::string file = path;
  if (file.empty()) {
    std::error_code ec;
    fs::path dir = fs::current_path(ec);
    if (ec) return ProjectConfig();
    while (true) {
      fs::path candidate = dir / kConfigFileName;
      if (fs::is_regular_file(candidate, ec)) {
        file = candidate.string();
        break;
      }
      if (!dir.has_parent_path() || dir.parent_path() == dir) return ProjectConfig();
      dir = dir.parent_path();
    }
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(file, ": cannot read the config file"));
  std::ostringstream text;
  text << in.rdbuf();
  std::string dir = fs::path(file).parent_path().string();
  // A config found by the search names paths relative to its folder; so
  // does one given on the command line.
  return ParseProjectConfig(text.str(), file, dir);
}

}  // namespace factcheck
