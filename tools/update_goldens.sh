#!/bin/sh
# Regenerates testdata/golden/* from the seeds, one file per report format,
# and extract's output on testdata/analysis/.
# Run after a deliberate output change, then review `git diff testdata/golden`
# before committing; tools/e2e_test.sh compares against these files.
set -eu
cd "$(dirname "$0")/.."
bazel build //tools:factcheck
for format in text json textproto sarif github markdown html; do
  bazel-bin/tools/factcheck audit --format="$format" --color=never --fail-on=never \
    --config=testdata/golden/empty.factcheck.textproto \
    testdata/seeds/*.txt > "testdata/golden/audit.$format"
done
for format in text json; do
  bazel-bin/tools/factcheck diff --format="$format" --color=never --fail-on=never \
    --config=testdata/golden/empty.factcheck.textproto \
    testdata/seeds/*.txt > "testdata/golden/diff.$format"
done
# extract without --analysis (the analysis depends on the model, which is
# retrained; tools/analysis_e2e_test.sh checks it structurally instead).
bazel-bin/tools/factcheck extract --format=textproto \
  testdata/analysis/budget.html testdata/analysis/budget.md testdata/analysis/budget.txt \
  > testdata/golden/extract.textproto
echo "regenerated testdata/golden; review: git diff --stat testdata/golden" >&2
