#!/usr/bin/env bash
# The integrations as a newsroom wires them (see action.yml,
# .pre-commit-hooks.yaml, Dockerfile, tools/integrations/install.sh):
#   1. install into a prefix: binary, man page (renders without warnings),
#      bash completion (commands, flags, flag values);
#   2. pre-commit (Debian's package) in scratch repositories: a draft with
#      a planted error fails the commit hook, a faithful draft passes;
#   3. the GitHub Action's check step run locally with the inputs it gets:
#      annotations, SARIF, the exit-code output;
#   4. the Dockerfile builds from Debian 12 with the install script (its
#      build is only run where a Docker daemon answers).
set -uo pipefail
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
root=$PWD
tmp=$(mktemp -d "${TEST_TMPDIR:-/tmp}/integrations.XXXXXX")
seeds=$root/testdata/seeds
wrong=$seeds/003_905a684dd6f29ba4.txt   # calls the US president Ukraine's

# 1. Install.
prefix=$tmp/prefix
tools/integrations/install.sh "$prefix" "$root/tools/factcheck" >/dev/null || fail "install.sh exited $?"
for f in bin/factcheck share/man/man1/factcheck.1 share/bash-completion/completions/factcheck; do
  [[ -f $prefix/$f ]] || fail "install: no $f"
done
[[ -x $prefix/bin/factcheck ]] || fail "install: bin/factcheck not executable"
warnings=$(groff -man -ww -z "$prefix/share/man/man1/factcheck.1" 2>&1)
[[ -z $warnings ]] || fail "man page warnings: $warnings"
# Output is captured before grep -q reads it: with pipefail, grep -q
# leaving early can kill the writer with SIGPIPE and fail the pipe.
rendered=$(man -l "$prefix/share/man/man1/factcheck.1" 2>/dev/null)
grep -q "cross-check the claims" <<<"$rendered" || fail "man -l does not render the NAME section"
complete_words() {  # WORDS...: COMPREPLY for the last word, one per line
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));
           _factcheck; printf "%s\n" "${COMPREPLY[@]}"' _ \
    "$prefix/share/bash-completion/completions/factcheck" "$@" 2>&1
}
[[ $(complete_words factcheck au) == audit ]] || fail "completion of 'au': $(complete_words factcheck au)"
[[ $(complete_words factcheck check --fail) == --fail-on= ]] || fail "completion of --fail"
[[ $(complete_words factcheck check --format=sa) == --format=sarif ]] ||
  fail "completion of --format=sa: $(complete_words factcheck check --format=sa)"
grep -qx -- --fail-on=warning <<<"$(complete_words factcheck check --fail-on=)" ||
  fail "completion of --fail-on="
export PATH=$prefix/bin:$PATH

# 2. pre-commit, with this repository's hook manifest.
export PRE_COMMIT_HOME=$tmp/pre-commit-home HOME=$tmp
git config --global user.email test@example.org
git config --global user.name test
git config --global init.defaultBranch main
if command -v pre-commit >/dev/null; then
  hooks=$tmp/hook-repo
  mkdir -p "$hooks" && cp "$root/.pre-commit-hooks.yaml" "$hooks/"
  (cd "$hooks" && git init -q && git add . && git commit -qm hooks) || fail "hook repo"
  drafts=$tmp/drafts
  mkdir -p "$drafts/sources" "$drafts/drafts"
  for s in 000_0708a2218b219751 001_10c9680eddbd3edb 002_5e2f9a02a0d0871c 004_ebc1c592785cd5db; do
    cp "$seeds/$s.txt" "$drafts/sources/"
  done
  printf 'sources: "sources"\nfail_on: "error"\n' >"$drafts/.factcheck.textproto"
  cp "$wrong" "$drafts/drafts/wrong.md"
  cp "$seeds/002_5e2f9a02a0d0871c.txt" "$drafts/drafts/faithful.md"
  cat >"$drafts/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $(cd "$hooks" && git rev-parse HEAD)
    hooks:
      - id: factcheck
YAML
  cd "$drafts" && git init -q && git add .pre-commit-config.yaml .factcheck.textproto sources &&
    git commit -qm sources && pre-commit install >/dev/null || fail "pre-commit install"
  git add drafts/faithful.md
  git commit -qm faithful >"$tmp/pc1.log" 2>&1 || fail "faithful draft refused by the hook: $(tail -5 "$tmp/pc1.log")"
  git add drafts/wrong.md
  if git commit -qm wrong >"$tmp/pc2.log" 2>&1; then
    fail "draft with a planted error committed: $(tail -5 "$tmp/pc2.log")"
  fi
  grep -q "drafts/wrong.md:2:21: error: .*\[ROLE_CONFLICT\]" "$tmp/pc2.log" ||
    fail "hook output has no finding: $(head -5 "$tmp/pc2.log")"
  cd "$root"
else
  echo "pre-commit not installed (apt-get install pre-commit): skipped"
fi

# 3. The Action's check step, locally.
out=$tmp/action
mkdir -p "$out/drafts" && cp "$wrong" "$out/drafts/story.md"
others=$seeds/000_0708a2218b219751.txt,$seeds/001_10c9680eddbd3edb.txt,$seeds/002_5e2f9a02a0d0871c.txt
code=0
FACTCHECK_BINARY=$prefix/bin/factcheck FACTCHECK_DRAFTS="$out/drafts" FACTCHECK_SOURCES=$others \
  FACTCHECK_FAIL_ON=error FACTCHECK_SARIF=$out/factcheck.sarif GITHUB_OUTPUT=$out/github_output \
  tools/integrations/action.sh check >"$out/stdout" 2>"$out/stderr" || code=$?
[[ $code -eq 1 ]] || fail "action check exited $code, want 1: $(cat "$out/stderr")"
grep -q "^::error file=$out/drafts/story.md,line=2," "$out/stdout" || fail "no error annotation: $(head -3 "$out/stdout")"
grep -qx "exit-code=1" "$out/github_output" || fail "exit-code output: $(cat "$out/github_output" 2>&1)"
python3 -c 'import json,sys; log=json.load(open(sys.argv[1])); assert log["version"]=="2.1.0" and log["runs"][0]["results"]' \
  "$out/factcheck.sarif" || fail "SARIF not written"
grep -q 'action.sh" check' action.yml && grep -q 'action.sh" build' action.yml || fail "action.yml does not run action.sh"

# 4. Docker. Building the image needs Docker Hub's debian:12, which CI's
# registries (Debian's packages, npm) do not include, and a full build (tens
# of minutes): it runs only when asked (FACTCHECK_TEST_DOCKER=1) and the
# base image is there. What is always checked: the runtime stage installs
# the Debian package of every shared library the binary links, except those
# debian:12-slim already has.
dockerfile=$root/Dockerfile
grep -q '^FROM debian:12 AS build' "$dockerfile" || fail "Dockerfile: no Debian 12 build stage"
runtime=$(sed -n '/^FROM debian:12-slim/,$p' "$dockerfile" | grep -o 'apt-get install [^&]*')
[[ -n $runtime ]] || fail "Dockerfile: the runtime stage installs nothing"
in_slim=" libc6 libgcc-s1 libstdc++6 zlib1g "
# What apt installs for the listed packages: they and their dependencies.
listed=$(sed 's/apt-get install//; s/ -[^ ]*//g; s/\\//' <<<"$runtime")
# shellcheck disable=SC2086
installed=" $(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances $listed 2>/dev/null | grep -v '^ ' | tr '\n' ' ') "
libs=$(ldd "$prefix/bin/factcheck" | awk '$3 ~ /^\// {print $3}')
if [[ -z ${installed// /} ]]; then
  echo "apt-cache has no package lists (apt-get update): the Dockerfile's packages are not checked"
  libs=""
fi
for lib in $libs; do
  package=$(dpkg -S "*/$(basename "$(dirname "$lib")")/$(basename "$lib")" 2>/dev/null | head -1 | cut -d: -f1)
  if [[ -z $package ]]; then
    fail "Dockerfile check: no Debian package owns $lib"
  elif [[ $in_slim != *" $package "* && $installed != *" $package "* ]]; then
    fail "Dockerfile: the runtime stage does not install $package (for $(basename "$lib"))"
  fi
done
if [[ ${FACTCHECK_TEST_DOCKER:-0} == 1 ]] && docker image inspect debian:12 >/dev/null 2>&1; then
  docker build -q -t factcheck-test "$root" >"$tmp/docker.log" 2>&1 || fail "docker build: $(tail -5 "$tmp/docker.log")"
  grep -q "Usage" <<<"$(docker run --rm factcheck-test --help)" || fail "docker run --help"
else
  echo "docker: image not built (set FACTCHECK_TEST_DOCKER=1 where debian:12 is pulled)"
fi

rm -rf "$tmp"
if ((failures)); then
  echo "integrations: $failures failed"
  exit 1
fi
echo "integrations: all passed"
