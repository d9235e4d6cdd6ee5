// File: tools/sarif_writer.h
//
// The report as SARIF 2.1.0 (OASIS), in the shape GitHub code scanning
// imports (and Azure DevOps, SonarQube):
//   * one rule per finding kind: id, name, shortDescription,
//     fullDescription, help (text and Markdown: what the kind means, what
//     to do, how severity is chosen), defaultConfiguration.level (the
//     kind's usual level, or the one level all of this run's results of
//     the kind share, as when the project file sets the kind's severity);
//   * one result per finding with its region (startLine, startColumn,
//     endLine, endColumn, in characters as factcheck counts them) and
//     snippet, the evidence as relatedLocations, and partialFingerprints
//     carrying Finding.fingerprint so that a service tracks a finding across
//     commits even when its line moves;
//   * paths relative to the repository: each artifact URI is relative to
//     the uriBaseId %SRCROOT%, which originalUriBaseIds resolves to
//     `source_root` (an absolute file: URI); paths outside it are absolute
//     file: URIs; one `artifacts` entry per input, the drafts of `check`
//     (every input of `audit`) with the role analysisTarget;
//   * one invocation: executionSuccessful (false when inputs were skipped,
//     each a toolExecutionNotification) and the run's exit code.
// testdata/sarif/sarif-schema-2.1.0.json validates the output, and the
// SARIF multitool's GitHub rules when it is installed (tools/e2e_test.sh).
//
// Example:
//   SarifOptions options;
//   options.source_root = "/src/newsroom";
//   options.working_directory = "/src/newsroom";
//   options.exit_code = 1;
//   std::string sarif = WriteSarif(report, options);

#ifndef FACTCHECK_TOOLS_SARIF_WRITER_H_
#define FACTCHECK_TOOLS_SARIF_WRITER_H_

#include <string>

#include "proto/report.pb.h"

namespace factcheck {

struct SarifOptions {
  // The absolute folder artifact URIs are relative to (%SRCROOT%): the git
  // checkout's top folder, else the current folder. Default: empty, which
  // writes paths as given, with no uriBaseId.
  std::string source_root;
  // The absolute folder relative paths are relative to. Default: empty
  // (the current folder is not looked up; relative paths are taken as
  // relative to source_root).
  std::string working_directory;
  // The exit code the run ends with (invocations[0].exitCode). Default: 0.
  int exit_code = 0;
};

// Returns the SARIF log as pretty-printed JSON, ending in a newline; keys
// in a fixed order, so that the output is byte-for-byte deterministic.
std::string WriteSarif(const Report& report, const SarifOptions& options);

// A path as a SARIF artifact URI (a relative reference): characters other
// than unreserved ones and "/" percent-encoded. "a b/c.txt" -> "a%20b/c.txt".
std::string PathToUri(const std::string& path);

// `path` relative to `root` when it lies inside it ("drafts/a.md"), with
// relative paths taken from `working_directory`; empty when it lies
// outside (or `root` is empty, or the path is "<stdin>"). Lexical: links
// are not resolved.
std::string PathInRoot(const std::string& path, const std::string& working_directory,
                       const std::string& root);

// What a kind of finding means, in one sentence, for rule descriptions.
std::string KindDescription(FindingKind kind);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_SARIF_WRITER_H_
