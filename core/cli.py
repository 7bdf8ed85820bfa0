"""The command line: a thin layer over core's use cases. No Qt is imported here."""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from core import i18n
from core.casefile_spec import EVIDENCE_CATEGORIES
from core.errors import DomainError
from core.letters.wording import LETTER_KINDS

if TYPE_CHECKING:  # the store is imported late, when a command needs it
    from core.store.database import Store
    from core.store.seal import SealKey

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2
log = logging.getLogger("debtdesk.cli")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage problem is one line on standard error and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="debtdesk",
        description="DebtDesk (债务协商助手). Without a command, opens the window.",
    )
    parser.add_argument("--version", action="store_true",
                        help="print DebtDesk's version and exit")
    parser.add_argument("--install-desktop", action="store_true",
                        help="add DebtDesk to this desktop's menu, with its icon")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="the store to use (default: DEBTDESK_HOME, else the per-user "
                             "data folder)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = commands.add_parser("import", help="import a case file (.json or .debtcase) into an "
                                           "empty store")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--replace", action="store_true",
                   help="replace the case already in the store")

    p = commands.add_parser("export", help="write the store as a case file (.json, or "
                                           ".debtcase with the evidence files)")
    p.add_argument("file", type=Path, metavar="FILE")

    p = commands.add_parser("schedule", help="a plan's month-by-month schedule")
    p.add_argument("--plan", required=True, metavar="NAME")
    p.add_argument("--format", choices=("csv", "json", "ics"),
                   help="csv, json or ics (a calendar); default: the --out suffix, else csv")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="write here instead of standard output")

    p = commands.add_parser("letter", help="a letter to a creditor, as a printable PDF")
    p.add_argument("--plan", metavar="NAME",
                   help="the plan the letter proposes (needed by every kind but "
                        "confirmation and complaint, where it adds your finances)")
    p.add_argument("--debt", required=True, metavar="REF")
    p.add_argument("--kind", required=True, choices=LETTER_KINDS, metavar="KIND",
                   help=", ".join(LETTER_KINDS))
    p.add_argument("--lang", required=True, choices=("zh", "en"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--contact", metavar="REF",
                   help="a call of this debt to quote (any kind; a confirmation quotes "
                        "the debt's latest agreement by default, else its latest contact)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--show-id", action="store_true",
                   help="print the ID number in full instead of masked")

    evidence = commands.add_parser("evidence", help="documents kept as evidence")
    actions = evidence.add_subparsers(dest="action", parser_class=_Parser, metavar="ACTION",
                                      required=True)
    p = actions.add_parser("add", help="store documents as evidence")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--category", required=True, choices=EVIDENCE_CATEGORIES, metavar="CAT",
                   help=", ".join(EVIDENCE_CATEGORIES))
    p.add_argument("--debt", action="append", default=[], metavar="REF",
                   help="a debt the documents support (repeatable)")

    p = commands.add_parser("due", help="what falls due: follow-ups, agreed installments, "
                                        "payments of accepted plans; overdue first")
    p.add_argument("--within", type=_days, default=14, metavar="DAYS",
                   help="how many days ahead (default 14)")
    p.add_argument("--format", choices=("text", "json"), default="text")

    commands.add_parser("verify", help="check the database and every evidence file's hash")

    p = commands.add_parser("backup", help="a consistent .debtcase snapshot, safe while the "
                                           "window is open")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")

    commands.add_parser("protect", help="seal the store with a passphrase (from "
                                        "DEBTDESK_NEW_PASSPHRASE_FILE, or asked twice)")
    commands.add_parser("passphrase", help="change a sealed store's passphrase")
    commands.add_parser("unprotect", help="turn a sealed store back into plain files")
    return parser


def _days(text: str) -> int:
    if not text.isdigit() or int(text) > 3660:
        raise argparse.ArgumentTypeError(f"not a number of days from 0 to 3660: {text!r}")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    i18n.set_language(i18n.language_from_environment())
    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)
        if args.version:
            from core.about import version

            print(f"DebtDesk {version()}")
            return EXIT_OK
        if args.install_desktop:
            return _install_desktop()
        if args.command is None:
            parser.print_help()
            return EXIT_OK
        _start_log(args)
        code = _run(args)
    except UsageError as error:
        _say_error(str(error))
        return EXIT_BAD_INPUT
    except DomainError as error:
        log.info("refused: %s", type(error).__name__)  # the message may quote the person's data
        _say_error(error.message)
        return EXIT_BAD_INPUT
    except Exception as error:
        problem = _storage_problem(error, args)
        if problem is not None:  # a folder that cannot be written: said, not a traceback
            log.info("refused: %s", type(error).__name__)
            _say_error(problem.message)
            return EXIT_BAD_INPUT
        from core.logs import log_unhandled

        log_unhandled(error, "the command line")
        raise
    log.info("done: exit %d", code)
    return code


def _storage_problem(error: Exception, args: argparse.Namespace | None) -> DomainError | None:
    """The one sentence for a write the disk or the folder refused, wherever it was met."""
    from core.paths import resolve_data_dir
    from core.store.oserrors import sqlite_problem, storage_problem

    if isinstance(error, OSError) and error.errno is not None:
        return storage_problem(error)
    return sqlite_problem(error, resolve_data_dir(getattr(args, "data_dir", None)))


def _install_desktop() -> int:
    from core.desktop import install_desktop

    try:
        written = install_desktop()
    except OSError as error:
        raise DomainError(i18n.t("desktop_not_installed", detail=error.strerror or
                                 type(error).__name__)) from None
    print(i18n.t("desktop_installed", file=written[0]))
    return EXIT_OK


def _start_log(args: argparse.Namespace, sealed_too: bool = False) -> None:
    """The log, in the store's folder. A sealed store's waits until its passphrase has
    opened it: a refused passphrase leaves every file in the folder as it was."""
    from core.logs import setup_logging, stop_logging
    from core.paths import resolve_data_dir
    from core.store.seal import is_sealed

    data_dir = resolve_data_dir(args.data_dir)
    try:
        if not sealed_too and is_sealed(data_dir):
            stop_logging()
            return
        setup_logging(data_dir)
    except (OSError, DomainError):  # said when the store opens
        return
    log.info("command %s%s", args.command,
             f" {args.action}" if getattr(args, "action", None) else "")


def _say_error(message: str) -> None:
    line = " ".join(message.split())
    print(line if len(line) <= 500 else line[:499] + "…", file=sys.stderr)


def _open(args: argparse.Namespace) -> Store:
    from core.paths import resolve_data_dir
    from core.store.database import open_store

    # Every command says first whether the data is damaged, even one that only reads.
    return open_store(resolve_data_dir(args.data_dir), key=_key(args), wait_for_check=True)


def _passphrase(args: argparse.Namespace) -> str:
    """The passphrase, asked for once per command (a sealed archive and store share it)."""
    from core.store.passphrases import passphrase

    if getattr(args, "passphrase_given", None) is None:
        args.passphrase_given = passphrase()
    return str(args.passphrase_given)


def _key(args: argparse.Namespace) -> SealKey | None:
    """A sealed store's key from its passphrase (then the log starts), else None."""
    from core.paths import resolve_data_dir
    from core.store.seal import is_sealed, unlock

    data_dir = resolve_data_dir(args.data_dir)
    if not is_sealed(data_dir):
        return None
    key = unlock(data_dir, _passphrase(args))
    _start_log(args, sealed_too=True)
    return key


def _open_to_replace(args: argparse.Namespace) -> Store:
    """The store, for a command that replaces the whole case: a damaged database is moved
    aside (renamed, kept) and a fresh store made in its place."""
    from core.store.damage import StoreDamaged, move_aside

    try:
        return _open(args)
    except StoreDamaged as error:
        aside = move_aside(error.data_dir)
        print(i18n.t("store_moved_aside", file=aside))
        return _open(args)


def _run(args: argparse.Namespace) -> int:
    if args.command == "import":
        from core.case.backup import keep_before_replace
        from core.case.casefile import import_case, load_case_file
        from core.case.progress_line import moving

        source = load_case_file(args.file, lambda: _passphrase(args))  # checked whole
        # before the store is even opened
        store = _open_to_replace(args) if args.replace else _open(args)

        def work(line: Any) -> Path | None:
            kept = keep_before_replace(store) if args.replace else None
            import_case(store, source, replace=args.replace, progress=line)
            return kept

        kept = moving(store, work, "case_importing", "case_interrupted")
        if kept is not None:
            print(i18n.t("kept_before_import", file=kept))
        data = source.data
        print(i18n.t("imported", debts=len(data["debts"]), contacts=len(data["contacts"]),
                     plans=len(data["plans"])))
        return EXIT_OK
    if args.command == "export":
        from core.case.casefile import export_case
        from core.case.progress_line import moving

        store = _open(args)
        moving(store, lambda line: export_case(store, args.file, progress=line),
                "case_exporting", "case_interrupted_file", file=args.file.name)
        print(i18n.t("exported", file=args.file))
        return EXIT_OK
    if args.command == "schedule":
        return _schedule(args)
    if args.command == "letter":
        return _letter(args)
    if args.command == "due":
        return _due(args)
    if args.command == "evidence":
        return _evidence_add(args)
    if args.command == "verify":
        return _verify(args)
    if args.command in ("protect", "passphrase", "unprotect"):
        return _seal(args)
    if args.command == "backup":
        from core.case.backup import backup
        from core.case.progress_line import moving

        store = _open(args)
        count = moving(store, lambda line: backup(store, args.out, progress=line),
                       "case_backing_up", "case_interrupted_file", file=args.out.name)
        print(i18n.t("backed_up", file=args.out, count=count))
        return EXIT_OK
    raise UsageError(f"unknown command {args.command}")  # pragma: no cover - argparse stops it


def _schedule(args: argparse.Namespace) -> int:
    from core.case.casefile import write_atomically
    from core.debts.calendar import schedule_text
    from core.plans.export import schedule_format

    form = schedule_format(args.format, args.out)  # before anything is read or written
    store = _open(args)
    try:
        text = schedule_text(store, args.plan, form)
    finally:
        store.close()
    binary = getattr(sys.stdout, "buffer", None) if form == "ics" else None
    if args.out is not None:
        write_atomically(args.out, text.encode("utf-8"))
    elif binary is None:
        sys.stdout.write(text)
    else:  # bytes as they are: a calendar's CRLF line ends must not be translated
        sys.stdout.flush()
        binary.write(text.encode("utf-8"))
    return EXIT_OK


def _letter(args: argparse.Namespace) -> int:
    from core.case.casefile import write_atomically
    from core.letters.build import build_pdf, read_for_letter
    from core.letters.compose import LetterRequest
    from core.letters.pdf import missing_characters, page_count

    if args.out.suffix.lower() != ".pdf":
        raise DomainError(i18n.t("not_pdf_name", file=args.out.name))
    request = LetterRequest(debt=args.debt, kind=args.kind, language=args.lang, plan=args.plan,
                            contact=args.contact, paper=args.paper, show_id=args.show_id)
    store = _open(args)
    try:
        case = read_for_letter(store, request)
    finally:
        store.close()
    letter, pdf = build_pdf(case, request)
    write_atomically(args.out, pdf)
    print(i18n.t("letter_written", file=args.out, pages=page_count(pdf)))
    missing = missing_characters(letter)
    if missing:
        print(i18n.t("letter_missing_characters", chars=" ".join(missing)), file=sys.stderr)
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from core.debts.debts import currency
    from core.debts.due import due_line, read_due

    today = date.today()
    store = _open(args)
    try:
        items = read_due(store, today, args.within)
        code = currency(store)
    finally:
        store.close()
    if args.format == "json":
        document = {"today": today.isoformat(), "within": args.within,
                    "items": [item.as_json() for item in items]}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif not items:
        print(i18n.t("due_none", days=args.within))
    else:
        for item in items:
            print(due_line(item, today, code))
    return EXIT_OK


def _evidence_add(args: argparse.Namespace) -> int:
    """Each file stands alone: the good ones are kept, each bad one refused on its own line."""

    from core.evidence.store import add_files
    from core.file_types import evidence_limit

    limit = evidence_limit()  # a bad setting is refused before anything is stored
    store = _open(args)
    refused = 0
    try:
        for path, added in zip(args.files, add_files(store, args.files, args.category,
                                                     args.debt, limit=limit), strict=True):
            if isinstance(added, DomainError):
                _say_error(added.message)
                refused += 1
                continue
            print(i18n.t(f"ev_{added.status}", file=path.name, ref=added.ref))
            if added.real_suffix:
                print(i18n.t("ev_renamed", file=path.name, suffix=added.real_suffix))
    finally:
        store.close()
    return EXIT_BAD_INPUT if refused else EXIT_OK


def _seal(args: argparse.Namespace) -> int:
    """protect, passphrase, unprotect: each built beside the old state, then swapped in."""
    from core.case import sealing
    from core.paths import resolve_data_dir
    from core.store.damage import check_database
    from core.store.passphrases import new_passphrase
    from core.store.seal import derive, is_sealed, new_params

    data_dir = resolve_data_dir(args.data_dir)
    if args.command == "protect" and is_sealed(data_dir):
        raise DomainError(i18n.t("seal_already"))  # said before any passphrase is asked
    old = _key(args)
    if args.command == "unprotect":
        if old is None:
            raise DomainError(i18n.t("seal_not_sealed"))
        check_database(data_dir, old)  # every page: a damaged file is not rebuilt
        print(i18n.t("unsealed_done", file=sealing.unprotect(data_dir, old).name))
        return EXIT_OK
    if args.command == "passphrase" and old is None:
        raise DomainError(i18n.t("seal_not_sealed"))
    new = derive(new_passphrase(), new_params())  # today's costs, a new salt
    check_database(data_dir, old)  # every page: no sealed (or plain) copy of a damaged file
    if old is None:
        print(i18n.t("sealed_done", file=sealing.protect(data_dir, new).name))
    else:
        print(i18n.t("seal_changed", file=sealing.change_passphrase(data_dir, old, new).name))
        if old.recovery is not None:
            print(i18n.t("seal_recovery_void"))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from core.evidence.verify import verify

    store = _open(args)
    try:
        problems = verify(store)
        with store.read() as session:
            from sqlalchemy import func, select

            from core.store.models import Evidence

            count = session.scalar(select(func.count()).select_from(Evidence))
    finally:
        store.close()
    for problem in problems:
        print(problem.message())
    if not problems:
        print(i18n.t("verify_ok", count=count))
    return EXIT_PROBLEMS if problems else EXIT_OK
