// File: tools/lsp/stdio_loop.h
//
// Runs an LspServer over two file descriptors (stdin and stdout for
// `factcheck lsp`): reads framed messages (tools/lsp/framing.h) as they
// arrive, hands each to the server, writes what it answers, and checks
// drafts when their debounce expires (before the next message is handled,
// so with no debounce every version is checked), waiting on input in
// between with poll(2). One thread: a check runs to its end before the
// next message is read; changes typed meanwhile wait in the pipe, and each
// moves the draft's due time on. A broken header is logged (spdlog,
// stderr) and skipped.
//
// Example:
//   LspServer server(options);
//   int code = RunStdioLoop(server, STDIN_FILENO, STDOUT_FILENO);

#ifndef FACTCHECK_TOOLS_LSP_STDIO_LOOP_H_
#define FACTCHECK_TOOLS_LSP_STDIO_LOOP_H_

#include "tools/lsp/server.h"

namespace factcheck {
namespace lsp {

// Returns the exit code: the server's after `exit`; at the end of input,
// 0 if shutdown was received and 1 if not; 1 when reading or writing
// fails (the client went away).
int RunStdioLoop(LspServer& server, int in_fd, int out_fd);

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_STDIO_LOOP_H_
