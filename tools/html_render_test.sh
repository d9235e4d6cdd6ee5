#!/bin/sh
# Renders the seeds' HTML report in headless Chromium and asserts on the
# rendered page: the script ran, conflicting spans are highlighted in the
# sources, and the filters (set from the page's fragment) hide findings.
# Skipped, with a message, only when chromium is not installed
# (tools/setup.sh installs it).
set -u
if ! command -v chromium > /dev/null 2>&1; then
  echo "SKIPPED: chromium is not installed; run tools/setup.sh"
  exit 0
fi
tmp=${TEST_TMPDIR:-$(mktemp -d)}
tools/factcheck audit --format=html --fail-on=never --config=testdata/golden/empty.factcheck.textproto \
  --output="$tmp/report.html" testdata/seeds/*.txt || { echo "FAIL: factcheck"; exit 1; }
render() {  # render URL > DOM
  profile=$(mktemp -d "$tmp/profile.XXXXXX")
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --dump-dom "$1" 2> "$tmp/chromium.log"
}
failures=0
check() {  # check WHAT PATTERN FILE
  grep -q -- "$2" "$3" || { echo "FAIL: $1"; failures=$((failures + 1)); }
}
render "file://$tmp/report.html" > "$tmp/all.html"
check "script ran" 'data-ready="1"' "$tmp/all.html"
check "all 8 findings visible" 'data-visible-findings="8"' "$tmp/all.html"
check "conflict highlighted in 003" '<mark id="m3-[0-9]*" class="conflict">Ukrainian President [A-Z][a-z]* [A-Z][a-z]*</mark>' "$tmp/all.html"
check "table links the conflict" '<td class="conflict">conflict: <a href="#m3-' "$tmp/all.html"
render "file://$tmp/report.html#severity=error" > "$tmp/errors.html"
check "severity filter leaves the error" 'data-visible-findings="1"' "$tmp/errors.html"
check "info finding hidden" 'data-severity="info" hidden' "$tmp/errors.html"
if [ "$failures" -ne 0 ]; then
  tail -5 "$tmp/chromium.log"
  exit 1
fi
echo "html render: all passed"
