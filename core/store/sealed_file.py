"""Files sealed with AES-256-GCM in 64 KiB chunks, so a 200 MB scan is never held whole.

Layout: an 8-byte magic, a 7-byte random prefix (the header, authenticated with every
chunk), then the chunks, each its ciphertext and 16-byte tag. A chunk's nonce is the prefix,
its number (4 bytes) and a last-chunk flag, so chunks cannot be reordered, and a file cut
short (even at a chunk's end) fails: the last chunk, shorter than a full one and maybe empty,
is the only one sealed with the flag set. Chunks have a fixed size, so a reader can seek.
"""
from __future__ import annotations

import contextlib
import io
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

MAGIC = b"DDSEAL1\x00"
PREFIX_LEN = 7
HEADER_LEN = len(MAGIC) + PREFIX_LEN
CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG


class SealBroken(ValueError):
    """A sealed file that fails its checks: changed, cut short, or sealed with another key."""


def _aead(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class SealedWriter(io.RawIOBase):
    """A write-only stream that seals what is written into `out` (which it does not close).
    It cannot seek, so zipfile writes an archive straight into it."""

    def __init__(self, out: IO[bytes], key: bytes) -> None:
        self._out, self._aead = out, _aead(key)
        prefix = os.urandom(PREFIX_LEN)
        self._header = MAGIC + prefix
        self._prefix = prefix
        self._pending = bytearray()
        self._index = 0
        self._finished = False
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._pending += view
        start = 0
        while len(self._pending) - start > CHUNK:  # a full chunk is never the last: keep one
            self._seal(bytes(self._pending[start:start + CHUNK]), last=False)
            start += CHUNK
        del self._pending[:start]  # once per write: a 1 MiB piece is not moved 16 times
        return len(view)

    def _seal(self, plain: bytes, last: bool) -> None:
        if self._index >= 2 ** 32 - 1:
            raise OverflowError("sealed file too large")
        nonce = _nonce(self._prefix, self._index, last)
        self._out.write(self._aead.encrypt(nonce, plain, self._header))
        self._index += 1

    def finish(self) -> None:
        """Seal what is left as the last chunk (shorter than a full one, maybe empty)."""
        if self._finished:
            return
        if len(self._pending) == CHUNK:
            self._seal(bytes(self._pending), last=False)
            self._pending.clear()
        self._seal(bytes(self._pending), last=True)
        self._pending.clear()
        self._finished = True

    def close(self) -> None:
        if not self.closed:
            self.finish()
        super().close()


class SealedReader(io.RawIOBase):
    """The plain bytes of a sealed file, read-only and seekable, one chunk in memory at a
    time. Opening checks the header and the last chunk (so a cut file fails at once); each
    chunk is checked as it is read. `offset` is where the sealed stream starts in `handle`."""

    def __init__(self, handle: IO[bytes], key: bytes, offset: int = 0,
                 close_handle: bool = True) -> None:
        self._handle, self._aead, self._base = handle, _aead(key), offset
        self._close_handle = close_handle
        handle.seek(offset)
        self._header = handle.read(HEADER_LEN)
        if len(self._header) != HEADER_LEN or not self._header.startswith(MAGIC):
            raise SealBroken("not a sealed file")
        self._prefix = self._header[len(MAGIC):]
        body = handle.seek(0, io.SEEK_END) - offset - HEADER_LEN
        self._chunks = max(1, -(-body // SEALED_CHUNK))
        last_len = body - (self._chunks - 1) * SEALED_CHUNK - TAG
        if last_len < 0 or last_len >= CHUNK:
            raise SealBroken("cut short")
        self.size = (self._chunks - 1) * CHUNK + last_len
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        self._chunk(self._chunks - 1)

    @classmethod
    def open(cls, path: Path, key: bytes) -> SealedReader:
        handle = path.open("rb")
        try:
            return cls(handle, key)
        except BaseException:
            handle.close()
            raise

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        from cryptography.exceptions import InvalidTag

        self._handle.seek(self._base + HEADER_LEN + index * SEALED_CHUNK)
        sealed = self._handle.read(SEALED_CHUNK)
        last = index == self._chunks - 1
        try:
            plain = self._aead.decrypt(_nonce(self._prefix, index, last), sealed, self._header)
        except InvalidTag:
            raise SealBroken("changed, or sealed with another key") from None
        self._cached = (index, bytes(plain))
        return self._cached[1]

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        start = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if start + offset < 0:
            raise ValueError("negative seek position")
        self._pos = start + offset
        return self._pos

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            index, within = divmod(self._pos, CHUNK)
            piece = self._chunk(index)[within:within + len(view) - done]
            view[done:done + len(piece)] = piece
            done += len(piece)
            self._pos += len(piece)
        return done

    def close(self) -> None:
        if not self.closed and self._close_handle:
            self._handle.close()
        super().close()


@contextlib.contextmanager
def sealed_to(out: IO[bytes], key: bytes | None) -> Iterator[IO[bytes]]:
    """Where plain bytes are written on their way into `out`: `out` itself without a key,
    else a sealing stream over it (finished, not closed, on the way out)."""
    if key is None:
        yield out
        return
    writer = SealedWriter(out, key)
    yield writer  # type: ignore[misc]
    writer.finish()


def is_sealed_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def open_plain(path: Path, key: bytes | None) -> IO[bytes]:
    """A file's plain bytes to read: the file itself, or its unsealing reader."""
    if key is None:
        return path.open("rb")
    return io.BufferedReader(SealedReader.open(path, key), CHUNK)


def copy_stream(source: IO[bytes], out: IO[bytes],
                each: Callable[[bytes], None] | None = None) -> int:
    """Copy in 1 MiB pieces; `each` sees every piece (to hash it). Returns the size."""
    size = 0
    for piece in iter(lambda: source.read(1024 * 1024), b""):
        if each is not None:
            each(piece)
        out.write(piece)
        size += len(piece)
    return size


def rewrite(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None,
            each: Callable[[bytes], None] | None = None) -> None:
    """`source`'s plain bytes written to `target` (sealed under `target_key`, or plain),
    flushed to disk. SealBroken if `source` fails its checks."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as out, open_plain(source, source_key) as src:
        with sealed_to(out, target_key) as sealed:
            copy_stream(src, sealed, each)
        out.flush()
        os.fsync(out.fileno())
