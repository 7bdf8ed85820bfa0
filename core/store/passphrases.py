"""Where the command line finds a sealed store's passphrase: the first line of the file named
by DEBTDESK_PASSPHRASE_FILE, else DEBTDESK_PASSPHRASE, else a prompt without echo on a
terminal; never an argument (another user could read it in the process list). A new one
comes from DEBTDESK_NEW_PASSPHRASE_FILE, or is asked twice on a terminal."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from core import i18n
from core.errors import DomainError
from core.store import seal_text  # noqa: F401 - the messages said here

FILE_VAR, ENV_VAR, NEW_FILE_VAR = (
    "DEBTDESK_PASSPHRASE_FILE", "DEBTDESK_PASSPHRASE", "DEBTDESK_NEW_PASSPHRASE_FILE")


def _first_line(variable: str) -> str | None:
    name = os.environ.get(variable)
    if not name:
        return None
    try:
        with Path(name).open(encoding="utf-8", newline="") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError) as error:
        raise DomainError(i18n.t("cannot_read", file=Path(name).name, detail=getattr(
            error, "strerror", None) or type(error).__name__)) from None
    return line.removesuffix("\n").removesuffix("\r")


def _ask(prompt: str) -> str | None:
    if not (sys.stdin is not None and sys.stdin.isatty()):
        return None
    import getpass

    return getpass.getpass(prompt)


def passphrase() -> str:
    """The store's passphrase from the first source that has one."""
    found = _first_line(FILE_VAR)
    if found is None:
        found = os.environ.get(ENV_VAR) or _ask(i18n.t("seal_prompt"))
    if not found:
        raise DomainError(i18n.t("seal_no_passphrase"))
    return found


def new_passphrase() -> str:
    """The new passphrase for `protect` and `passphrase`; typed twice when asked for."""
    found = _first_line(NEW_FILE_VAR)
    if found is None:
        found = _ask(i18n.t("seal_prompt_new"))
        if found and _ask(i18n.t("seal_prompt_again")) != found:
            raise DomainError(i18n.t("seal_mismatch"))
    if not found:
        raise DomainError(i18n.t("seal_no_new_passphrase"))
    return found
