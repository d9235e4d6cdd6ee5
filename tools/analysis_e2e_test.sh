#!/bin/sh
# End-to-end test of `factcheck extract --analysis` on testdata/analysis/
# (a plain-text file with CRLF line ends, a Markdown and an HTML version of
# one short news item). The model's tags change whenever it is retrained, so
# nothing here depends on them: tools/analysis_check.py checks spans, token
# texts, line/column, heads and entity ranges against the original bytes.
# Also: the output is the same bytes for --jobs=1 and --jobs=4 in every
# format, and without --analysis it is the golden of before the flag.
set -u
bin=tools/factcheck
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=${TEST_TMPDIR:-$(mktemp -d)}
inputs="testdata/analysis/budget.html testdata/analysis/budget.md testdata/analysis/budget.txt"

$bin extract --analysis --format=json --jobs=1 $inputs > "$tmp/analysis.json" ||
  fail "extract --analysis exited $?"
/usr/bin/python3 tools/analysis_check.py "$tmp/analysis.json" ||
  fail "analysis_check.py (spans, tokens, heads, entities)"

# More files than threads, so that documents finish out of order.
for format in json textproto binary; do
  $bin extract --analysis --format="$format" --jobs=1 $inputs testdata/seeds/*.txt \
    > "$tmp/jobs1.$format" || fail "--format=$format --jobs=1 exited $?"
  $bin extract --analysis --format="$format" --jobs=4 $inputs testdata/seeds/*.txt \
    > "$tmp/jobs4.$format" || fail "--format=$format --jobs=4 exited $?"
  [ -s "$tmp/jobs1.$format" ] || fail "--format=$format: empty output"
  cmp -s "$tmp/jobs1.$format" "$tmp/jobs4.$format" ||
    fail "extract --analysis --format=$format: --jobs=1 and --jobs=4 differ"
done
grep -q '"analysis"' "$tmp/jobs1.json" || fail "json: no analysis"
grep -q '^ *analysis {' "$tmp/jobs1.textproto" || fail "textproto: no analysis"

# Without the flag: no analysis, and the output is what it was before.
$bin extract --format=textproto $inputs > "$tmp/plain.textproto" || fail "extract exited $?"
if grep -q '^ *analysis {' "$tmp/plain.textproto"; then fail "analysis without --analysis"; fi
if ! diff -u testdata/golden/extract.textproto "$tmp/plain.textproto" > "$tmp/plain.diff"; then
  head -40 "$tmp/plain.diff"
  fail "extract differs from testdata/golden/extract.textproto"
fi

if [ "$failures" -eq 0 ]; then echo "analysis e2e: all passed"; else echo "analysis e2e: $failures failed"; exit 1; fi
