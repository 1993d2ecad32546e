"""The data model: entities, documents, claims (the stored truth) and datasets.

A claim is subject, predicate, object plus its evidence. Everything else — graph edges,
summary links, database relationships, views — is derived from claims, never edited.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .dates import PartialDate
from .schema import Schema

__all__ = ["Alias", "Entity", "Document", "Claim", "Dataset", "claim_id", "format_quantity", "QUANTITY_BOUNDS",
           "RELIABILITY", "CREDIBILITY"]

QUANTITY_BOUNDS = ("exact", "at_least", "at_most", "approx")
_BOUND_SIGNS = {"exact": "", "at_least": "≥", "at_most": "≤", "approx": "~"}

#: Admiralty source reliability (documents).
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}

#: Admiralty information credibility (claims); lower is better.
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


def claim_id(subject: str, predicate: str, object: str, document: str, quote: str, *,
             item: str | None = None, quantity: float | None = None, unit: str | None = None) -> str:
    """Deterministic claim id: a hash of the claim's identifying parts.

    The parts are subject, predicate, object, document and quote; when a claim names an
    ``item`` or a quantity, those are part of it too, so one sentence can carry several
    claims ("financial aid, military technology and food") without artificial quotes.
    The same claim read twice gets the same id, which makes every load idempotent.

    Examples
    --------
    >>> claim_id("kim-jong-un", "VISITED", "plant", "doc-002", "ha visitato")
    'c-8481f209d4ea64850505'
    >>> claim_id("ru", "PROVIDES", "kp", "d1", "q", item="food") != claim_id("ru", "PROVIDES", "kp", "d1", "q", item="tech")
    True
    """
    parts = [subject, predicate, object, document, quote]
    if item is not None:
        parts.append(f"item={item}")
    if quantity is not None:
        parts.append(f"quantity={quantity!r} {unit}")
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return "c-" + h.hexdigest()[:20]


def format_quantity(quantity: float, bound: str | None = "exact", unit: str | None = None) -> str:
    """A quantity as analysts write it, its bound as a sign.

    Examples
    --------
    >>> format_quantity(10000, "at_least", "soldiers"), format_quantity(7000.0, "approx")
    ('≥10000 soldiers', '~7000')
    """
    return f"{_BOUND_SIGNS.get(bound or 'exact', '')}{quantity:g} {unit or ''}".strip()


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of an entity's name, with a BCP 47 language tag (``und`` = unknown)."""

    name: str
    lang: str = "und"


@dataclass(slots=True)
class Entity:
    """A real-world thing: one entity per thing, every surface form an alias."""

    id: str
    type: str
    name: str
    aliases: tuple[Alias, ...] = ()
    description: str = ""
    wikidata: str | None = None
    properties: dict = field(default_factory=dict)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(a.name for a in self.aliases))


@dataclass(slots=True)
class Document:
    """A source document; ``text`` is its full decoded text (offsets index into it)."""

    id: str
    file: str
    title: str
    outlet: str | None
    author: str | None
    date: PartialDate | None
    language: str
    sha256: str
    reliability: str
    url: str | None = None
    text: str = field(default="", repr=False)


@dataclass(slots=True)
class Claim:
    """One assertion with its evidence: who says it, where, when, how hedged, how much."""

    id: str
    subject: str
    predicate: str
    object: str
    document: str
    quote: str
    start: int
    end: int
    credibility: int
    attributed_to: str | None = None
    attribution_note: str | None = None
    hedged: bool = False
    date: PartialDate | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    quantity: int | float | None = None
    quantity_bound: str = "exact"
    unit: str | None = None
    item: str | None = None
    peripheral: bool = False
    note: str | None = None
    source_file: str = ""
    source_line: int = 0

    @property
    def origin(self) -> str:
        """Who originally asserts this: the attributed entity, else the document itself.

        Three articles relaying KCNA share the origin ``kcna``: they are one origin.
        """
        return self.attributed_to or f"document:{self.document}"

    @property
    def when(self) -> PartialDate | None:
        """The claim's own date: its point date, else the start of its validity."""
        return self.date or self.valid_from or self.valid_to


@dataclass
class Dataset:
    """A validated dataset: the schema, entities, documents and claims."""

    schema: Schema
    entities: dict[str, Entity]
    documents: dict[str, Document]
    claims: list[Claim]
    directory: Path | None = None
    content_hash: str = ""

    def claims_by_id(self) -> dict[str, Claim]:
        """Index of claims by id."""
        return {c.id: c for c in self.claims}

    def entity_name(self, entity_id: str | None) -> str | None:
        """The name of entity *entity_id*; an unknown id stands for itself, ``None`` stays ``None``."""
        e = self.entities.get(entity_id) if entity_id else None
        return e.name if e else entity_id
