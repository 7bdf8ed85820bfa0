#!/bin/sh
# Build DebtDesk as one folder that runs without Python (PyInstaller), then use it as a
# person would: the version, a case imported, a Chinese letter, the case sealed and
# verified. Prints the bundle's size.
#   sh scripts/build-bundle.sh        ->  dist/DebtDesk/debtdesk
set -eu
cd "$(dirname "$0")/.."
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
"$app" --version
"$app" --data-dir "$work/data" import "$case"
plan=$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['plans'][0]['name'])" "$case")
debt=$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['debts'][0]['ref'])" "$case")
"$app" --data-dir "$work/data" letter --plan "$plan" --debt "$debt" --kind installment \
    --lang zh --out "$work/letter.pdf"
"$app" --data-dir "$work/data" schedule --plan "$plan" --out "$work/plan.ics"
grep -q "BEGIN:VALARM" "$work/plan.ics"  # the calendar library came along
# A name in the CJK extension blocks prints from the fallback font, bundled with the main one.
"$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); d['person']['name']='龘昇𠀀'; json.dump(d, open(sys.argv[2], 'w'))" "$case" "$work/rare.json"
"$app" --data-dir "$work/rare" import "$work/rare.json"
"$app" --data-dir "$work/rare" letter --plan "$plan" --debt "$debt" --kind installment \
    --lang zh --out "$work/rare.pdf"
if command -v pdffonts >/dev/null; then
    pdffonts "$work/letter.pdf"
    pdffonts "$work/rare.pdf" | grep -q DebtDeskHanExtB
fi
# A sealed store needs cryptography and SQLCipher inside the bundle: seal it, then read it.
printf 'a passphrase for the bundle check\n' > "$work/passphrase"
DEBTDESK_NEW_PASSPHRASE_FILE="$work/passphrase" "$app" --data-dir "$work/data" protect
DEBTDESK_PASSPHRASE_FILE="$work/passphrase" "$app" --data-dir "$work/data" verify
echo "bundle: $(du -sh dist/DebtDesk | cut -f1) in dist/DebtDesk"
