// factcheck: cross-checks the claims of several news reports.
//
// main() is thin: it picks the subcommand, parses flags, and maps the
// subcommand's absl::Status to an exit code (0 clean, 1 findings at or
// above --fail-on, 2 usage or input error).

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "spdlog/sinks/stdout_color_sinks.h"
#include "spdlog/spdlog.h"
#include "tools/commands.h"

ABSL_FLAG(bool, v, false, "Verbose: log progress to stderr.");

namespace {

constexpr char kUsage[] = R"(factcheck: cross-check claims across news reports.

Usage:
  factcheck extract [--format=textproto|json|binary] [--analysis] FILE...
      Print each document's metadata, skipped page furniture and sentences,
      with the exact span (byte offsets, line, column) of each in the file.
      --analysis adds each sentence's UD tokens (tags, lemma, features,
      head, relation) and named entities, each with its span in the file.

  factcheck audit FILE...
      Compare every source with all the others and report contradictions.

  factcheck check --sources=PATH[,PATH...] DRAFT...
      Report where the drafts contradict the sources (a PATH may be a folder),
      and the drafts' claims no source states (UNSUPPORTED_CLAIM, info).

  factcheck diff FILE...
      Print the aligned claims as a table: one row per claim, one line per
      source (agree, CONFLICT or absent).

  factcheck lsp [--sources=PATH[,PATH...]] [--debounce-ms=300]
      A Language Server Protocol server on stdin/stdout for editors: shows
      check's findings in open Markdown, HTML and text drafts as they are
      typed (sources: --sources, else the config's), with quick fixes that
      insert a factcheck-disable-next-line suppression.

A FILE of "-" reads standard input. Files ending in .md are read as
Markdown, .html/.htm as HTML, anything else as plain text (UTF-8).

Common flags:
  --format=FORMAT      extract: textproto, json or binary (default textproto).
                       audit/check/diff: text (default), json, textproto,
                       sarif, github, markdown or html.
  --output=FILE        Write the report to FILE instead of stdout.
  --fail-on=LEVEL      Exit 1 on findings at or above never|info|warning|error.
                       Default: the config's fail_on, else error.
  --color=WHEN         auto (default: only on a terminal), always or never.
  --facts=FILE         Known claims (textproto, proto/facts.proto) as one more
                       trusted source.
  --config=FILE        Project file (proto/config.proto). Default: the first
                       .factcheck.textproto here or in a folder above.
  --baseline=FILE      Report only findings the baseline does not record.
  --write-baseline=FILE
                       Record the current findings in FILE.
  --changed-lines-only Report findings on changed lines only: a unified diff
                       on stdin, or --diff-base=REF in a git checkout.
  --lexicon=FILE       Extra vocabulary (textproto, proto/lexicon.proto);
                       repeatable by comma.
  --debounce-ms=N      lsp: check a draft N ms after the last change.
                       Default: 300; 0 checks every change at once.
  --max-file-size=N    Refuse inputs larger than N bytes. Default: 16777216.
  --jobs=N             Read and extract N files at a time; 0 (default) means
                       one per core. The output is the same for any N.
  --noprogress         No progress line (shown on a terminal for runs over
                       a second: files done, MB/s, time left).
  -v                   Log progress to stderr.
  --help               Show this help.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage or input error (the message names the file and the reason).
)";

int ExitCodeFor(const absl::Status& status) {
  if (status.ok()) return 0;
  if (status.code() == absl::StatusCode::kAborted) return 1;  // findings
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
        std::strcmp(argv[i], "help") == 0) {
      std::fputs(kUsage, stdout);
      return 0;
    }
  }
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string command = argv[1];
  absl::SetProgramUsageMessage(kUsage);
  // Shift the subcommand out so that flag parsing sees "factcheck FLAGS...".
  std::vector<char*> args;
  args.push_back(argv[0]);
  // Flags are documented with dashes (--fail-on) as other linters write
  // them; Abseil names them with underscores, so the name part is mapped.
  std::vector<std::string> names;
  names.reserve(argc);
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
      for (size_t j = 2; j < arg.size() && arg[j] != '='; ++j) {
        if (arg[j] == '-') arg[j] = '_';
      }
    }
    names.push_back(arg);
  }
  for (std::string& name : names) args.push_back(name.data());
  std::vector<char*> positional = absl::ParseCommandLine(
      static_cast<int>(args.size()), args.data());
  std::vector<std::string> files(positional.begin() + 1, positional.end());

  auto logger = spdlog::stderr_color_mt("factcheck");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("factcheck: %l: %v");
  spdlog::set_level(absl::GetFlag(FLAGS_v) ? spdlog::level::info
                                           : spdlog::level::warn);

  absl::Status status = factcheck::RunCommand(command, files);
  if (!status.ok() && status.code() != absl::StatusCode::kAborted &&
      !status.message().empty()) {
    std::fprintf(stderr, "factcheck: %s\n", std::string(status.message()).c_str());
  }
  return ExitCodeFor(status);
}
