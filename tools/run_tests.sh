#!/bin/sh
# Sets up, builds and runs every test twice: the normal build (gcc), then the
# same suite under AddressSanitizer + UndefinedBehaviorSanitizer (clang,
# --config=sanitize in .bazelrc). Ends with "N passed, N failed" over both.
# Its log and exit codes go to a private `mktemp -d` folder, removed at
# exit, so that two runs cannot mix their counts.
set -u
cd "$(dirname "$0")/.."
tools/setup.sh || exit 2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-test.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
log=$scratch/log
: > "$log"
rc=$scratch/rc
status=0
{ bazel test --keep_going --test_output=errors //... 2>&1; echo $? > "$rc"; } | tee -a "$log"
[ "$(cat "$rc")" -eq 0 ] || status=1
# The same tests again, marked so that both runs' lines are counted.
{ bazel test --keep_going --test_output=errors --config=sanitize //... 2>&1; echo $? > "$rc"; } |
  sed 's/^\(\/\/[^ ]*\)/\1 [sanitize]/' | tee -a "$log"
[ "$(cat "$rc")" -eq 0 ] || status=1
passed=$(grep -cE '^//.* PASSED' "$log")
failed=$(grep -cE '^//.* (FAILED|NO STATUS|TIMEOUT)' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
