#!/bin/sh
# Sets up, builds and runs every test; ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
tools/setup.sh || exit 2
bazel test --keep_going //... 2>&1 | tee /tmp/factcheck-test.log
status=$?
passed=$(grep -cE '^//.* PASSED' /tmp/factcheck-test.log)
failed=$(grep -cE '^//.* (FAILED|NO STATUS|TIMEOUT)' /tmp/factcheck-test.log)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
