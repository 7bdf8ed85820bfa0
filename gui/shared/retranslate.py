"""Chinese and English switched at run time, written once.

Qt sends every widget a LanguageChange event when the translators change; `Retranslating`
turns it into a call to the widget's `retranslate()`, and `fill` puts values into the `%1`,
`%2`… placeholders of a translated text (word order differs between the two languages, so a
sentence is translated whole and its values are put in afterwards)."""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """`text` with `%1` … `%9` replaced by the values, in one pass.

    One pass, so a value that itself holds `%2` (a creditor's name, a file name) is shown as
    typed instead of being filled in again. A placeholder with no value stays as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class Retranslating:
    """Mix into a QWidget (before the Qt class) that has a `retranslate()` method."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
