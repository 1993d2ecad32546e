"""The data model: entities, documents, claims (the stored truth) and datasets.

A claim is subject, predicate, object plus its evidence. Everything else — graph edges,
summary links, database relationships, views — is derived from claims, never edited.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates import PartialDate
from .schema import Schema

__all__ = [
    "ARTICLE_CATEGORY",
    "ARTICLE_ORIGIN",
    "CREDIBILITY",
    "QUANTITY_BOUNDS",
    "RELIABILITY",
    "Alias",
    "Attribution",
    "Claim",
    "Dataset",
    "Document",
    "Entity",
    "asserted_by",
    "claim_form",
    "claim_from_form",
    "claim_id",
    "format_quantity",
]

QUANTITY_BOUNDS = ("exact", "at_least", "at_most", "approx")
#: The origin of a claim the article makes in its own voice is ``document:<document id>``.
ARTICLE_ORIGIN = "document:"
#: The attribution category of such a claim, everywhere (analytics, database rows, saved queries, views).
ARTICLE_CATEGORY = "article"
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


def claim_id(
    subject: str,
    predicate: str,
    object: str,
    document: str,
    quote: str,
    *,
    item: str | None = None,
    quantity: float | None = None,
    unit: str | None = None,
) -> str:
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


def _iso(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def format_quantity(quantity: float, bound: str | None = "exact", unit: str | None = None) -> str:
    """A quantity as analysts write it, its bound as a sign.

    Examples
    --------
    >>> format_quantity(10000, "at_least", "soldiers"), format_quantity(7000.0, "approx")
    ('≥10000 soldiers', '~7000')
    >>> format_quantity(20000000000, "approx", "USD"), format_quantity(0.33, "approx", "share")
    ('~20000000000 USD', '~0.33 share')
    """
    number = str(int(quantity)) if float(quantity).is_integer() else f"{quantity:g}"
    return f"{_BOUND_SIGNS.get(bound or 'exact', '')}{number} {unit or ''}".strip()


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of an entity's name, with a BCP 47 language tag (``und`` = unknown)."""

    name: str
    lang: str = "und"


@dataclass(frozen=True, slots=True)
class Attribution:
    """One link of a claim's attribution: an entity and the verbatim words that name it.

    ``quote`` is the phrase of the claim's document that names the entity as a source
    ("secondo l’Ucraina e gli Stati Uniti", "riporta RFA"); ``start``/``end`` are its offsets
    in the document text (``-1`` when the attribution was built in memory without a text).
    """

    entity: str
    quote: str | None = None
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict:
        """``{"entity", "quote", "start", "end"}``."""
        return {"entity": self.entity, "quote": self.quote, "start": self.start, "end": self.end}


def asserted_by(*entities: str | None) -> tuple[Attribution, ...]:
    """Attributions for entity ids without quotes, for claims built in memory.

    Examples
    --------
    >>> asserted_by("kcna")
    (Attribution(entity='kcna', quote=None, start=-1, end=-1),)
    >>> asserted_by(None)
    ()
    """
    return tuple(Attribution(e) for e in entities if e)


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

    def to_dict(self) -> dict:
        """The entity's one record form (the JSON export's): aliases and their languages as parallel lists.

        Examples
        --------
        >>> Entity("kp", "Country", "North Korea", (Alias("Corea del Nord", "it"),)).to_dict()["alias_languages"]
        ['it']
        """
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": [a.name for a in self.aliases],
            "alias_languages": [a.lang for a in self.aliases],
            "description": self.description,
            "wikidata": self.wikidata,
            "properties": self.properties,
        }


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
    #: The earlier document this one is a copy of (a syndicated or re-sent report): its claims
    #: are not an independent origin (see :attr:`Claim.origins`).
    copy_of: str | None = None

    def to_dict(self) -> dict:
        """The document's one record form: its metadata, no text."""
        return {
            "id": self.id,
            "file": self.file,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "date": _iso(self.date),
            "language": self.language,
            "sha256": self.sha256,
            "reliability": self.reliability,
            "url": self.url,
        }


@dataclass(slots=True)
class Claim:
    """One assertion with its evidence: who says it, where, when, how hedged, how much.

    Attribution is two ordered tuples of :class:`Attribution`:

    ``asserters``
        The original sources, each named in the text ("secondo l’Ucraina e gli Stati
        Uniti" = Ukraine and the United States). Empty: the article says it in its own voice.
    ``relay``
        Who passed the asserters' words on, nearest the asserters first ("…, riporta RFA"
        = relayed by RFA; "Citando un rapporto della Reuters, … l'ISW ha affermato" =
        Reuters relayed by ISW). The article itself is the implicit last hop.

    Each asserter starts one chain (:attr:`chains`): ``(asserter, *relay)``. The original
    source of each chain is an *origin* (:attr:`origins`); three articles relaying KCNA share
    the origin ``kcna``, and a claim two asserters make has two origins.

    Examples
    --------
    >>> c = Claim("c1", "kp", "DEPLOYED_TO", "ru", "doc-3", "q", 0, 1, 2,
    ...           asserters=asserted_by("ukraine", "united-states"), relay=asserted_by("rfa"))
    >>> c.asserter_ids, c.relay_ids, c.chains, c.origins
    (('ukraine', 'united-states'), ('rfa',), (('ukraine', 'rfa'), ('united-states', 'rfa')), ('ukraine', 'united-states'))
    >>> Claim("c2", "kp", "LEADS", "ru", "doc-3", "q", 0, 1, 1).origins
    ('document:doc-3',)
    """

    id: str
    subject: str
    predicate: str
    object: str
    document: str
    quote: str
    start: int
    end: int
    credibility: int
    asserters: tuple[Attribution, ...] = ()
    relay: tuple[Attribution, ...] = ()
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
    #: For a claim of a copy (``Document.copy_of``), the original document: the article voice
    #: of a copy is the original's, never a second origin.
    origin_document: str | None = None

    @property
    def asserter_ids(self) -> tuple[str, ...]:
        """The asserters' entity ids, in the order the claim gives them."""
        return tuple(a.entity for a in self.asserters)

    @property
    def relay_ids(self) -> tuple[str, ...]:
        """The relays' entity ids, nearest the asserters first."""
        return tuple(a.entity for a in self.relay)

    @property
    def attributed_to(self) -> str | None:
        """The first asserter's id, or ``None`` (read-only shorthand; see :attr:`asserter_ids`)."""
        return self.asserters[0].entity if self.asserters else None

    @property
    def chains(self) -> tuple[tuple[str, ...], ...]:
        """One relay chain per asserter, original source first: ``(asserter, *relay)``."""
        return tuple((a.entity, *self.relay_ids) for a in self.asserters)

    @property
    def origins(self) -> tuple[str, ...]:
        """The original source of each chain; ``document:<id>`` when the article speaks itself."""
        return self.asserter_ids or (f"{ARTICLE_ORIGIN}{self.origin_document or self.document}",)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every entity in the attribution (asserters, then relays), each once."""
        return tuple(dict.fromkeys((*self.asserter_ids, *self.relay_ids)))

    @property
    def when(self) -> PartialDate | None:
        """The claim's own date: its point date, else the start of its validity."""
        return self.date or self.valid_from or self.valid_to

    def to_dict(self) -> dict:
        """The claim's one record form, as stored (like followthemoney's ``Statement.to_dict``).

        Dates are ISO text as precise as the source (``"2025-02"``); ``asserters`` and
        ``relay`` are :meth:`Attribution.to_dict` records (relay nearest the asserters first);
        ``origins`` the original source of each chain; ``quantity_bound`` is ``None`` without a
        quantity. The export, the graph's edge attributes, the database rows and the views
        are all made from this record.

        Examples
        --------
        >>> c = Claim("c1", "kp", "DEPLOYED_TO", "ru", "doc-3", "q", 0, 1, 2, asserters=asserted_by("ua"),
        ...           quantity=10000, quantity_bound="at_least", unit="soldiers")
        >>> r = c.to_dict()
        >>> r["asserters"], r["origins"], r["quantity_bound"], r["date"]
        ([{'entity': 'ua', 'quote': None, 'start': -1, 'end': -1}], ['ua'], 'at_least', None)
        """
        asserters, relay, d, vf, vt = self.asserters, self.relay, self.date, self.valid_from, self.valid_to
        # written out flat: the graph build and the database rows call it once per claim, millions of times
        return {
            "id": self.id,
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "document": self.document,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "asserters": [a.to_dict() for a in asserters] if asserters else [],
            "relay": [a.to_dict() for a in relay] if relay else [],
            "origins": [a.entity for a in asserters]
            if asserters
            else [ARTICLE_ORIGIN + (self.origin_document or self.document)],
            "attribution_note": self.attribution_note,
            "hedged": self.hedged,
            "credibility": self.credibility,
            "date": None if d is None else str(d),
            "valid_from": None if vf is None else str(vf),
            "valid_to": None if vt is None else str(vt),
            "quantity": self.quantity,
            "quantity_bound": self.quantity_bound if self.quantity is not None else None,
            "unit": self.unit,
            "item": self.item,
            "peripheral": self.peripheral,
            "note": self.note,
        }


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


def claim_form(
    subject: str,
    predicate: str,
    object: str,
    document: str,
    quote: str,
    *,
    credibility: int,
    hedged: bool = False,
    occurrence: int = 1,
    attributed_to: str | None = None,
    attribution_quote: str | None = None,
    date: PartialDate | str | None = None,
    valid_from: PartialDate | str | None = None,
    valid_to: PartialDate | str | None = None,
    quantity: int | float | None = None,
    quantity_bound: str | None = None,
    unit: str | None = None,
    item: str | None = None,
) -> dict[str, Any]:
    """A claim as the dataset format writes it (``claims/*.yaml``, a draft's ``claim:`` payload).

    The keys in the files' order; ``hedged`` and ``credibility`` always, ``occurrence`` only
    past the first, dates as text, a quantity with its bound (``exact`` when not given) and
    unit, other fields only when given. :func:`claim_from_form` reads it back.

    Examples
    --------
    >>> claim_form("kp", "DEPLOYED_TO", "ru", "doc-3", "q", credibility=2, quantity=10000, unit="soldiers")
    {'subject': 'kp', 'predicate': 'DEPLOYED_TO', 'object': 'ru', 'document': 'doc-3', 'quote': 'q', 'hedged': False, 'credibility': 2, 'quantity': 10000, 'quantity_bound': 'exact', 'unit': 'soldiers'}
    """
    form: dict[str, Any] = {"subject": subject, "predicate": predicate, "object": object, "document": document}
    form["quote"] = quote
    if occurrence > 1:
        form["occurrence"] = occurrence
    if attributed_to is not None:
        form["attributed_to"] = attributed_to
        if attribution_quote is not None:
            form["attribution_quote"] = attribution_quote
    form["hedged"] = hedged
    form["credibility"] = credibility
    for key, value in (("date", date), ("valid_from", valid_from), ("valid_to", valid_to)):
        if value is not None:
            form[key] = str(value)
    if quantity is not None:
        form["quantity"] = quantity
        form["quantity_bound"] = quantity_bound or "exact"
        form["unit"] = unit
    if item is not None:
        form["item"] = item
    return form


def claim_from_form(
    form: Mapping[str, Any],
    *,
    start: int = 0,
    asserters: tuple[Attribution, ...] = (),
    relay: tuple[Attribution, ...] = (),
    source_file: str = "",
    source_line: int = 0,
) -> Claim:
    """The :class:`Claim` a record of the dataset format states (:func:`claim_form` writes one).

    *form* has the format's keys: ``subject``, ``predicate``, ``object``, ``document``,
    ``quote`` and ``credibility`` required, the rest optional, dates as text or
    :class:`~graph.dates.PartialDate`. *start* is where the quote starts in the document's
    text; the attribution, once located in the text, comes as :class:`Attribution` tuples
    (``attributed_to`` in *form* is not read). The one way a claim record becomes a claim:
    validation, the review's comparison and the synthetic datasets all use it. Raises
    ``KeyError`` for a missing required key and ``ValueError`` for a date that does not parse.

    Examples
    --------
    >>> form = claim_form("kp", "DEPLOYED_TO", "ru", "doc-3", "q", credibility=2, date="2024-10")
    >>> c = claim_from_form(form, start=5)
    >>> c.id == claim_id("kp", "DEPLOYED_TO", "ru", "doc-3", "q"), c.end, str(c.date), c.hedged
    (True, 6, '2024-10', False)
    """
    # validation calls this once per claim (millions): plain lookups, no helper calls
    get = form.get
    subject, predicate, obj, document, quote = (
        form["subject"],
        form["predicate"],
        form["object"],
        form["document"],
        form["quote"],
    )
    quantity, unit, item = get("quantity"), get("unit"), get("item")
    date, valid_from, valid_to = get("date"), get("valid_from"), get("valid_to")
    return Claim(
        id=claim_id(subject, predicate, obj, document, quote, item=item, quantity=quantity, unit=unit),
        subject=subject,
        predicate=predicate,
        object=obj,
        document=document,
        quote=quote,
        start=start,
        end=start + len(quote),
        credibility=form["credibility"],
        asserters=asserters,
        relay=relay,
        attribution_note=get("attribution_note"),
        hedged=get("hedged") or False,
        date=date if date is None or type(date) is PartialDate else PartialDate.parse(date),
        valid_from=valid_from
        if valid_from is None or type(valid_from) is PartialDate
        else PartialDate.parse(valid_from),
        valid_to=valid_to if valid_to is None or type(valid_to) is PartialDate else PartialDate.parse(valid_to),
        quantity=quantity,
        quantity_bound=get("quantity_bound") or "exact",
        unit=unit,
        item=item,
        peripheral=get("peripheral") or False,
        note=get("note"),
        source_file=source_file,
        source_line=source_line,
    )
