#!/bin/sh
# Open DebtDesk, installing what it needs into .venv first. Arguments go to main.py.
set -eu
cd "$(dirname "$0")/.."
exec sh scripts/venv.sh .venv/bin/python main.py "$@"
