#include "tools/lsp/stdio_loop.h"

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "tools/lsp/framing.h"
#include "tools/lsp/json.h"
#include "tools/lsp/test_sources.h"

namespace factcheck {
namespace lsp {
namespace {

std::string Message(const std::string& body) { return FrameMessage(body); }

std::string DidOpen() {
  return WriteJson(Object(
      {{"jsonrpc", String("2.0")},
       {"method", String("textDocument/didOpen")},
       {"params", Object({{"textDocument", Object({{"uri", String("file:///d/bridge.md")},
                                                   {"languageId", String("markdown")},
                                                   {"version", Number(1)},
                                                   {"text", String(kTestDraft)}})}})}}));
}

class StdioLoopTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TestSources sources = WriteTestSources("stdio_loop");
    DraftCheckerOptions checker;
    checker.config_path = sources.config;
    checker.sources = {sources.wire};
    checker.load.progress = false;
    options_.debounce = std::chrono::milliseconds(0);
    options_.load_checker = [checker] { return DraftChecker::Load(checker); };
  }

  // Runs the loop on `input` (then end of input); returns the exit code
  // and sets *output to the message bodies written.
  int Run(const std::string& input, std::vector<std::string>* output) {
    int in[2], out[2];
    EXPECT_EQ(::pipe(in), 0);
    EXPECT_EQ(::pipe(out), 0);
    std::string written;
    std::thread reader([&] {
      char buffer[4096];
      ssize_t n;
      while ((n = ::read(out[0], buffer, sizeof buffer)) > 0) written.append(buffer, n);
    });
    std::thread writer([&] {
      // In small pieces, as a pipe may deliver them.
      for (size_t i = 0; i < input.size(); i += 7) {
        EXPECT_GT(::write(in[1], input.data() + i, std::min<size_t>(7, input.size() - i)), 0);
      }
      ::close(in[1]);
    });
    LspServer server(options_);
    const int code = RunStdioLoop(server, in[0], out[1]);
    ::close(out[1]);
    writer.join();
    reader.join();
    ::close(in[0]);
    ::close(out[0]);
    MessageReader messages;
    messages.Append(written);
    for (;;) {
      absl::StatusOr<std::optional<std::string>> body = messages.Next();
      EXPECT_TRUE(body.ok());
      if (!body.ok() || !body->has_value()) break;
      output->push_back(**body);
    }
    EXPECT_EQ(messages.buffered(), 0u);
    return code;
  }

  LspServerOptions options_;
};

TEST_F(StdioLoopTest, ServesASessionFromInitializeToExit) {
  const std::string input =
      Message(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})") +
      Message(R"({"jsonrpc":"2.0","method":"initialized","params":{}})") + Message(DidOpen()) +
      "Content-Length: nope\r\n\r\n" +  // skipped, the session goes on
      Message(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})") +
      Message(R"({"jsonrpc":"2.0","method":"exit"})") +
      Message(R"({"jsonrpc":"2.0","id":3,"method":"never/read"})");
  std::vector<std::string> output;
  EXPECT_EQ(Run(input, &output), 0);
  std::vector<std::string> kinds;
  for (const std::string& body : output) {
    absl::StatusOr<Json> json = ParseJson(body);
    ASSERT_TRUE(json.ok()) << body;
    kinds.push_back(StringAt(*json, {"method"}).value_or(
        "reply " + std::to_string(static_cast<int>(NumberAt(*json, {"id"}).value_or(-1)))));
    if (StringAt(*json, {"method"}) == "textDocument/publishDiagnostics") {
      EXPECT_EQ(At(*json, {"params", "diagnostics"})->list_value().values_size(), 1) << body;
    }
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"reply 1", "textDocument/publishDiagnostics",
                                             "reply 2"}));
}

TEST_F(StdioLoopTest, EndOfInputWithoutShutdownIsExitCodeOne) {
  std::vector<std::string> output;
  EXPECT_EQ(Run(Message(R"({"jsonrpc":"2.0","id":1,"method":"initialize"})"), &output), 1);
  EXPECT_EQ(output.size(), 1u);
  output.clear();
  EXPECT_EQ(Run(Message(R"({"jsonrpc":"2.0","id":1,"method":"initialize"})") +
                    Message(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})"),
                &output),
            0);
}

TEST_F(StdioLoopTest, AClosedOutputEndsTheLoop) {
  int in[2], out[2];
  ASSERT_EQ(::pipe(in), 0);
  ASSERT_EQ(::pipe(out), 0);
  ::close(out[0]);  // nobody reads: writing fails with EPIPE
  std::signal(SIGPIPE, SIG_IGN);
  const std::string input = Message(R"({"jsonrpc":"2.0","id":1,"method":"shutdown"})");
  ASSERT_EQ(::write(in[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
  LspServer server(options_);
  EXPECT_EQ(RunStdioLoop(server, in[0], out[1]), 1);
  ::close(in[0]);
  ::close(in[1]);
  ::close(out[1]);
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
