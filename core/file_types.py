"""What a file really is, from its first bytes; and whether a decodable file is whole.

The name is never trusted: a `.png` that is a JPEG is a JPEG. Types outside the list are
refused; images and PDFs that the app can decode are decoded in full, so a truncated scan is
caught before it is kept ("rescan it").
"""
from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO


@dataclass(frozen=True, slots=True)
class FileType:
    mime: str
    ext: str  # the usual suffix, with its dot
    kind: str  # "image", "pdf", "audio", "email", "text"
    decodable: bool = False  # the app can decode it here and so checks it whole


JPEG = FileType("image/jpeg", ".jpg", "image", True)
PNG = FileType("image/png", ".png", "image", True)
GIF = FileType("image/gif", ".gif", "image", True)
BMP = FileType("image/bmp", ".bmp", "image", True)
TIFF = FileType("image/tiff", ".tif", "image", True)
WEBP = FileType("image/webp", ".webp", "image", True)
HEIC = FileType("image/heic", ".heic", "image", True)  # decoded with pillow-heif
HEIF = FileType("image/heif", ".heif", "image", True)
PDF = FileType("application/pdf", ".pdf", "pdf", True)
MP3 = FileType("audio/mpeg", ".mp3", "audio")
M4A = FileType("audio/mp4", ".m4a", "audio")
AAC = FileType("audio/aac", ".aac", "audio")
AMR = FileType("audio/amr", ".amr", "audio")
WAV = FileType("audio/wav", ".wav", "audio")
OGG = FileType("audio/ogg", ".ogg", "audio")
EML = FileType("message/rfc822", ".eml", "email")
TEXT = FileType("text/plain", ".txt", "text")

# suffixes a person may use for each type: a name "lies" only if its suffix is none of these
SUFFIXES = {
    JPEG: {".jpg", ".jpeg", ".jpe", ".jfif"}, PNG: {".png"}, GIF: {".gif"}, BMP: {".bmp"},
    TIFF: {".tif", ".tiff"}, WEBP: {".webp"}, HEIC: {".heic", ".heif"},
    HEIF: {".heif", ".heic"}, PDF: {".pdf"}, MP3: {".mp3"}, M4A: {".m4a", ".mp4", ".aac"},
    AAC: {".aac", ".m4a"}, AMR: {".amr"}, WAV: {".wav"}, OGG: {".ogg", ".oga", ".opus"},
    EML: {".eml", ".txt"}, TEXT: {".txt", ".text", ".log", ".csv", ".md"},
}
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"heif"}
_M4A_BRANDS = {b"M4A ", b"M4B ", b"mp42", b"isom", b"dash"}
_EMAIL_HEADERS = (b"from:", b"received:", b"return-path:", b"mime-version:", b"subject:",
                  b"date:", b"to:", b"message-id:", b"delivered-to:", b"x-")
HEAD_BYTES = 4096


def sniff(head: bytes) -> FileType | None:
    """The type of a file from its first bytes; None for anything but text candidates
    (which `looks_like_text` then checks whole) and types not on the list."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head.startswith(b"BM") and len(head) >= 14:
        return BMP
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return WAV
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIC_BRANDS:
            return HEIC
        if brand in _HEIF_BRANDS:
            return HEIF
        if brand in _M4A_BRANDS:
            return M4A
        return None
    if head.lstrip(b"\x00\t\n\r ").startswith(b"%PDF-") and head.find(b"%PDF-") < 1024:
        return PDF
    if head.startswith(b"#!AMR"):
        return AMR
    if head.startswith(b"OggS"):
        return OGG
    if head.startswith(b"ID3"):
        return MP3
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16's mark, FF FE, is no audio frame
        return None
    if len(head) >= 2 and head[0] == 0xFF:
        if head[1] & 0xF6 == 0xF0:  # ADTS: sync, layer 00
            return AAC
        if head[1] & 0xE0 == 0xE0 and head[1] & 0x06:  # MPEG audio frame, layer set
            return MP3
    return None


_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
         (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def other_text_encoding(head: bytes) -> str | None:
    """The encoding of a text file that is not UTF-8 — "UTF-16" or "UTF-32" by its
    byte-order mark, "GBK" for Chinese text in the encoding older Windows saves,
    "Windows-1252" for Western text — so the person can be told to save it as UTF-8; None
    otherwise (UTF-8, or not text)."""
    for mark, name in _BOMS:
        if head.startswith(mark):
            return name
    if b"\x00" in head or not any(byte >= 0x80 for byte in head):
        return None
    try:
        head.decode("utf-8")
        return None
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # only a character cut at the end: UTF-8 after all
            return None
    gb = _gb_text(head)
    if gb:
        return "GBK"
    try:
        western = head.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if all(ch.isprintable() or ch in "\t\r\n" for ch in western):
        return "Windows-1252"
    return None


def _gb_text(head: bytes) -> bool:
    """Chinese text in GBK: it decodes, every character prints, and its two-byte characters
    lie in the common range (both bytes from A1), as the hanzi people write do; Western text
    read as GBK pairs an accented letter with the ASCII letter after it instead."""
    try:
        text = head.decode("gb18030")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 1:
            return False  # not a cut character at the end: not GB text
        head = head[:error.start]
        text = head.decode("gb18030")
    if not text or not all(ch.isprintable() or ch in "\t\r\n" for ch in text):
        return False
    pairs = common = 0
    index = 0
    while index < len(head) - 1:
        if head[index] >= 0x81:
            pairs += 1
            common += head[index] >= 0xA1 and head[index + 1] >= 0xA1
            index += 2
        else:
            index += 1
    return pairs > 0 and common >= 0.9 * pairs


def is_email(head: bytes) -> bool:
    """An RFC 822 message: it opens with header lines, one of them a mail header."""
    lines = head.replace(b"\r\n", b"\n").split(b"\n")[:20]
    headers = [line.lower() for line in lines if line and not line[:1].isspace()]
    if not headers or b":" not in headers[0]:
        return False
    return sum(line.startswith(_EMAIL_HEADERS) for line in headers) >= 2


class TextCheck:
    """Feeds chunks of a file through a strict UTF-8 decoder: plain text has no NUL byte
    and decodes whole."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.ok = True

    def feed(self, chunk: bytes, final: bool = False) -> None:
        if not self.ok:
            return
        if b"\x00" in chunk:
            self.ok = False
            return
        try:
            self._decoder.decode(chunk, final)
        except UnicodeDecodeError:
            self.ok = False


def name_lies(name: str, real: FileType) -> bool:
    """The file's suffix says another type than its content (no suffix is no lie)."""
    suffix = Path(name).suffix.lower()
    return bool(suffix) and suffix not in SUFFIXES.get(real, {real.ext})


def damage(source: Path | Callable[[], IO[bytes]], kind: FileType) -> str | None:
    """Why a decodable file is damaged (its full decode fails), or None if it is whole.
    `source` is the file, or what opens its bytes (a sealed store's copy is unsealed as it
    is read, never written out plain)."""
    if not kind.decodable:
        return None
    opener = source if callable(source) else _opener(source)
    if kind is PDF:
        with opener() as handle:
            return _pdf_damage(handle)
    try:
        from PIL import Image

        if kind in (HEIC, HEIF):
            _heif_opener()
        with opener() as handle, Image.open(handle) as image:
            image.load()  # a truncated file raises here (LOAD_TRUNCATED_IMAGES is off)
    except ImportError:  # pragma: no cover - Pillow comes with matplotlib
        return None
    except Exception as error:  # noqa: BLE001 - any decoder failure is damage
        return str(error) or type(error).__name__
    return None


def _heif_opener() -> None:
    """Teach Pillow HEIC/HEIF (pillow-heif, loaded only for such a file)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


def heif_as_png(raw: bytes) -> bytes | None:
    """A HEIC/HEIF photo as PNG bytes, for a viewer that cannot read HEIF itself (Qt has no
    HEIF reader by default); None if it cannot be decoded."""
    import io

    try:
        from PIL import Image, ImageOps

        _heif_opener()
        with Image.open(io.BytesIO(raw)) as image:
            out = io.BytesIO()
            ImageOps.exif_transpose(image).save(out, "PNG")
            return out.getvalue()
    except Exception:  # noqa: BLE001 - any decoder failure: no picture, said by the caller
        return None


def _opener(path: Path) -> Callable[[], IO[bytes]]:
    def open_path() -> IO[bytes]:
        return path.open("rb")
    return open_path


def _pdf_damage(handle: IO[bytes]) -> str | None:
    """A PDF must end with its cross-reference pointer and %%EOF, and the pointer must land
    on a cross-reference inside the file: a truncated download or scan fails this."""
    size = handle.seek(0, 2)
    handle.seek(max(0, size - 2048))
    tail = handle.read()
    if b"%%EOF" not in tail:
        return "no end-of-file marker (truncated)"
    at = tail.rfind(b"startxref")
    if at < 0:
        return "no cross-reference table"
    try:
        offset = int(tail[at + 9:].split()[0])
    except (ValueError, IndexError):
        return "unreadable cross-reference pointer"
    if not 0 < offset < size:
        return "cross-reference pointer outside the file"
    handle.seek(offset)
    marker = handle.read(32)
    if not (marker.startswith(b"xref") or b" obj" in marker):
        return "cross-reference table not where the file says"
    return None


# The evidence size limit: `evidence add` refuses a larger file and import refuses a
# `.debtcase` carrying one. 200 MB unless the setting says otherwise.
DEFAULT_LIMIT = 200 * 1024 * 1024
LIMIT_SETTING = "DEBTDESK_EVIDENCE_LIMIT_MB"


def evidence_limit(environ: Mapping[str, str] | None = None) -> int:
    """The limit in bytes; a setting that is not a whole number of megabytes is refused."""
    from core import i18n
    from core.errors import DomainError

    value = (os.environ if environ is None else environ).get(LIMIT_SETTING, "").strip()
    if not value:
        return DEFAULT_LIMIT
    if not value.isdigit() or int(value) < 1:
        raise DomainError(i18n.t("bad_limit_setting", name=LIMIT_SETTING, value=value[:40]))
    return int(value) * 1024 * 1024
