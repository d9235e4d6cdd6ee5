// File: tools/lsp/test_sources.h
//
// Test-only: two invented wire reports of one story, written into a fresh
// folder under the test's temporary directory, with an empty project file
// beside them (so that no .factcheck.textproto above is read), and a draft
// that contradicts them ("six years" where the wire says "four years"),
// with non-ASCII text before the claim on its line.
//
// Example:
//   TestSources sources = WriteTestSources("checker");
//   options.config_path = sources.config;
//   options.sources = {sources.wire};

#ifndef FACTCHECK_TOOLS_LSP_TEST_SOURCES_H_
#define FACTCHECK_TOOLS_LSP_TEST_SOURCES_H_

#include <string>

namespace factcheck {
namespace lsp {

struct TestSources {
  std::string dir;     // the folder
  std::string wire;    // dir/wire, holding harbour.txt and gazette.txt
  std::string config;  // dir/empty.factcheck.textproto
};

// Writes the files into $TEST_TMPDIR/NAME (or /tmp/NAME.XXXXXX outside
// Bazel). Aborts the test binary when it cannot write them.
TestSources WriteTestSources(const std::string& name);

// Line 3 (0-based 2) holds the contradiction: the claim "six years" starts
// after 84 characters of its line, which are 85 UTF-16 units ("😀" is two)
// and 93 bytes.
extern const char kTestDraft[];
// kTestDraft with "four years", as the wire says.
extern const char kTestDraftFixed[];

}  // namespace lsp
}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_LSP_TEST_SOURCES_H_
