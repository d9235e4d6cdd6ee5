#include "tools/lsp/framing.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace lsp {
namespace {

// Every body `reader` can hand out now, with "!" for each error.
std::vector<std::string> Drain(MessageReader& reader) {
  std::vector<std::string> out;
  for (;;) {
    absl::StatusOr<std::optional<std::string>> next = reader.Next();
    if (!next.ok()) {
      out.push_back("!");
      continue;
    }
    if (!next->has_value()) return out;
    out.push_back(**next);
  }
}

TEST(MessageReader, ReadsMessagesSplitAnywhere) {
  const std::string stream = FrameMessage(R"({"a":1})") +
                             "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" +
                             FrameMessage("{\"t\":\"caf\xc3\xa9\"}");
  // Content-Length counts bytes: "café" is five.
  EXPECT_EQ(FrameMessage("{\"t\":\"caf\xc3\xa9\"}").substr(0, 20), "Content-Length: 13\r\n");
  for (size_t piece = 1; piece <= stream.size(); ++piece) {
    MessageReader reader;
    std::vector<std::string> bodies;
    for (size_t i = 0; i < stream.size(); i += piece) {
      reader.Append(stream.substr(i, piece));
      for (const std::string& b : Drain(reader)) bodies.push_back(b);
    }
    EXPECT_EQ(bodies, (std::vector<std::string>{R"({"a":1})", "{\"t\":\"caf\xc3\xa9\"}"}))
        << "pieces of " << piece;
    EXPECT_EQ(reader.buffered(), 0u);
  }
}

TEST(MessageReader, HeaderNamesAreCaseInsensitive) {
  MessageReader reader;
  reader.Append("content-length:   2 \r\n\r\n{}");
  EXPECT_EQ(Drain(reader), std::vector<std::string>{"{}"});
}

TEST(MessageReader, SkipsABrokenHeaderAndReadsWhatFollows) {
  MessageReader reader;
  reader.Append("Content-Length: twelve\r\n\r\n");
  reader.Append("garbage without colon\r\n\r\n");
  reader.Append("Content-Type: x\r\n\r\n");  // no length at all
  reader.Append("Content-Length: -1\r\n\r\n");
  reader.Append(FrameMessage("[]"));
  EXPECT_EQ(Drain(reader), (std::vector<std::string>{"!", "!", "!", "!", "[]"}));
}

TEST(MessageReader, RefusesAnEndlessHeader) {
  MessageReader reader;
  reader.Append(std::string(kMaxHeaderBytes + 1, 'x'));
  EXPECT_EQ(Drain(reader), std::vector<std::string>{"!"});
  reader.Append(FrameMessage("{}"));
  EXPECT_EQ(Drain(reader), std::vector<std::string>{"{}"});
}

TEST(MessageReader, DropsAnOversizedBodyAsItArrives) {
  MessageReader reader;
  const int64_t size = kMaxBodyBytes + 10;
  reader.Append("Content-Length: " + std::to_string(size) + "\r\n\r\n0123");
  EXPECT_EQ(Drain(reader), std::vector<std::string>{"!"});
  EXPECT_EQ(reader.buffered(), 0u);
  reader.Append(std::string(static_cast<size_t>(size - 4), 'x'));  // the rest of it
  reader.Append(FrameMessage("{}"));
  EXPECT_EQ(Drain(reader), std::vector<std::string>{"{}"});
}

TEST(MessageReader, WaitsForTheWholeBody) {
  MessageReader reader;
  reader.Append("Content-Length: 9\r\n\r\n{\"a\":");
  EXPECT_EQ(Drain(reader), std::vector<std::string>{});
  reader.Append("123}");
  EXPECT_EQ(Drain(reader), std::vector<std::string>{"{\"a\":123}"});
}

}  // namespace
}  // namespace lsp
}  // namespace factcheck
