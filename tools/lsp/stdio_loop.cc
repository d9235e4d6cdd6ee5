#include "tools/lsp/stdio_loop.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include "spdlog/spdlog.h"
#include "tools/lsp/framing.h"

namespace factcheck {
namespace lsp {
namespace {

bool WriteAll(int fd, const std::vector<std::string>& bodies) {
  for (const std::string& body : bodies) {
    const std::string framed = FrameMessage(body);
    size_t done = 0;
    while (done < framed.size()) {
      ssize_t n = ::write(fd, framed.data() + done, framed.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      done += static_cast<size_t>(n);
    }
  }
  return true;
}

// Milliseconds until the next draft is due; -1 (wait for input) if none.
int PollTimeout(const LspServer& server) {
  std::optional<LspServer::Clock::time_point> due = server.NextDue();
  if (!due) return -1;
  auto wait = std::chrono::ceil<std::chrono::milliseconds>(*due - LspServer::Clock::now());
  return static_cast<int>(std::clamp<int64_t>(wait.count(), 0, 60 * 1000));
}

}  // namespace

int RunStdioLoop(LspServer& server, int in_fd, int out_fd) {
  MessageReader reader;
  std::vector<char> buffer(1 << 16);
  for (;;) {
    // Every whole message read so far, each followed by the checks then
    // due (with no debounce, a draft is checked before the next message).
    for (;;) {
      if (!WriteAll(out_fd, server.RunDue(LspServer::Clock::now()))) return 1;
      absl::StatusOr<std::optional<std::string>> body = reader.Next();
      if (!body.ok()) {
        spdlog::warn("lsp: {}", std::string(body.status().message()));
        continue;
      }
      if (!body->has_value()) break;
      if (!WriteAll(out_fd, server.Handle(**body, LspServer::Clock::now()))) return 1;
      if (server.exited()) return server.exit_code();
    }

    struct pollfd in = {in_fd, POLLIN, 0};
    const int ready = ::poll(&in, 1, PollTimeout(server));
    if (ready < 0 && errno != EINTR) return 1;
    if (ready <= 0) continue;  // a draft is due, or a signal
    const ssize_t n = ::read(in_fd, buffer.data(), buffer.size());
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) return n == 0 ? server.exit_code() : 1;
    reader.Append(absl::string_view(buffer.data(), static_cast<size_t>(n)));
  }
}

}  // namespace lsp
}  // namespace factcheck
