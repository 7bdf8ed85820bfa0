"""Make resources/fonts/hanazono-ext.ttc, the fallback font letters use for the Chinese
characters WenQuanYi Micro Hei lacks: the CJK extension blocks, which occur in names.

    .venv/bin/python scripts/make-fallback-font.py [FOLDER]

FOLDER holds HanaMinA.ttf and HanaMinB.ttf (Hanazono Mincho, GlyphWiki Project, Debian's
fonts-hanazono 20170904); without it the Debian package is fetched with `apt-get download`.
Whole, the two fonts are 53 MB; kept here are only the characters the main font lacks:

    face 0, from HanaMinA: Extension A, and the unified and compatibility ideographs of the
            Basic Multilingual Plane that the main font has no glyph for;
    face 1, from HanaMinB: Extensions B, C, D, E and F (a face holds at most 65,535 glyphs,
            so the planes take one face each).

Hinting, layout tables and vertical metrics go (letters are set horizontally, and the
fonts carry no hinting worth keeping); the faces are renamed, so no reserved name is used
for a changed font. The output depends only on the input: run it again, the same bytes.
Commit the result; the app reads it as it is."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
MAIN = FONTS / "wqy-microhei.ttc"
OUT = FONTS / "hanazono-ext.ttc"
EXTENSION_A = [(0x3400, 0x4DBF)]
BMP_IDEOGRAPHS = [(0x4E00, 0x9FFF), (0xF900, 0xFAFF)]  # kept where the main font lacks one
EXTENSIONS_B_TO_F = [(0x20000, 0x2A6DF), (0x2A700, 0x2EBEF)]
FAMILIES = ("DebtDesk Han Ext A", "DebtDesk Han Ext B")


def _codes(ranges: list[tuple[int, int]]) -> set[int]:
    return {code for low, high in ranges for code in range(low, high + 1)}


def _subset(source: Path, codes: set[int], family: str) -> object:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["vhea", "vmtx", "BASE", "GSUB", "GPOS", "GDEF", "FFTM", "prop"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright, names, version
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codes & set(font.getBestCmap())))
    subsetter.subset(font)
    postscript = family.replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 4):
            record.string = family
        elif record.nameID == 3:
            record.string = f"{postscript};subset of {source.name}"
        elif record.nameID == 6:
            record.string = postscript
    return font


def _sources(folder: Path | None, work: Path) -> Path:
    if folder is not None:
        return folder
    subprocess.run(["apt-get", "download", "fonts-hanazono"], cwd=work, check=True)
    package = next(work.glob("fonts-hanazono_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(package), str(work / "x")], check=True)
    return next((work / "x").rglob("HanaMinA.ttf")).parent


def main(argv: list[str]) -> int:
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.ttCollection import TTCollection

    main_font = set(TTFont(MAIN, fontNumber=0, lazy=True).getBestCmap())
    with tempfile.TemporaryDirectory() as work:
        folder = _sources(Path(argv[0]) if argv else None, Path(work))
        plane0 = _codes(EXTENSION_A) | (_codes(BMP_IDEOGRAPHS) - main_font)
        faces = [_subset(folder / "HanaMinA.ttf", plane0, FAMILIES[0]),
                 _subset(folder / "HanaMinB.ttf", _codes(EXTENSIONS_B_TO_F), FAMILIES[1])]
        collection = TTCollection()
        collection.fonts = faces
        collection.save(OUT)
    counts = [len(face.getBestCmap()) for face in faces]  # type: ignore[attr-defined]
    print(f"wrote {OUT}: {OUT.stat().st_size:,} bytes, characters per face {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
