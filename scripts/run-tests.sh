#!/bin/sh
# Run the whole test suite offscreen, installing what it needs into .venv first.
# Arguments go to pytest (e.g. -k plan, or tests/core).
set -eu
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export DEBTDESK_EXTRAS=test
sh scripts/venv.sh true
set +e
.venv/bin/python -m pytest "$@"
code=$?
set -e
if [ "$code" -eq 5 ]; then
    echo "no tests were collected: that is a failure" >&2
    exit 1
fi
exit "$code"
