# Sourced by check-install.sh and build-bundle.sh: use an installed DebtDesk as a person
# would, whatever way it was installed.
#   use_as_a_person APP PYTHON CASE WORK
# The version; CASE imported; a Chinese letter and the plan's calendar; a case whose person
# is named with characters of the CJK extension blocks, whose letter must carry the
# fallback font; and, where pdffonts is found, every font of both letters embedded.
use_as_a_person() {
    app=$1 py=$2 case=$3 work=$4
    "$app" --version
    "$app" --data-dir "$work/data" import "$case"
    plan=$("$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['plans'][0]['name'])" "$case")
    debt=$("$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['debts'][0]['ref'])" "$case")
    LANG=zh_CN.UTF-8 "$app" --data-dir "$work/data" letter --plan "$plan" --debt "$debt" \
        --kind installment --lang zh --out "$work/letter.pdf"
    "$app" --data-dir "$work/data" schedule --plan "$plan" --out "$work/plan.ics"
    grep -q "BEGIN:VALARM" "$work/plan.ics"  # the calendar library came along
    "$py" -c "import json,sys; d=json.load(open(sys.argv[1])); d['person']['name']='龘昇𠀀'; json.dump(d, open(sys.argv[2], 'w'))" "$case" "$work/rare.json"
    "$app" --data-dir "$work/rare" import "$work/rare.json"
    "$app" --data-dir "$work/rare" letter --plan "$plan" --debt "$debt" --kind installment \
        --lang zh --out "$work/rare.pdf"
    command -v pdffonts >/dev/null || return 0
    pdffonts "$work/letter.pdf"
    pdffonts "$work/rare.pdf" | grep -q DebtDeskHanExtB
    if pdffonts "$work/letter.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes ||
       pdffonts "$work/rare.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes; then
        echo "a font in the letter is not embedded" >&2
        return 1
    fi
}
