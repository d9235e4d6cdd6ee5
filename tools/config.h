// File: tools/config.h
//
// The project file, .factcheck.textproto (schema: Config in
// proto/config.proto): which sources a draft is checked against, when the
// gate fails, per-kind severity overrides, extra vocabulary and known
// facts, and paths whose findings are not reported. Found by walking up
// from the current folder, like .eslintrc or .vale.ini, so that a CI job
// and an editor in any subfolder see the same settings.
//
// Example:
//   absl::StatusOr<ProjectConfig> config = LoadProjectConfig("");  // search
//   if (!config.ok()) ...  // "path:line:col: reason"
//   std::vector<std::string> lexicons = config->lexicons;

#ifndef FACTCHECK_TOOLS_CONFIG_H_
#define FACTCHECK_TOOLS_CONFIG_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "proto/config.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

// The project file's name.
inline constexpr char kConfigFileName[] = ".factcheck.textproto";

struct ProjectConfig {
  // The file read; empty when there is none (all fields then empty).
  std::string path;
  // Paths below are resolved against the file's folder.
  std::vector<std::string> sources;
  std::string fail_on;  // empty, never, info, warning or error
  std::vector<std::string> lexicons;
  std::vector<std::string> facts;
  std::vector<std::string> ignore;  // glob patterns, resolved
  std::map<FindingKind, KindRule> kinds;
};

// Reads `path`, or when empty the first .factcheck.textproto in the
// current folder or one above it (an absent file is an empty config).
// Returns NotFoundError when `path` is given and cannot be read, and
// InvalidArgumentError "FILE:LINE:COL: reason" for a syntax error, an
// unknown field or enum value, a bad fail_on, a kind given twice or
// unspecified, or an empty path.
absl::StatusOr<ProjectConfig> LoadProjectConfig(const std::string& path);

// Parses config text; `origin` names it in errors and `dir` resolves its
// paths ("" keeps them as written). Same errors as LoadProjectConfig.
absl::StatusOr<ProjectConfig> ParseProjectConfig(const std::string& text,
                                                 const std::string& origin,
                                                 const std::string& dir);

// Glob match: "*" and "?" stay within one path segment, "**" crosses
// segments ("archive/**" matches "archive/2024/a.txt").
bool GlobMatch(const std::string& pattern, const std::string& path);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_CONFIG_H_
