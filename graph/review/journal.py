"""The decision journal: every review decision, appended to a file beside the draft as it is made.

``drafts/doc-NNN.decisions.jsonl`` holds one JSON object per line: a header naming the
draft (``format``, ``draft_sha256``), then operations (``decide``, ``set``, ``add_claim``,
``add_entity``) and ``undo`` lines, each cancelling the last operation still in force.
Every line is flushed and fsynced before the decision counts, so a crash loses at most the
keystroke being written; a torn last line is ignored with a note. When the review is
finished the curated files, the draft and an emptied journal are written together.

A lock file (``.doc-NNN.review.lock``) keeps two reviews of the same draft from writing
one journal at the same time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any

from ..atomic import write_atomic
from ..errors import KGError

__all__ = ["JOURNAL_FORMAT", "Journal", "JournalBusy", "journal_path"]

JOURNAL_FORMAT = "kg-review-journal/1"

try:  # advisory locks where the platform has them
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class JournalBusy(KGError):
    """Another review of the same draft is open."""


def journal_path(draft_path: Path) -> Path:
    """The journal of the draft at *draft_path*.

    Examples
    --------
    >>> journal_path(Path("seeds/drafts/doc-007.yaml")).as_posix()
    'seeds/drafts/doc-007.decisions.jsonl'
    """
    return draft_path.with_name(draft_path.stem + ".decisions.jsonl")


def sha256_of(path: Path) -> str:
    """The hex sha256 of the file at *path*."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Journal:
    """The append-only decision log of one draft (see the module doc)."""

    def __init__(self, draft_path: Path):
        self.draft_path = Path(draft_path)
        self.path = journal_path(self.draft_path)
        self.lock_path = self.path.with_name(f".{self.draft_path.stem}.review.lock")
        self._fh: IO[str] | None = None
        self._lock: IO[bytes] | None = None

    def read(self) -> tuple[list[dict], dict, list[str]]:
        """The operations still in force (undo lines applied), the header, and notes on bad lines."""
        if not self.path.exists():
            return [], {}, []
        ops: list[dict] = []
        header: dict = {}
        notes: list[str] = []
        lines = self.path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                entry = None
            if not isinstance(entry, dict):
                where = (
                    "the last line (a decision being written when the review stopped)"
                    if n == len(lines)
                    else f"line {n}"
                )
                notes.append(f"{self.path}: {where} is not readable and was ignored")
                continue
            if "format" in entry:
                header = entry
            elif entry.get("op") == "undo":
                if ops:
                    ops.pop()
            else:
                ops.append(entry)
        return ops, header, notes

    def open(self, ops: list[dict]) -> None:
        """Take the lock and start appending; the file is first rewritten to hold *ops* only.

        Rewriting (atomically) drops undone and unreadable lines, so the file and the
        session agree on which operations are in force. Raises :class:`JournalBusy`.
        """
        self.close()
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(self.lock_path, "ab")  # noqa: SIM115 - held for the whole review
        if fcntl is not None:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                lock.close()
                raise JournalBusy(f"another review of {self.draft_path} is open (lock {self.lock_path})") from None
        self._lock = lock
        if ops or self.path.exists():
            header = {
                "format": JOURNAL_FORMAT,
                "draft": self.draft_path.name,
                "draft_sha256": sha256_of(self.draft_path),
            }
            write_atomic(self.path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in [header, *ops]))

    def append(self, entry: dict[str, Any]) -> None:
        """Write *entry* as one line and force it to disk before returning."""
        if self._lock is None:
            raise KGError("the journal is not open")
        if self._fh is None:
            new = not self.path.exists() or self.path.stat().st_size == 0
            self._fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - appended to until closed
            if new:
                header = {
                    "format": JOURNAL_FORMAT,
                    "draft": self.draft_path.name,
                    "draft_sha256": sha256_of(self.draft_path),
                }
                self._fh.write(json.dumps(header, ensure_ascii=False) + "\n")
        self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def reset(self) -> None:
        """Forget the open file handle (after the journal was replaced by a finished review)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def close(self) -> None:
        """Close the file and release the lock."""
        self.reset()
        if self._lock is not None:
            # tidy, while still holding the lock: the file only matters while a review is open
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
            if fcntl is not None:
                fcntl.flock(self._lock.fileno(), fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None
