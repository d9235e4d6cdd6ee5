#!/usr/bin/env bash
# The GitHub Action's steps (action.yml), runnable anywhere:
#   tools/integrations/action.sh build     install what is missing, build factcheck
#   tools/integrations/action.sh check     check $FACTCHECK_DRAFTS against
#                                          $FACTCHECK_SOURCES (see action.yml)
# `check` prints GitHub workflow commands (annotations) on stdout, writes
# $FACTCHECK_SARIF when set, sets the step output exit-code when
# $GITHUB_OUTPUT is set, and exits with factcheck's code unless
# $FACTCHECK_FAIL_ON is "never". FACTCHECK_BINARY overrides the binary.
set -euo pipefail
action=$(cd "$(dirname "$0")/../.." && pwd)
case "${1:-}" in
  build)
    "$action/tools/setup.sh"
    (cd "$action" && bazel build -c opt //tools:factcheck)
    ;;
  check)
    bin=${FACTCHECK_BINARY:-$action/bazel-bin/tools/factcheck}
    read -r -a drafts <<<"${FACTCHECK_DRAFTS:?set the drafts input}"
    flags=(--color=never "--fail-on=${FACTCHECK_FAIL_ON:-error}")
    [[ -n ${FACTCHECK_SOURCES:-} ]] && flags+=("--sources=$FACTCHECK_SOURCES")
    [[ -n ${FACTCHECK_DIFF_BASE:-} ]] && flags+=(--changed-lines-only "--diff-base=$FACTCHECK_DIFF_BASE")
    if [[ -n ${FACTCHECK_SARIF:-} ]]; then
      "$bin" check "${flags[@]}" --fail-on=never --format=sarif --output="$FACTCHECK_SARIF" "${drafts[@]}"
    fi
    code=0
    "$bin" check "${flags[@]}" --format=github "${drafts[@]}" || code=$?
    [[ -n ${GITHUB_OUTPUT:-} ]] && echo "exit-code=$code" >>"$GITHUB_OUTPUT"
    exit "$code"
    ;;
  *)
    echo "usage: tools/integrations/action.sh build|check" >&2
    exit 2
    ;;
esac
