"""Changing a dataset safely: append to curated YAML without reformatting it, validate the
changed dataset in a staging overlay before anything is written, and write every changed
file or none.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ..errors import Problem
from ..schema import load_schema, schema_dir_for
from ..yamlio import Items, Record, parse_yaml
from .draft import dump_yaml, plain

__all__ = ["append_claims", "append_list_items", "commit_files", "validate_with_changes"]


def _dump_items(items: list[dict], indent: int) -> str:
    text = dump_yaml(items)
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in text.splitlines(keepends=True))


def _check(text: str, name: str, expect) -> bool:
    value, problems = parse_yaml(text, name)
    return not problems and plain(value) == plain(expect)


def append_list_items(current: str | None, items: list[dict], name: str) -> tuple[str, bool]:
    """Append *items* to a YAML file whose top level is a list; return ``(text, rewritten)``.

    The existing text (comments, layout) is kept and the new items are added at the end;
    when the layout does not allow that (flow style, empty file ...) the file is rewritten
    from its parsed value and ``rewritten`` is True.
    """
    if not current or not current.strip():
        return _dump_items(items, 0), False
    value, problems = parse_yaml(current, name)
    if problems:
        raise ValueError(f"{name} cannot be read: {problems[0]}")
    old = plain(value) if value is not None else []
    if not isinstance(old, list):
        raise ValueError(f"{name}: the top level is not a list")
    expect = old + plain(items)
    sep = "" if current.endswith("\n") else "\n"
    candidate = current + sep + "\n" + _dump_items(items, 0)
    if isinstance(value, Items) and value and _check(candidate, name, expect):
        return candidate, False
    return _dump_items(expect, 0), True


def append_claims(current: str | None, document: str, claims: list[dict], name: str) -> tuple[str, bool]:
    """Append *claims* to a claims file (mapping with ``document`` and ``claims``).

    A claim's ``document`` is dropped when it equals the file's default document.
    """
    if not current or not current.strip():
        body = [{k: v for k, v in c.items() if k != "document" or v != document} for c in claims]
        return dump_yaml({"document": document, "claims": body}), False
    value, problems = parse_yaml(current, name)
    if problems:
        raise ValueError(f"{name} cannot be read: {problems[0]}")
    if isinstance(value, Record):
        default = value.get("document")
        old = value.get("claims")
        body = [{k: v for k, v in c.items() if k != "document" or v != default} for c in claims]
        if isinstance(old, Items) and old and list(value)[-1] == "claims":
            indent = max(0, old.pos[0][1] - 3)
            sep = "" if current.endswith("\n") else "\n"
            candidate = current + sep + "\n" + _dump_items(body, indent)
            expect = dict(plain(value))
            expect["claims"] = plain(old) + plain(body)
            if _check(candidate, name, expect):
                return candidate, False
        new = dict(plain(value))
        new["claims"] = plain(old or []) + plain(body)
        return dump_yaml(new), True
    if isinstance(value, Items) or value is None:
        old = plain(value or [])
        return dump_yaml(old + plain(claims)), True
    raise ValueError(f"{name}: a claims file must be a mapping or a list")


def _overlay(data: Path, changes: dict[Path, str], stage: Path) -> None:
    """Mirror *data* into *stage* with symlinks, writing the changed files for real."""
    changed = {p.resolve() for p in changes}
    for root, dirs, files in os.walk(data):
        rel = Path(root).relative_to(data)
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "drafts"]
        (stage / rel).mkdir(parents=True, exist_ok=True)
        for f in files:
            src = Path(root) / f
            if src.resolve() not in changed:
                os.symlink(src.resolve(), stage / rel / f)
    for path, text in changes.items():
        rel = path.resolve().relative_to(data.resolve())
        target = stage / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n") if isinstance(text, str) else target.write_bytes(text)


def validate_with_changes(data: Path, changes: dict[Path, Any], schema=None) -> list[Problem]:
    """Problems of the dataset *data* as it would be with *changes* (path -> new text/bytes).

    Nothing in *data* is touched: the check runs on a temporary overlay. Problem locations
    name the real dataset folder.
    """
    from ..validate import validate_dataset

    data = Path(data)
    stage_root = Path(tempfile.mkdtemp(prefix="kg-stage-"))
    try:
        stage = stage_root / data.resolve().name
        _overlay(data, changes, stage)
        if schema is None:  # the staged copy may lack the dataset's own schema folder: decide from the real one
            schema = load_schema(schema_dir_for(data))
        _, problems = validate_dataset(stage, schema=schema)
    finally:
        shutil.rmtree(stage_root, ignore_errors=True)
    prefix = str(stage.relative_to(stage_root))
    out = []
    for p in problems:
        file = p.file
        if file.startswith(prefix):
            file = str(data) + file[len(prefix) :]
        elif file.startswith(str(stage)):
            file = str(data) + file[len(str(stage)) :]
        out.append(Problem(file, p.line, p.column, p.message))
    return out


def commit_files(changes: dict[Path, Any]) -> None:
    """Write every file in *changes* (text or bytes), or none of them.

    Each file is first written to a temporary file beside it; then all are renamed into
    place. If a rename fails, the files already replaced get their old content back and
    files that did not exist are removed.
    """
    temps: dict[Path, str] = {}
    try:
        for path, content in changes.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps[path] = tmp  # registered before writing, so a failed write is cleaned up too
            with os.fdopen(fd, "wb") as fh:
                fh.write(content.encode("utf-8") if isinstance(content, str) else content)
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        for tmp in temps.values():
            _unlink(tmp)
        raise
    done: list[tuple[Path, bytes | None]] = []
    try:
        for path, tmp in temps.items():
            old = path.read_bytes() if path.exists() else None
            os.replace(tmp, path)
            done.append((path, old))
    except BaseException:
        for path, old in reversed(done):
            try:
                if old is None:
                    path.unlink()
                else:
                    fd, tmp = tempfile.mkstemp(dir=path.parent)
                    with os.fdopen(fd, "wb") as fh:
                        fh.write(old)
                    os.replace(tmp, path)
            except OSError:
                pass
        for tmp in temps.values():
            _unlink(tmp)
        raise


def _unlink(path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
