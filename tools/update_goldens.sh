#!/bin/sh
# Regenerates testdata/golden/* from the seeds, one file per report format,
# the check report of seed 003 against the other four (json, markdown), and
# extract's output on testdata/analysis/.
# Run after a deliberate output change, then review `git diff testdata/golden`
# before committing; tools/e2e_test.sh compares against these files.
set -eu
cd "$(dirname "$0")/.."
bazel build --jobs=2 //tools:factcheck
# SARIF names the checkout's absolute path once (originalUriBaseIds); the
# goldens and tools/e2e_test.sh write it as file:///SRCROOT/.
srcroot() { sed -E 's#^( *"uri": )"file://[^"]*/"$#\1"file:///SRCROOT/"#'; }
for format in text json textproto sarif github markdown html; do
  bazel-bin/tools/factcheck audit --format="$format" --color=never --fail-on=never \
    --config=testdata/golden/empty.factcheck.textproto \
    testdata/seeds/*.txt | srcroot > "testdata/golden/audit.$format"
done
for format in text json; do
  bazel-bin/tools/factcheck diff --format="$format" --color=never --fail-on=never \
    --config=testdata/golden/empty.factcheck.textproto \
    testdata/seeds/*.txt > "testdata/golden/diff.$format"
done
others=testdata/seeds/000_0708a2218b219751.txt,testdata/seeds/001_10c9680eddbd3edb.txt,testdata/seeds/002_5e2f9a02a0d0871c.txt,testdata/seeds/004_ebc1c592785cd5db.txt
for format in json markdown; do
  bazel-bin/tools/factcheck check --format="$format" --color=never --fail-on=never \
    --config=testdata/golden/empty.factcheck.textproto --sources=$others \
    testdata/seeds/003_905a684dd6f29ba4.txt > "testdata/golden/check.$format"
done
# extract without --analysis (the analysis depends on the model, which is
# retrained; tools/analysis_e2e_test.sh checks it structurally instead).
bazel-bin/tools/factcheck extract --format=textproto \
  testdata/analysis/budget.html testdata/analysis/budget.md testdata/analysis/budget.txt \
  > testdata/golden/extract.textproto
echo "regenerated testdata/golden; review: git diff --stat testdata/golden" >&2
