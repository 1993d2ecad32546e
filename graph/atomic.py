"""Atomic file writes and a pause of the cyclic garbage collector: two low-level helpers.

:func:`write_atomic` (and :func:`atomic_writer` for streamed output) write to a temporary
file in the target's own folder, flush it to disk and rename it into place, so a reader
sees the old file or the new one, never half of one; on any failure the temporary file is
removed. :func:`gc_paused` switches the cyclic collector off while a large structure is
allocated and nothing is freed (reading a dataset, building a graph).
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_writer", "gc_paused", "write_atomic"]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once at import: setting and restoring it later would race other threads


@contextmanager
def atomic_writer(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces *path* when the block ends without error.

    The folder is created when missing. The temporary file (``.NAME.*.tmp`` beside *path*)
    is fsynced before the rename and deleted if anything fails, the rename included. The new
    file keeps the mode of the file it replaces (else the usual ``0o666`` minus the umask).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     folder = pathlib.Path(tmp)
    ...     with atomic_writer(folder / "out.bin") as fh:
    ...         _ = fh.write(b"data")
    ...     (folder / "out.bin").read_bytes(), sorted(p.name for p in folder.iterdir())
    (b'data', ['out.bin'])
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            try:
                mode = path.stat().st_mode & 0o7777
            except OSError:
                mode = 0o666 & ~_UMASK
            if hasattr(os, "fchmod"):  # not on Windows
                os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path | str, data: bytes | str) -> None:
    """Replace *path* with *data* (text is written as UTF-8 with the newlines it has).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     target = pathlib.Path(tmp) / "sub" / "a.txt"
    ...     write_atomic(target, "één\\n")
    ...     target.read_text(encoding="utf-8")
    'één\\n'
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_writer(path) as fh:
        fh.write(data)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (restored as it was, even on error).

    Reading a dataset or building a graph allocates millions of small objects and frees
    none; a running collector would rescan the growing heap again and again (quadratic
    time). Reference counting still frees everything that is dropped.

    Examples
    --------
    >>> import gc
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
