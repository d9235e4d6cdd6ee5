// File: tools/commands.h
//
// The subcommands of the factcheck CLI. Each reads its flags (declared in
// commands.cc), runs, writes its output, and returns:
//   OkStatus        nothing to report at or above --fail-on;
//   AbortedError    findings at or above --fail-on (exit code 1), already
//                   printed; for `lsp`, the client ended the session
//                   without shutdown (exit code 1, as LSP asks);
//   any other code  a usage or input error whose message is printed as
//                   "factcheck: MESSAGE" (exit code 2).

#ifndef FACTCHECK_TOOLS_COMMANDS_H_
#define FACTCHECK_TOOLS_COMMANDS_H_

#include <string>
#include <vector>

#include "absl/status/status.h"

namespace factcheck {

// Runs `command` with `files` (the positional arguments) after checking
// the flags' values and combinations (InvalidArgumentError, exit code 2):
// a value out of range, --baseline with --write-baseline, a flag of another
// command (--analysis, --sources), --changed-lines-only without a diff on
// standard input. --diff-base implies --changed-lines-only. With
// --keep-going, unreadable inputs are left out and listed in the report,
// and the status is InvalidArgumentError once the report is written.
absl::Status RunCommand(const std::string& command,
                        const std::vector<std::string>& files);

// Whether `command` is one of extract, audit, check, diff.
bool IsCommand(const std::string& command);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_COMMANDS_H_
