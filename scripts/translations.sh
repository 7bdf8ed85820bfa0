#!/bin/sh
# Refresh the Chinese catalogue from the source (keeps existing translations, and carries
# them over to strings that only moved to another class), then compile it. Run after
# changing any user-facing string in gui/; commit both the .ts and the .qm.
set -eu
cd "$(dirname "$0")/.."
ts=resources/translations/debtdesk_zh_CN.ts
sources=$(find gui -name "*.py" | sort)
# shellcheck disable=SC2086 # one word per source file
.venv/bin/pyside6-lupdate $sources -source-language en -target-language zh_CN -ts "$ts"
.venv/bin/python scripts/carry_translations.py "$ts"
# shellcheck disable=SC2086
.venv/bin/pyside6-lupdate $sources -no-obsolete -source-language en -target-language zh_CN \
    -ts "$ts"
.venv/bin/pyside6-lrelease "$ts" -qm resources/translations/debtdesk_zh_CN.qm
# Words of Qt's own dialogs that Qt's catalogue lacks: kept by hand, compiled here too.
.venv/bin/pyside6-lrelease resources/translations/qt_extra_zh_CN.ts \
    -qm resources/translations/qt_extra_zh_CN.qm
