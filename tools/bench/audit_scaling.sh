#!/usr/bin/env bash
# Cost of `factcheck audit` against the number of reports, on one core:
#
#   tools/bench/audit_scaling.sh [FACTCHECK_BINARY] [SIZES...]
#   bazel run //tools/bench:audit_scaling            (default sizes)
#
# Two inputs of invented short reports (tools/bench/same_story.py, seed 1):
#   same story  all N reports tell one story, each with its own figures;
#   mixed       N reports of N/20 stories.
# For each size (default 100 1000 5000 20000) it prints and writes to
# docs/audit_same_story.tsv: CPU seconds (user + sys, --jobs=1), microseconds
# per claim, max RSS and the report's size; then plots them to
# docs/audit_same_story.png when gnuplot is installed. Also runs the largest
# same-story set with --jobs=2 and checks that the report is byte-identical.
# A measurement, not a test: nothing is asserted.
set -euo pipefail

workspace=${BUILD_WORKSPACE_DIRECTORY:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${1:-$workspace/bazel-bin/tools/factcheck}
shift || true
sizes=("$@")
((${#sizes[@]})) || sizes=(100 1000 5000 20000)
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

tsv=$workspace/docs/audit_same_story.tsv
mkdir -p "$workspace/docs"
printf 'input\tdocuments\tclaims\tseconds\tmicroseconds_per_claim\tmax_rss_mb\treport_mb\tfindings\n' >"$tsv"
for kind in same mixed; do
  for n in "${sizes[@]}"; do
    stories=1
    [[ $kind == mixed ]] && stories=$(((n + 19) / 20))
    python3 "$workspace/tools/bench/same_story.py" "$work/$kind$n" "$n" --stories "$stories" --seed 1
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$bin" audit --jobs=1 --fail-on=never \
      --noprogress "$work/$kind$n" >"$work/report.txt"
    read -r user sys kb <"$work/time"
    summary=$(tail -1 "$work/report.txt")
    claims=$(echo "$summary" | sed -n 's/.* \([0-9]*\) claims:.*/\1/p')
    findings=$(($(grep -c '^[^ ].*: \(error\|warning\|info\): ' "$work/report.txt" || true)))
    bytes=$(wc -c <"$work/report.txt")
    awk -v k="$kind" -v n="$n" -v c="$claims" -v u="$user" -v s="$sys" -v m="$kb" -v b="$bytes" \
      -v f="$findings" 'BEGIN { t = u + s; printf "%s\t%d\t%d\t%.2f\t%.1f\t%.1f\t%.1f\t%d\n",
        k, n, c, t, t * 1e6 / c, m * 1024 / 1e6, b / 1e6, f }' >>"$tsv"
    tail -1 "$tsv"
    rm -rf "$work/$kind$n"
  done
done
column -t "$tsv"

largest=${sizes[-1]}
python3 "$workspace/tools/bench/same_story.py" "$work/big" "$largest" --seed 1
for jobs in 1 2; do
  start=$(date +%s.%N)
  "$bin" audit --jobs=$jobs --fail-on=never --noprogress --format=json "$work/big" >"$work/jobs$jobs.json"
  echo "--jobs=$jobs on $largest reports: $(echo "$(date +%s.%N) - $start" | bc) s wall"
done
if cmp -s "$work/jobs1.json" "$work/jobs2.json"; then
  echo "--jobs=1 and --jobs=2 reports are byte-identical"
else
  echo "--jobs=1 and --jobs=2 reports DIFFER"
fi

if command -v gnuplot >/dev/null; then
  gnuplot <<EOF
set terminal pngcairo size 800,520 font "sans,11"
set output "$workspace/docs/audit_same_story.png"
set title "factcheck audit: cost per claim against the number of reports (one core)"
set xlabel "reports"
set ylabel "microseconds per claim"
set logscale x
set yrange [0:*]
set grid
set key top left
set datafile separator "\t"
plot "< grep '^same' $tsv" using 2:5 with linespoints lw 2 pt 7 title "one story", \
     "< grep '^mixed' $tsv" using 2:5 with linespoints lw 2 pt 5 title "a story per 20 reports"
EOF
  echo "plot: $workspace/docs/audit_same_story.png"
else
  echo "gnuplot not installed: no plot (apt-get install gnuplot-nox)"
fi
