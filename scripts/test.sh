#!/usr/bin/env bash
# Run the whole test suite. pytest's exit code 5 ("no tests collected") is turned into a failure,
# so a run that tests nothing can never pass.
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" = 5 ]; then
  echo "ERROR: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
