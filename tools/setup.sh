#!/bin/sh
# Installs the Debian packages factcheck's build and tests need. Idempotent:
# does nothing (and needs no network) when everything is present.
#   tools/setup.sh          build and test dependencies (clang, its
#                           sanitizer and libFuzzer runtimes and llvm's
#                           symbolizer for --config=sanitize and fuzz/;
#                           GNU time for the hostile-input test's memory;
#                           git for --diff-base and its test), and the SARIF
#                           multitool (npm) whose GitHub rules
#                           tools/e2e_test.sh checks the SARIF output with;
#                           and wordnet-base, read by tools/train/wordnet_lexicon.py
set -eu
packages="bazel-bootstrap g++ protobuf-compiler libprotobuf-dev libabsl-dev \
libspdlog-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev python3 \
python3-jsonschema libssl-dev libcmark-gfm-dev \
libcmark-gfm-extensions-dev libutf8proc-dev libmagic-dev chromium clang libclang-rt-14-dev llvm time pre-commit groff man-db git wordnet-base"
# npm for the multitool, unless a node with its npm is already there.
command -v npm > /dev/null 2>&1 || packages="$packages npm"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
if [ -n "$missing" ]; then
  echo "tools/setup.sh: installing:$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >&2
fi
# The SARIF multitool (@microsoft/sarif-multitool, MIT; a self-contained
# .NET program) in /opt, outside the repository. Without it (no npm
# registry) tools/e2e_test.sh validates SARIF against the schema only.
multitool_dir=/opt/factcheck/sarif-multitool
multitool_version=5.7.0
multitool=$multitool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$multitool" ] ||
   ! grep -q "\"version\": \"$multitool_version\"" \
     "$multitool_dir/node_modules/@microsoft/sarif-multitool-linux/package.json" 2>/dev/null; then
  echo "tools/setup.sh: installing @microsoft/sarif-multitool@$multitool_version into $multitool_dir" >&2
  if $SUDO mkdir -p "$multitool_dir" &&
     $SUDO npm install --prefix "$multitool_dir" --no-audit --no-fund --loglevel=error \
       "@microsoft/sarif-multitool@$multitool_version" >&2 &&
     $SUDO chmod a+rx "$multitool"; then
    :
  else
    echo "tools/setup.sh: warning: could not install the SARIF multitool; SARIF is checked against its schema only" >&2
  fi
fi
