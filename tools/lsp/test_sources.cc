#include "tools/lsp/test_sources.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace factcheck {
namespace lsp {
namespace {

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    std::abort();
  }
}

}  // namespace

const char kTestDraft[] =
    "# Bridge opens\n"
    "\n"
    "Le caf\xc3\xa9 \xe2\x80\x9cZo\xc3\xab\xe2\x80\x9d \xf0\x9f\x98\x80 watched: the new harbour "
    "bridge in Eastmere opened on Tuesday after six years of work, the city council said.\n"
    "\n"
    "Council leader Mara Quinn said the crossing cost 120 million pounds.\n";

const char kTestDraftFixed[] =
    "# Bridge opens\n"
    "\n"
    "Le caf\xc3\xa9 \xe2\x80\x9cZo\xc3\xab\xe2\x80\x9d \xf0\x9f\x98\x80 watched: the new harbour "
    "bridge in Eastmere opened on Tuesday after four years of work, the city council said.\n"
    "\n"
    "Council leader Mara Quinn said the crossing cost 120 million pounds.\n";

TestSources WriteTestSources(const std::string& name) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  TestSources sources;
  if (tmp != nullptr) {
    sources.dir = std::string(tmp) + "/" + name;
    ::mkdir(sources.dir.c_str(), 0755);
  } else {
    std::string pattern = "/tmp/" + name + ".XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) std::abort();
    sources.dir = pattern;
  }
  sources.wire = sources.dir + "/wire";
  ::mkdir(sources.wire.c_str(), 0755);
  WriteFile(sources.wire + "/harbour.txt",
            "Harbour bridge opens after long delay\n\n"
            "The new harbour bridge in Eastmere opened on Tuesday after four years of work, the "
            "city council said.\n"
            "Council leader Mara Quinn said the crossing cost 120 million pounds.\n"
            "About 3,000 people walked across the bridge on its first day.\n");
  WriteFile(sources.wire + "/gazette.txt",
            "Eastmere celebrates its new bridge\n\n"
            "Council leader Mara Quinn cut the ribbon on Tuesday as the harbour bridge opened "
            "after four years of work.\n"
            "The crossing cost 120 million pounds, the council said.\n");
  sources.config = sources.dir + "/empty.factcheck.textproto";
  WriteFile(sources.config, "# no settings\n");
  return sources;
}

}  // namespace lsp
}  // namespace factcheck
