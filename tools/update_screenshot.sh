#!/bin/sh
# Renders the seeds' HTML report (testdata/golden/audit.html, written by
# tools/update_goldens.sh) in headless Chromium to docs/html_report.png, the
# picture the README shows. Needs the Debian chromium package
# (tools/setup.sh installs it).
set -eu
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1280,1400 \
  --screenshot="$PWD/docs/html_report.png" "file://$PWD/testdata/golden/audit.html" 2>/dev/null
echo "wrote docs/html_report.png" >&2
