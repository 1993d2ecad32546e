"""Validation: read a dataset folder into a :class:`~graph.model.Dataset`, or list every problem.

Nothing is built from an invalid dataset: :func:`load_dataset` either returns a complete,
checked dataset or raises :class:`~graph.errors.DatasetError` with all problems, each as
``FILE:LINE:COL: message``.
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import cache
from .atomic import gc_paused
from .dates import PartialDate
from .documents import read_document_text
from .errors import DatasetError, Problem, ordered
from .files import FileRefused, kind_of, visible_entries
from .model import (
    QUANTITY_BOUNDS,
    RELIABILITY,
    Alias,
    Attribution,
    Claim,
    Dataset,
    Document,
    Entity,
    claim_from_form,
)
from .passages import NEAR_RULE, near
from .schema import Schema, load_schema, schema_dir_for
from .yamlio import Flagged, Items, Record, YamlDate, read_yaml

__all__ = ["ID_PATTERN", "load_dataset", "validate_dataset"]

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]*\Z")
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")
_SHA = re.compile(r"[0-9a-f]{64}\Z")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*\Z")
#: Text limits, in characters: generous for real data, bounded so that no oversized value
#: reaches an export or a database (which would refuse the message carrying it).
MAX_ID_CHARS = 256
MAX_NAME_CHARS = 10_000  # names, titles, outlets, units, property values ...
MAX_TEXT_CHARS = 2**20  # quotes, notes, descriptions


class _Bad(Exception):
    """A field value is wrong; the message says how."""


# -- field checkers: value -> converted value, or raise _Bad ---------------------------------


def _clip(text: str, n: int = 60) -> str:
    """``repr(text)``, cut to about *n* characters with its length said, for a message."""
    return repr(text) if len(text) <= n else f"{text[:n]!r}… ({len(text):,} characters)"


def _describe(value: Any) -> str:
    if isinstance(value, YamlDate):
        return f"an unquoted date {value!r}"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    return _clip(value) if isinstance(value, str) else repr(value)


def _text(value, limit: int = MAX_TEXT_CHARS):
    if type(value) is str:
        if len(value) > limit:
            raise _Bad(f"is {len(value):,} characters long; at most {limit:,} are allowed here")
        return value
    raise _Bad(f"expected text, got {_describe(value)}; quote it if it is meant as text")


def _nonempty_text(value, limit: int = MAX_TEXT_CHARS):
    value = _text(value, limit)
    if not value.strip():
        raise _Bad("must not be empty")
    return value


def _opt_text(value):
    return None if value is None else _text(value)


def _name(value):
    return _nonempty_text(value, MAX_NAME_CHARS)


def _opt_name(value):
    return None if value is None else _text(value, MAX_NAME_CHARS)


def _id(value):
    if type(value) is not str or not ID_PATTERN.match(value) or len(value) > MAX_ID_CHARS:
        raise _Bad(
            f"{_describe(value)} is not a valid id (lowercase letters, digits, '.', '_', '-'; "
            f"at most {MAX_ID_CHARS} characters)"
        )
    return value


def _opt_id(value):
    return None if value is None else _id(value)


def _date(value):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _Bad(f"expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got {_describe(value)}")
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        raise _Bad(str(exc)) from None


def _bool(value):
    if value is None:
        return False
    if type(value) is not bool:
        raise _Bad(f"expected true or false, got {_describe(value)}")
    return value


def _credibility(value):
    if type(value) is not int or not 1 <= value <= 6:
        raise _Bad(f"credibility must be an Admiralty grade 1-6, got {_describe(value)}")
    return value


def _number(value, what: str = "a number"):
    if type(value) not in (int, float):
        raise _Bad(f"expected a number (10000, not '10.000'), got {_describe(value)}")
    if not math.isfinite(value):
        raise _Bad(f"{what} must be a finite number")
    return value


def _quantity(value):
    if value is None:
        return None
    if type(value) not in (int, float):
        raise _Bad(f"quantity must be a number (10000, not '10.000'), got {_describe(value)}")
    _number(value, "quantity")
    if value < 0:
        raise _Bad(
            f"quantity must not be negative ({value}): it counts or measures something; a loss or a "
            "decrease is said by the predicate or the note"
        )
    return value


def _bound(value):
    if value is None:
        return "exact"
    if value not in QUANTITY_BOUNDS:
        raise _Bad(f"quantity_bound must be one of {list(QUANTITY_BOUNDS)}, got {_describe(value)}")
    return value


def _occurrence(value):
    if value is None:
        return 1
    if type(value) is not int or value < 1:
        raise _Bad(f"occurrence must be a whole number >= 1, got {_describe(value)}")
    return value


def _reliability(value):
    if value not in RELIABILITY:
        raise _Bad(f"reliability must be an Admiralty grade A-F, got {_describe(value)}")
    return value


def _language(value):
    if type(value) is not str or not _LANG.match(value):
        raise _Bad(f"language must be a language tag such as 'it' or 'en', got {_describe(value)}")
    return value


def _sha(value):
    if type(value) is not str or not _SHA.match(value):
        raise _Bad(f"sha256 must be 64 lowercase hex digits, got {_describe(value)}")
    return value


def _wikidata(value):
    if value is None:
        return None
    if type(value) is not str or not _WIKIDATA.match(value):
        raise _Bad(f"wikidata must be a Q-id such as 'Q423', got {_describe(value)}")
    return value


def _any(value):
    return value


_DOCUMENT_FIELDS: dict[str, Callable] = {
    "id": _id,
    "file": _name,
    "title": _name,
    "outlet": _opt_name,
    "author": _opt_name,
    "date": _date,
    "language": _language,
    "sha256": _sha,
    "reliability": _reliability,
    "url": _opt_name,
    "copy_of": _opt_id,
}
_DOCUMENT_REQUIRED = ("id", "file", "title", "language", "sha256", "reliability")

_ENTITY_FIELDS: dict[str, Callable] = {
    "id": _id,
    "type": _name,
    "name": _name,
    "aliases": _any,
    "description": _opt_text,
    "wikidata": _wikidata,
    "properties": _any,
}
_ENTITY_REQUIRED = ("id", "type", "name")

_CLAIM_FIELDS: dict[str, Callable] = {
    "subject": _id,
    "predicate": _name,
    "object": _id,
    "document": _id,
    "quote": _nonempty_text,
    "occurrence": _occurrence,
    "attributed_to": _any,
    "attribution_quote": _nonempty_text,
    "relayed_by": _any,
    "attribution_note": _opt_text,
    "hedged": _bool,
    "credibility": _credibility,
    "date": _date,
    "valid_from": _date,
    "valid_to": _date,
    "quantity": _quantity,
    "quantity_bound": _bound,
    "unit": _opt_name,
    "item": _opt_id,
    "peripheral": _bool,
    "note": _opt_text,
}
_CLAIM_REQUIRED = ("subject", "predicate", "object", "document", "quote", "credibility")


@dataclass
class _Context:
    """Problems and indexes collected while reading one dataset."""

    schema: Schema
    directory: Path
    problems: list[Problem] = field(default_factory=list)
    #: "documents" / "entities" when a file of them is unusable as a whole (missing, unreadable,
    #: empty, not a list): claims naming them are then not checked, as every check would fail
    #: for that one cause and bury it.
    unusable: set[str] = field(default_factory=set)
    _close: dict = field(default_factory=dict, repr=False)
    _concrete: list[str] | None = field(default=None, repr=False)

    def concrete_types(self) -> list[str]:
        """The entity types an entity may have (every type but the abstract ones), listed once."""
        if self._concrete is None:
            self._concrete = [t for t, v in self.schema.types.items() if not v.abstract]
        return self._concrete

    def close_matches(self, word: str, options: Collection[str], kind: str, n: int = 3) -> list[str]:
        """Up to *n* of *options* that look like *word* ("did you mean"), memoised per *kind* and word.

        *kind* names the option set (``"entity"``, ``"predicate"``, ...); one set must not change
        under one kind while a dataset is read. Over a large set a single lookup takes seconds,
        and the same wrong word is typically repeated in many records.
        """
        key = (kind, word, n)
        found = self._close.get(key)
        if found is None:
            found = self._close[key] = difflib.get_close_matches(word, options, n=n)
        return found

    def name(self, path: Path) -> str:
        """How problems name a file: from the dataset folder's own name down (``seeds/claims/000.yaml``)."""
        try:
            return str(path.relative_to(self.directory.parent))
        except ValueError:
            return str(path)

    def add(self, file: str, at: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(file, at[0], at[1], message))


def _did_you_mean(close: list[str], quote: bool = False) -> str:
    """`` (did you mean X?)`` for the suggestions *close*, or ``""`` when there are none."""
    if not close:
        return ""
    return f" (did you mean {', '.join(map(repr, close)) if quote else ', '.join(close)}?)"


def _fields(rec: Record, spec: dict, required: tuple, what: str, file: str, ctx: _Context) -> dict | None:
    """Check a record's fields against *spec*; return converted values (None when unusable)."""
    out = {}
    ok = True
    for key, value in rec.items():
        check = spec.get(key)
        if value.__class__ is Flagged:  # the YAML reader has reported it already
            ok = False
            continue
        if check is None:
            hint = _did_you_mean(ctx.close_matches(key, spec, f"{what} field", n=1), quote=True)
            ctx.add(file, rec.pos[key], f"{what}: unknown field {_clip(key)}{hint}")
            continue
        try:
            out[key] = check(value)
        except _Bad as exc:
            ctx.add(file, rec.pos[key], f"{what}: {key}: {exc}")
            ok = False
    for key in required:
        if key not in rec:
            ctx.add(file, rec.at, f"{what}: missing required field {key!r}")
            ok = False
    return out if ok else None


def _list_file(path: Path, what: str, ctx: _Context) -> list[Record] | None:
    """The records of a file that must hold a list of *what*; ``None`` when the file as a whole
    is unusable (unreadable, not YAML, empty, not a list): that is then its one problem."""
    file = ctx.name(path)
    value, found = read_yaml(path, file)
    ctx.problems.extend(found)
    if value is None:
        if not found:
            ctx.add(file, (1, 1), f"the file is empty: list the {what} here (write [] for none yet)")
        return None
    if not isinstance(value, Items):
        ctx.add(file, getattr(value, "at", (1, 1)), f"expected a list of {what}")
        return None
    return _records(value, file, what, ctx)


def _records(value, file: str, what: str, ctx: _Context) -> list[Record]:
    if value is None:
        return []
    if not isinstance(value, Items):
        ctx.add(file, getattr(value, "at", (1, 1)), f"expected a list of {what}")
        return []
    out = []
    for item, at in zip(value, value.pos, strict=False):
        if isinstance(item, Record):
            out.append(item)
        else:
            ctx.add(file, at, f"each {what[:-1]} must be a mapping, got {_describe(item)}")
    return out


# -- documents -----------------------------------------------------------------------------


def _read_documents(ctx: _Context) -> dict[str, Document]:
    path = ctx.directory / "documents.yaml"
    file = ctx.name(path)
    if not os.path.lexists(path):
        ctx.add(file, (0, 0), "missing: a dataset needs documents.yaml")
        ctx.unusable.add("documents")
        return {}
    records = _list_file(path, "documents", ctx)
    if records is None:
        ctx.unusable.add("documents")
        return {}
    docs: dict[str, Document] = {}
    copy_at: dict[str, tuple[int, int]] = {}
    seen_files: dict[str, str] = {}
    seen_sha: dict[str, str] = {}
    for rec in records:
        f = _fields(rec, _DOCUMENT_FIELDS, _DOCUMENT_REQUIRED, "document", file, ctx)
        if f is None:
            continue
        did = f["id"]
        if did in docs:
            ctx.add(file, rec.pos["id"], f"document id {did!r} is used twice")
            continue
        text_path = ctx.directory / f["file"]
        parts = Path(f["file"]).parts
        if Path(f["file"]).is_absolute() or ".." in parts:
            ctx.add(file, rec.pos["file"], f"file {f['file']!r} must be a path inside the dataset folder")
            continue
        if any(part.startswith(".") for part in parts) or parts[0] == "drafts":
            # the cache key leaves hidden entries and drafts out: a text there could change unseen
            ctx.add(
                file, rec.pos["file"], f"file {f['file']!r} must not be hidden (a name starting with '.') or in drafts/"
            )
            continue
        if f["file"] in seen_files:
            ctx.add(file, rec.pos["file"], f"file {f['file']!r} is already document {seen_files[f['file']]!r}")
        seen_files[f["file"]] = did
        try:
            dt = read_document_text(text_path)
        except FileRefused as exc:
            ctx.add(file, rec.pos["file"], f"document {did!r}: text file {f['file']!r} {exc.reason}")
            continue
        except UnicodeDecodeError as exc:
            ctx.add(file, rec.pos["file"], f"document {did!r}: {f['file']!r} is not UTF-8 (byte offset {exc.start})")
            continue
        if dt.sha256 != f["sha256"]:
            ctx.add(
                file,
                rec.pos["sha256"],
                f"document {did!r}: sha256 does not match {f['file']!r} "
                f"(file has {dt.sha256}); the text changed or the hash is wrong",
            )
        if dt.sha256 in seen_sha:
            ctx.add(file, rec.pos["file"], f"document {did!r} has the same text as {seen_sha[dt.sha256]!r}")
        seen_sha[dt.sha256] = did
        date = f.get("date")
        if dt.header_date and date and dt.header_date != date:
            ctx.add(
                file,
                rec.pos["date"],
                f"document {did!r}: date {date} disagrees with the file header ({dt.header_date})",
            )
        docs[did] = Document(
            id=did,
            file=f["file"],
            title=f["title"],
            outlet=f.get("outlet"),
            author=f.get("author"),
            date=date or dt.header_date,
            language=f["language"],
            sha256=f["sha256"],
            reliability=f["reliability"],
            url=f.get("url"),
            text=dt.text,
            copy_of=f.get("copy_of"),
        )
        copy_at[did] = rec.pos.get("copy_of", rec.at)
    for did, doc in docs.items():  # a copy names an earlier document, and copies form no cycle
        seen, cur = {did}, doc.copy_of
        while cur is not None:
            if cur not in docs:
                ctx.add(file, copy_at[did], f"document {did!r}: copy_of {cur!r} is not a document of the dataset")
                break
            if cur in seen:
                ctx.add(file, copy_at[did], f"document {did!r}: copy_of makes a cycle ({cur!r})")
                break
            seen.add(cur)
            cur = docs[cur].copy_of
    return docs


# -- entities ------------------------------------------------------------------------------


def _aliases(value, rec: Record, file: str, ctx: _Context) -> tuple[Alias, ...] | None:
    if value is None:
        return ()
    if not isinstance(value, Items):
        ctx.add(file, rec.pos["aliases"], "entity: aliases must be a list")
        return None
    out = []
    for item, at in zip(value, value.pos, strict=False):
        name = item.get("name") if isinstance(item, Record) else item
        if type(name) is str and len(name) > MAX_NAME_CHARS:
            ctx.add(
                file, at, f"entity: an alias is {len(name):,} characters long; at most {MAX_NAME_CHARS:,} are allowed"
            )
            return None
        if type(item) is str and item.strip():
            out.append(Alias(item))
        elif isinstance(item, Record) and set(item) <= {"name", "lang"} and type(item.get("name")) is str:
            lang = item.get("lang", "und")
            if type(lang) is not str or not (lang == "und" or _LANG.match(lang)):
                ctx.add(file, at, f"entity: alias language {lang!r} is not a language tag")
                return None
            out.append(Alias(item["name"], lang))
        else:
            ctx.add(file, at, f"entity: an alias must be text or {{name, lang}}, got {_describe(item)}")
            return None
    return tuple(out)


def _properties(value, etype, rec: Record, file: str, ctx: _Context) -> dict | None:
    if value is None:
        return {}
    if not isinstance(value, Record):
        ctx.add(file, rec.pos["properties"], "entity: properties must be a mapping")
        return None
    out, ok = {}, True
    for key, v in value.items():
        spec = etype.properties.get(key)
        at = value.pos[key]
        if spec is None:
            allowed = ", ".join(sorted(etype.properties)) or "none"
            ctx.add(file, at, f"entity: type {etype.name} has no property {key!r} (allowed: {allowed})")
            ok = False
            continue
        try:
            if spec.type == "string":
                out[key] = _text(v, MAX_NAME_CHARS)
            elif spec.type == "bool":
                out[key] = _bool(v)
            elif spec.type == "date":
                out[key] = str(_date(v))
            elif spec.type == "int":
                if type(v) is not int:
                    raise _Bad(f"expected a whole number, got {_describe(v)}")
                out[key] = v
            elif spec.type == "number":
                out[key] = _number(v)
            elif spec.type == "enum":
                if v not in spec.values:
                    raise _Bad(f"must be one of {list(spec.values)}, got {_describe(v)}")
                out[key] = v
        except _Bad as exc:
            ctx.add(file, at, f"entity: property {key}: {exc}")
            ok = False
    return out if ok else None


def _folder(ctx: _Context, name: str) -> Path | None:
    """The dataset's sub-folder *name* (``claims``, ``entities``) when it exists; anything else
    in its place is a problem."""
    path = ctx.directory / name
    if not os.path.lexists(path):
        return None
    if not path.is_dir():
        try:
            kind = kind_of(os.stat(path).st_mode)
        except OSError:
            kind = "a broken link"
        ctx.add(ctx.name(path), (0, 0), f"{name} must be a folder of *.yaml files, but it is {kind}")
        return None
    return path


def _entity_files(ctx: _Context) -> list[Path]:
    files = [ctx.directory / "entities.yaml"] if os.path.lexists(ctx.directory / "entities.yaml") else []
    folder = _folder(ctx, "entities")
    return files + (visible_entries(folder, "*.yaml") if folder else [])


def _read_entities(ctx: _Context) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    where: dict[str, str] = {}
    files = _entity_files(ctx)
    if not files:
        ctx.add(ctx.name(ctx.directory / "entities.yaml"), (0, 0), "missing: a dataset needs entities.yaml")
        ctx.unusable.add("entities")
    for path in files:
        file = ctx.name(path)
        records = _list_file(path, "entities", ctx)
        if records is None:
            ctx.unusable.add("entities")
            continue
        for rec in records:
            f = _fields(rec, _ENTITY_FIELDS, _ENTITY_REQUIRED, "entity", file, ctx)
            if f is None:
                continue
            etype = ctx.schema.types.get(f["type"])
            if etype is None or etype.abstract:
                hint = _did_you_mean(ctx.close_matches(f["type"], ctx.concrete_types(), "entity type"))
                ctx.add(file, rec.pos["type"], f"entity {f['id']!r}: unknown entity type {_clip(f['type'])}{hint}")
                continue
            aliases = _aliases(f.get("aliases"), rec, file, ctx)
            props = _properties(f.get("properties"), etype, rec, file, ctx)
            if aliases is None or props is None:
                continue
            eid = f["id"]
            if eid in entities:
                ctx.add(file, rec.pos["id"], f"entity id {eid!r} is used twice (first in {where[eid]})")
                continue
            where[eid] = f"{file}:{rec.pos['id'][0]}"
            entities[eid] = Entity(
                eid, etype.name, f["name"], aliases, f.get("description") or "", f.get("wikidata"), props
            )
    return entities


# -- claims --------------------------------------------------------------------------------


def _locate(text: str, quote: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            return -1
    return start


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " "})


def _quote_hint(text: str, quote: str) -> str:
    folded_text = " ".join(text.translate(_FOLD).split())
    if " ".join(quote.translate(_FOLD).split()) in folded_text:
        return " (it matches once apostrophes, quotation marks or spaces are normalised: copy it verbatim)"
    return ""


# -- attribution: who asserts a claim and who relays it, each named verbatim near the quote --


def _attribution_items(rec: Record, f: dict, file: str, ctx: _Context):
    """``(asserters, relays)`` as lists of ``(entity, quote, (line, col))``, or ``None`` on a problem.

    ``attributed_to`` is an entity id with ``attribution_quote``, or a list of ``{entity,
    quote}``; ``relayed_by`` is a list of ``{entity, quote}``, nearest the asserters first.
    """
    ok = True

    def entries(key: str) -> list | None:
        nonlocal ok
        value = rec.get(key)
        if value is None:
            return []
        if key == "attributed_to" and type(value) is str:
            if not ID_PATTERN.match(value):
                ctx.add(file, rec.pos[key], f"claim: attributed_to: {value!r} is not a valid id")
                ok = False
                return None
            if "attribution_quote" not in f:
                ctx.add(
                    file,
                    rec.pos[key],
                    f"claim: attributed_to {value!r} needs attribution_quote: the verbatim "
                    "words of the document that name it as the source",
                )
                ok = False
                return None
            return [(value, f["attribution_quote"], rec.pos[key])]
        if not isinstance(value, Items) or not value:
            ctx.add(
                file,
                rec.pos[key],
                f"claim: {key} must be "
                + ("an entity id with attribution_quote, or " if key == "attributed_to" else "")
                + "a non-empty list of {entity, quote}",
            )
            ok = False
            return None
        out = []
        for item, at in zip(value, value.pos, strict=False):
            if (
                not isinstance(item, Record)
                or set(item) != {"entity", "quote"}
                or type(item["entity"]) is not str
                or type(item["quote"]) is not str
            ):
                ctx.add(
                    file,
                    at,
                    f"claim: each {key} entry is {{entity: <id>, quote: <verbatim words naming it>}}, "
                    f"got {_describe(item)}" + (f" with fields {sorted(item)}" if isinstance(item, Record) else ""),
                )
                ok = False
                continue
            if not ID_PATTERN.match(item["entity"]) or not item["quote"].strip():
                ctx.add(file, at, f"claim: {key}: {item['entity']!r} needs a valid id and a non-empty quote")
                ok = False
                continue
            out.append((item["entity"], item["quote"], item.pos["entity"]))
        return out

    asserters, relays = entries("attributed_to"), entries("relayed_by")
    if "attribution_quote" in f and type(rec.get("attributed_to")) is not str:
        ctx.add(
            file,
            rec.pos["attribution_quote"],
            "claim: attribution_quote goes with a single attributed_to id "
            "(in the list form each entry has its own quote)",
        )
        ok = False
    if relays and not asserters and ok:
        ctx.add(
            file,
            rec.pos["relayed_by"],
            "claim: relayed_by needs attributed_to: whose words are relayed (an unnamed source is an entity too)",
        )
        ok = False
    if not ok or asserters is None or relays is None:
        return None
    seen: set[str] = set()
    for entity, _, at in asserters + relays:
        if entity in seen:
            ctx.add(file, at, f"claim: {entity!r} appears twice in the attribution (asserters and relays are distinct)")
            ok = False
        seen.add(entity)
    return (asserters, relays) if ok else None


def _locate_near(text: str, quote: str, span: tuple[int, int]) -> tuple[int, int]:
    """``(start of the occurrence of *quote* nearest *span* that is near it or -1, occurrences)``."""
    best, best_d, n = -1, None, 0
    pos = text.find(quote)
    while pos >= 0:
        n += 1
        end = pos + len(quote)
        if near(text, span, (pos, end)):
            d = 0 if pos < span[1] and span[0] < end else min(abs(pos - span[1]), abs(span[0] - end))
            if best_d is None or d < best_d:
                best, best_d = pos, d
        pos = text.find(quote, pos + 1)
    return best, n


def _attributions(items, role: str, doc: Document, span: tuple[int, int], file: str, ctx: _Context, entities):
    """Check *items* (``(entity, quote, at)``) against *doc*; the :class:`Attribution` tuple or ``None``."""
    out, ok = [], True
    for entity, quote, at in items:
        if entity not in entities:
            ok = False
            if "entities" in ctx.unusable:
                continue
            hint = _did_you_mean(ctx.close_matches(entity, entities, "entity"))
            ctx.add(file, at, f"claim: {role} {entity!r} is not a known entity{hint}")
            continue
        start, n = _locate_near(doc.text, quote, span)
        if start < 0:
            if n:
                ctx.add(
                    file,
                    at,
                    f"claim: the quote naming {role} {entity!r} ({quote!r}) occurs {n} time(s) in "
                    f"{doc.id} but not near the claim's quote: it must be {NEAR_RULE}",
                )
            else:
                ctx.add(
                    file,
                    at,
                    f"claim: the quote naming {role} {entity!r} is not verbatim in {doc.id} ({doc.file})"
                    + _quote_hint(doc.text, quote),
                )
            ok = False
            continue
        out.append(Attribution(entity, quote, start, start + len(quote)))
    return tuple(out) if ok else None


def _check_claim(rec: Record, f: dict, file: str, ctx: _Context, entities, documents) -> Claim | None:
    schema = ctx.schema
    ok = True
    pred = schema.predicates.get(f["predicate"])
    if pred is None:
        hint = _did_you_mean(ctx.close_matches(f["predicate"], schema.predicates, "predicate"))
        ctx.add(file, rec.pos["predicate"], f"claim: unknown predicate {_clip(f['predicate'])}{hint}")
        ok = False
    for role in ("subject", "object", "item"):
        ref = f.get(role)
        if ref is not None and ref not in entities:
            ok = False
            if "entities" in ctx.unusable:
                continue
            hint = _did_you_mean(ctx.close_matches(ref, entities, "entity"))
            ctx.add(file, rec.pos[role], f"claim: {role} {ref!r} is not a known entity{hint}")
    if pred is not None and ok:
        for role, allowed in (("subject", pred.domain), ("object", pred.range)):
            e = entities[f[role]]
            if not schema.fits(e.type, allowed):
                what = "an object" if role == "object" else "a subject"
                ctx.add(
                    file,
                    rec.pos[role],
                    f"claim: {pred.name} needs {what} of type {' or '.join(allowed)}, but {e.id!r} is a {e.type}",
                )
                ok = False
    doc = documents.get(f["document"])
    start = -1
    if doc is None:
        if "documents" not in ctx.unusable:
            hint = _did_you_mean(ctx.close_matches(f["document"], documents, "document"))
            ctx.add(
                file,
                rec.pos.get("document", rec.at),
                f"claim: document {f['document']!r} is not in documents.yaml{hint}",
            )
        ok = False
    else:
        occurrence = f.get("occurrence", 1)
        start = _locate(doc.text, f["quote"], occurrence)
        if start < 0:
            n = doc.text.count(f["quote"])
            if n:
                ctx.add(
                    file, rec.pos["occurrence"], f"claim: the quote occurs {n} time(s) in {doc.id}, not {occurrence}"
                )
            else:
                ctx.add(
                    file,
                    rec.pos["quote"],
                    f"claim: quote is not verbatim in {doc.id} ({doc.file})" + _quote_hint(doc.text, f["quote"]),
                )
            ok = False
    attribution = _attribution_items(rec, f, file, ctx)
    asserters = relay = ()
    if attribution is None:
        ok = False
    elif start >= 0:
        span = (start, start + len(f["quote"]))
        checked = (
            _attributions(attribution[0], "attributed_to", doc, span, file, ctx, entities),
            _attributions(attribution[1], "relayed_by", doc, span, file, ctx, entities),
        )
        if None in checked:
            ok = False
        else:
            asserters, relay = checked
    if f.get("date") and (f.get("valid_from") or f.get("valid_to")):
        ctx.add(file, rec.pos["date"], "claim: give either a point 'date' or 'valid_from'/'valid_to', not both")
        ok = False
    vf, vt = f.get("valid_from"), f.get("valid_to")
    if vf and vt and vf.earliest() > vt.latest():
        ctx.add(file, rec.pos["valid_to"], f"claim: valid_to {vt} is before valid_from {vf}")
        ok = False
    if (f.get("quantity") is None) != (f.get("unit") is None):
        ctx.add(file, rec.at, "claim: quantity and unit go together (give both or neither)")
        ok = False
    if not ok:
        return None
    return claim_from_form(f, start=start, asserters=asserters, relay=relay, source_file=file, source_line=rec.at[0])


def _claim_files(ctx: _Context) -> list[Path]:
    folder = _folder(ctx, "claims")
    return visible_entries(folder, "*.yaml") if folder else []


def _read_claims(ctx: _Context, entities, documents, progress=None) -> list[Claim]:
    claims: list[Claim] = []
    seen: dict[str, str] = {}
    files = _claim_files(ctx)
    for done, path in enumerate(files):
        if progress:
            progress(done, len(files))
        file = ctx.name(path)
        value, found = read_yaml(path, file)
        ctx.problems.extend(found)
        if value is None and not found:
            continue
        default_doc = None
        if isinstance(value, Record):
            for key in set(value) - {"document", "claims"}:
                ctx.add(file, value.pos[key], f"unknown field {key!r} (a claims file has 'document' and 'claims')")
            default_doc = value.get("document")
            if default_doc is not None and (type(default_doc) is not str or not ID_PATTERN.match(default_doc)):
                ctx.add(file, value.pos["document"], f"document: {_describe(default_doc)} is not a valid id")
                default_doc = None
            value = value.get("claims")
        for rec in _records(value, file, "claims", ctx):
            if default_doc is not None and "document" not in rec:
                rec["document"] = default_doc
            f = _fields(rec, _CLAIM_FIELDS, _CLAIM_REQUIRED, "claim", file, ctx)
            if f is None:
                continue
            claim = _check_claim(rec, f, file, ctx, entities, documents)
            if claim is None:
                continue
            if claim.id in seen:
                ctx.add(
                    file,
                    rec.at,
                    f"claim repeats the claim at {seen[claim.id]} (same subject, predicate, "
                    "object, document, quote, item and quantity)",
                )
                continue
            seen[claim.id] = f"{file}:{rec.at[0]}"
            claims.append(claim)
    return claims


def validate_dataset(
    directory: Path | str, *, schema: Schema | None = None, progress: Callable[[int, int], None] | None = None
) -> tuple[Dataset | None, list[Problem]]:
    """Read and check the dataset in *directory*; return ``(dataset, problems)``.

    The dataset is ``None`` whenever there is any problem. *progress*, when given, is
    called as ``progress(claim_files_done, claim_files_total)``.
    """
    directory = Path(directory)
    if not directory.is_dir():
        return None, [Problem(str(directory), 0, 0, "dataset folder not found")]
    if schema is None:
        schema = load_schema(schema_dir_for(directory))
    ctx = _Context(schema, directory)
    # Reading allocates millions of small objects and frees none: the cyclic collector
    # would rescan the growing heap over and over (quadratic time), so pause it.
    with gc_paused():
        documents = _read_documents(ctx)
        entities = _read_entities(ctx)
        claims = _read_claims(ctx, entities, documents, progress)
        for c in claims:  # the article voice of a copy is its original's (copies count once)
            doc = documents.get(c.document)
            if doc is not None and doc.copy_of:
                root: str | None = doc.copy_of
                seen = {doc.id}
                while root in documents and documents[root].copy_of and root not in seen:
                    seen.add(root)
                    root = documents[root].copy_of
                c.origin_document = root
    if ctx.problems:
        return None, ordered(ctx.problems)
    return Dataset(schema, entities, documents, claims, directory), []


def load_dataset(
    directory: Path | str = "seeds",
    *,
    schema: Schema | None = None,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Dataset:
    """Load and validate a dataset folder, or raise :class:`~graph.errors.DatasetError`.

    The dataset's ``content_hash`` is always set (a hash of every input byte, schema
    included). With *use_cache*, an unchanged dataset is read from a cache keyed by that
    hash instead of being validated again.

    Examples
    --------
    >>> ds = load_dataset("seeds")
    >>> ds.entities["kim-jong-un"].type
    'Person'
    """
    directory = Path(directory)
    key = cache.content_key(directory, schema)
    if use_cache:
        hit = cache.get(key, directory, schema)
        if hit is not None:
            return hit
    dataset, problems = validate_dataset(directory, schema=schema, progress=progress)
    if problems or dataset is None:
        raise DatasetError(problems)
    dataset.content_hash = key
    if use_cache:
        cache.put(key, dataset)
    return dataset
