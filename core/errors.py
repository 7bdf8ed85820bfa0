"""The one error type core raises for anything a person did or supplied wrong."""
from __future__ import annotations

from collections.abc import Sequence

Path = tuple[str | int, ...]


def format_path(path: Sequence[str | int]) -> str:
    """`("debts", 2, "balance", "principal")` -> `debts[2].balance.principal`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


class DomainError(Exception):
    """A problem fit to show a person: where it is (a JSON path, possibly empty) and what.

    `problem` is already in the UI language. `str(error)` is `path: problem`, the form the
    command line prints; the window can use `path` to point at the field concerned.
    """

    def __init__(self, problem: str, path: Sequence[str | int] = (), file: str = "") -> None:
        self.problem = problem
        self.path: Path = tuple(path)
        self.file = file
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = format_path(self.path)
        text = f"{where}: {self.problem}" if where else self.problem
        return f"{self.file}: {text}" if self.file else text

    def in_file(self, file: str) -> DomainError:
        """The same problem, said of the file it was found in (the first file named wins)."""
        return self if self.file else DomainError(self.problem, self.path, file)

    def within(self, *prefix: str | int) -> DomainError:
        """The same problem, its path placed under `prefix`."""
        return DomainError(self.problem, (*prefix, *self.path), self.file)
