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

absl::Status RunCommand(const std::string& command,
                        const std::vector<std::string>& files);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_COMMANDS_H_
