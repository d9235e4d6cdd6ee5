#!/usr/bin/env bash
# Installs factcheck under PREFIX: the binary, its man page and its bash
# completion.
#   bazel run -c opt //tools:install -- PREFIX      (e.g. /usr/local, ~/.local)
#   tools/integrations/install.sh PREFIX [FACTCHECK_BINARY]
# Writes PREFIX/bin/factcheck, PREFIX/share/man/man1/factcheck.1 and
# PREFIX/share/bash-completion/completions/factcheck.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: install.sh PREFIX [FACTCHECK_BINARY]" >&2
  exit 2
fi
prefix=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -n ${RUNFILES_DIR:-} || -d "$0.runfiles" ]]; then
  runfiles=${RUNFILES_DIR:-$0.runfiles}/factcheck
else
  runfiles=$(cd "$here/../.." && pwd)
fi
bin=${2:-$runfiles/tools/factcheck}
[[ -x $bin ]] || bin=$runfiles/bazel-bin/tools/factcheck
[[ -x $bin ]] || { echo "install.sh: no factcheck binary at $bin (bazel build //tools:factcheck)" >&2; exit 2; }
# `bazel run` starts in the runfiles; a relative PREFIX means the caller's folder.
if [[ $prefix != /* && -n ${BUILD_WORKING_DIRECTORY:-} ]]; then prefix=$BUILD_WORKING_DIRECTORY/$prefix; fi
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions"
install -m 755 "$bin" "$prefix/bin/factcheck"
install -m 644 "$runfiles/docs/factcheck.1" "$prefix/share/man/man1/factcheck.1"
install -m 644 "$runfiles/tools/integrations/factcheck.bash" \
  "$prefix/share/bash-completion/completions/factcheck"
echo "installed factcheck in $prefix (bin, man page, bash completion)"
