#!/bin/sh
# Builds one libFuzzer target of fuzz/ with clang
# (-fsanitize=fuzzer,address,undefined; see --config=fuzz in .bazelrc) and
# runs it for SECONDS, starting from its committed corpus testdata/fuzz/TARGET/.
#   tools/fuzz.sh [--merge] TARGET SECONDS [extra libFuzzer flags...]
#   tools/fuzz.sh extract_fuzzer 300
#   tools/fuzz.sh --merge extract_fuzzer 300     (or FUZZ_MERGE=1)
#
# The committed corpus is only read: new inputs go to a scratch folder.
# With --merge (or FUZZ_MERGE=1) what the run found is then merged into it:
# -merge=1 into a new, empty folder keeps only inputs that add coverage (so
# the corpus stays small); only when that folder is non-empty does it
# replace testdata/fuzz/TARGET/, by two renames within testdata/fuzz/. A
# merge that fails or leaves nothing changes nothing.
#
# Scratch folder: FUZZ_WORK if set (kept), else a new `mktemp -d` folder,
# removed at exit unless the run left artifacts. Crashes, leaks and hangs
# (-timeout, seconds per input) are written to its artifacts/; reproduce one
# with  bazel-bin/fuzz/TARGET ARTIFACT  (after a --config=fuzz build).
#
# -max_len: FUZZ_MAX_LEN, default 65536 bytes. libFuzzer otherwise guesses
# from the corpus (its largest file, about 5 KB), and the size-dependent
# paths need more: the extractor's 80-token look-back, substitution's
# 160-word windows, alignment's caps (64 postings per term, 16 sentences
# compared) and paragraph and hard-wrap decisions across many lines take
# tens to hundreds of sentences; 64 KiB is about 700 short ones. libFuzzer
# still grows inputs gradually (-len_control), so most stay short and fast.
# A -max_len among the extra flags overrides it (the last one wins).
set -eu
merge=${FUZZ_MERGE:-0}
if [ "${1:-}" = "--merge" ]; then
  merge=1
  shift
fi
if [ $# -lt 2 ]; then
  echo "usage: tools/fuzz.sh [--merge] TARGET SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
cd "$(dirname "$0")/.."
corpus=testdata/fuzz/$target
[ -d "$corpus" ] || { echo "tools/fuzz.sh: no corpus folder $corpus" >&2; exit 2; }
if [ -n "${FUZZ_WORK:-}" ]; then
  work=$FUZZ_WORK
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-$target.XXXXXX")
  # Kept when it holds a crash, leak or hang to reproduce.
  trap 'if [ -z "$(ls -A "$work/artifacts" 2>/dev/null)" ]; then rm -rf "$work";
        else echo "tools/fuzz.sh: artifacts kept in $work/artifacts" >&2; fi' EXIT
fi
mkdir -p "$work/corpus" "$work/artifacts"
bazel build --config=fuzz "//fuzz:$target"
binary=$(bazel info --config=fuzz bazel-bin)/fuzz/$target

status=0
ASAN_OPTIONS=detect_leaks=1 "$binary" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-65536}" -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$@" "$work/corpus" "$corpus" || status=$?
found=$(ls -A "$work/corpus" | wc -l)
echo "tools/fuzz.sh: $target: $found new inputs in $work/corpus; exit $status"
[ "$merge" = 1 ] || exit $status

# Merge into a new folder; replace the committed corpus only with a non-empty one.
merged=$work/merged
rm -rf "$merged" && mkdir -p "$merged"
if ! "$binary" -merge=1 "$merged" "$corpus" "$work/corpus" >"$work/merge.log" 2>&1; then
  echo "tools/fuzz.sh: merge failed (see $work/merge.log); $corpus unchanged" >&2
  exit 1
fi
if [ -z "$(ls -A "$merged")" ]; then
  echo "tools/fuzz.sh: merge left no inputs; $corpus unchanged" >&2
  exit 1
fi
next=$(mktemp -d "$corpus.new.XXXXXX")
chmod 755 "$next"
cp "$merged"/* "$next/"
mv "$corpus" "$corpus.old.$$"
mv "$next" "$corpus"
rm -rf "$corpus.old.$$"
echo "tools/fuzz.sh: $target: $(ls "$corpus" | wc -l) corpus files," \
  "$(du -sk "$corpus" | cut -f1) KiB; exit $status"
exit $status
