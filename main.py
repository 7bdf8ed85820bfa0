"""DebtDesk's door: no command opens the window; a command runs the command line (no Qt)."""
from __future__ import annotations

import sys


def split_data_dir(argv: list[str]) -> tuple[str | None, list[str]]:
    """The global `--data-dir DIR` (or `--data-dir=DIR`), and every other argument."""
    data_dir, rest, args = None, [], list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--data-dir" and args:
            data_dir = args.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return data_dir, rest


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data_dir, rest = split_data_dir(args)
    if rest:  # a command (or --help): the command line, no Qt
        from core.cli import main as cli_main

        return cli_main(args)
    from gui.app import run

    return run(data_dir)


if __name__ == "__main__":
    sys.exit(main())
