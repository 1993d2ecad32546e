"""A review session: the draft's items, the analyst's decisions, an undo stack, a journal.

Every decision is an *operation* (see :mod:`graph.review.journal`): ``decide`` (accept,
reject, back to pending), ``set`` (edit one field), ``add_claim``, ``add_entity``. An
operation is checked, applied to the working copy of the draft and appended to the
journal before the call returns; a refused operation (a mistyped field name, a quote that
is not in the sentence) changes nothing and raises :class:`~graph.extract.review.ReviewError`.
Undo drops the last operation and replays the others on the draft as read from disk, so
any operation undoes the same way. Opening a session on a draft with a journal replays
it: the review resumes where it stopped.

:meth:`ReviewSession.finish` writes the accepted items to the curated files through
:func:`~graph.extract.review.write_accepted` (full validation, all or nothing) and empties
the journal in the same commit.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Self

from ..documents import parse_header
from ..extract.candidates import slugify
from ..extract.draft import occurrence_of
from ..extract.gazetteer import Gazetteer
from ..extract.review import (
    CLAIM_FIELDS,
    ENTITY_FIELDS,
    REF_FIELDS,
    RefResolver,
    ReviewError,
    ReviewResult,
    apply_edit,
    claim_items,
    draft_items,
    is_low_confidence,
    load_for_review,
    write_accepted,
)
from ..extract.sentences import is_heading, split_sentences
from ..model import QUANTITY_BOUNDS, claim_form
from ..resolve import fold_text
from ..validate import ID_PATTERN
from .compare import compare_claim
from .highlight import Span, claim_spans, mention_spans
from .journal import Journal

__all__ = ["Choice", "Counts", "ReviewSession"]

_STATUS_OPS = {"accepted", "rejected", "pending"}


@dataclass(frozen=True)
class Choice:
    """A completion: the text to insert and what it stands for."""

    text: str
    label: str


@dataclass(frozen=True)
class Counts:
    """How far the review is."""

    total: int
    pending: int
    accepted: int
    rejected: int
    added: int
    written: int


class ReviewSession:
    """The review of one draft (see the module doc).

    Parameters
    ----------
    draft_path
        The draft written by ``kg ingest`` (``DIR/drafts/doc-NNN.yaml``).
    data
        The dataset folder; by default the folder that holds ``drafts/``.
    journal
        Keep a journal (the default). Without one, decisions live in memory only.

    Examples
    --------
    >>> import shutil, tempfile, pathlib
    >>> from graph.extract.ingest import ingest_file
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> _ = shutil.copytree("tests/fixtures/ingest/data", tmp / "data")
    >>> r = ingest_file(pathlib.Path("tests/fixtures/ingest/article_it.txt"), tmp / "data")
    >>> s = ReviewSession(r.draft_path)
    >>> first = s.items[0]["id"]
    >>> s.decide(first, "rejected"), s.counts().rejected
    ('pending', 1)
    >>> s.close(); s = ReviewSession(r.draft_path)   # reopened: the decision is still there
    >>> s.item(first)["status"], s.undo()["op"], s.item(first)["status"]
    ('rejected', 'decide', 'pending')
    >>> s.close(); shutil.rmtree(tmp)
    """

    def __init__(self, draft_path: Path | str, data: Path | str | None = None, *, journal: bool = True):
        self.draft_path = Path(draft_path)
        if data is None:
            parent = self.draft_path.resolve().parent
            data = parent.parent if parent.name == "drafts" else Path("seeds")
        self.data = Path(data)
        self.notes: list[str] = []
        self._load()
        self.journal = Journal(self.draft_path) if journal else None
        self.ops: list[dict] = []
        if self.journal is not None:
            ops, header, notes = self.journal.read()
            self.notes += notes
            if ops and header.get("draft_sha256") and header["draft_sha256"] != self._draft_sha:
                self.notes.append(
                    "the draft changed since these decisions were taken; decisions that no longer apply are dropped"
                )
            for op in ops:
                try:
                    self._apply(op)
                except ReviewError as exc:
                    self.notes.append(f"a saved decision was dropped: {exc}")
                    continue
                self.ops.append(op)
            if self.ops:
                self.notes.append(f"resumed {len(self.ops)} saved decision(s) from {self.journal.path}")
            self.journal.open(self.ops)

    # -- loading ----------------------------------------------------------------------------

    def _load(self) -> None:
        import hashlib

        self._draft_sha = hashlib.sha256(self.draft_path.read_bytes()).hexdigest() if self.draft_path.is_file() else ""
        self.base, self.dataset = load_for_review(self.draft_path, self.data)
        self.doc_id: str = self.base["document"]["id"]
        self.text: str = self.dataset.documents[self.doc_id].text
        self.lang: str = str(self.base["document"].get("language") or self.dataset.documents[self.doc_id].language)
        self.resolver = RefResolver(self.dataset)
        self.draft = copy.deepcopy(self.base)
        self.__dict__.pop("sentences", None)

    def close(self) -> None:
        """Release the journal (its decisions stay on disk)."""
        if self.journal is not None:
            self.journal.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading the state ------------------------------------------------------------------

    @property
    def items(self) -> list[dict]:
        """Every item: entity candidates (and added entities), then claims (and added claims)."""
        return draft_items(self.draft)

    def item(self, item_id: str) -> dict:
        """The item *item_id*; :class:`ReviewError` when there is none."""
        for it in self.items:
            if it["id"] == item_id:
                return it
        raise ReviewError(f"no item {item_id!r} in the draft")

    def counts(self) -> Counts:
        """Totals by status."""
        items = self.items
        status = [it.get("status", "pending") for it in items]
        return Counts(
            len(items),
            status.count("pending"),
            status.count("accepted"),
            status.count("rejected"),
            sum(1 for it in items if it.get("added")),
            sum(1 for it in items if it.get("applied")),
        )

    def is_low_confidence(self, item: dict) -> bool:
        """True when the extractor rated *item* low-confidence."""
        return "claim" in item and is_low_confidence(item, self.draft)

    def entity_type(self, entity_id: str | None) -> str | None:
        """The type of a known, candidate or added entity."""
        if entity_id is None:
            return None
        e = self.dataset.entities.get(entity_id)
        if e is not None:
            return e.type
        for it in self.draft.get("entities") or []:
            if it["entity"].get("id") == entity_id:
                return it["entity"].get("type")
        return None

    def entity_name(self, entity_id: str | None) -> str:
        """The name of a known, candidate or added entity (the id itself when unknown)."""
        if not entity_id:
            return ""
        e = self.dataset.entities.get(entity_id)
        if e is not None:
            return e.name
        for it in self.draft.get("entities") or []:
            if it["entity"].get("id") == entity_id:
                return str(it["entity"].get("name") or entity_id)
        return entity_id

    def names(self) -> Gazetteer:
        """A gazetteer of every entity a claim may name: known, candidates and added ones."""
        g = Gazetteer.from_entities(self.dataset.entities.values())
        for it in self.draft.get("entities") or []:
            e = it["entity"]
            eid = str(e.get("id"))
            for name in [
                e.get("name") or "",
                *(e.get("aliases") or []),
                *(m.get("text", "") for m in it.get("mentions") or []),
            ]:
                g.add(eid, name if isinstance(name, str) else str(name.get("name", "")))
        return g

    def spans(self, item: dict) -> tuple[tuple[int, int], list[Span]]:
        """The sentence of a claim item and its highlighted parts (see :func:`~.highlight.claim_spans`)."""
        return claim_spans(item, self.text, self.names(), self.lang)

    def mention_contexts(self, item: dict) -> list[tuple[tuple[int, int], Span]]:
        """A new-entity candidate's mentions, each in its context."""
        return mention_spans(item, self.text)

    def related(self, item: dict) -> list[dict]:
        """Curated claims a claim item agrees or disagrees with (see :func:`~.compare.compare_claim`)."""
        if "claim" not in item or item.get("applied"):
            return []
        return compare_claim(self.dataset, item["claim"])

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The document's body sentences (headings left out: they are not evidence)."""
        _, body = parse_header(self.text)
        return [(s.start, s.end) for s in split_sentences(self.text, self.lang, body) if not is_heading(self.text, s)]

    def uncovered(self) -> list[tuple[int, int]]:
        """Sentences no claim covers: neither a draft claim still in play, an added one, nor a curated one."""
        spans = [
            (int(it.get("start", -1)), int(it.get("end", -1)))
            for it in claim_items(self.draft)
            if it.get("status", "pending") != "rejected"
        ]
        spans += [(c.start, c.end) for c in self.dataset.claims if c.document == self.doc_id]
        return [(s, e) for s, e in self.sentences if not any(a < e and s < b for a, b in spans)]

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        """The body sentence holding *offset*."""
        for s, e in self.sentences:
            if s <= offset < e:
                return s, e
        return None

    # -- completion -------------------------------------------------------------------------

    def entity_choices(self) -> list[Choice]:
        """Every id, name and alias of a known, candidate or added entity, labelled with its id."""
        out: list[Choice] = []
        for e in self.dataset.entities.values():
            for text in (e.id, *e.names):
                out.append(Choice(text, f"{e.id} ({e.type})"))
        for it in self.draft.get("entities") or []:
            if it.get("status") == "rejected":
                continue
            e = it["entity"]
            eid = str(e.get("id"))
            label = f"{eid} ({e.get('type')}, new: {it['id']})"
            for text in (
                eid,
                e.get("name") or "",
                *(a if isinstance(a, str) else a.get("name", "") for a in e.get("aliases") or []),
            ):
                if text:
                    out.append(Choice(str(text), label))
        return out

    def field_choices(self, item: dict | None, fname: str) -> list[Choice]:
        """The values field *fname* may take (entities, predicates, types, bounds ...)."""
        schema = self.dataset.schema
        if fname in REF_FIELDS:
            return self.entity_choices()
        if fname == "predicate":
            return [
                Choice(p.name, f"{' | '.join(p.domain)} -> {' | '.join(p.range)}: {p.description}")
                for p in schema.predicates.values()
            ]
        if fname == "type":
            return [Choice(n, t.description) for n, t in sorted(schema.types.items()) if not t.abstract]
        if fname == "quantity_bound":
            return [Choice(b, "") for b in QUANTITY_BOUNDS]
        if fname in ("hedged", "peripheral"):
            return [Choice("true", ""), Choice("false", "")]
        if fname == "credibility":
            from ..model import CREDIBILITY

            return [Choice(str(k), v) for k, v in CREDIBILITY.items()]
        return []

    def complete(self, fname: str, prefix: str, limit: int = 8, item: dict | None = None) -> list[Choice]:
        """Values of *fname* matching what was typed (case and accents ignored): values that
        start with it first, then values with a word that does; at most *limit*."""
        want = fold_text(prefix).strip()
        seen: set[str] = set()
        first, then = [], []
        for ch in self.field_choices(item, fname):
            key = fold_text(ch.text)
            if ch.text in seen or (not want and fname in REF_FIELDS):
                continue
            if key.startswith(want):
                first.append(ch)
                seen.add(ch.text)
            elif want and (f" {want}" in f" {key}" or want in key.replace("-", " ")):
                then.append(ch)
                seen.add(ch.text)
        return (first + then)[:limit]

    def suggest(self, typed: str, item: dict | None = None) -> str | None:
        """A completion of a ``field=value`` command line that starts with *typed*, or ``None``.

        Examples
        --------
        >>> s = ReviewSession.__new__(ReviewSession)
        >>> s.suggest("cred", {"claim": {}})
        'credibility='
        """
        fields = ENTITY_FIELDS if item is not None and "entity" in item else CLAIM_FIELDS
        if "=" not in typed:
            low = typed.strip().lower()
            hit = next((f for f in fields if low and f.startswith(low)), None)
            return typed[: len(typed) - len(typed.lstrip())] + hit + "=" if hit else None
        fname, value = typed.split("=", 1)
        fname = fname.strip()
        if fname not in fields or not value.strip():
            return None
        for ch in self.complete(fname, value.lstrip(), limit=20, item=item):
            if ch.text.lower().startswith(value.lstrip().lower()):
                return f"{typed[: len(typed) - len(value.lstrip())]}{ch.text}"
        return None

    # -- operations -------------------------------------------------------------------------

    def _next_id(self, prefix: str) -> str:
        nums = [int(m[1]) for it in self.items if (m := re.fullmatch(prefix + r"(\d+)", str(it["id"])))]
        return f"{prefix}{max(nums, default=0) + 1}"

    def _apply(self, op: dict) -> Any:
        kind = op.get("op")
        if kind == "decide":
            it = self.item(op["item"])
            if op.get("status") not in _STATUS_OPS:
                raise ReviewError(f"unknown status {op.get('status')!r}")
            if it.get("applied"):
                raise ReviewError(f"{it['id']} was already written to the curated data")
            old = it.get("status", "pending")
            it["status"] = op["status"]
            return old
        if kind == "set":
            old, new = apply_edit(self.draft, op["item"], op["field"], op["value"], self.resolver, self.dataset)
            if op["field"] in REF_FIELDS and new is not None:
                op["value"] = new  # journal the resolved id: a name may become ambiguous later
            return old, new
        if kind == "add_entity":
            return self._add_entity(op)
        if kind == "add_claim":
            return self._add_claim(op)
        raise ReviewError(f"unknown operation {kind!r}")

    def _record(self, op: dict) -> Any:
        """Apply *op* to the working draft and journal it; on a refusal nothing changes."""
        snapshot = copy.deepcopy(self.draft)
        try:
            result = self._apply(op)
        except ReviewError:
            self.draft = snapshot
            raise
        except (KeyError, TypeError, ValueError) as exc:
            self.draft = snapshot
            raise ReviewError(f"cannot apply {op.get('op')}: {exc}") from None
        if self.journal is not None:
            try:
                self.journal.append(op)
            except BaseException:
                self.draft = snapshot
                raise
        self.ops.append(op)
        return result

    def decide(self, item_id: str, status: str) -> str:
        """Mark *item_id* accepted, rejected or pending (undecided); return the previous status."""
        if status not in _STATUS_OPS:
            raise ReviewError(f"status must be one of {', '.join(sorted(_STATUS_OPS))}")
        return self._record({"op": "decide", "item": item_id, "status": status})

    def edit(self, item_id: str, fname: str, value: str) -> tuple[Any, Any]:
        """Set one field of *item_id* from typed text; return ``(old, new)`` values.

        A mistyped field name or a value the schema refuses raises :class:`ReviewError`
        and changes nothing; every earlier decision stays.
        """
        return self._record({"op": "set", "item": item_id, "field": fname.strip(), "value": value})

    def edit_line(self, item_id: str, line: str) -> tuple[str, Any, Any]:
        """Apply a ``field=value`` line; return ``(field, old, new)``."""
        if "=" not in line:
            raise ReviewError(f"write field=value (e.g. credibility=3), not {line!r}")
        fname, value = line.split("=", 1)
        old, new = self.edit(item_id, fname.strip(), value.strip())
        return fname.strip(), old, new

    def _add_entity(self, op: dict) -> str:
        e = dict(op.get("entity") or {})
        name = str(e.get("name") or "").strip()
        if not name:
            raise ReviewError("a new entity needs a name")
        eid = str(e.get("id") or "").strip() or slugify(name)
        if not ID_PATTERN.match(eid):
            raise ReviewError(f"{eid!r} is not a valid id (lowercase letters, digits, '.', '_', '-')")
        taken = set(self.dataset.entities) | {it["entity"].get("id") for it in self.draft.get("entities") or []}
        if eid in taken:
            raise ReviewError(f"the id {eid!r} is taken; choose another")
        concrete = [n for n, t in self.dataset.schema.types.items() if not t.abstract]
        etype = str(e.get("type") or "").strip()
        if etype not in concrete:
            import difflib

            close = difflib.get_close_matches(etype, concrete, n=3)
            raise ReviewError(
                f"{etype!r} is not an entity type of the schema"
                + (f"; did you mean {' or '.join(close)}?" if close else f" ({', '.join(sorted(concrete))})")
            )
        payload: dict[str, Any] = {"id": eid, "type": etype, "name": name}
        aliases = [a for a in (e.get("aliases") or []) if isinstance(a, str) and a.strip() and a.strip() != name]
        if aliases:
            payload["aliases"] = [a.strip() for a in aliases]
        for key in ("description", "wikidata"):
            if e.get(key):
                payload[key] = str(e[key])
        item_id = op.get("item") or self._next_id("e")
        op["item"] = item_id
        op["entity"] = payload
        self.draft.setdefault("entities", []).append(
            {"id": item_id, "status": "accepted", "added": True, "entity": payload, "reason": "added in review"}
        )
        return item_id

    def add_entity(self, name: str, type: str, id: str = "", aliases: list[str] | str = "") -> str:
        """Add (and accept) a new entity; return its item id. The id defaults to a slug of the name."""
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split(",") if a.strip()]
        return self._record(
            {"op": "add_entity", "entity": {"id": id, "type": type, "name": name, "aliases": list(aliases)}}
        )

    def _add_claim(self, op: dict) -> str:
        c = dict(op.get("claim") or {})
        for key in ("subject", "predicate", "object", "quote"):
            if not str(c.get(key) or "").strip():
                raise ReviewError(f"a new claim needs a {key}")
        schema = self.dataset.schema
        pred = schema.predicates.get(str(c["predicate"]).strip())
        if pred is None:
            import difflib

            close = difflib.get_close_matches(str(c["predicate"]), list(schema.predicates), n=3)
            raise ReviewError(
                f"unknown predicate {c['predicate']!r}" + (f"; did you mean {' or '.join(close)}?" if close else "")
            )
        subject = self.resolver.resolve(str(c["subject"]).strip(), self.draft)
        obj = self.resolver.resolve(str(c["object"]).strip(), self.draft)
        for role, eid, allowed in (("subject", subject, pred.domain), ("object", obj, pred.range)):
            etype = self.entity_type(eid)
            if etype is not None and not schema.fits(etype, allowed):
                raise ReviewError(
                    f"{pred.name} needs a {role} of type {' or '.join(allowed)}, but {eid!r} is a {etype}"
                )
        quote = str(c["quote"])
        sent = op.get("sentence")
        lo, hi = (int(sent[0]), int(sent[1])) if sent else (0, len(self.text))
        start = self.text.find(quote, lo, hi)
        if not quote.strip() or start < 0:
            raise ReviewError("the quote must be copied verbatim from the sentence")
        payload = claim_form(
            subject,
            pred.name,
            obj,
            self.doc_id,
            quote,
            occurrence=occurrence_of(self.text, quote, start),
            hedged=bool(c.get("hedged", False)),
            credibility=int(c.get("credibility", 2)),
        )
        item_id = op.get("item") or self._next_id("c")
        op["item"] = item_id
        op["claim"] = {**c, "subject": subject, "object": obj, "predicate": pred.name}
        sentence = self.sentence_of(start) or (lo, hi)
        self.draft.setdefault("claims", []).append(
            {
                "id": item_id,
                "status": "accepted",
                "added": True,
                "claim": payload,
                "start": start,
                "end": start + len(quote),
                "sentence": {"start": sentence[0], "end": sentence[1]},
                "cue": "",
                "reason": "added in review",
            }
        )
        for key, value in c.items():  # any further field goes through the same checks as an edit
            if (
                key not in ("subject", "predicate", "object", "quote", "hedged", "credibility", "document")
                and value is not None
            ):
                apply_edit(self.draft, item_id, key, str(value), self.resolver, self.dataset)
        return item_id

    def add_claim(
        self,
        subject: str,
        predicate: str,
        object: str,
        quote: str,
        sentence: tuple[int, int] | None = None,
        **fields: Any,
    ) -> str:
        """Add (and accept) a claim; return its item id.

        *subject* and *object* may be ids, names, aliases or draft item ids; *predicate*
        must be in the schema; *quote* must be verbatim inside *sentence* (offsets into
        the document text; anywhere in the document when not given).
        """
        op: dict[str, Any] = {
            "op": "add_claim",
            "claim": {"subject": subject, "predicate": predicate, "object": object, "quote": quote, **fields},
        }
        if sentence is not None:
            op["sentence"] = [int(sentence[0]), int(sentence[1])]
        return self._record(op)

    def undo(self) -> dict | None:
        """Cancel the last operation; return it (``None`` when there is nothing to undo)."""
        if not self.ops:
            return None
        op = self.ops.pop()
        self.draft = copy.deepcopy(self.base)
        kept = []
        for earlier in self.ops:
            try:
                self._apply(earlier)
                kept.append(earlier)
            except ReviewError as exc:  # pragma: no cover - they applied a moment ago
                self.notes.append(f"a decision could not be replayed: {exc}")
        self.ops = kept
        if self.journal is not None:
            self.journal.append({"op": "undo"})
        return op

    # -- writing ----------------------------------------------------------------------------

    def finish(self, *, dry_run: bool = False) -> ReviewResult:
        """Write the accepted items to the curated files (validated, all or nothing).

        On success the journal is emptied in the same commit and the session continues on
        the updated draft and dataset. On failure (:class:`~graph.errors.DatasetError`,
        :class:`ReviewError`) nothing is written and every decision stays.
        """
        draft = copy.deepcopy(self.draft)
        extra = {self.journal.path: ""} if self.journal is not None and not dry_run else None
        result = write_accepted(draft, self.draft_path, self.data, self.dataset, dry_run=dry_run, extra=extra)
        result.rejected = [it["id"] for it in draft_items(draft) if it.get("status") == "rejected"]
        if not dry_run:
            if self.journal is not None:
                self.journal.reset()
            self.ops = []
            self._load()
        return result
