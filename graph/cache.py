"""Cache of validated datasets, keyed by a hash of every input byte.

Validation of a large dataset takes minutes; re-running ``kg`` on unchanged files should
not. The key covers the dataset files, the schema files and the toolkit version, so any
edit (or upgrade) invalidates it. Entries are pickles written atomically; they are only
ever read back by this same toolkit from its own cache folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from . import __version__
from .atomic import atomic_writer
from .schema import Schema, schema_dir_for

__all__ = ["cache_dir", "content_key", "dataset_files", "get", "put"]


def cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``.kg/cache`` under the current directory."""
    return Path(os.environ.get("KG_CACHE_DIR") or Path(".kg") / "cache")


def dataset_files(directory: Path) -> list[Path]:
    """Every file a dataset's content may depend on: all files but drafts and hidden ones."""
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and not any(part.startswith(".") or part == "drafts" for part in p.relative_to(directory).parts)
    )


def content_key(directory: Path, schema: Schema | None = None) -> str:
    """sha256 over the toolkit version, schema files and dataset files (names and bytes)."""
    schema_dir = schema.directory if schema and schema.directory else schema_dir_for(directory)
    h = hashlib.sha256(f"kg {__version__}\0".encode())
    groups = [(schema_dir, sorted(Path(schema_dir).rglob("*.yaml"))), (directory, dataset_files(directory))]
    for root, files in groups:
        for path in files:
            h.update(str(path.relative_to(root)).encode() + b"\0")
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            h.update(b"\0")
    return h.hexdigest()


def get(key: str):
    """The cached dataset for *key*, or ``None``."""
    path = cache_dir() / f"{key}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def put(key: str, dataset) -> None:
    """Store *dataset* under *key* (atomic rename; failures only cost a re-validation).

    A failed write leaves nothing behind: no partial entry, no temporary file.
    """
    try:
        with atomic_writer(cache_dir() / f"{key}.pickle") as fh:
            pickle.dump(dataset, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        pass
