"""Applying an analyst's review of a draft: accept, edit or reject items by id.

Accepted items are appended to the curated data (``entities.yaml``; ``claims/<NNN>.yaml``
for the document) only if the whole dataset, changed, still validates; otherwise nothing
is written and the problems are returned. The draft records each item's status and which
ones were written (``applied: true``), so a second review never adds an item twice.

Two layers, shared by the command-line decisions (:func:`apply_review`) and the
interactive review (:mod:`graph.review`): :func:`apply_edit` changes one field of one
draft item, checking the field name and the value at once; :func:`write_accepted` writes
whatever the draft marks accepted, through full validation, all or nothing.

Claims the extractor rates low-confidence (a ``low: true`` flag, items of the draft's
``low_confidence`` section, else ``confidence: low`` or a number under
:data:`LOW_CONFIDENCE`) are never accepted by ``accept_all`` unless
:attr:`Decisions.include_low_confidence` is set.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import parse_partial_date
from ..errors import DatasetError, KGError
from ..model import CREDIBILITY, QUANTITY_BOUNDS, Dataset
from ..validate import ID_PATTERN, validate_dataset
from ..yamlio import parse_yaml
from .draft import dump_draft, read_draft
from .gazetteer import Gazetteer
from .staging import (
    append_claims,
    append_list_items,
    commit_files,
    validate_with_changes,
)

__all__ = [
    "CLAIM_FIELDS",
    "ENTITY_FIELDS",
    "LOW_CONFIDENCE",
    "LOW_SECTION",
    "REF_FIELDS",
    "Decisions",
    "RefResolver",
    "ReviewError",
    "ReviewResult",
    "apply_edit",
    "apply_review",
    "claim_items",
    "claims_file_for",
    "draft_items",
    "is_low_confidence",
    "load_for_review",
    "parse_assignment",
    "write_accepted",
]

ENTITY_FIELDS = ("id", "type", "name", "aliases", "description", "wikidata")
CLAIM_FIELDS = (
    "subject",
    "predicate",
    "object",
    "quote",
    "occurrence",
    "attributed_to",
    "attribution_quote",
    "attribution_note",
    "hedged",
    "credibility",
    "date",
    "valid_from",
    "valid_to",
    "quantity",
    "quantity_bound",
    "unit",
    "item",
    "peripheral",
    "note",
)
REF_FIELDS = ("subject", "object", "attributed_to", "item")
#: A numeric ``confidence`` under this is low.
LOW_CONFIDENCE = 0.5
#: The draft section holding the claims the extractor keeps apart as low-confidence.
LOW_SECTION = "low_confidence"
_TEXT_FIELDS = {
    "name",
    "description",
    "quote",
    "attribution_quote",
    "attribution_note",
    "note",
    "unit",
    "predicate",
    "type",
    "wikidata",
}
_DATE_FIELDS = {"date", "valid_from", "valid_to"}
_BOOL_FIELDS = {"hedged", "peripheral"}


class ReviewError(KGError):
    """The review decisions cannot be applied (unknown id, bad field ...); nothing was written."""


@dataclass
class Decisions:
    """What the analyst decided: ids to accept/reject and field edits ``(id, field, value)``."""

    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    sets: list[tuple[str, str, str]] = field(default_factory=list)
    accept_all_entities: bool = False
    accept_all: bool = False
    include_low_confidence: bool = False

    def empty(self) -> bool:
        """True when no decision was given."""
        return not (self.accept or self.reject or self.sets or self.accept_all_entities or self.accept_all)


@dataclass
class ReviewResult:
    """What a review wrote (or would write, on a dry run)."""

    draft: dict
    written: list[Path]
    entities_added: list[str]
    claims_added: list[str]
    rejected: list[str]
    notes: list[str] = field(default_factory=list)


def claim_items(draft: dict) -> list[dict]:
    """The draft's claim items: the ``claims`` list, then the low-confidence section."""
    return list(draft.get("claims") or []) + list(draft.get(LOW_SECTION) or [])


def draft_items(draft: dict) -> list[dict]:
    """Every item of *draft*: entity candidates first, then claims (see :func:`claim_items`)."""
    return list(draft.get("entities") or []) + claim_items(draft)


def is_low_confidence(item: dict, draft: dict | None = None) -> bool:
    """True when the extractor rated *item* low-confidence; an item without a rating is not.

    Examples
    --------
    >>> is_low_confidence({"confidence": 0.3}), is_low_confidence({"confidence": "high"}), is_low_confidence({})
    (True, False, False)
    >>> is_low_confidence({"id": "c9"}, {"low_confidence": [{"id": "c9"}]})
    True
    >>> is_low_confidence({"confidence": 0.3, "low": False}), is_low_confidence({"confidence": 0.9, "low": True})
    (False, True)
    """
    for flag in ("low", "low_confidence"):  # the extractor's own verdict, when it gives one, decides
        if isinstance(item.get(flag), bool):
            return item[flag]
    if draft is not None and any(it is item or it.get("id") == item.get("id") for it in draft.get(LOW_SECTION) or []):
        return True
    conf = item.get("confidence")
    if isinstance(conf, str) and conf.strip().lower() == "low":
        return True
    return isinstance(conf, (int, float)) and not isinstance(conf, bool) and conf < LOW_CONFIDENCE


def _refs(claim: dict):
    """``(field, entity id)`` for every entity a claim payload names, list-form attributions included."""
    for ref in (*REF_FIELDS, "relayed_by"):
        value = claim.get(ref)
        if isinstance(value, str):
            yield ref, value
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict) and isinstance(entry.get("entity"), str):
                    yield ref, entry["entity"]


def _rename(claim: dict, old: str, new: str) -> None:
    for ref in (*REF_FIELDS, "relayed_by"):
        value = claim.get(ref)
        if value == old:
            claim[ref] = new
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict) and entry.get("entity") == old:
                    entry["entity"] = new


def parse_assignment(text: str) -> tuple[str, str, str]:
    """Parse ``ID field=value`` or ``ID.field=value`` into ``(id, field, value)``.

    Examples
    --------
    >>> parse_assignment("c3 credibility=2")
    ('c3', 'credibility', '2')
    >>> parse_assignment("e1.type=Person")
    ('e1', 'type', 'Person')
    """
    m = re.fullmatch(r"\s*([A-Za-z0-9_-]+)(?:\s+|\.)([A-Za-z_]+)\s*=(.*)", text, re.DOTALL)
    if not m:
        raise ReviewError(f"cannot read {text!r}: write ID field=value (e.g. 'c3 credibility=2')")
    return m[1], m[2], m[3].strip()


def _close(word: str, options, n: int = 3) -> str:
    close = difflib.get_close_matches(word, list(options), n=n, cutoff=0.6)
    return f"; did you mean {' or '.join(map(repr, close))}?" if close else ""


def _convert(field_name: str, raw: str):
    if raw == "" or raw.lower() in ("null", "none", "~"):
        return None
    if field_name in _TEXT_FIELDS or field_name in _DATE_FIELDS or field_name in REF_FIELDS or field_name == "id":
        return raw
    if field_name == "aliases":
        return [a.strip() for a in raw.split(",") if a.strip()]
    value, problems = parse_yaml(raw, "value")
    if problems or isinstance(value, (dict, list)):
        return raw
    return value


def _check_value(item_id: str, fname: str, value: Any, raw: str, dataset: Dataset | None) -> None:
    """Refuse at once a value the validator would refuse for this field alone."""
    if value is None:
        return
    schema = dataset.schema if dataset is not None else None
    if fname == "predicate" and schema is not None and value not in schema.predicates:
        raise ReviewError(f"{item_id}: unknown predicate {raw!r}{_close(raw, schema.predicates)}")
    if fname == "type" and schema is not None:
        concrete = [n for n, t in schema.types.items() if not t.abstract]
        if value not in concrete:
            raise ReviewError(f"{item_id}: {raw!r} is not an entity type of the schema{_close(raw, concrete)}")
    if fname == "credibility" and (type(value) is not int or value not in CREDIBILITY):
        raise ReviewError(f"{item_id}: credibility is a grade 1-6, not {raw!r}")
    if fname == "quantity_bound" and value not in QUANTITY_BOUNDS:
        raise ReviewError(f"{item_id}: quantity_bound is one of {', '.join(QUANTITY_BOUNDS)}, not {raw!r}")
    if fname in _BOOL_FIELDS and not isinstance(value, bool):
        raise ReviewError(f"{item_id}: {fname} is true or false, not {raw!r}")
    if fname in ("quantity", "occurrence") and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise ReviewError(f"{item_id}: {fname} is a number, not {raw!r}")
    if fname in _DATE_FIELDS:
        try:
            parse_partial_date(value)
        except (ValueError, TypeError):
            raise ReviewError(f"{item_id}: {fname} is a date YYYY, YYYY-MM or YYYY-MM-DD, not {raw!r}") from None


class RefResolver:
    """Turns what an analyst types for an entity (id, name, alias, draft item id) into an id.

    Known entities come from the dataset; the draft's candidates (and entities added during
    a review) are read from the draft at each call, so renames are followed.
    """

    def __init__(self, dataset: Dataset):
        self.known = set(dataset.entities)
        self.gazetteer = Gazetteer.from_entities(dataset.entities.values())

    def resolve(self, value: str, draft: dict) -> str:
        """The entity id *value* stands for; :class:`ReviewError` when none or several."""
        cands = {it["id"]: it["entity"].get("id") for it in draft.get("entities") or []}
        if value in self.known or value in cands.values():
            return value
        if value in cands:  # a draft item id such as "e2"
            return str(cands[value])
        found = set(self.gazetteer.lookup(value))
        local = Gazetteer()
        for it in draft.get("entities") or []:
            if it.get("status") == "rejected":  # a rejected candidate's name no longer stands for it
                continue
            e = it["entity"]
            for name in [e.get("name") or "", *(e.get("aliases") or [])]:
                local.add(str(e.get("id")), name if isinstance(name, str) else str(name.get("name", "")))
        found |= local.lookup(value)
        if len(found) == 1:
            return next(iter(found))
        if found:
            raise ReviewError(f"{value!r} names several entities ({', '.join(sorted(found))}); use an id")
        raise ReviewError(
            f"{value!r} is not a known entity id or name{_close(value, self.known | set(cands.values()))}"
        )


def apply_edit(
    draft: dict, item_id: str, fname: str, raw: str, resolver: RefResolver, dataset: Dataset | None = None
) -> tuple[Any, Any]:
    """Set field *fname* of draft item *item_id* from the typed text *raw*; return ``(old, new)``.

    The field name is checked against the payload's fields, references are resolved to
    ids, and values the validator would refuse on their own (an unknown predicate or type,
    a credibility of 9, a date that is not one) are refused here, before anything changes.
    Renaming a new entity's id makes the draft's claims follow. Raises :class:`ReviewError`.
    """
    items = {it["id"]: it for it in draft_items(draft)}
    it = items.get(item_id)
    if it is None:
        raise ReviewError(f"no item {item_id!r} in the draft")
    is_entity = "entity" in it
    allowed = ENTITY_FIELDS if is_entity else CLAIM_FIELDS
    if fname not in allowed:
        raise ReviewError(f"{item_id}: cannot set {fname!r}{_close(fname, allowed)} (fields: {', '.join(allowed)})")
    if it.get("applied"):
        raise ReviewError(f"{item_id} was already written to the curated data; edit it there")
    payload = it["entity"] if is_entity else it["claim"]
    value = _convert(fname, raw)
    _check_value(item_id, fname, value, raw, dataset)
    if fname in REF_FIELDS and value is not None:
        value = resolver.resolve(value, draft)
    old = payload.get(fname)
    if is_entity and fname == "id":
        if value is None or not ID_PATTERN.match(value):
            raise ReviewError(f"{item_id}: {raw!r} is not a valid id (lowercase letters, digits, '.', '_', '-')")
        taken = resolver.known | {o["entity"].get("id") for o in draft.get("entities") or [] if o is not it}
        if value in taken:
            raise ReviewError(f"{item_id}: the id {value!r} is taken")
        for c in claim_items(draft):  # follow the rename in the draft's claims
            _rename(c["claim"], old, value)
    if value is None:
        payload.pop(fname, None)
        if fname == "attributed_to":  # the words naming the source go with it
            payload.pop("attribution_quote", None)
    else:
        payload[fname] = value
    return old, value


def load_for_review(draft_path: Path, data: Path) -> tuple[dict, Dataset]:
    """The draft at *draft_path* and the validated dataset *data* it belongs to.

    Raises :class:`ReviewError` (no draft, document not registered) or
    :class:`~graph.errors.DatasetError` (the dataset or the draft is invalid).
    """
    draft_path, data = Path(draft_path), Path(data)
    if not draft_path.is_file():
        raise ReviewError(f"{draft_path}: no such draft")
    draft = read_draft(draft_path)
    dataset, problems = validate_dataset(data)
    if problems or dataset is None:
        raise DatasetError(problems)
    doc_id = draft["document"]["id"]
    if doc_id not in dataset.documents:
        raise ReviewError(f"the draft is for {doc_id}, which is not registered in {data}/documents.yaml")
    return draft, dataset


def apply_review(draft_path: Path, data: Path, decisions: Decisions, *, dry_run: bool = False) -> ReviewResult:
    """Apply *decisions* to the draft at *draft_path* for the dataset *data*.

    Raises :class:`ReviewError` or :class:`~graph.errors.DatasetError`; in both cases
    nothing was written.
    """
    draft_path, data = Path(draft_path), Path(data)
    draft, dataset = load_for_review(draft_path, data)
    items = {it["id"]: it for it in draft_items(draft)}
    unknown = [i for i in [*decisions.accept, *decisions.reject, *(s[0] for s in decisions.sets)] if i not in items]
    if unknown:
        raise ReviewError(
            f"no item {', '.join(map(repr, unknown))} in the draft (items: "
            f"{', '.join(list(items)[:12])}{' ...' if len(items) > 12 else ''})"
        )
    both = set(decisions.accept) & set(decisions.reject)
    if both:
        raise ReviewError(f"{', '.join(sorted(both))}: both accepted and rejected")
    resolver = RefResolver(dataset)
    for item_id, fname, raw in decisions.sets:
        apply_edit(draft, item_id, fname, raw, resolver, dataset)
    notes = []
    held = []
    for it in draft_items(draft):
        if it.get("applied"):
            continue
        if it["id"] in decisions.reject:
            it["status"] = "rejected"
            continue
        explicit = it["id"] in decisions.accept
        bulk = decisions.accept_all or (decisions.accept_all_entities and "entity" in it)
        if (
            bulk
            and not explicit
            and "claim" in it
            and is_low_confidence(it, draft)
            and not decisions.include_low_confidence
        ):
            if it.get("status", "pending") == "pending":
                held.append(it["id"])
            continue
        if explicit or (bulk and it.get("status", "pending") == "pending"):
            it["status"] = "accepted"
    if held:
        notes.append(
            f"left pending {len(held)} low-confidence claim(s) ({', '.join(held)}): accept them by id, "
            "or add --include-low-confidence"
        )
    notes += [
        f"{i} was already written to the curated data; skipped" for i in decisions.accept if items[i].get("applied")
    ]
    result = write_accepted(draft, draft_path, data, dataset, dry_run=dry_run)
    result.rejected = [it["id"] for it in draft_items(draft) if it["id"] in decisions.reject]
    result.notes[:0] = notes
    return result


def write_accepted(
    draft: dict,
    draft_path: Path,
    data: Path,
    dataset: Dataset,
    *,
    dry_run: bool = False,
    extra: dict[Path, str] | None = None,
) -> ReviewResult:
    """Write every accepted, not yet applied item of *draft* to the curated files, and the draft.

    The changed dataset is validated in a staging copy first; on any problem
    :class:`~graph.errors.DatasetError` (or :class:`ReviewError` for a claim whose new
    entity is not accepted) is raised and nothing is written. Otherwise the curated files,
    the draft (items marked ``applied``) and the files in *extra* (path -> new text) are
    written together, all or none. *draft* is changed in place only on success.
    """
    draft_path, data = Path(draft_path), Path(data)
    doc_id = draft["document"]["id"]
    known = set(dataset.entities)
    new_entities = [
        it for it in draft.get("entities") or [] if it.get("status") == "accepted" and not it.get("applied")
    ]
    new_claims = [it for it in claim_items(draft) if it.get("status") == "accepted" and not it.get("applied")]
    accepted_ids = known | {it["entity"]["id"] for it in draft.get("entities") or [] if it.get("status") == "accepted"}
    pending_cands = {
        it["entity"]["id"]: it["id"] for it in draft.get("entities") or [] if it.get("status") != "accepted"
    }
    missing = []
    for it in new_claims:
        for ref, v in _refs(it["claim"]):
            if v not in accepted_ids and v in pending_cands:
                missing.append(
                    f"{it['id']} uses the new entity {v!r} ({pending_cands[v]}), which is not accepted: "
                    f"accept {pending_cands[v]} too, or --set {it['id']} {ref}=<known id>"
                )
    if missing:
        raise ReviewError("\n".join(missing))
    changes: dict[Path, str] = {}
    notes = []
    if new_entities:
        ent_path = data / "entities.yaml"
        current = ent_path.read_text(encoding="utf-8-sig") if ent_path.exists() else None
        text, rewritten = append_list_items(current, [dict(it["entity"]) for it in new_entities], str(ent_path))
        changes[ent_path] = text
        if rewritten:
            notes.append(f"{ent_path} was rewritten in full (its layout did not allow appending)")
    if new_claims:
        cpath = claims_file_for(data, doc_id)
        current = cpath.read_text(encoding="utf-8-sig") if cpath.exists() else None
        text, rewritten = append_claims(current, doc_id, [dict(it["claim"]) for it in new_claims], str(cpath))
        changes[cpath] = text
        if rewritten:
            notes.append(f"{cpath} was rewritten in full (its layout did not allow appending)")
    if changes:
        problems = validate_with_changes(data, changes, dataset.schema)
        if problems:
            raise DatasetError(problems)
    for it in new_entities + new_claims:
        it["applied"] = True
    try:
        changes[draft_path] = dump_draft(draft, str(draft_path))
        changes.update(extra or {})
        if not dry_run:
            commit_files(changes)
    except BaseException:
        for it in new_entities + new_claims:
            it.pop("applied", None)
        raise
    if dry_run:
        for it in new_entities + new_claims:
            it.pop("applied", None)
    return ReviewResult(
        draft, list(changes), [it["entity"]["id"] for it in new_entities], [it["id"] for it in new_claims], [], notes
    )


def claims_file_for(data: Path, doc_id: str) -> Path:
    """The claims file of *doc_id*: an existing file whose default document it is, else
    ``claims/NNN.yaml`` for ``doc-NNN`` (``claims/<id>.yaml`` otherwise)."""
    from ..yamlio import read_yaml

    for path in sorted((data / "claims").glob("*.yaml")):
        value, problems = read_yaml(path)
        if not problems and isinstance(value, dict) and value.get("document") == doc_id:
            return path
    m = re.fullmatch(r"doc-(\d+)", doc_id)
    return data / "claims" / f"{m[1] if m else doc_id}.yaml"
