#!/bin/sh
# End-to-end tests of the factcheck binary on the seeds: the golden output of
# every format, the SARIF output against the SARIF 2.1.0 JSON schema and the
# SARIF multitool's GitHub rules (when tools/setup.sh could install it),
# every JSON report against testdata/schema/report.schema.json, every row of
# the README's exit-code table, --keep-going, --diff-base in a shallow
# clone, and the baseline round trip.
set -u
root=$PWD
bin=$root/tools/factcheck
cfg=--config=$PWD/testdata/golden/empty.factcheck.textproto
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=${TEST_TMPDIR:-$(mktemp -d)}
# SARIF names the checkout's absolute path once; goldens write file:///SRCROOT/.
srcroot() { sed -E 's#^( *"uri": )"file://[^"]*/"$#\1"file:///SRCROOT/"#'; }

# Goldens (regenerate with tools/update_goldens.sh).
for format in text json textproto sarif github markdown html; do
  $bin audit --format="$format" --color=never --fail-on=never $cfg testdata/seeds/*.txt |
    srcroot > "$tmp/audit.$format"
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

# A check report: findings in the draft only, the claim table without rows
# no draft states, the draft's column marked.
others=testdata/seeds/000_0708a2218b219751.txt,testdata/seeds/001_10c9680eddbd3edb.txt,testdata/seeds/002_5e2f9a02a0d0871c.txt,testdata/seeds/004_ebc1c592785cd5db.txt
for format in json markdown; do
  $bin check --format="$format" --color=never --fail-on=never $cfg --sources=$others \
    testdata/seeds/003_905a684dd6f29ba4.txt > "$tmp/check.$format"
  if ! diff -u "testdata/golden/check.$format" "$tmp/check.$format" > "$tmp/dc.$format"; then
    head -40 "$tmp/dc.$format"
    fail "check --format=$format differs from testdata/golden/check.$format"
  fi
done
grep -q '^| claim | kind | 003_905a684dd6f29ba4 (draft) | 000_' "$tmp/check.markdown" ||
  fail "check --format=markdown: the draft's column is not marked"
$bin check --format=html --fail-on=never $cfg --sources=$others \
  testdata/seeds/003_905a684dd6f29ba4.txt > "$tmp/check.html"
grep -q '<th class="draft" title="testdata/seeds/003_905a684dd6f29ba4.txt (draft)">' "$tmp/check.html" ||
  fail "check --format=html: the draft's column is not marked"

# Every JSON report validates against the shipped schema: the goldens and
# reports with skipped inputs and a check's drafts.
/usr/bin/python3 - testdata/schema/report.schema.json testdata/golden/*.json <<'PY' ||
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path))):
        print("%s: %s at %s" % (path, error.message, "/".join(map(str, error.path))))
        bad += 1
sys.exit(1 if bad else 0)
PY
  fail "a JSON golden does not validate against testdata/schema/report.schema.json"

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

# ... and passes the SARIF multitool's SARIF and GitHub (Ghas) rules: no
# error, no warning (notes are advice; the README lists them).
multitool=${FACTCHECK_SARIF_MULTITOOL:-/opt/factcheck/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool}
if [ -x "$multitool" ]; then
  cp testdata/golden/audit.sarif "$tmp/golden.sarif"
  mkdir -p "$tmp/dotnet"
  HOME=$tmp DOTNET_BUNDLE_EXTRACT_BASE_DIR=$tmp/dotnet DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 "$multitool" validate --rule-kind "Sarif;Ghas" \
    --level "Error;Warning;Note" "$tmp/golden.sarif" > "$tmp/multitool.txt" 2>&1
  if ! grep -q "Analysis completed successfully" "$tmp/multitool.txt"; then
    cat "$tmp/multitool.txt"; fail "the SARIF multitool did not run"
  elif grep -E ": (error|warning) [A-Z]+[0-9]+:" "$tmp/multitool.txt"; then
    fail "the SARIF multitool's GitHub rules reject testdata/golden/audit.sarif"
  fi
else
  echo "e2e: SARIF multitool not installed ($multitool); SARIF checked against the schema only"
fi

# Exit codes.
expect() {  # expect CODE ARGS...
  want=$1; shift
  $bin "$@" $cfg > /dev/null 2> "$tmp/stderr"; got=$?
  [ "$got" -eq "$want" ] || fail "factcheck $* exited $got, want $want ($(head -1 "$tmp/stderr"))"
}
expect_error() {  # expect_error CODE TEXT ARGS...: the exit code and the one-line error
  want=$1; text=$2; shift 2
  $bin "$@" $cfg > /dev/null 2> "$tmp/stderr" < /dev/null; got=$?
  [ "$got" -eq "$want" ] || fail "factcheck $* exited $got, want $want ($(head -1 "$tmp/stderr"))"
  grep -qF -- "$text" "$tmp/stderr" || fail "factcheck $*: stderr lacks \"$text\": $(cat "$tmp/stderr")"
}
seeds="testdata/seeds/000_0708a2218b219751.txt testdata/seeds/001_10c9680eddbd3edb.txt testdata/seeds/002_5e2f9a02a0d0871c.txt testdata/seeds/003_905a684dd6f29ba4.txt testdata/seeds/004_ebc1c592785cd5db.txt"

# The README's exit-code table, row by row.
# 0: nothing at or above --fail-on; --help; --version.
expect 0 audit --fail-on=never $seeds
expect 0 --help
expect 0 audit --help
expect 0 --version
$bin --version > "$tmp/version" || fail "--version exit code"
grep -qE '^factcheck [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/version" || fail "--version: $(cat "$tmp/version")"
grep -qE '^analysis model: sha256 [0-9a-f]{12} \(claims/data/analysis.model, [0-9]+ bytes\)$' "$tmp/version" ||
  fail "--version: no model digest: $(cat "$tmp/version")"
grep -qE '^vocabulary: sha256 [0-9a-f]{12} ' "$tmp/version" || fail "--version: no vocabulary digest"
version=$(sed -n '1s/^factcheck //p' "$tmp/version")
grep -q "^ \"version\": \"$version\"" "$tmp/audit.json" || fail "JSON report: no top-level version $version"
grep -q "\"semanticVersion\": \"$version\"" "$tmp/audit.sarif" || fail "SARIF: no semanticVersion $version"
# 1: findings at or above --fail-on.
expect 1 audit $seeds
# 2: usage errors, each a one-line message naming the flag and the reason.
$bin > /dev/null 2> "$tmp/stderr"; code=$?
[ "$code" -eq 2 ] && grep -q "^Usage:" "$tmp/stderr" || fail "no arguments: exit $code, want 2 and the usage"
expect_error 2 'unknown command "frobnicate"' frobnicate $seeds
expect_error 2 "unknown flag --frobnicate; see --help" audit --frobnicate $seeds
expect_error 2 "unknown flag --fial-on (did you mean --fail-on?)" audit --fial-on=never $seeds
expect_error 2 "unknown flag --flagfile" audit --flagfile=/dev/null $seeds
expect_error 2 "--jobs=two: not an integer in range" audit --jobs=two $seeds
expect_error 2 "--jobs=-1: use 0" audit --jobs=-1 $seeds
expect_error 2 "--max-file-size=0: use 1 to 2147483647 bytes" audit --max-file-size=0 $seeds
expect_error 2 "--max-file-size=4294967296: use 1 to 2147483647 bytes" audit --max-file-size=4294967296 $seeds
expect_error 2 "--progress=maybe: use true or false" audit --progress=maybe $seeds
$bin audit $seeds --output > /dev/null 2> "$tmp/stderr"; code=$?
[ "$code" -eq 2 ] && grep -qF "factcheck: --output needs a value (--output=VALUE)" "$tmp/stderr" ||
  fail "--output at the end: exit $code: $(cat "$tmp/stderr")"
expect_error 2 "--baseline and --write-baseline cannot be used together" \
  audit --baseline=$tmp/b1 --write-baseline=$tmp/b2 $seeds
expect_error 2 "--analysis applies to extract only" audit --analysis $seeds
expect_error 2 "--sources applies to check only" audit --sources=$others $seeds
expect_error 2 "no FILE can be -" check --changed-lines-only --sources=$others -
expect_error 2 "cannot open for writing" audit --output=$tmp/no/such/folder/report.txt $seeds
# 2: input errors: the file and the reason, and no report.
expect_error 2 "testdata/no-such-file.txt: no such file or directory" \
  audit testdata/seeds/000_0708a2218b219751.txt testdata/no-such-file.txt
expect_error 2 "audit needs at least two FILEs" audit testdata/seeds/000_0708a2218b219751.txt
expect_error 2 "check needs --sources" check testdata/seeds/003_905a684dd6f29ba4.txt
expect_error 2 "no-such-baseline" audit --baseline=$tmp/no-such-baseline $seeds
mkdir -p "$tmp/nogit"
(cd "$tmp/nogit" && $bin audit --diff-base=HEAD $cfg "$root/testdata/seeds" > /dev/null 2> "$tmp/stderr"); code=$?
[ "$code" -eq 2 ] && grep -q "^factcheck: --diff-base=HEAD: the current folder is not in a git checkout$" "$tmp/stderr" ||
  fail "--diff-base outside git: exit $code: $(cat "$tmp/stderr")"
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
# name is read, but votes once with its original. The 1-1 split is one
# disagreement, reported once on the first file (compare/mirrored_findings.h).
s1=testdata/seeds/001_10c9680eddbd3edb.txt s3=testdata/seeds/003_905a684dd6f29ba4.txt
out=$($bin audit --fail-on=never $cfg $s1 $s3 $s3 2> "$tmp/stderr")
grep -q "$s3: given more than once; read once" "$tmp/stderr" || fail "repeated path: no warning: $(cat "$tmp/stderr")"
echo "$out" | grep -q "^2 documents, .*: 0 errors, 1 warning," || fail "repeated path counted twice: $(echo "$out" | tail -1)"
cp $s3 "$tmp/copy_of_003.txt"
out=$($bin audit --fail-on=never $cfg $s1 $s3 "$tmp/copy_of_003.txt")
echo "$out" | grep -q "^$s1:27:117: warning: .*1 other source disagrees: 003_905a684dd6f29ba4 and its copy copy_of_003 " ||
  fail "byte-identical copy voted as a second source: $(echo "$out" | grep "^$s1")"
echo "$out" | grep -q "^3 documents .*: 0 errors, 1 warning," || fail "the disagreement is reported more than once: $(echo "$out" | tail -1)"
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

# --keep-going: a bad file in a sources folder is reported and left out;
# the others are compared and the report written; the exit code stays 2.
# Without the flag (the default) the run ends before any report.
mkdir -p "$tmp/wire" && cp testdata/seeds/*.txt "$tmp/wire/"
printf 'binary\000file\n' > "$tmp/wire/005_broken.txt"
$bin audit $cfg "$tmp/wire" > "$tmp/strict.out" 2> "$tmp/stderr"; code=$?
[ "$code" -eq 2 ] || fail "bad file in a folder: exit $code, want 2"
grep -q "^factcheck: $tmp/wire/005_broken.txt: " "$tmp/stderr" || fail "bad file not named: $(cat "$tmp/stderr")"
[ -s "$tmp/strict.out" ] && fail "strict run wrote a report: $(head -3 "$tmp/strict.out")"
$bin audit --keep-going --format=json $cfg "$tmp/wire" > "$tmp/keep.json" 2> "$tmp/stderr"; code=$?
[ "$code" -eq 2 ] || fail "--keep-going with a bad file: exit $code, want 2"
grep -q "^factcheck: $tmp/wire/005_broken.txt: " "$tmp/stderr" || fail "--keep-going: bad file not named"
grep -q "^factcheck: 1 input could not be read and was left out (--keep-going)" "$tmp/stderr" ||
  fail "--keep-going: no closing line: $(cat "$tmp/stderr")"
/usr/bin/python3 - "$tmp/keep.json" testdata/schema/report.schema.json "$tmp/wire/005_broken.txt" <<'PY' ||
import json, sys
import jsonschema
report, schema = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator(schema).validate(report)
assert [s["path"] for s in report["skipped"]] == [sys.argv[3]], report["skipped"]
assert report["summary"]["documents"] == 5, report["summary"]
assert report["summary"]["errors"] == 1, report["summary"]
assert all(isinstance(f["location"]["begin"], int) for f in report["findings"])
PY
  fail "--keep-going: the JSON report is wrong"
$bin audit --keep-going --format=sarif $cfg "$tmp/wire" 2> /dev/null > "$tmp/keep.sarif"
grep -q '"executionSuccessful": false' "$tmp/keep.sarif" && grep -q '"exitCode": 2' "$tmp/keep.sarif" ||
  fail "--keep-going: SARIF invocation does not say the run failed"
expect_error 2 "check: no DRAFT could be read" check --keep-going --sources=$others "$tmp/wire/005_broken.txt"
$bin check --keep-going --fail-on=never $cfg --sources="$tmp/wire" testdata/seeds/003_905a684dd6f29ba4.txt \
  > "$tmp/keep.txt" 2> /dev/null; code=$?
[ "$code" -eq 2 ] || fail "check --keep-going: exit $code, want 2"
grep -q "^$tmp/wire/005_broken.txt: note: left out (--keep-going): " "$tmp/keep.txt" ||
  fail "check --keep-going: the text report does not list the skipped file"
grep -q "^testdata/seeds/003_905a684dd6f29ba4.txt:2:21: error: " "$tmp/keep.txt" ||
  fail "check --keep-going: the draft's finding is missing"

# --diff-base in git: it implies --changed-lines-only; in a shallow clone
# whose base was not fetched the error names the fetch command, which works.
if command -v git > /dev/null; then
  export GIT_AUTHOR_NAME=e2e GIT_AUTHOR_EMAIL=e2e@example.invalid GIT_COMMITTER_NAME=e2e \
    GIT_COMMITTER_EMAIL=e2e@example.invalid GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
  up=$tmp/upstream
  mkdir -p "$up" && cp testdata/seeds/*.txt "$up/"
  git -C "$up" init -q -b main && git -C "$up" add . && git -C "$up" commit -q -m base &&
    git -C "$up" branch base &&
    sed -i '1s/^/Russian President Jane Roe spoke on Friday.\n/' "$up/001_10c9680eddbd3edb.txt" &&
    git -C "$up" commit -q -am change || fail "git: cannot make the scratch repository"
  # In the full repository: against base, only the new line's finding.
  out=$(cd "$up" && $bin audit --diff-base=base $cfg ./*.txt); code=$?
  [ "$code" -eq 1 ] || fail "--diff-base=base: exit $code, want 1"
  echo "$out" | grep -q "^./001_10c9680eddbd3edb.txt:1:1: error: .*\[ROLE_CONFLICT\]" &&
    echo "$out" | grep -q ": 1 error, 0 warnings, 0 info" || fail "--diff-base=base: $out"
  out=$(cd "$up" && $bin audit --diff-base=HEAD $cfg ./*.txt); code=$?
  [ "$code" -eq 0 ] && echo "$out" | grep -q ": 0 errors, 0 warnings, 0 info" ||
    fail "--diff-base=HEAD (nothing changed): exit $code: $out"
  # A CI checkout: one commit of main, no base.
  git clone -q --depth=1 --branch main "file://$up" "$tmp/shallow" || fail "git clone --depth=1"
  (cd "$tmp/shallow" && $bin audit --diff-base=origin/base $cfg ./*.txt) > /dev/null 2> "$tmp/stderr"; code=$?
  [ "$code" -eq 2 ] || fail "shallow --diff-base: exit $code, want 2"
  want="factcheck: --diff-base=origin/base: no such revision in this shallow checkout; fetch the base first: git fetch --depth=1 origin base:refs/remotes/origin/base"
  [ "$(cat "$tmp/stderr")" = "$want" ] || fail "shallow --diff-base: $(cat "$tmp/stderr")"
  fetch=$(sed -n 's/.*fetch the base first: //p' "$tmp/stderr")
  (cd "$tmp/shallow" && $fetch -q) || fail "the suggested command failed: $fetch"
  out=$(cd "$tmp/shallow" && $bin audit --diff-base=origin/base $cfg ./*.txt); code=$?
  [ "$code" -eq 1 ] && echo "$out" | grep -q ": 1 error, 0 warnings, 0 info" ||
    fail "after $fetch: exit $code: $out"
else
  fail "git is not installed (tools/setup.sh installs it)"
fi

if [ "$failures" -eq 0 ]; then echo "e2e: all passed"; else echo "e2e: $failures failed"; exit 1; fi
