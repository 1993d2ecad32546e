"""Applying an analyst's review of a draft: accept, edit or reject items by id.

Accepted items are appended to the curated data (``entities.yaml``; ``claims/<NNN>.yaml``
for the document) only if the whole dataset, changed, still validates; otherwise nothing
is written and the problems are returned. The draft records each item's status and which
ones were written (``applied: true``), so a second review never adds an item twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatasetError, KGError
from ..validate import ID_PATTERN, validate_dataset
from ..yamlio import parse_yaml
from .draft import dump_draft, read_draft
from .gazetteer import Gazetteer
from .staging import append_claims, append_list_items, commit_files, validate_with_changes

__all__ = ["ReviewError", "Decisions", "ReviewResult", "apply_review", "parse_assignment", "claims_file_for",
           "ENTITY_FIELDS", "CLAIM_FIELDS"]

ENTITY_FIELDS = ("id", "type", "name", "aliases", "description", "wikidata")
CLAIM_FIELDS = ("subject", "predicate", "object", "quote", "occurrence", "attributed_to", "attribution_note",
                "hedged", "credibility", "date", "valid_from", "valid_to", "quantity", "quantity_bound", "unit",
                "item", "peripheral", "note")
_TEXT_FIELDS = {"name", "description", "quote", "attribution_note", "note", "unit", "predicate", "type", "wikidata"}
_DATE_FIELDS = {"date", "valid_from", "valid_to"}
_REF_FIELDS = {"subject", "object", "attributed_to", "item"}


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


def parse_assignment(text: str) -> tuple[str, str, str]:
    """Parse ``ID field=value`` or ``ID.field=value`` into ``(id, field, value)``.

    Examples
    --------
    >>> parse_assignment("c3 credibility=2")
    ('c3', 'credibility', '2')
    >>> parse_assignment("e1.type=Person")
    ('e1', 'type', 'Person')
    """
    m = re.fullmatch(r"\s*([A-Za-z0-9_-]+)(?:\s+|\.)([a-z_]+)\s*=(.*)", text, re.S)
    if not m:
        raise ReviewError(f"cannot read {text!r}: write ID field=value (e.g. 'c3 credibility=2')")
    return m[1], m[2], m[3].strip()


def _convert(field_name: str, raw: str):
    if raw == "" or raw.lower() in ("null", "none", "~"):
        return None
    if field_name in _TEXT_FIELDS or field_name in _DATE_FIELDS or field_name in _REF_FIELDS or field_name == "id":
        return raw
    if field_name == "aliases":
        return [a.strip() for a in raw.split(",") if a.strip()]
    value, problems = parse_yaml(raw, "value")
    if problems or isinstance(value, (dict, list)):
        return raw
    return value


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


def _resolve_ref(value: str, known: set[str], candidates: dict[str, str], gaz: Gazetteer) -> str:
    if value in known or value in candidates.values():
        return value
    if value in candidates:  # a draft item id such as "e2"
        return candidates[value]
    found = gaz.lookup(value)
    if len(found) == 1:
        return next(iter(found))
    if found:
        raise ReviewError(f"{value!r} names several entities ({', '.join(sorted(found))}); use an id")
    raise ReviewError(f"{value!r} is not a known entity id or name")


def apply_review(draft_path: Path, data: Path, decisions: Decisions, *, dry_run: bool = False) -> ReviewResult:
    """Apply *decisions* to the draft at *draft_path* for the dataset *data*.

    Raises :class:`ReviewError` or :class:`~graph.errors.DatasetError`; in both cases
    nothing was written.
    """
    draft_path, data = Path(draft_path), Path(data)
    if not draft_path.is_file():
        raise ReviewError(f"{draft_path}: no such draft")
    draft = read_draft(draft_path)
    dataset, problems = validate_dataset(data)
    if problems:
        raise DatasetError(problems)
    doc_id = draft["document"]["id"]
    if doc_id not in dataset.documents:
        raise ReviewError(f"the draft is for {doc_id}, which is not registered in {data}/documents.yaml")
    items = {it["id"]: it for it in draft.get("entities", [])}
    items.update({it["id"]: it for it in draft.get("claims", [])})
    unknown = [i for i in [*decisions.accept, *decisions.reject, *(s[0] for s in decisions.sets)] if i not in items]
    if unknown:
        raise ReviewError(f"no item {', '.join(map(repr, unknown))} in the draft (items: "
                          f"{', '.join(list(items)[:12])}{' ...' if len(items) > 12 else ''})")
    both = set(decisions.accept) & set(decisions.reject)
    if both:
        raise ReviewError(f"{', '.join(sorted(both))}: both accepted and rejected")
    known = set(dataset.entities)
    cand_ids = {it["id"]: it["entity"]["id"] for it in draft.get("entities", [])}
    gaz = Gazetteer.from_entities(dataset.entities.values())
    for it in draft.get("entities", []):
        gaz.add(it["entity"]["id"], it["entity"].get("name", ""))
    # edits
    for item_id, fname, raw in decisions.sets:
        it = items[item_id]
        is_entity = "entity" in it
        allowed = ENTITY_FIELDS if is_entity else CLAIM_FIELDS
        if fname not in allowed:
            raise ReviewError(f"{item_id}: cannot set {fname!r}; fields: {', '.join(allowed)}")
        if it.get("applied"):
            raise ReviewError(f"{item_id} was already written to the curated data; edit it there")
        payload = it["entity"] if is_entity else it["claim"]
        value = _convert(fname, raw)
        if fname in _REF_FIELDS and value is not None:
            value = _resolve_ref(value, known, cand_ids, gaz)
        if is_entity and fname == "id":
            if value is None or not ID_PATTERN.match(value):
                raise ReviewError(f"{item_id}: {raw!r} is not a valid id (lowercase letters, digits, '.', '_', '-')")
            old = payload["id"]
            for c in draft.get("claims", []):  # follow the rename in the draft's claims
                for ref in _REF_FIELDS:
                    if c["claim"].get(ref) == old:
                        c["claim"][ref] = value
            cand_ids[item_id] = value
        if value is None:
            payload.pop(fname, None)
        else:
            payload[fname] = value
    # statuses
    for it in draft.get("entities", []) + draft.get("claims", []):
        if it.get("applied"):
            continue
        if it["id"] in decisions.accept or decisions.accept_all or (decisions.accept_all_entities and "entity" in it):
            if it.get("status", "pending") == "pending" or it["id"] in decisions.accept:
                it["status"] = "accepted"
        if it["id"] in decisions.reject:
            it["status"] = "rejected"
    already = [i for i in decisions.accept if items[i].get("applied")]
    new_entities = [it for it in draft.get("entities", []) if it.get("status") == "accepted" and not it.get("applied")]
    new_claims = [it for it in draft.get("claims", []) if it.get("status") == "accepted" and not it.get("applied")]
    accepted_ids = known | {it["entity"]["id"] for it in draft.get("entities", [])
                            if it.get("status") == "accepted"}
    pending_cands = {it["entity"]["id"]: it["id"] for it in draft.get("entities", [])
                     if it.get("status") != "accepted"}
    missing = []
    for it in new_claims:
        for ref in _REF_FIELDS:
            v = it["claim"].get(ref)
            if v and v not in accepted_ids and v in pending_cands:
                missing.append(f"{it['id']} uses the new entity {v!r} ({pending_cands[v]}), which is not accepted: "
                               f"accept {pending_cands[v]} too, or --set {it['id']} {ref}=<known id>")
    if missing:
        raise ReviewError("\n".join(missing))
    changes: dict[Path, str] = {}
    notes = [f"{i} was already written to the curated data; skipped" for i in already]
    if new_entities:
        ent_path = data / "entities.yaml"
        current = ent_path.read_text(encoding="utf-8-sig") if ent_path.exists() else None
        records = [dict(it["entity"]) for it in new_entities]
        text, rewritten = append_list_items(current, records, str(ent_path))
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
    changes[draft_path] = dump_draft(draft, str(draft_path))
    if not dry_run:
        commit_files(changes)
    return ReviewResult(draft, [p for p in changes], [it["entity"]["id"] for it in new_entities],
                        [it["id"] for it in new_claims],
                        [it["id"] for it in draft.get("entities", []) + draft.get("claims", [])
                         if it["id"] in decisions.reject], notes)
