// File: tools/flag_parser.h
//
// Parses a command line's flags into the process's Abseil flags without
// ever exiting: absl::ParseCommandLine prints and exits with code 1 on an
// unknown flag, which a CI gate would read as "findings". Here every
// mistake is an InvalidArgumentError whose one-line message names the flag
// and the reason, for the caller to map to the usage exit code (2).
//
// Accepted forms, as Abseil accepts them (one or two leading dashes; the
// name written with dashes or underscores, "--fail-on" = "--fail_on"):
//   --name=value  --name value        any flag
//   --name  --noname  --name=true|false|1|0|yes|no   bool flags
//   --                                the rest is positional
// "-" alone is positional (standard input). Only flags that `accept`
// says yes to are known; the others (Abseil's own --flagfile, --fromenv,
// and any flag of a linked library) are unknown flags.
//
// Example:
//   absl::StatusOr<std::vector<std::string>> files = ParseFlags(
//       {"--format=json", "a.txt", "--fail-on", "never"},
//       [](const absl::CommandLineFlag& f) { return f.Name() != "secret"; });
//   // files == {"a.txt"}; FLAGS_format == "json"; FLAGS_fail_on == "never".

#ifndef FACTCHECK_TOOLS_FLAG_PARSER_H_
#define FACTCHECK_TOOLS_FLAG_PARSER_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/flags/commandlineflag.h"
#include "absl/status/statusor.h"

namespace factcheck {

// Which registered flags the command line may set.
using FlagFilter = std::function<bool(const absl::CommandLineFlag&)>;

// Sets the flags in `args` (the arguments after the subcommand) and
// returns the positional arguments in order. Errors (InvalidArgumentError):
//   "unknown flag --NAME; see --help" (with "did you mean --OTHER?" when a
//   known flag is one or two edits away);
//   "--NAME needs a value (--NAME=VALUE)" when a non-bool flag ends the
//   line;
//   "--NAME=VALUE: REASON" when the value does not parse for the flag's
//   type ("--jobs=two: not an integer").
// Flags set before an error keep their new values.
absl::StatusOr<std::vector<std::string>> ParseFlags(const std::vector<std::string>& args,
                                                    const FlagFilter& accept);

// The known flag closest to `name` (dashes as underscores) by edit
// distance, when at most two edits away; empty otherwise.
std::string ClosestFlag(const std::string& name, const FlagFilter& accept);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_FLAG_PARSER_H_
