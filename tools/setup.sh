#!/bin/sh
# Installs the Debian packages factcheck's build and tests need. Idempotent:
# does nothing (and needs no network) when everything is present.
#   tools/setup.sh          build and test dependencies (clang, its
#                           sanitizer and libFuzzer runtimes and llvm's
#                           symbolizer for --config=sanitize and fuzz/;
#                           GNU time for the hostile-input test's memory)
set -eu
packages="bazel-bootstrap g++ protobuf-compiler libprotobuf-dev libabsl-dev \
libspdlog-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev python3 \
python3-jsonschema libssl-dev chromium clang libclang-rt-14-dev llvm time"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "tools/setup.sh: installing:$missing" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >&2
fi
