#!/bin/sh
# End-to-end tests of the factcheck binary on the seeds: the golden output of
# every format, the SARIF output against the SARIF 2.1.0 JSON schema, exit
# codes per command and --fail-on, and the baseline round trip.
set -u
bin=tools/factcheck
cfg=--config=testdata/golden/empty.factcheck.textproto
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=${TEST_TMPDIR:-$(mktemp -d)}

# Goldens (regenerate with tools/update_goldens.sh).
for format in text json textproto sarif github markdown html; do
  $bin audit --format="$format" --color=never --fail-on=never $cfg testdata/seeds/*.txt \
    > "$tmp/audit.$format"
  if ! diff -u "testdata/golden/audit.$format" "$tmp/audit.$format" > "$tmp/diff.$format"; then
    head -40 "$tmp/diff.$format"
    fail "audit --format=$format differs from testdata/golden/audit.$format"
  fi
done

# The claim-by-claim table of `diff`, for a terminal and as JSON.
for format in text json; do
  $bin diff --format="$format" --color=never --fail-on=never $cfg testdata/seeds/*.txt \
    > "$tmp/diff_table.$format"
  if ! diff -u "testdata/golden/diff.$format" "$tmp/diff_table.$format" > "$tmp/dd.$format"; then
    head -40 "$tmp/dd.$format"
    fail "diff --format=$format differs from testdata/golden/diff.$format"
  fi
done

# SARIF validates against the schema.
if ! /usr/bin/python3 - "$tmp/audit.sarif" testdata/sarif/sarif-schema-2.1.0.json <<'PY'
import json, sys
import jsonschema
log = json.load(open(sys.argv[1]))
schema = json.load(open(sys.argv[2]))
jsonschema.validators.validator_for(schema)(schema).validate(log)
assert log["runs"][0]["results"], "no results"
PY
then fail "SARIF output does not validate against sarif-schema-2.1.0.json"; fi

# Exit codes.
expect() {  # expect CODE ARGS...
  want=$1; shift
  $bin "$@" $cfg > /dev/null 2> "$tmp/stderr"; got=$?
  [ "$got" -eq "$want" ] || fail "factcheck $* exited $got, want $want ($(head -1 "$tmp/stderr"))"
}
seeds="testdata/seeds/000_0708a2218b219751.txt testdata/seeds/001_10c9680eddbd3edb.txt testdata/seeds/002_5e2f9a02a0d0871c.txt testdata/seeds/003_905a684dd6f29ba4.txt testdata/seeds/004_ebc1c592785cd5db.txt"
others="testdata/seeds/000_0708a2218b219751.txt,testdata/seeds/001_10c9680eddbd3edb.txt,testdata/seeds/002_5e2f9a02a0d0871c.txt,testdata/seeds/004_ebc1c592785cd5db.txt"
expect 1 audit $seeds
expect 0 audit --fail-on=never $seeds
expect 1 audit --fail-on=info $seeds
expect 1 audit --fail-on=warning $seeds
expect 1 audit --fail-on=error $seeds
expect 2 audit --fail-on=sometimes $seeds
expect 2 audit --format=xml $seeds
expect 2 audit --color=purple $seeds
expect 2 audit testdata/seeds/000_0708a2218b219751.txt testdata/no-such-file.txt
expect 1 check --sources=$others testdata/seeds/003_905a684dd6f29ba4.txt
expect 0 check --sources=$others testdata/seeds/000_0708a2218b219751.txt --fail-on=warning
expect 2 check testdata/seeds/003_905a684dd6f29ba4.txt
expect 0 diff --fail-on=never $seeds

# A copy is not a second source (issue: `audit 001 003 003` put an ERROR on
# the correct 001, "2 other sources disagree: 003, 003"). The same path
# twice is read once, with a warning; a byte-identical copy under another
# name is read and reported on, but votes once with its original.
s1=testdata/seeds/001_10c9680eddbd3edb.txt s3=testdata/seeds/003_905a684dd6f29ba4.txt
out=$($bin audit --fail-on=never $cfg $s1 $s3 $s3 2> "$tmp/stderr")
grep -q "$s3: given more than once; read once" "$tmp/stderr" || fail "repeated path: no warning: $(cat "$tmp/stderr")"
echo "$out" | grep -q "^2 documents, .*: 0 errors, 2 warnings" || fail "repeated path counted twice: $(echo "$out" | tail -1)"
cp $s3 "$tmp/copy_of_003.txt"
out=$($bin audit --fail-on=never $cfg $s1 $s3 "$tmp/copy_of_003.txt")
echo "$out" | grep -q "^$s1:27:117: warning: .*1 other source disagrees: 003_905a684dd6f29ba4 and its copy copy_of_003 " ||
  fail "byte-identical copy voted as a second source: $(echo "$out" | grep "^$s1")"
echo "$out" | grep -q "^$tmp/copy_of_003.txt:2:21: warning: " || fail "the copy is not reported on"
echo "$out" | grep -q "^3 documents (2 independent sources), " || fail "summary: $(echo "$out" | tail -1)"
expect 1 audit testdata/seeds
expect 2 audit testdata/seeds/000_0708a2218b219751.txt
expect 2 audit --baseline=$tmp/no-such-baseline $seeds
expect 0 extract testdata/seeds/000_0708a2218b219751.txt
expect 2 extract testdata/no-such-file.txt
# A draft on standard input is "<stdin>".
$bin check --sources=$others - $cfg < testdata/seeds/003_905a684dd6f29ba4.txt > "$tmp/stdin.txt"
[ $? -eq 1 ] || fail "check - (stdin): exit code"
grep -q "^<stdin>:2:21: error: " "$tmp/stdin.txt" || fail "check - (stdin): no finding at <stdin>:2:21"
# Known facts: one more trusted source, never reported on themselves.
facts=testdata/facts/office_holders.textproto
expect 1 check --facts=$facts --sources=testdata/seeds/004_ebc1c592785cd5db.txt testdata/seeds/003_905a684dd6f29ba4.txt
$bin check --facts=$facts --format=json --sources=testdata/seeds/004_ebc1c592785cd5db.txt \
  testdata/seeds/003_905a684dd6f29ba4.txt $cfg > "$tmp/facts.json"
grep -q '"path": "testdata/facts/office_holders.textproto"' "$tmp/facts.json" ||
  fail "check --facts: no evidence from the facts file"
grep -q '"sourcesAgainst": 2' "$tmp/facts.json" || fail "check --facts: facts not counted as a source"
printf 'roles { person: "A B" office: "emperor of the moon" }\n' > "$tmp/badfacts.textproto"
expect 2 audit --facts="$tmp/badfacts.textproto" $seeds
printf 'fail_on: "sometimes"\n' > "$tmp/bad.textproto"
$bin audit --config="$tmp/bad.textproto" $seeds > /dev/null 2> "$tmp/stderr"
grep -q "bad.textproto:1:1: fail_on" "$tmp/stderr" || fail "bad config error: $(cat "$tmp/stderr")"

# Baseline: accepted findings stay accepted when their paragraph moves ten
# lines down; a new conflict is reported.
mkdir -p "$tmp/b" && cp testdata/seeds/*.txt "$tmp/b/"
$bin audit --write-baseline="$tmp/base.textproto" $cfg "$tmp"/b/*.txt > /dev/null || fail "write-baseline exit"
/usr/bin/python3 - "$tmp/b/003_905a684dd6f29ba4.txt" <<'PY'
import sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
moved = lines.pop(1)
lines.insert(11, moved)
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
out=$($bin audit --baseline="$tmp/base.textproto" $cfg "$tmp"/b/*.txt); code=$?
[ "$code" -eq 0 ] || fail "moved paragraph: exit $code"
echo "$out" | grep -q ": 0 errors, 0 warnings, 0 info" || fail "moved paragraph reported: $out"
sed -i '1s/^/Russian President Jane Roe spoke on Friday.\n/' "$tmp/b/001_10c9680eddbd3edb.txt"
out=$($bin audit --baseline="$tmp/base.textproto" $cfg "$tmp"/b/*.txt); code=$?
[ "$code" -eq 1 ] || fail "new conflict: exit $code"
echo "$out" | grep -q "001_10c9680eddbd3edb.txt:1:1: error: .*\[ROLE_CONFLICT\]" || fail "new conflict not reported: $out"

# Changed lines: only the new line of the draft counts.
printf -- '--- a/x\n+++ b/%s\n@@ -0,0 +1 @@\n+x\n' "$tmp/b/001_10c9680eddbd3edb.txt" > "$tmp/diff"
out=$($bin audit --changed-lines-only $cfg "$tmp"/b/*.txt < "$tmp/diff")
echo "$out" | grep -q ": 1 error, 0 warnings, 0 info" || fail "changed lines: $out"

if [ "$failures" -eq 0 ]; then echo "e2e: all passed"; else echo "e2e: $failures failed"; exit 1; fi
