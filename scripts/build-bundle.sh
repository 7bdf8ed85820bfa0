#!/bin/sh
# Build DebtDesk as one folder that runs without Python (PyInstaller), then use it as a
# person would: the version, a case imported, a Chinese letter, the case sealed and
# verified. Prints the bundle's size.
#   sh scripts/build-bundle.sh        ->  dist/DebtDesk/debtdesk
set -eu
cd "$(dirname "$0")/.."
. scripts/use-as-a-person.sh
PY=${PYTHON:-python3}
env=build/bundle-venv
[ -x "$env/bin/python" ] || "$PY" -m venv "$env"
"$env/bin/python" -m pip install --quiet --disable-pip-version-check . "pyinstaller>=6.10"
"$env/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller scripts/debtdesk.spec
app=dist/DebtDesk/debtdesk
case=tests/data/zh_case.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
use_as_a_person "$app" "$PY" "$case" "$work"
# A sealed store needs cryptography and SQLCipher inside the bundle: seal it, then read it.
printf 'a passphrase for the bundle check\n' > "$work/passphrase"
DEBTDESK_NEW_PASSPHRASE_FILE="$work/passphrase" "$app" --data-dir "$work/data" protect
DEBTDESK_PASSPHRASE_FILE="$work/passphrase" "$app" --data-dir "$work/data" verify
echo "bundle: $(du -sh dist/DebtDesk | cut -f1) in dist/DebtDesk"
