#!/bin/sh
# Refresh the Chinese catalogue from the source (keeps existing translations), then compile
# it. Run after changing any user-facing string in gui/; commit both the .ts and the .qm.
set -eu
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate $(find gui -name "*.py" | sort) -no-obsolete -source-language en -target-language zh_CN \
    -ts resources/translations/debtdesk_zh_CN.ts
.venv/bin/pyside6-lrelease resources/translations/debtdesk_zh_CN.ts \
    -qm resources/translations/debtdesk_zh_CN.qm
