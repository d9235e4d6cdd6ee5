#include "tools/lsp/server.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tools/lsp/test_sources.h"
#include "tools/lsp/uri.h"

namespace factcheck {
namespace lsp {
namespace {

using Clock = LspServer::Clock;
using std::chrono::milliseconds;

const char kUri[] = "file:///drafts/bridge.md";

Json Parsed(const std::string& body) {
  absl::StatusOr<Json> json = ParseJson(body);
  EXPECT_TRUE(json.ok()) << body;
  return json.ok() ? *json : Json();
}

std::string Request(int id, const std::string& method, Json params = Object({})) {
  return WriteJson(Object({{"jsonrpc", String("2.0")},
                           {"id", Number(id)},
                           {"method", String(method)},
                           {"params", std::move(params)}}));
}

std::string Notification(const std::string& method, Json params = Object({})) {
  return WriteJson(Object(
      {{"jsonrpc", String("2.0")}, {"method", String(method)}, {"params", std::move(params)}}));
}

std::string DidOpen(const std::string& uri, const std::string& language, const std::string& text) {
  return Notification("textDocument/didOpen",
                      Object({{"textDocument", Object({{"uri", String(uri)},
                                                       {"languageId", String(language)},
                                                       {"version", Number(1)},
                                                       {"text", String(text)}})}}));
}

std::string DidChange(int version, Json change) {
  return Notification(
      "textDocument/didChange",
      Object({{"textDocument", Object({{"uri", String(kUri)}, {"version", Number(version)}})},
              {"contentChanges", Array({std::move(change)})}}));
}

std::string DidChangeText(int version, const std::string& text) {
  return DidChange(version, Object({{"text", String(text)}}));
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sources_ = WriteTestSources("server");
    DraftCheckerOptions checker;
    checker.config_path = sources_.config;
    checker.sources = {sources_.wire};
    checker.load.progress = false;
    options_.debounce = milliseconds(0);
    options_.load_checker = [checker] { return DraftChecker::Load(checker); };
  }

  // Sends `body` at `now_` and returns the parsed answers.
  std::vector<Json> Send(LspServer& server, const std::string& body) {
    std::vector<Json> out;
    for (const std::string& b : server.Handle(body, now_)) out.push_back(Parsed(b));
    return out;
  }

  std::vector<Json> Due(LspServer& server) {
    std::vector<Json> out;
    for (const std::string& b : server.RunDue(now_)) out.push_back(Parsed(b));
    return out;
  }

  void Initialize(LspServer& server) {
    std::vector<Json> replies = Send(server, Request(1, "initialize"));
    ASSERT_EQ(replies.size(), 1u);
    ASSERT_NE(At(replies[0], {"result", "capabilities"}), nullptr) << WriteJson(replies[0]);
    EXPECT_TRUE(Send(server, Notification("initialized")).empty());
  }

  // The diagnostics of one publishDiagnostics for kUri.
  static const google::protobuf::ListValue& Diagnostics(const Json& published) {
    EXPECT_EQ(StringAt(published, {"method"}), "textDocument/publishDiagnostics");
    EXPECT_EQ(StringAt(published, {"params", "uri"}), kUri);
    return At(published, {"params", "diagnostics"})->list_value();
  }

  TestSources sources_;
  LspServerOptions options_;
  Clock::time_point now_ = Clock::now();
};

TEST_F(ServerTest, InitializeAnswersWithTheCapabilities) {
  LspServer server(options_);
  std::vector<Json> replies = Send(server, Request(1, "initialize"));
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(NumberAt(replies[0], {"id"}), 1);
  EXPECT_EQ(NumberAt(replies[0], {"result", "capabilities", "textDocumentSync", "change"}), 1);
  EXPECT_EQ(StringAt(replies[0], {"result", "capabilities", "positionEncoding"}), "utf-16");
  EXPECT_NE(At(replies[0], {"result", "capabilities", "codeActionProvider"}), nullptr);
  EXPECT_EQ(StringAt(replies[0], {"result", "serverInfo", "name"}), "factcheck");
  replies = Send(server, Request(2, "initialize"));
  EXPECT_EQ(NumberAt(replies[0], {"error", "code"}), kInvalidRequest);
}

TEST_F(ServerTest, PublishesTheContradictionWithItsUtf16Range) {
  LspServer server(options_);
  Initialize(server);
  EXPECT_TRUE(Send(server, DidOpen(kUri, "markdown", kTestDraft)).empty());
  std::vector<Json> published = Due(server);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(NumberAt(published[0], {"params", "version"}), 1);
  const google::protobuf::ListValue& diagnostics = Diagnostics(published[0]);
  ASSERT_EQ(diagnostics.values_size(), 1) << WriteJson(published[0]);
  const Json& d = diagnostics.values(0);
  EXPECT_EQ(StringAt(d, {"code"}), "QUANTITY_CONFLICT");
  EXPECT_EQ(NumberAt(d, {"severity"}), 1);  // Error: the one source contradicts the draft
  EXPECT_EQ(NumberAt(d, {"range", "start", "line"}), 2);
  EXPECT_EQ(NumberAt(d, {"range", "start", "character"}), 85);
  EXPECT_EQ(NumberAt(d, {"range", "end", "character"}), 94);  // "six years"
  const Json& related = At(d, {"relatedInformation"})->list_value().values(0);
  EXPECT_EQ(StringAt(related, {"location", "uri"}), UriFromPath(sources_.wire + "/harbour.txt"));
  EXPECT_EQ(NumberAt(related, {"location", "range", "start", "line"}), 2);
  EXPECT_EQ(NumberAt(related, {"location", "range", "start", "character"}), 59);
  EXPECT_EQ(StringAt(related, {"message"}).value_or("").rfind("against: ", 0), 0u);
  // Nothing more is due.
  EXPECT_TRUE(Due(server).empty());
  EXPECT_EQ(server.NextDue(), std::nullopt);
}

TEST_F(ServerTest, FixingTheTextClearsTheDiagnostic) {
  LspServer server(options_);
  Initialize(server);
  Send(server, DidOpen(kUri, "markdown", kTestDraft));
  Due(server);
  Send(server, DidChangeText(2, kTestDraftFixed));
  std::vector<Json> published = Due(server);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(NumberAt(published[0], {"params", "version"}), 2);
  EXPECT_EQ(Diagnostics(published[0]).values_size(), 0);
  // A change by range (incremental) is applied too: "four" back to "six".
  const std::string fixed = kTestDraftFixed;
  const int character = 85;
  Send(server, DidChange(3, Object({{"range", Object({{"start", Object({{"line", Number(2)},
                                                                       {"character", Number(character)}})},
                                                     {"end", Object({{"line", Number(2)},
                                                                     {"character", Number(character + 4)}})}})},
                                   {"text", String("six")}})));
  published = Due(server);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(Diagnostics(published[0]).values_size(), 1);
}

TEST_F(ServerTest, ChecksWaitForTheDebounceAfterTheLastChange) {
  options_.debounce = milliseconds(300);
  LspServer server(options_);
  Initialize(server);
  Send(server, DidOpen(kUri, "markdown", kTestDraftFixed));
  ASSERT_EQ(Due(server).size(), 1u);  // opening checks at once
  const Clock::time_point start = now_;
  Send(server, DidChangeText(2, kTestDraft));
  now_ = start + milliseconds(200);
  Send(server, DidChangeText(3, kTestDraft));
  EXPECT_EQ(server.NextDue(), start + milliseconds(500));
  now_ = start + milliseconds(499);
  EXPECT_TRUE(Due(server).empty());
  now_ = start + milliseconds(500);
  std::vector<Json> published = Due(server);
  ASSERT_EQ(published.size(), 1u);  // one check for both changes
  EXPECT_EQ(NumberAt(published[0], {"params", "version"}), 3);
  EXPECT_EQ(Diagnostics(published[0]).values_size(), 1);
}

TEST_F(ServerTest, TheQuickFixInsertsTheSuppressionAndApplyingItClearsTheDiagnostic) {
  LspServer server(options_);
  Initialize(server);
  Send(server, DidOpen(kUri, "markdown", kTestDraft));
  std::vector<Json> published = Due(server);
  ASSERT_EQ(published.size(), 1u);
  ASSERT_EQ(Diagnostics(published[0]).values_size(), 1);
  const Json diagnostic = Diagnostics(published[0]).values(0);
  std::vector<Json> replies = Send(
      server, Request(5, "textDocument/codeAction",
                      Object({{"textDocument", Object({{"uri", String(kUri)}})},
                              {"range", *At(diagnostic, {"range"})},
                              {"context", Object({{"diagnostics", Array({diagnostic})}})}})));
  ASSERT_EQ(replies.size(), 1u);
  const google::protobuf::ListValue& actions = At(replies[0], {"result"})->list_value();
  ASSERT_EQ(actions.values_size(), 1) << WriteJson(replies[0]);
  const Json& edit = At(actions.values(0), {"edit", "changes", kUri})->list_value().values(0);
  EXPECT_EQ(StringAt(edit, {"newText"}), "<!-- factcheck-disable-next-line QUANTITY_CONFLICT -->\n");
  EXPECT_EQ(NumberAt(edit, {"range", "start", "line"}), 2);
  EXPECT_EQ(NumberAt(edit, {"range", "start", "character"}), 0);

  std::string suppressed = kTestDraft;
  suppressed.insert(suppressed.find("Le caf"), *StringAt(edit, {"newText"}));
  Send(server, DidChangeText(2, suppressed));
  published = Due(server);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(Diagnostics(published[0]).values_size(), 0);  // and no UNUSED_SUPPRESSION
}

TEST_F(ServerTest, ClosingClearsAndOtherDocumentsAreNotDrafts) {
  LspServer server(options_);
  Initialize(server);
  Send(server, DidOpen(kUri, "markdown", kTestDraft));
  Due(server);
  std::vector<Json> cleared =
      Send(server, Notification("textDocument/didClose",
                                Object({{"textDocument", Object({{"uri", String(kUri)}})}})));
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_EQ(Diagnostics(cleared[0]).values_size(), 0);
  Send(server, DidOpen("file:///src/main.cc", "cpp", kTestDraft));
  EXPECT_TRUE(Due(server).empty());
  // A plain-text draft by extension, whatever the languageId.
  Send(server, DidOpen("file:///drafts/bridge.txt", "", kTestDraft));
  std::vector<Json> published = Due(server);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(At(published[0], {"params", "diagnostics"})->list_value().values_size(), 1);
}

TEST_F(ServerTest, ADraftThatCannotBeCheckedShowsWhy) {
  LspServer server(options_);
  Initialize(server);
  Send(server, DidOpen(kUri, "markdown",
                       "Intro.\n<!-- factcheck-disable-next-line NOT_A_KIND -->\nText.\n"));
  std::vector<Json> published = Due(server);
  ASSERT_EQ(published.size(), 1u);
  const google::protobuf::ListValue& diagnostics = Diagnostics(published[0]);
  ASSERT_EQ(diagnostics.values_size(), 1);
  EXPECT_EQ(NumberAt(diagnostics.values(0), {"severity"}), 1);
  EXPECT_EQ(NumberAt(diagnostics.values(0), {"range", "start", "line"}), 1);
}

TEST_F(ServerTest, BadMessagesGetJsonRpcErrors) {
  LspServer server(options_);
  auto error = [&](const std::string& body) {
    std::vector<Json> replies = Send(server, body);
    EXPECT_EQ(replies.size(), 1u) << body;
    return replies.empty() ? 0.0 : NumberAt(replies[0], {"error", "code"}).value_or(0);
  };
  EXPECT_EQ(error("{\"id\": 1, \"method\": "), kParseError);
  EXPECT_EQ(error("not json \xff"), kParseError);
  EXPECT_EQ(error("[1, 2]"), kInvalidRequest);
  EXPECT_EQ(error(R"({"jsonrpc": "2.0", "id": 1})"), kInvalidRequest);
  EXPECT_EQ(error(R"({"jsonrpc": "2.0", "id": [1], "method": "shutdown"})"), kInvalidRequest);
  // Before initialize: requests are refused, notifications dropped.
  EXPECT_EQ(error(Request(2, "textDocument/codeAction")), kServerNotInitialized);
  EXPECT_TRUE(Send(server, DidOpen(kUri, "markdown", kTestDraft)).empty());
  Initialize(server);
  EXPECT_TRUE(Due(server).empty());  // the draft opened too early was not kept
  EXPECT_EQ(error(Request(3, "textDocument/hover")), kMethodNotFound);
  EXPECT_TRUE(Send(server, Notification("$/setTrace")).empty());
  EXPECT_TRUE(Send(server, Notification("workspace/didChangeConfiguration")).empty());
  // A string id is echoed.
  std::vector<Json> replies =
      Send(server, R"({"jsonrpc": "2.0", "id": "abc", "method": "no/such"})");
  EXPECT_EQ(StringAt(replies[0], {"id"}), "abc");
  // A response from the client is not answered.
  EXPECT_TRUE(Send(server, R"({"jsonrpc": "2.0", "id": 9, "result": null})").empty());
}

TEST_F(ServerTest, ShutdownThenExit) {
  LspServer server(options_);
  Initialize(server);
  std::vector<Json> replies = Send(server, Request(7, "shutdown"));
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(NumberAt(replies[0], {"id"}), 7);
  const Json* result = At(replies[0], {"result"});
  ASSERT_NE(result, nullptr);
  EXPECT_EQ(result->kind_case(), Json::kNullValue);
  EXPECT_EQ(NumberAt(Send(server, Request(8, "textDocument/codeAction"))[0], {"error", "code"}),
            kInvalidRequest);
  EXPECT_FALSE(server.exited());
  Send(server, Notification("exit"));
  EXPECT_TRUE(server.exited());
  EXPECT_EQ(server.exit_code(), 0);

  LspServer abrupt(options_);
  Initialize(abrupt);
  Send(abrupt, Notification("exit"));
  EXPECT_TRUE(abrupt.exited());
  EXPECT_EQ(abrupt.exit_code(), 1);  // exit without shutdown
}

TEST_F(ServerTest, SourcesThatCannotBeReadAreShownOnce) {
  options_.load_checker = [] {
    return absl::StatusOr<std::unique_ptr<DraftChecker>>(
        absl::InvalidArgumentError("no sources to check against"));
  };
  LspServer server(options_);
  std::vector<Json> replies = Send(server, Request(1, "initialize"));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_NE(At(replies[0], {"result", "capabilities"}), nullptr);
  EXPECT_EQ(StringAt(replies[1], {"method"}), "window/showMessage");
  EXPECT_EQ(NumberAt(replies[1], {"params", "type"}), 1);
  EXPECT_EQ(StringAt(replies[1], {"params", "message"}), "factcheck: no sources to check against");
  Send(server, DidOpen(kUri, "markdown", kTestDraft));
  EXPECT_TRUE(Due(server).empty());
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
