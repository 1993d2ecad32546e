"""Reading a dataset's files safely: regular files only, bounded in size, never blocking.

A dataset folder may come from anyone. A named pipe in place of a text blocks a plain
``open`` forever, a symbolic link to ``/dev/zero`` fills memory, a folder named like a file
raises an unexpected error. Every file a dataset supplies is read through
:func:`read_regular`: it looks at what the path is before opening it, opens it without
blocking, checks the open file again (the path may have been swapped in between) and reads
at most the limit. A symbolic link to a regular file is followed (staging overlays are made
of them); anything else is refused with a reason that names what it is.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["MAX_TEXT_BYTES", "MAX_YAML_BYTES", "FileRefused", "kind_of", "read_regular", "visible_entries"]

#: Largest YAML file a dataset or schema may have (the 1M-claim benchmark's largest is ~17 MB).
MAX_YAML_BYTES = 128 * 2**20
#: Largest document text (articles are kilobytes; ``kg ingest`` refuses 2 MB by default).
MAX_TEXT_BYTES = 64 * 2**20

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class FileRefused(Exception):
    """A path that is not a readable regular file within the limit; ``reason`` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def kind_of(mode: int) -> str:
    """What a ``st_mode`` is, in words (``"a regular file"``, ``"a named pipe (FIFO)"`` ...)."""
    if stat.S_ISREG(mode):
        return "a regular file"
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n:,} bytes"


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at *path*, or :class:`FileRefused`.

    Examples
    --------
    >>> import os, tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     pipe = pathlib.Path(tmp) / "claims.yaml"
    ...     os.mkfifo(pipe)
    ...     try:
    ...         read_regular(pipe, 100)
    ...     except FileRefused as exc:
    ...         print(exc.reason)
    is a named pipe (FIFO), not a regular file
    """
    try:
        before = os.stat(path)
    except FileNotFoundError:
        raise FileRefused("not found" if not os.path.islink(path) else "is a symbolic link to nothing") from None
    except OSError as exc:
        raise FileRefused(f"cannot read: {exc.strerror}") from None
    if not stat.S_ISREG(before.st_mode):
        raise FileRefused(f"is {kind_of(before.st_mode)}, not a regular file")
    if before.st_size > limit:
        raise FileRefused(f"is {_size(before.st_size)}, more than the {_size(limit)} a file may have here")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileRefused(f"cannot read: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            raise FileRefused("changed while it was being opened; not read")
        chunks, total, want = [], 0, min(limit, now.st_size) + 1  # one byte more: a file that grew shows
        try:
            while want > 0 and (chunk := fh.read(want)):
                chunks.append(chunk)
                total += len(chunk)
                want = min(1 << 20, limit + 1 - total)
        except OSError as exc:
            raise FileRefused(f"cannot read: {exc.strerror}") from None
    if total > limit:
        raise FileRefused(f"grew past the {_size(limit)} a file may have here while it was read")
    return b"".join(chunks) if len(chunks) != 1 else chunks[0]


def visible_entries(folder: Path, pattern: str) -> list[Path]:
    """``folder.glob(pattern)`` without hidden names (``.x.yaml``, editor lock files), sorted.

    The cache key leaves hidden entries out, so validation must not read them either.
    """
    return sorted(p for p in folder.glob(pattern) if not p.name.startswith("."))
