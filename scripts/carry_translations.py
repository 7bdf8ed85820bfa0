"""Carry translations over to strings that only changed their class.

Qt Linguist keys a string by the class it is translated in (its context). When code moves
to another class, lupdate marks the old entry obsolete and adds the same words as new and
unfinished. This fills each unfinished entry from an entry with the same source, comment and
plural form elsewhere in the catalogue, and prints how many it filled and how many remain."""
from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(message: ET.Element) -> tuple[str, str, bool]:
    return (message.findtext("source") or "", message.findtext("comment") or "",
            message.get("numerus") == "yes")


def carry(path: Path) -> tuple[int, int]:
    tree = ET.parse(path)
    known: dict[tuple[str, str, bool], ET.Element] = {}
    waiting: list[tuple[ET.Element, ET.Element]] = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") == "unfinished":
            waiting.append((message, translation))
        elif translation.text or len(translation):
            known.setdefault(_key(message), translation)
    filled = 0
    for message, translation in waiting:
        found = known.get(_key(message))
        if found is None:
            continue
        translation.text, translation.tail = found.text, translation.tail
        for child in list(translation):
            translation.remove(child)
        for child in found:
            translation.append(copy.deepcopy(child))
        translation.attrib.pop("type")
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, len(waiting) - filled


if __name__ == "__main__":
    done, left = carry(Path(sys.argv[1]))
    print(f"carried over {done} translation(s); {left} still need translating")
