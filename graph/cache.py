"""Cache of validated datasets, keyed by a hash of every input byte and of the code.

Validation of a large dataset takes minutes; re-running ``kg`` on unchanged files should
not. The key covers every entry of the dataset folder (names, kinds and bytes: a folder, a
pipe or a link where a file was is a change), the schema files, the toolkit version and
the source of the modules that shape the cached objects, so any edit or upgrade
invalidates it.

A cache entry is data, never code: JSON, which reading cannot execute, authenticated with
an HMAC whose secret is per user (``$XDG_CACHE_HOME/osint-kg/secret``, else
``~/.cache/osint-kg/secret``, mode 0600). An entry that does not verify (planted, damaged,
written by another user) is ignored and the dataset is validated again. Entries live in
the per-user cache folder, never in the working folder; ``$KG_CACHE_DIR`` moves them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import operator
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path
from types import UnionType
from typing import Union, get_args, get_origin, get_type_hints

from . import __version__
from .atomic import atomic_writer
from .files import MAX_YAML_BYTES, FileRefused, read_regular
from .model import Claim, Dataset, Document, Entity
from .schema import Schema, load_schema, schema_dir_for

__all__ = ["CODE_FILES", "cache_dir", "content_key", "get", "put", "user_dir"]

_HERE = Path(__file__).resolve().parent
#: The modules whose source decides what a cached dataset holds; their bytes are in the key.
CODE_FILES = tuple(
    _HERE / f"{name}.py"
    for name in ("cache", "dates", "documents", "errors", "files", "model", "schema", "validate", "yamlio")
)
_FORMAT = b"osint-kg dataset cache 2"
_ENTRY_LIMIT = 8 * 2**30  # an entry is our own file: the limit only stops a planted device
_MAC_SIZE = 64  # hex digits of an HMAC-SHA256


def user_dir() -> Path:
    """The per-user folder: ``$XDG_CACHE_HOME/osint-kg``, else ``~/.cache/osint-kg``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "osint-kg"


def cache_dir() -> Path:
    """Where entries live: ``$KG_CACHE_DIR``, else ``datasets/`` in :func:`user_dir`."""
    override = os.environ.get("KG_CACHE_DIR")
    return Path(override).absolute() if override else user_dir() / "datasets"


# -- the key -------------------------------------------------------------------------------


def _code_digest(files: tuple[Path, ...]) -> bytes:
    """sha256 of the source of *files*, re-read only when one of them changed on disk."""
    return _digest_of(tuple((str(p), os.stat(p).st_mtime_ns, os.stat(p).st_size) for p in files))


@functools.cache
def _digest_of(files: tuple[tuple[str, int, int], ...]) -> bytes:
    h = hashlib.sha256()
    for path, _, _ in files:
        h.update(os.path.basename(path).encode() + b"\0" + Path(path).read_bytes() + b"\0")
    return h.digest()


def _hash_file(h, path: str, st: os.stat_result) -> None:
    """Feed a regular file's bytes to *h*; a file too large for any dataset read by its identity."""
    if st.st_size > MAX_YAML_BYTES:  # validation refuses it wherever it reads it
        h.update(f"large {st.st_size} {st.st_mtime_ns} {st.st_ino}".encode())
        return
    try:
        h.update(read_regular(path, MAX_YAML_BYTES))
    except FileRefused as exc:
        h.update(f"refused {exc.reason}".encode())


def _hash_tree(h, root: str, rel: str = "", seen: frozenset = frozenset()) -> None:
    """Every visible entry under *root*, in name order: path, kind, link target, bytes.

    Hidden names and ``drafts`` are left out (validation reads neither). Links are followed
    as validation follows them; a link loop is hashed as such, not walked forever.
    """
    try:
        with os.scandir(os.path.join(root, rel) if rel else root) as it:
            entries = sorted((e.name for e in it), key=os.fsencode)
    except OSError as exc:
        h.update(f"unlistable {exc.errno}\0".encode())
        return
    for name in entries:
        if name.startswith(".") or name == "drafts":
            continue
        sub = f"{rel}/{name}" if rel else name
        path = os.path.join(root, sub)
        h.update(os.fsencode(sub) + b"\0")
        try:
            lst = os.lstat(path)
            if stat.S_ISLNK(lst.st_mode):
                h.update(b"link " + os.fsencode(os.readlink(path)) + b"\0")
            st = os.stat(path)
        except OSError as exc:
            h.update(f"unreadable {exc.errno}\0".encode())
            continue
        h.update(f"mode {stat.S_IFMT(st.st_mode)}\0".encode())
        if stat.S_ISREG(st.st_mode):
            _hash_file(h, path, st)
        elif stat.S_ISDIR(st.st_mode):
            ident = (st.st_dev, st.st_ino)
            if ident in seen:
                h.update(b"loop\0")
            else:
                _hash_tree(h, root, sub, seen | {ident})
        h.update(b"\0")


def content_key(directory: Path, schema: Schema | None = None) -> str:
    """sha256 over the format, toolkit version and code, the schema folder and the dataset folder."""
    schema_dir = schema.directory if schema and schema.directory else schema_dir_for(directory)
    h = hashlib.sha256(_FORMAT + f"\0kg {__version__}\0".encode() + _code_digest(CODE_FILES))
    for label, root in ((b"schema", schema_dir), (b"dataset", directory)):
        h.update(b"\0" + label + b"\0")
        _hash_tree(h, str(root))
    return h.hexdigest()


# -- the per-user secret -------------------------------------------------------------------


def _read_secret(path: Path) -> bytes | None:
    """The secret at *path* if it is a private regular file of ours, else ``None``."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077 or st.st_uid != os.getuid():
        return None
    try:
        data = read_regular(path, 1024)
    except FileRefused:
        return None
    return data if len(data) >= 32 else None


def _secret() -> bytes | None:
    """The per-user secret, created on first use; ``None`` (no caching) when it cannot be had."""
    folder = user_dir()
    path = folder / "secret"
    found = _read_secret(path)
    if found is not None or path.exists() or path.is_symlink():
        return found
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = folder / f".secret.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(32))
                fh.flush()
                os.fsync(fh.fileno())
            with contextlib.suppress(FileExistsError):  # another process made the secret first: keep it
                os.link(tmp, path)  # atomic, and never replaces a secret another process made first
        finally:
            os.unlink(tmp)
    except OSError:
        return None
    return _read_secret(path)


def _mac(secret: bytes, key: str, body: bytes) -> bytes:
    return hmac.new(secret, key.encode() + b"\0" + body, hashlib.sha256).hexdigest().encode()


# -- entries: the dataset as JSON, each record a list of its fields in declaration order ---


def _fields_of(obj) -> list:
    """A nested record (e.g. an attribution) as the list of its fields, for ``json.dumps``."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return [getattr(obj, f.name) for f in fields(obj)]
    raise TypeError(f"cannot cache a {type(obj).__name__}")


def _decoder(tp) -> Callable | None:
    """How to turn the JSON form of a value of type *tp* back into it (``None``: as it is)."""
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, UnionType):  # X | None: None is kept by the record decoder
        inner = [a for a in args if a is not type(None)]
        return _decoder(inner[0]) if len(inner) == 1 else None
    if origin is tuple:
        d = _decoder(args[0]) if len(args) == 2 and args[1] is Ellipsis else None
        return tuple if d is None else (lambda v: tuple(map(d, v)) if v else ())
    if isinstance(tp, type) and (is_dataclass(tp) or (issubclass(tp, tuple) and hasattr(tp, "_fields"))):
        return _record_decoder(tp)
    return None


@functools.cache
def _record_decoder(cls) -> Callable:
    """A function making a *cls* from the list of its fields (nested records included)."""
    hints = get_type_hints(cls)
    names = [f.name for f in fields(cls)] if is_dataclass(cls) else list(cls._fields)
    fix = [(i, d) for i, n in enumerate(names) if (d := _decoder(hints[n])) is not None]

    def decode(row: list):
        for i, d in fix:
            v = row[i]
            if v is not None:
                row[i] = d(v)
        return cls(*row)

    return decode


def _encode(dataset: Dataset) -> bytes:
    rows = {}
    for name, cls, items in (
        ("entities", Entity, dataset.entities.values()),
        ("documents", Document, dataset.documents.values()),
        ("claims", Claim, dataset.claims),
    ):
        get_row = operator.attrgetter(*(f.name for f in fields(cls)))
        rows[name] = [get_row(x) for x in items]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_fields_of).encode(
        "utf-8"
    )


def _decode(body: bytes, schema: Schema, directory: Path, key: str) -> Dataset:
    data = json.loads(body)
    entity, document, claim = (_record_decoder(c) for c in (Entity, Document, Claim))
    entities = {e.id: e for e in map(entity, data["entities"])}
    documents = {d.id: d for d in map(document, data["documents"])}
    claims = list(map(claim, data["claims"]))
    return Dataset(
        schema=schema, entities=entities, documents=documents, claims=claims, directory=directory, content_hash=key
    )


def get(key: str, directory: Path, schema: Schema | None = None) -> Dataset | None:
    """The cached dataset for *key*, or ``None`` (no entry, or one that does not verify).

    *schema* is the one the key was computed with; when ``None`` it is loaded from the
    dataset's schema folder (whose bytes are part of the key).
    """
    secret = _secret()
    if secret is None:
        return None
    try:
        raw = read_regular(cache_dir() / f"{key}.json", _ENTRY_LIMIT)
    except FileRefused:
        return None
    mac, body = raw[:_MAC_SIZE], raw[_MAC_SIZE + 1 :]
    if raw[_MAC_SIZE : _MAC_SIZE + 1] != b"\n" or not hmac.compare_digest(mac, _mac(secret, key, body)):
        return None
    try:
        return _decode(body, schema or load_schema(schema_dir_for(directory)), directory, key)
    except (ValueError, TypeError, KeyError, IndexError):  # our own entry from an older layout
        return None


def put(key: str, dataset: Dataset) -> None:
    """Store *dataset* under *key* (atomic rename; failures only cost a re-validation).

    A failed write leaves nothing behind: no partial entry, no temporary file.
    """
    secret = _secret()
    if secret is None:
        return
    try:
        body = _encode(dataset)
    except (TypeError, ValueError):  # a value JSON cannot carry (a lone surrogate): validate next time
        return
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_writer(folder / f"{key}.json") as fh:
            fh.write(_mac(secret, key, body) + b"\n")
            fh.write(body)
    except OSError:
        pass
