#!/bin/sh
# Build the wheel, install it into a fresh virtual environment outside the checkout, and use
# it as a person would: the version, a case imported, a Chinese letter with every font
# embedded. Run by CI after the tests; needs pdffonts (Debian: poppler-utils).
set -eu
cd "$(dirname "$0")/.."
. scripts/use-as-a-person.sh
command -v pdffonts >/dev/null || { echo "pdffonts is needed (Debian: poppler-utils)" >&2; exit 1; }
PY=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" -m pip wheel --quiet --disable-pip-version-check \
    --no-deps --wheel-dir "$work/wheel" .
"$PY" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$work"/wheel/*.whl
case=../shared/examples/zh_example.json
[ -f "$case" ] || case=tests/data/zh_case.json
case=$(cd "$(dirname "$case")" && pwd)/$(basename "$case")
cd "$work"  # nothing of the checkout on the path from here on
app="$work/venv/bin/debtdesk"
use_as_a_person "$app" "$work/venv/bin/python" "$case" "$work"
echo "installed wheel: $(du -sh "$work"/wheel/*.whl | cut -f1); letter written and fonts embedded"
