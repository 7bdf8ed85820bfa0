"""DebtDesk's door: no command opens the window; a command runs the command line (no Qt)."""
from __future__ import annotations

import sys


def _has_command(argv: list[str]) -> bool:
    """True when anything but the global `--data-dir DIR` was given."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir":
            if rest:
                rest.pop(0)
            continue
        if arg.startswith("--data-dir="):
            continue
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if _has_command(args):
        from core.cli import main as cli_main

        return cli_main(args)
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
