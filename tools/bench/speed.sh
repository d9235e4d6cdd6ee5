#!/usr/bin/env bash
# Whole-process speed of factcheck, side by side with the JavaScript peers
# on the same files, in one run:
#
#   bazel run //tools/bench:speed                 # ../shared/corpus/news
#   bazel run //tools/bench:speed -- DIR          # another folder of .txt
#   tools/bench/speed.sh [DIR [FACTCHECK_BINARY]]
#
# Prints, in this order:
#   1. the machine, the date and the load (wall-clock figures are only
#      comparable on an idle machine);
#   2. compromise and wink-nlp (../shared/bench/run.sh) and `factcheck
#      extract --format=binary`, without and with --analysis (tokens, tags,
#      parse, entities), on all cores and on one core (taskset), in MB/s,
#      with factcheck's ratio to each peer;
#   3. --jobs=1 against --jobs=2: seconds, speed-up, and whether the
#      outputs are byte-identical;
#   4. peak memory (max RSS) of extract against input and vocabulary size;
#   5. `factcheck audit` CPU seconds for 10, 100, 1,000 and 5,000 documents
#      (the corpus repeated under distinct names beyond its size), written
#      to docs/audit_scaling.tsv and, when gnuplot is installed,
#      plotted to docs/audit_scaling.png.
# SECONDS_PER_PEER (default 3) sets how long each throughput is measured;
# SKIP_PEERS=1 leaves out step 2 (no node/npm needed).
set -euo pipefail

workspace=${BUILD_WORKSPACE_DIRECTORY:-$(cd "$(dirname "$0")/../.." && pwd)}
corpus=$(cd "${1:-$workspace/../shared/corpus/news}" && pwd)
if [[ $# -ge 2 ]]; then
  bin=$2
elif [[ -x tools/factcheck ]]; then
  bin=tools/factcheck  # bazel run: the runfiles copy
else
  bin=$workspace/bazel-bin/tools/factcheck
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
seconds=${SECONDS_PER_PEER:-3}
flags=
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

files=("$corpus"/*.txt)
bytes=$(cat "${files[@]}" | wc -c)

echo "== machine"
echo "date       $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu        $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
echo "load       $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo "corpus     ${#files[@]} files, $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB in $corpus"

# MB/s of `BINARY extract --format=binary` over the corpus, measured like
# ../shared/bench/run.sh does: whole passes for at least $seconds seconds.
# $flags (default none) adds extract flags, e.g. --analysis.
throughput() {
  "$@" extract --format=binary $flags "${files[@]}" >/dev/null  # warm-up
  local rounds=0 start now
  start=$(date +%s%N)
  while :; do
    "$@" extract --format=binary $flags "${files[@]}" >/dev/null
    rounds=$((rounds + 1))
    now=$(date +%s%N)
    ((now - start > seconds * 1000000000)) && break
  done
  awk -v b="$bytes" -v r="$rounds" -v ns="$((now - start))" 'BEGIN { printf "%.3f", b * r / 1e6 / (ns / 1e9) }'
}

if [[ ${SKIP_PEERS:-0} != 1 ]]; then
  echo
  echo "== extract throughput against the peers (MB/s, higher is better)"
  peers=$(SECONDS_PER_PEER=$seconds "$workspace/../shared/bench/run.sh" "$corpus" 2>/dev/null)
  flags=
  all=$(throughput "$bin")
  one=$(throughput taskset -c 0 "$bin")
  flags=--analysis
  analysis_all=$(throughput "$bin")
  analysis_one=$(throughput taskset -c 0 "$bin")
  flags=
  compromise=$(awk -F'\t' '$1 == "compromise" { print $2 + 0 }' <<<"$peers")
  wink=$(awk -F'\t' '$1 == "wink-nlp" { print $2 + 0 }' <<<"$peers")
  printf '%-34s %10s %14s %12s\n' tool MB/s "x compromise" "x wink-nlp"
  row() {
    awk -v n="$1" -v v="$2" -v c="$compromise" -v w="$wink" \
      'BEGIN { printf "%-34s %10.3f %14.1f %12.2f\n", n, v, v / c, v / w }'
  }
  row "compromise (node)" "$compromise"
  row "wink-nlp (node)" "$wink"
  row "factcheck, all $(nproc) cores" "$all"
  row "factcheck, 1 core (taskset -c 0)" "$one"
  row "factcheck --analysis, all cores" "$analysis_all"
  row "factcheck --analysis, 1 core" "$analysis_one"
fi

# Folders of N documents: the corpus, repeated under distinct names (links)
# when N is larger than it.
make_set() {
  local n=$1 dir=$work/set$1 i=0
  [[ -d $dir ]] && return
  mkdir -p "$dir"
  while ((i < n)); do
    for f in "${files[@]}"; do
      ((i >= n)) && break
      ln -s "$f" "$dir/$(printf %05d "$i")_$(basename "$f")"
      i=$((i + 1))
    done
  done
}

echo
echo "== --jobs: extract over 5,000 files (the corpus repeated), best of 3 wall-clock runs"
make_set 5000
big=("$work"/set5000/*.txt)
best_wall() {
  local best=
  for _ in 1 2 3; do
    /usr/bin/time -f %e -o "$work/t" "$@" >/dev/null
    best=$(awk -v a="$best" -v b="$(cat "$work/t")" 'BEGIN { print (a == "" || b < a) ? b : a }')
  done
  echo "$best"
}
j1=$(best_wall "$bin" extract --format=binary --jobs=1 "${big[@]}")
j2=$(best_wall "$bin" extract --format=binary --jobs=2 "${big[@]}")
"$bin" extract --format=binary --jobs=1 "${big[@]}" >"$work/j1.bin"
"$bin" extract --format=binary --jobs=2 "${big[@]}" >"$work/j2.bin"
same=$(cmp -s "$work/j1.bin" "$work/j2.bin" && echo "byte-identical" || echo "DIFFERENT")
awk -v a="$j1" -v b="$j2" -v s="$same" \
  'BEGIN { printf "--jobs=1 %.2f s, --jobs=2 %.2f s: speed-up %.2fx; outputs %s\n", a, b, a / b, s }'
echo "(other processes on the cores lower the speed-up: see the load above)"

echo
echo "== peak memory of extract (max RSS)"
# The fixed part is the program and its shared libraries (measured with
# --help, which loads no vocabulary) plus the vocabulary (an empty input);
# what grows with the input is the RSS above an empty input.
rss_kb() {
  /usr/bin/time -f %M -o "$work/m" "$@" >/dev/null 2>&1 || true
  cat "$work/m"
}
: >"$work/empty.txt"
program_kb=$(rss_kb "$bin" --help)
empty_kb=$(rss_kb "$bin" extract --format=binary --jobs=1 "$work/empty.txt")
awk -v p="$program_kb" -v e="$empty_kb" \
  'BEGIN { printf "program %.1f MB, + vocabulary %.1f MB = %.1f MB for an empty input\n", p / 1024 * 1.048576, (e - p) / 1024 * 1.048576, e / 1024 * 1.048576 }'
memory() {  # FILES...: input size, max RSS, growth above an empty input / input
  local input kb
  input=$(cat "$@" | wc -c)
  kb=$(rss_kb "$bin" extract --format=binary --jobs=1 "$@")
  awk -v i="$input" -v k="$kb" -v e="$empty_kb" \
    'BEGIN { printf "input %6.2f MB  max RSS %6.1f MB  above an empty input %5.1f MB = %.2f x input (target < 4)\n", i / 1e6, k * 1024 / 1e6, (k - e) * 1024 / 1e6, (k - e) * 1024 / i }'
}
echo "the corpus as $((${#files[@]})) files:"
memory "${files[@]}"
echo "5,000 files (the corpus repeated):"
memory "${big[@]}"
# One long document keeps every sentence's tokens until its claims are
# done, so memory then grows with the size of the largest file.
cat "${files[@]}" >"$work/one.txt"
echo "the corpus as one file:"
memory "$work/one.txt"

echo
echo "== audit cost against the number of claims (one core, CPU seconds = user + sys)"
mkdir -p "$workspace/docs"
tsv=$workspace/docs/audit_scaling.tsv
printf 'documents\tclaims\tseconds\tmicroseconds_per_claim\tmax_rss_mb\n' >"$tsv"
for n in 10 100 1000 5000; do
  make_set "$n"
  set_files=("$work/set$n"/*.txt)
  # Small sets run several times (the clock counts in 10 ms steps).
  repeats=$(((2000 + n - 1) / n))
  ((repeats > 20)) && repeats=20
  ((repeats < 1)) && repeats=1
  /usr/bin/time -f '%U %S %M' -o "$work/a" sh -c \
    'r=$1 b=$2 out=$3; shift 3; for i in $(seq "$r"); do "$b" audit --jobs=1 --fail_on=never --noprogress "$@" >"$out"; done' \
    sh "$repeats" "$bin" "$work/report.txt" "${set_files[@]}"
  claims=$(tail -1 "$work/report.txt" | sed -n 's/.* \([0-9]*\) claims:.*/\1/p')
  read -r user sys kb <"$work/a"
  awk -v n="$n" -v c="$claims" -v u="$user" -v s="$sys" -v k="$kb" -v r="$repeats" \
    'BEGIN { t = (u + s) / r; printf "%d\t%d\t%.3f\t%.1f\t%.1f\n", n, c, t, t * 1e6 / c, k * 1024 / 1e6 }' >>"$tsv"
done
column -t "$tsv"
if command -v gnuplot >/dev/null; then
  gnuplot <<EOF
set terminal pngcairo size 800,520 font "sans,11"
set output "$workspace/docs/audit_scaling.png"
set title "factcheck audit: CPU time against claims (one core)"
set xlabel "claims (10, 100, 1,000, 5,000 documents)"
set ylabel "seconds"
set logscale xy
set grid
set key top left
set datafile separator "\t"
k = $(awk -F'\t' '$1 == 1000 { print $3 / $2 }' "$tsv")
plot "$tsv" using 2:3 every ::1 with linespoints lw 2 pt 7 title "factcheck audit", \
     k * x with lines dt 2 title "linear through 1,000 documents"
EOF
  echo "plot: $workspace/docs/audit_scaling.png"
else
  echo "gnuplot not installed: no plot (apt-get install gnuplot-nox)"
fi
