#!/bin/sh
# Build the wheel, install it into a fresh virtual environment outside the checkout, and use
# it as a person would: the version, a case imported, a Chinese letter with every font
# embedded. Run by CI after the tests; needs pdffonts (Debian: poppler-utils).
set -eu
cd "$(dirname "$0")/.."
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
"$app" --version
"$app" --data-dir "$work/data" import "$case"
plan=$("$work/venv/bin/python" -c "import json,sys; print(json.load(open(sys.argv[1]))['plans'][0]['name'])" "$case")
debt=$("$work/venv/bin/python" -c "import json,sys; print(json.load(open(sys.argv[1]))['debts'][0]['ref'])" "$case")
LANG=zh_CN.UTF-8 "$app" --data-dir "$work/data" letter --plan "$plan" --debt "$debt" \
    --kind installment --lang zh --out "$work/letter.pdf"
"$app" --data-dir "$work/data" schedule --plan "$plan" --out "$work/plan.ics"
grep -q "BEGIN:VALARM" "$work/plan.ics"  # the calendar library came along
# A name in the CJK extension blocks prints from the fallback font, which came along too.
"$work/venv/bin/python" -c "import json,sys; d=json.load(open(sys.argv[1])); d['person']['name']='龘昇𠀀'; json.dump(d, open(sys.argv[2], 'w'))" "$case" "$work/rare.json"
"$app" --data-dir "$work/rare" import "$work/rare.json"
"$app" --data-dir "$work/rare" letter --plan "$plan" --debt "$debt" --kind installment \
    --lang zh --out "$work/rare.pdf"
pdffonts "$work/letter.pdf"
pdffonts "$work/rare.pdf" | grep -q DebtDeskHanExtB
if pdffonts "$work/letter.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes ||
   pdffonts "$work/rare.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes; then
    echo "a font in the letter is not embedded" >&2
    exit 1
fi
echo "installed wheel: $(du -sh "$work"/wheel/*.whl | cut -f1); letter written and fonts embedded"
