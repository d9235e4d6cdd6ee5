// factcheck: cross-checks the claims of several news reports.
//
// main() is thin: it picks the subcommand, parses flags, and maps the
// subcommand's absl::Status to an exit code (0 clean, 1 findings at or
// above --fail-on, 2 usage or input error).

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "absl/flags/commandlineflag.h"
#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "spdlog/sinks/stdout_color_sinks.h"
#include "spdlog/spdlog.h"
#include "tools/commands.h"
#include "tools/flag_parser.h"
#include "tools/version.h"

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

  factcheck --version
      Print the version and the digests of the built-in model and vocabulary.

  factcheck lsp [--sources=PATH[,PATH...]] [--debounce-ms=300]
      A Language Server Protocol server on stdin/stdout for editors: shows
      check's findings in open Markdown, HTML and text drafts as they are
      typed (sources: --sources, else the config's), with quick fixes that
      insert a factcheck-disable-next-line suppression.

A FILE of "-" reads standard input. Files ending in .md are read as
Markdown, .html/.htm as HTML, anything else as plain text (UTF-8).
Flags may come before, between or after the files; "--" ends them.

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
                       Record the current findings in FILE (not with
                       --baseline).
  --changed-lines-only Report findings on added lines only, from a unified
                       diff on stdin (git diff -U0 | factcheck ...).
  --diff-base=REF      Report findings on lines added since git revision REF
                       (git diff -U0 REF in this checkout); implies
                       --changed-lines-only. In a shallow CI checkout fetch
                       REF first (the error names the command).
  --keep-going         audit/check/diff: an input that cannot be read is
                       reported and left out, the others are compared and
                       the report written; the exit code is still 2.
                       Default: any input error ends the run (exit 2).
  --lexicon=FILE       Extra vocabulary (textproto, proto/lexicon.proto);
                       repeatable by comma.
  --debounce-ms=N      lsp: check a draft N ms after the last change.
                       Default: 300; 0 checks every change at once.
  --max-file-size=N    Refuse inputs larger than N bytes, 1 to 2147483647.
                       Default: 16777216.
  --jobs=N             Read and extract N files at a time; 0 (default) means
                       one per core. The output is the same for any N.
  --noprogress         No progress line (shown on a terminal for runs over
                       a second: files done, MB/s, time left).
  -v                   Log progress to stderr.
  --help               Show this help.
  --version            Show the version.

Exit codes:
  0  no finding at or above --fail-on (also --help, --version)
  1  findings at or above --fail-on
  2  usage or input error: an unknown command or flag, a bad flag value,
     flags that conflict, a file that cannot be read (even with
     --keep-going), a bad project, facts, lexicon or baseline file, a
     --diff-base git cannot diff against, output that cannot be written.
     The one-line message names the file or flag and the reason.
)";

int ExitCodeFor(const absl::Status& status) {
  if (status.ok()) return 0;
  if (status.code() == absl::StatusCode::kAborted) return 1;  // findings
  return 2;
}

// The flags of the command line: those this program defines, none of
// Abseil's own (--flagfile, --fromenv, --helpfull) or a library's.
bool OwnFlag(const absl::CommandLineFlag& flag) {
  const std::string file = flag.Filename();
  return absl::EndsWith(file, "tools/commands.cc") || absl::EndsWith(file, "tools/factcheck_main.cc");
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") == 0) break;
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
        (i == 1 && std::strcmp(argv[i], "help") == 0)) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (std::strcmp(argv[i], "--version") == 0 || (i == 1 && std::strcmp(argv[i], "version") == 0)) {
      std::fputs(factcheck::VersionText().c_str(), stdout);
      return 0;
    }
  }
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string command = argv[1];
  if (!factcheck::IsCommand(command)) {
    std::fprintf(stderr, "factcheck: %s\n",
                 std::string(factcheck::RunCommand(command, {}).message()).c_str());
    return 2;
  }
  // Parsed here rather than by absl::ParseCommandLine, which exits with 1
  // (the code for findings) on an unknown flag.
  absl::StatusOr<std::vector<std::string>> files =
      factcheck::ParseFlags(std::vector<std::string>(argv + 2, argv + argc), OwnFlag);
  if (!files.ok()) {
    std::fprintf(stderr, "factcheck: %s\n", std::string(files.status().message()).c_str());
    return 2;
  }

  auto logger = spdlog::stderr_color_mt("factcheck");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("factcheck: %l: %v");
  spdlog::set_level(absl::GetFlag(FLAGS_v) ? spdlog::level::info
                                           : spdlog::level::warn);

  absl::Status status = factcheck::RunCommand(command, *files);
  if (!status.ok() && status.code() != absl::StatusCode::kAborted &&
      !status.message().empty()) {
    std::fprintf(stderr, "factcheck: %s\n", std::string(status.message()).c_str());
  }
  return ExitCodeFor(status);
}
