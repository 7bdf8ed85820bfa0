#!/bin/sh
# Create or update .venv from pyproject.toml (only when pyproject.toml changed), then run
# the given command inside it. Used by the README's two commands.
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
extras=${DEBTDESK_EXTRAS:-}
stamp=.venv/.installed
want="$(cat pyproject.toml | cksum) [$extras]"
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    if [ -n "$extras" ]; then
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$extras]"
    else
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
    fi
    echo "$want" > "$stamp"
fi
exec "$@"
