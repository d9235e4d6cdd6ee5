// File: tools/lsp/server.h
//
// The language server behind `factcheck lsp`, without its transport: it
// takes one JSON-RPC message body at a time and returns the bodies to send
// back, so that tests drive it with their own clock. tools/lsp/stdio_loop.h
// runs it over stdin and stdout.
//
// Lifecycle (LSP 3.17): `initialize` loads the sources once (a failure is
// shown with window/showMessage and no draft is checked); `shutdown`, then
// `exit` (exit_code() 0; 1 when exit comes without shutdown). Before
// initialize, requests get -32002 (ServerNotInitialized) and notifications
// are dropped; after shutdown, requests get -32600 (InvalidRequest).
// Text that is not JSON gets -32700 (ParseError), a message that is not a
// JSON-RPC request -32600, an unknown request -32601 (MethodNotFound);
// unknown notifications are ignored.
//
// Drafts: textDocument/didOpen of a Markdown, HTML or plain-text document
// (by languageId, else by extension) checks it at once; didChange (full
// text, or ranges) checks it `debounce` after the last change; didClose
// clears its diagnostics. Each check publishes textDocument/
// publishDiagnostics (tools/lsp/diagnostics.h) with the version checked.
// textDocument/codeAction offers the suppressions of
// tools/lsp/code_actions.h for the diagnostics it is sent.
//
// Example:
//   LspServerOptions options;
//   options.debounce = std::chrono::milliseconds(0);
//   options.load_checker = [] { return DraftChecker::Load(checker_options); };
//   LspServer server(options);
//   std::vector<std::string> replies = server.Handle(body, LspServer::Clock::now());
//   std::vector<std::string> published = server.RunDue(LspServer::Clock::now());

#ifndef FACTCHECK_TOOLS_LSP_SERVER_H_
#define FACTCHECK_TOOLS_LSP_SERVER_H_

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/document.pb.h"
#include "tools/lsp/draft_checker.h"
#include "tools/lsp/json.h"
#include "tools/lsp/positions.h"

namespace factcheck {
namespace lsp {

// JSON-RPC and LSP error codes.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kServerNotInitialized = -32002;

struct LspServerOptions {
  // How long after the last change a draft is checked again. Default: 300 ms.
  std::chrono::milliseconds debounce{300};
  // Reads the sources; called once, at initialize.
  std::function<absl::StatusOr<std::unique_ptr<DraftChecker>>()> load_checker;
};

class LspServer {
 public:
  using Clock = std::chrono::steady_clock;

  explicit LspServer(LspServerOptions options) : options_(std::move(options)) {}

  // Handles one message body received at `now`; returns the bodies to
  // send, in order (replies, and notifications such as showMessage).
  std::vector<std::string> Handle(absl::string_view body, Clock::time_point now);

  // Checks every draft due by `now`; returns their publishDiagnostics.
  std::vector<std::string> RunDue(Clock::time_point now);

  // When the next draft is due; nullopt when none waits.
  std::optional<Clock::time_point> NextDue() const;

  bool exited() const { return state_ == State::kExited; }
  // The process's exit code once exited(), or at the end of its input:
  // 0 after shutdown, else 1.
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  enum class State { kStarting, kRunning, kShuttingDown, kExited };

  struct Draft {
    std::string uri;
    std::string path;  // the file's path, or the URI when it has none
    InputFormat format = INPUT_FORMAT_TEXT;
    double version = 0;
    std::string text;
    std::optional<Clock::time_point> due;
  };

  void Request(const Json& id, const std::string& method, const Json& params);
  void Notification(const std::string& method, const Json& params, Clock::time_point now);
  void Initialize(const Json& id);
  void Open(const Json& params, Clock::time_point now);
  void Change(const Json& params, Clock::time_point now);
  void Close(const Json& params);
  void CodeAction(const Json& id, const Json& params);
  void Publish(Draft& draft);
  const PositionIndex* SourcePositions(const std::string& path);

  void Send(const Json& message);
  void Reply(const Json& id, Json result);
  void ReplyError(const Json& id, int code, const std::string& message);
  void Notify(const std::string& method, Json params);

  LspServerOptions options_;
  State state_ = State::kStarting;
  bool shutdown_ = false;
  std::unique_ptr<DraftChecker> checker_;
  std::map<std::string, Draft> drafts_;  // by URI
  std::map<std::string, std::unique_ptr<PositionIndex>> source_positions_;
  std::vector<std::string> outbox_;
};

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_SERVER_H_
