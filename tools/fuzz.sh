#!/bin/sh
# Builds one libFuzzer target of fuzz/ with clang
# (-fsanitize=fuzzer,address,undefined; see --config=fuzz in .bazelrc) and
# runs it for SECONDS on a scratch copy of its committed corpus; then merges
# what it found back into testdata/fuzz/TARGET/ (-merge=1 keeps only inputs
# that add coverage, so the committed corpus stays small).
#   tools/fuzz.sh TARGET SECONDS [extra libFuzzer flags...]
#   tools/fuzz.sh extract_fuzzer 300
# Crashes, leaks and hangs (-timeout, seconds per input) are written to
# /tmp/fuzz-TARGET/artifacts/; reproduce one with
#   bazel-bin/fuzz/TARGET ARTIFACT   (after a --config=fuzz build).
set -eu
if [ $# -lt 2 ]; then
  echo "usage: tools/fuzz.sh TARGET SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
cd "$(dirname "$0")/.."
corpus=testdata/fuzz/$target
[ -d "$corpus" ] || { echo "tools/fuzz.sh: no corpus folder $corpus" >&2; exit 2; }
bazel build --config=fuzz "//fuzz:$target"
binary=$(bazel info --config=fuzz bazel-bin)/fuzz/$target
work=/tmp/fuzz-$target
mkdir -p "$work/corpus" "$work/artifacts"
cp -n "$corpus"/* "$work/corpus/" 2>/dev/null || true
status=0
ASAN_OPTIONS=detect_leaks=1 "$binary" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  "$@" "$work/corpus" "$corpus" || status=$?
# Keep the committed corpus minimal: merge into an empty folder, then swap.
rm -rf "$work/merged" && mkdir -p "$work/merged"
"$binary" -merge=1 "$work/merged" "$corpus" "$work/corpus" >/dev/null 2>&1
rm -f "$corpus"/*
for f in "$work/merged"/*; do cp "$f" "$corpus/"; done
echo "tools/fuzz.sh: $target: $(ls "$corpus" | wc -l) corpus files," \
  "$(du -sk "$corpus" | cut -f1) KiB; exit $status"
exit $status
