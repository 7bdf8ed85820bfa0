"""What the privacy tests share: the values of a case that must never leave it (names,
amounts, numbers, words), and a guard that fails any network connection."""
from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")


def secrets_of(document: Any) -> set[str]:
    """Every text of the case a person wrote or that identifies them: anything with a
    non-ASCII character, a digit (amounts, phones, ID numbers; dates aside) or an @."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and len(value) >= 2 and not _DATE.fullmatch(value) and (
                not value.isascii() or "@" in value
                or (any(c.isdigit() for c in value) and len(value) >= 4)):
            found.add(value)
            if re.fullmatch(r"\d+\.\d\d", value) and int(value.split(".")[0]) >= 1000:
                found.add(value.split(".")[0])  # 9200.00 also as 9200
    walk(document)
    return found


def case_secrets(path: Path) -> set[str]:
    return secrets_of(json.loads(path.read_text(encoding="utf-8")))


def leaked(text: str, secrets: set[str]) -> list[str]:
    return sorted(s for s in secrets if s in text)


class NetworkGuard:
    """Replaces every way Python opens a connection or looks up a name; records each try
    (in case the code under test swallows the error) and fails it loudly."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def refuse(what: str):
            def fail(*args: Any, **kwargs: Any) -> Any:
                self.attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
                raise AssertionError(f"DebtDesk tried to use the network: {what} {args!r}")
            return fail

        for name in ("connect", "connect_ex", "sendto", "sendmsg"):
            monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
        for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                     "gethostbyaddr"):
            monkeypatch.setattr(socket, name, refuse(name))

    def check(self) -> None:
        assert not self.attempts, self.attempts


def inet_sockets_of_this_process() -> list[str]:
    """Linux: the open TCP/UDP sockets this process holds (native code included), from /proc."""
    proc = Path("/proc/self")
    if not (proc / "fd").is_dir() or not Path("/proc/net/tcp").exists():
        return []
    inodes = set()
    for fd in (proc / "fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/self/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(f"{table} {fields[1]} -> {fields[2]}")
    return found
