// Fuzzes the project file (.factcheck.textproto, proto/config.proto) and
// the known-facts file (proto/facts.proto): any text either loads or is
// refused with one line that names the file.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/status/statusor.h"
#include "claims/textproto.h"
#include "proto/facts.pb.h"
#include "tools/config.h"

namespace {

void CheckError(const absl::Status& status, const std::string& origin) {
  if (status.ok()) return;
  const std::string message(status.message());
  if (message.rfind(origin, 0) != 0 || message.find('\n') != std::string::npos) {
    std::fprintf(stderr, "error does not name %s on one line: %s\n", origin.c_str(),
                 message.c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string origin = "fuzz/.factcheck.textproto";
  absl::StatusOr<ProjectConfig> config = ParseProjectConfig(text, origin, "/srv/news");
  CheckError(config.status(), origin);
  KnownFacts facts;
  CheckError(ParseTextproto(text, "facts.textproto", &facts), "facts.textproto");
  return 0;
}
