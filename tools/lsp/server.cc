#include "tools/lsp/server.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "spdlog/spdlog.h"
#include "tools/lsp/code_actions.h"
#include "tools/lsp/diagnostics.h"
#include "tools/lsp/uri.h"

namespace factcheck {
namespace lsp {
namespace {

bool IsId(const Json& id) {
  return id.kind_case() == Json::kNumberValue || id.kind_case() == Json::kStringValue;
}

// The format a draft is read in: by languageId, else by extension;
// nullopt for a document that is not a draft (source code, JSON, ...).
std::optional<InputFormat> DraftFormat(const std::string& language, const std::string& path) {
  if (language == "markdown") return INPUT_FORMAT_MARKDOWN;
  if (language == "html") return INPUT_FORMAT_HTML;
  if (language == "plaintext" || language == "text") return INPUT_FORMAT_TEXT;
  const std::string lower = absl::AsciiStrToLower(path);
  if (absl::EndsWith(lower, ".md") || absl::EndsWith(lower, ".markdown")) {
    return INPUT_FORMAT_MARKDOWN;
  }
  if (absl::EndsWith(lower, ".html") || absl::EndsWith(lower, ".htm")) return INPUT_FORMAT_HTML;
  if (absl::EndsWith(lower, ".txt")) return INPUT_FORMAT_TEXT;
  return std::nullopt;
}

// The first line of protobuf's parse error, ASCII only: the rest quotes
// the input, which need not be UTF-8 and cannot go into a JSON string.
std::string ParseErrorMessage(absl::string_view reason) {
  std::string out = "parse error: ";
  for (char c : reason.substr(0, reason.find('\n'))) {
    if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F) {
      out.push_back(c);
    }
  }
  return out;
}

Json Capabilities() {
  return Object({
      {"capabilities",
       Object({{"positionEncoding", String("utf-16")},
               {"textDocumentSync", Object({{"openClose", Bool(true)}, {"change", Number(1)}})},
               {"codeActionProvider",
                Object({{"codeActionKinds", Array({String("quickfix")})}})}})},
      {"serverInfo", Object({{"name", String("factcheck")}})},
  });
}

}  // namespace

std::vector<std::string> LspServer::Handle(absl::string_view body, Clock::time_point now) {
  absl::StatusOr<Json> message = ParseJson(body);
  if (!message.ok()) {
    ReplyError(Null(), kParseError, ParseErrorMessage(message.status().message()));
  } else if (message->kind_case() != Json::kStructValue) {
    ReplyError(Null(), kInvalidRequest, "invalid request: not a JSON object");
  } else {
    const Json* id = At(*message, {"id"});
    const std::optional<std::string> method = StringAt(*message, {"method"});
    const Json* params = At(*message, {"params"});
    if (!method && id != nullptr && (At(*message, {"result"}) || At(*message, {"error"}))) {
      // A response: the server sends no requests, so there is nothing to match.
    } else if (!method || (id != nullptr && !IsId(*id))) {
      ReplyError(id != nullptr && IsId(*id) ? *id : Null(), kInvalidRequest,
                 "invalid request: a JSON-RPC message needs a method and a number or string id");
    } else if (id != nullptr) {
      Request(*id, *method, params != nullptr ? *params : Json());
    } else {
      Notification(*method, params != nullptr ? *params : Json(), now);
    }
  }
  return std::exchange(outbox_, {});
}

void LspServer::Request(const Json& id, const std::string& method, const Json& params) {
  if (state_ == State::kStarting && method != "initialize") {
    ReplyError(id, kServerNotInitialized, "server not initialized: send initialize first");
  } else if (state_ != State::kStarting && state_ != State::kRunning) {
    ReplyError(id, kInvalidRequest, "the server is shutting down; only exit is accepted");
  } else if (method == "initialize") {
    if (state_ != State::kStarting) {
      ReplyError(id, kInvalidRequest, "initialize was already received");
    } else {
      Initialize(id);
    }
  } else if (method == "shutdown") {
    state_ = State::kShuttingDown;
    shutdown_ = true;
    Reply(id, Null());
  } else if (method == "textDocument/codeAction") {
    CodeAction(id, params);
  } else {
    ReplyError(id, kMethodNotFound, absl::StrCat("method not found: ", method));
  }
}

void LspServer::Notification(const std::string& method, const Json& params,
                             Clock::time_point now) {
  if (method == "exit") {
    state_ = State::kExited;
    return;
  }
  if (state_ != State::kRunning) {
    spdlog::info("lsp: {} dropped (not running)", method);
    return;
  }
  if (method == "textDocument/didOpen") {
    Open(params, now);
  } else if (method == "textDocument/didChange") {
    Change(params, now);
  } else if (method == "textDocument/didClose") {
    Close(params);
  } else {
    spdlog::info("lsp: notification {} ignored", method);  // initialized, $/..., didSave
  }
}

void LspServer::Initialize(const Json& id) {
  state_ = State::kRunning;
  absl::StatusOr<std::unique_ptr<DraftChecker>> checker =
      options_.load_checker ? options_.load_checker()
                            : absl::FailedPreconditionError("no sources loader");
  Reply(id, Capabilities());
  if (checker.ok()) {
    checker_ = std::move(*checker);
    spdlog::info("lsp: {} sources read", checker_->source_count());
    return;
  }
  spdlog::error("lsp: {}", std::string(checker.status().message()));
  Notify("window/showMessage",
         Object({{"type", Number(1)},
                 {"message", String(absl::StrCat("factcheck: ", checker.status().message()))}}));
}

void LspServer::Open(const Json& params, Clock::time_point now) {
  std::optional<std::string> uri = StringAt(params, {"textDocument", "uri"});
  std::optional<std::string> text = StringAt(params, {"textDocument", "text"});
  if (!uri || !text) {
    spdlog::warn("lsp: didOpen without textDocument.uri and text");
    return;
  }
  const std::string path = PathFromUri(*uri).value_or(*uri);
  std::optional<InputFormat> format =
      DraftFormat(StringAt(params, {"textDocument", "languageId"}).value_or(""), path);
  if (!format) return;
  Draft& draft = drafts_[*uri];
  draft = Draft{*uri, path, *format,
                NumberAt(params, {"textDocument", "version"}).value_or(0), *text, now};
}

void LspServer::Change(const Json& params, Clock::time_point now) {
  std::optional<std::string> uri = StringAt(params, {"textDocument", "uri"});
  auto it = uri ? drafts_.find(*uri) : drafts_.end();
  const Json* changes = At(params, {"contentChanges"});
  if (it == drafts_.end() || changes == nullptr || changes->kind_case() != Json::kListValue) {
    return;
  }
  Draft& draft = it->second;
  for (const Json& change : changes->list_value().values()) {
    std::optional<std::string> text = StringAt(change, {"text"});
    if (!text) continue;
    if (At(change, {"range"}) == nullptr) {
      draft.text = *text;
      continue;
    }
    // An incremental change (sent although the server asks for full text).
    PositionIndex index(draft.text);
    auto offset = [&](absl::string_view end) {
      return index.OffsetOf(Position{
          static_cast<int>(NumberAt(change, {"range", end, "line"}).value_or(0)),
          static_cast<int>(NumberAt(change, {"range", end, "character"}).value_or(0))});
    };
    const int64_t begin = offset("start");
    const int64_t end = std::max(begin, offset("end"));
    draft.text.replace(static_cast<size_t>(begin), static_cast<size_t>(end - begin), *text);
  }
  draft.version = NumberAt(params, {"textDocument", "version"}).value_or(draft.version);
  draft.due = now + options_.debounce;
}

void LspServer::Close(const Json& params) {
  std::optional<std::string> uri = StringAt(params, {"textDocument", "uri"});
  if (!uri || drafts_.erase(*uri) == 0) return;
  Notify("textDocument/publishDiagnostics",
         Object({{"uri", String(*uri)}, {"diagnostics", Array({})}}));
}

void LspServer::CodeAction(const Json& id, const Json& params) {
  std::optional<std::string> uri = StringAt(params, {"textDocument", "uri"});
  if (!uri) {
    ReplyError(id, kInvalidParams, "codeAction needs textDocument.uri");
    return;
  }
  auto it = drafts_.find(*uri);
  if (it == drafts_.end()) {
    Reply(id, Array({}));
    return;
  }
  const Draft& draft = it->second;
  SourceText text;
  text.bytes = draft.text;
  text.format = draft.format;
  Reply(id, CodeActionsFor(draft.uri, draft.path, text, PositionIndex(draft.text), params));
}

std::vector<std::string> LspServer::RunDue(Clock::time_point now) {
  for (auto& [uri, draft] : drafts_) {
    if (draft.due && *draft.due <= now) {
      draft.due.reset();
      Publish(draft);
    }
  }
  return std::exchange(outbox_, {});
}

std::optional<LspServer::Clock::time_point> LspServer::NextDue() const {
  std::optional<Clock::time_point> next;
  for (const auto& [uri, draft] : drafts_) {
    if (draft.due && (!next || *draft.due < *next)) next = draft.due;
  }
  return next;
}

void LspServer::Publish(Draft& draft) {
  if (checker_ == nullptr) return;  // the reason was shown at initialize
  PositionIndex index(draft.text);
  DiagnosticContext context{draft.path, draft.uri, &index,
                            [this](const std::string& path) { return SourcePositions(path); }};
  absl::StatusOr<Report> report = checker_->Check(draft.path, draft.format, draft.text);
  Json diagnostics = report.ok() ? DiagnosticsOf(*report, context)
                                 : Array({ErrorDiagnostic(report.status(), context)});
  Notify("textDocument/publishDiagnostics", Object({{"uri", String(draft.uri)},
                                                    {"version", Number(draft.version)},
                                                    {"diagnostics", std::move(diagnostics)}}));
}

const PositionIndex* LspServer::SourcePositions(const std::string& path) {
  auto it = source_positions_.find(path);
  if (it != source_positions_.end()) return it->second.get();
  const SourceText* text = FindSourceText(checker_->source_texts(), path);
  std::unique_ptr<PositionIndex>& index = source_positions_[path];
  if (text != nullptr) index = std::make_unique<PositionIndex>(text->bytes);
  return index.get();
}

void LspServer::Send(const Json& message) { outbox_.push_back(WriteJson(message)); }

void LspServer::Reply(const Json& id, Json result) {
  Send(Object({{"jsonrpc", String("2.0")}, {"id", id}, {"result", std::move(result)}}));
}

void LspServer::ReplyError(const Json& id, int code, const std::string& message) {
  Send(Object({{"jsonrpc", String("2.0")},
               {"id", id},
               {"error", Object({{"code", Number(code)}, {"message", String(message)}})}}));
}

void LspServer::Notify(const std::string& method, Json params) {
  Send(Object({{"jsonrpc", String("2.0")},
               {"method", String(method)},
               {"params", std::move(params)}}));
}

}  // namespace lsp
}  // namespace factcheck
