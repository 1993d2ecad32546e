"""STIX 2.1 export: the dataset as a bundle OpenCTI (or any TAXII/MISP peer) can import.

Built with the ``stix2`` library, so every object is checked as it is made. The mapping
(``docs/stix.md`` has it in full, with a worked example):

* one ``report`` per document, ``object_refs`` = everything drawn from it;
* one ``identity`` per asserter, per outlet and, when the outlet is unknown, per article
  (the article's own voice), with the document's Admiralty reliability as OpenCTI's
  ``x_opencti_reliability``;
* each entity as the closest STIX object (:data:`ENTITY_TYPES`; a custom object where
  neither STIX nor OpenCTI has a type);
* one ``relationship`` per claim, created by its asserter, with the Admiralty credibility
  as ``confidence`` and the claim's valid time as ``start_time``/``stop_time``, plus one
  ``note`` carrying its evidence (quote, offsets, hedge, quantity, relay chain);
* one ``note`` per conflict the analytics find, naming the claims that disagree: they stay
  separate relationships, never merged.

Ids are derived from the toolkit's own ids (SHA-1 under :data:`NAMESPACE`, as UUIDv5) and
timestamps come from the documents' dates, so exporting the same dataset twice gives the same
bytes and a re-import updates objects instead of duplicating them.

Two profiles (:data:`PROFILES`):

* ``portable`` (the default) passes ``stix2-validator`` in strict mode and keeps to what
  OpenCTI accepts: the name-based ids are written in the UUIDv4 layout the specification
  recommends for domain objects (the same 122 hash bits, version nibble 4), and a
  relationship's type is the STIX type its predicate means (``stix:`` in
  ``schema/predicates.yaml``) when the specification suggests it between the two ends' types,
  else ``related-to``; the predicate itself is the relationship's label and stays in its note.
* ``native``: plain UUIDv5 ids and one relationship type per predicate (``deployed-to``,
  ``supplies`` ...), which STIX permits ("MAY be any string") and strict mode reports as
  not recommended: for peers that take custom relationship types.

The two profiles give different ids: import one profile into a given OpenCTI, not both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import stix2
from stix2.confidence.scales import admiralty_credibility_to_value
from stix2.properties import ListProperty, StringProperty, TimestampProperty

from .atomic import atomic_writer
from .dates import PartialDate, parse_partial_date
from .model import (
    CREDIBILITY,
    RELIABILITY,
    Claim,
    Dataset,
    Document,
    Entity,
    format_quantity,
)
from .records import claim_record
from .resolve import fold_text

__all__ = ["ENTITY_TYPES", "NAMESPACE", "PROFILES", "confidence", "stix_id", "to_stix", "valid_time", "write_stix"]

#: The export profiles; the first is the default (see the module docstring).
PROFILES = ("portable", "native")
#: Name-based (UUIDv5) namespace of every id the export makes (fixed: changing it re-identifies everything).
NAMESPACE = uuid.UUID("b4f916fc-a81b-4e6a-a496-e760aeccbb06")
#: ``created``/``modified`` of objects no dated document stands behind (entities, identities).
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: OpenCTI's own extension definition: its ``event`` type is a new SDO declared there.
OPENCTI_EXTENSION = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"
SOURCE_NAME = "osint-kg"

#: Schema type -> (STIX type, fixed properties). A subtype takes its nearest listed ancestor's
#: mapping (IntelligenceService -> Organization -> identity); a type with none becomes a custom
#: object ``x-osint-kg-<type>`` (Programme, Agreement): neither STIX nor OpenCTI has one.
ENTITY_TYPES: dict[str, tuple[str, dict]] = {
    "Person": ("identity", {"identity_class": "individual"}),
    "Organization": ("identity", {"identity_class": "organization"}),
    "Group": ("identity", {"identity_class": "group"}),
    "Country": ("location", {"x_opencti_location_type": "Country"}),
    "Location": ("location", {}),
    "Facility": ("infrastructure", {}),
    "WeaponSystem": ("tool", {}),
    "Event": ("event", {}),
}
#: STIX relationship types any two objects may have (STIX 2.1, 4.1 "common relationships").
_COMMON_RELATIONSHIPS = frozenset({"related-to", "derived-from", "duplicate-of"})
#: The suggested relationships of STIX 2.1 between the object types this export makes, as
#: (source type, relationship type) -> target types (the specification's per-object tables).
_SUGGESTED: dict[tuple[str, str], frozenset[str]] = {
    ("identity", "located-at"): frozenset({"location"}),
    ("infrastructure", "located-at"): frozenset({"location"}),
    ("infrastructure", "uses"): frozenset({"infrastructure"}),
    ("tool", "uses"): frozenset({"infrastructure"}),
    ("tool", "targets"): frozenset({"identity", "infrastructure", "location"}),
}
#: A place's ``kind`` -> OpenCTI location type (others stay untyped).
_LOCATION_KINDS = {"city": "City", "town": "City", "region": "Administrative-Area", "province": "Administrative-Area"}
#: The scale strings ``stix2.confidence.scales.admiralty_credibility_to_value`` takes.
_ADMIRALTY = {
    1: "1 - Confirmed by other sources",
    2: "2 - Probably True",
    3: "3 - Possibly True",
    4: "4 - Doubtful",
    5: "5 - Improbable",
    6: "6 - Truth cannot be judged",
}
#: OpenCTI's ``x_opencti_reliability`` vocabulary ("A - Completely reliable" ...).
_OPENCTI_RELIABILITY = {k: f"{k} - {v[0].upper()}{v[1:]}" for k, v in RELIABILITY.items()}
_TOPLEVEL = ("x_opencti_aliases", "x_opencti_location_type", "x_opencti_reliability")
_DAY = dt.timedelta(days=1)


def stix_id(stix_type: str, key: str, profile: str = "portable") -> str:
    """The deterministic STIX id of the object of *stix_type* the toolkit knows as *key*.

    The UUIDv5 of *key* under :data:`NAMESPACE`; the ``portable`` profile writes the same
    hash bits in the UUIDv4 layout (version nibble 4), the ``native`` one keeps version 5.

    Examples
    --------
    >>> stix_id("relationship", "claim:c-8481f209d4ea64850505", "native")
    'relationship--596a2315-bf12-58e9-9e9a-39ef14183dd9'
    >>> stix_id("relationship", "claim:c-8481f209d4ea64850505")
    'relationship--596a2315-bf12-48e9-9e9a-39ef14183dd9'
    """
    if profile not in PROFILES:
        raise ValueError(f"unknown STIX profile {profile!r}; choose one of {', '.join(PROFILES)}")
    u = uuid.uuid5(NAMESPACE, key)
    if profile == "portable":
        u = uuid.UUID(bytes=u.bytes, version=4)
    return f"{stix_type}--{u}"


def confidence(credibility: int) -> int | None:
    """STIX ``confidence`` of an Admiralty credibility grade (1 -> 90 ... 5 -> 10; 6 -> None).

    Examples
    --------
    >>> [confidence(g) for g in range(1, 7)]
    [90, 70, 50, 30, 10, None]
    """
    if credibility == 6:
        return None  # "truth cannot be judged": the stix2 scale has no value for it
    return admiralty_credibility_to_value(_ADMIRALTY[credibility])


def _instant(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)


def valid_time(start: PartialDate | None, stop: PartialDate | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """``start_time``/``stop_time`` covering partial dates: from the first day *start* may
    mean to the day after the last day *stop* may mean (STIX wants ``stop > start``).

    Examples
    --------
    >>> [str(t.date()) for t in valid_time(PartialDate(2025, 12, 27), PartialDate(2025, 12, 27))]
    ['2025-12-27', '2025-12-28']
    >>> [str(t.date()) for t in valid_time(PartialDate(2025, 12), PartialDate(2025))]
    ['2025-12-01', '2026-01-01']
    """
    return (_instant(start.earliest()) if start else None, _instant(stop.latest() + _DAY) if stop else None)


def _kebab(name: str) -> str:
    """``DEPLOYED_TO`` -> ``deployed-to``; ``WeaponSystem`` -> ``weapon-system``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()


def _clean(value):
    """Drop ``None`` (STIX has no null) from nested dicts and lists."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


_STIX_CLASSES = {
    "identity": stix2.Identity,
    "location": stix2.Location,
    "tool": stix2.Tool,
    "infrastructure": stix2.Infrastructure,
}
_CUSTOM: dict[str, type] = {}


def _custom_class(stix_type: str) -> type:
    """A ``stix2`` class for a new SDO (OpenCTI's ``event``, or ``x-osint-kg-*``), registered once."""
    cls = _CUSTOM.get(stix_type)
    if cls is None:
        props = [
            ("name", StringProperty(required=True)),
            ("description", StringProperty()),
            ("aliases", ListProperty(StringProperty)),
        ]
        if stix_type == "event":
            props += [("start_time", TimestampProperty()), ("stop_time", TimestampProperty())]
        try:
            name = "".join(part.title() for part in stix_type.split("-"))
            cls = stix2.v21.CustomObject(stix_type, props)(type(name, (), {}))
        except stix2.exceptions.DuplicateRegistryError:  # registered by another import of this module
            cls = stix2.registry.class_for_type(stix_type, "2.1", "objects")
        _CUSTOM[stix_type] = cls
    return cls


def _attribution(c: Claim) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """The claim's asserters (original sources) and its relay chain (nearest the asserters
    first) as (entity id, verbatim words naming it) pairs."""
    return [(a.entity, a.quote) for a in c.asserters], [(a.entity, a.quote) for a in c.relay]


class _Exporter:
    """Builds the objects once; one instance per export."""

    def __init__(self, dataset: Dataset, conflicts: Sequence[dict], profile: str = PROFILES[0]):
        if profile not in PROFILES:
            raise ValueError(f"unknown STIX profile {profile!r}; choose one of {', '.join(PROFILES)}")
        self.ds = dataset
        self.conflicts = conflicts
        self.profile = profile
        self.objects: dict[str, object] = {}  # STIX id -> object made
        self.lazy: dict[str, tuple] = {}  # STIX id -> (maker, claim): made when written
        self._claims: dict[str, Claim] | None = None
        self._outlet_names: dict[str, str] | None = None
        self.tool = stix2.Identity(
            id=self.id("identity", "osint-kg"),
            name="osint-kg",
            identity_class="system",
            created=EPOCH,
            modified=EPOCH,
            description="The osint-kg toolkit: curated claims with their evidence; "
            "produces the evidence and conflict notes of this bundle.",
        )
        self.extension = stix2.ExtensionDefinition(
            id=self.id("extension-definition", "osint-kg"),
            created_by_ref=self.tool.id,
            created=EPOCH,
            modified=EPOCH,
            name="osint-kg",
            version="1.0.0",
            description="Claim evidence (note property extension 'claim'), conflicts (note property extension "
            "'conflict'), custom entity types x-osint-kg-*, and the OpenCTI top-level properties "
            "x_opencti_aliases, x_opencti_location_type and x_opencti_reliability.",
            schema="The STIX mapping of osint-kg (docs/stix.md in its repository): a claim's 'claim' extension "
            "is its JSON-export record; a conflict's 'conflict' extension is kind, summary, reconcilable, "
            "notes and claims; x-osint-kg-* objects have name, description and aliases.",
            extension_types=["new-sdo", "property-extension", "toplevel-property-extension"],
            extension_properties=list(_TOPLEVEL),
        )
        self._add(self.tool, self.extension)
        self._doc_dates = {d.id: (_instant(d.date.earliest()) if d.date else EPOCH) for d in dataset.documents.values()}
        self._countries = self._place_countries()
        self._outlet_grade = self._outlet_grades()
        self._entity_grades = {
            eid: grade
            for outlet, grade in self._outlet_grade.items()
            if (eid := self._outlet_entity(outlet)) is not None
        }
        self._refs: dict[str, str] = {}  # entity id -> STIX id
        self._voices: dict[str, str] = {}  # document id -> STIX id of who speaks in it

    def id(self, stix_type: str, key: str) -> str:
        """The id of the object of *stix_type* known as *key*, in this export's profile."""
        return stix_id(stix_type, key, self.profile)

    def _add(self, *objs) -> None:
        for o in objs:
            self.objects[o["id"]] = o

    def _ext(self, kind: str, **payload) -> dict:
        return {self.extension.id: {"extension_type": kind, **payload}}

    # --- entities ------------------------------------------------------------------------
    def stix_type(self, type_name: str) -> tuple[str, dict]:
        t = self.ds.schema.types.get(type_name)
        for name in t.ancestors if t else (type_name,):
            if name in ENTITY_TYPES:
                return ENTITY_TYPES[name]
        return f"x-osint-kg-{_kebab(type_name)}", {}

    def _place_countries(self) -> dict[str, str]:
        """ISO code of each place, from its ``located-at`` claims (LOCATED_IN in the seeds'
        schema: the predicates marked ``stix: located-at``), one country, else none."""
        iso = {e.id: e.properties["iso2"] for e in self.ds.entities.values() if e.properties.get("iso2")}
        located = {p.name for p in self.ds.schema.predicates.values() if p.stix == "located-at"}
        named: dict[str, set[str]] = defaultdict(set)
        for c in self.ds.claims:
            if c.predicate in located:
                named[c.subject].add(c.object)
        out = {}
        for place, parents in named.items():
            seen, todo, codes = set(), list(parents), set()
            while todo:  # a city in a region in a country
                p = todo.pop()
                if p in seen:
                    continue
                seen.add(p)
                if p in iso:
                    codes.add(iso[p])
                else:
                    todo.extend(named.get(p, ()))
            if len(codes) == 1:
                out[place] = codes.pop()
        return {**out, **iso}

    def entity_ref(self, entity_id: str) -> str:
        ref = self._refs.get(entity_id)
        if ref is None:
            e = self.ds.entities[entity_id]
            ref = self._refs[entity_id] = self.id(self._entity_type(e)[0], f"entity:{e.id}")
        return ref

    def _entity_type(self, e: Entity) -> tuple[str, dict]:
        stix_type, fixed = self.stix_type(e.type)
        if stix_type == "location" and e.id not in self._countries:
            # STIX wants a country, region or coordinates; without one the place stays custom
            return f"x-osint-kg-{_kebab(e.type)}", {}
        return stix_type, fixed

    def entity(self, e: Entity):
        """The STIX object of entity *e* (made on first use)."""
        ref = self.entity_ref(e.id)
        if ref not in self.objects:
            self._add(self._make_entity(e, ref))
        return self.objects[ref]

    def _make_entity(self, e: Entity, ref: str):
        stix_type, fixed = self._entity_type(e)
        props = "; ".join(f"{k}: {v}" for k, v in e.properties.items() if k != "category")
        refs = [{"source_name": SOURCE_NAME, "external_id": e.id, "description": f"entity ({e.type})"}]
        if e.wikidata:
            refs.append({"source_name": "wikidata", "external_id": e.wikidata})
        kw = {
            "id": ref,
            "name": e.name,
            "created": EPOCH,
            "modified": EPOCH,
            "labels": [_kebab(e.type)],
            "external_references": refs,
            **fixed,
        }
        if e.description or props:
            kw["description"] = "\n\n".join(filter(None, [e.description, props]))
        if stix_type == "identity":
            if e.properties.get("role"):
                kw["roles"] = [e.properties["role"]]
            if e.id in self._entity_grades:
                kw["x_opencti_reliability"] = self._entity_grades[e.id]
        elif stix_type == "location":
            kw["country"] = self._countries[e.id]
            kind = _LOCATION_KINDS.get(str(e.properties.get("kind", "")).lower())
            kw.setdefault("x_opencti_location_type", kind)
        elif stix_type == "event":
            when = parse_partial_date(e.properties.get("date"))
            kw["start_time"], kw["stop_time"] = valid_time(when, when)
        aliases = [n for n in dict.fromkeys(a.name for a in e.aliases) if n != e.name]
        if aliases:  # STIX gives identities and locations no aliases; OpenCTI reads its own property
            kw["x_opencti_aliases" if stix_type in ("identity", "location") else "aliases"] = aliases
        kw = {k: v for k, v in kw.items() if v is not None}
        if any(k.startswith("x_") for k in kw):
            kw["extensions"] = self._ext("toplevel-property-extension")
        elif stix_type == "event":
            kw["extensions"] = {OPENCTI_EXTENSION: {"extension_type": "new-sdo"}}
        elif stix_type.startswith("x-osint-kg-"):
            kw["extensions"] = self._ext("new-sdo")
        cls = _STIX_CLASSES.get(stix_type) or _custom_class(stix_type)
        return cls(allow_custom=True, **kw)

    def asserter(self, entity_id: str) -> str:
        """The identity that stands for *entity_id* as a source: its own, or one made for it."""
        ref = self.entity(self.ds.entities[entity_id])["id"]
        if ref.startswith("identity--"):
            return ref
        e = self.ds.entities[entity_id]  # a country (or other non-identity) named as a source
        ident = stix2.Identity(
            id=self.id("identity", f"asserter:{e.id}"),
            name=e.name,
            created=EPOCH,
            modified=EPOCH,
            identity_class="organization" if self.ds.schema.is_a(e.type, "Country") else "unknown",
            description=f"{e.name} as a source of claims (its state or its officials).",
            external_references=[{"source_name": SOURCE_NAME, "external_id": e.id, "description": "asserter"}],
        )
        self._add(ident)
        return ident.id

    # --- documents -----------------------------------------------------------------------
    def _outlet_entity(self, outlet: str) -> str | None:
        """The MediaOutlet entity named *outlet* (by name or alias), if any."""
        if self._outlet_names is None:
            self._outlet_names = {
                fold_text(n): e.id
                for e in self.ds.entities.values()
                if self.ds.schema.is_a(e.type, "MediaOutlet")
                for n in e.names
            }
        return self._outlet_names.get(fold_text(outlet))

    def _outlet_grades(self) -> dict[str, str]:
        """Each outlet's reliability (OpenCTI's wording) when all its documents agree on one grade."""
        grades: dict[str, set[str]] = defaultdict(set)
        for d in self.ds.documents.values():
            if d.outlet:
                grades[d.outlet].add(d.reliability)
        return {outlet: _OPENCTI_RELIABILITY[next(iter(gs))] for outlet, gs in grades.items() if len(gs) == 1}

    def voice(self, d: Document) -> str:
        """Who speaks when the article speaks: its outlet, else the article itself."""
        ref = self._voices.get(d.id)
        if ref is None:
            ref = self._voices[d.id] = self._voice(d)
        return ref

    def _voice(self, d: Document) -> str:
        if d.outlet:
            eid = self._outlet_entity(d.outlet)
            if eid is not None:
                return self.entity(self.ds.entities[eid])["id"]
            ref = self.id("identity", f"outlet:{fold_text(d.outlet)}")
            if ref not in self.objects:
                grade = self._outlet_grade.get(d.outlet)
                kw = (
                    {"x_opencti_reliability": grade, "extensions": self._ext("toplevel-property-extension")}
                    if grade
                    else {}
                )
                self._add(
                    stix2.Identity(
                        id=ref,
                        name=d.outlet,
                        identity_class="organization",
                        created=EPOCH,
                        modified=EPOCH,
                        description="News outlet.",
                        allow_custom=True,
                        **kw,
                    )
                )
            return ref
        ref = self.id("identity", f"document:{d.id}")
        if ref not in self.objects:
            self._add(
                stix2.Identity(
                    id=ref,
                    name=f"{d.title} ({d.id})",
                    identity_class="unknown",
                    created=self._doc_dates[d.id],
                    modified=self._doc_dates[d.id],
                    allow_custom=True,
                    description=f"The article {d.id} in its own voice (outlet unknown"
                    f"{'; author ' + d.author if d.author else ''}).",
                    x_opencti_reliability=_OPENCTI_RELIABILITY[d.reliability],
                    extensions=self._ext("toplevel-property-extension"),
                    external_references=[{"source_name": SOURCE_NAME, "external_id": d.id, "description": "document"}],
                )
            )
        return ref

    def report(self, d: Document, refs: Iterable[str]) -> None:
        voice = self.voice(d)
        published = _instant(d.date.earliest()) if d.date else EPOCH
        ext_refs = [
            {
                "source_name": SOURCE_NAME,
                "external_id": d.id,
                "hashes": {"SHA-256": d.sha256},
                "description": f"SHA-256 of the archived text {d.file}",
            }
        ]
        if d.url:
            ext_refs.append({"source_name": d.outlet or "article", "url": d.url})
        lines = [
            f"Outlet: {d.outlet or 'unknown'}",
            f"Author: {d.author or 'unknown'}",
            f"Date: {d.date or 'unknown (published is a placeholder)'}",
            f"Source reliability: {d.reliability} - {RELIABILITY[d.reliability]}",
        ]
        self._add(
            stix2.Report(
                id=self.id("report", f"document:{d.id}"),
                name=d.title,
                published=published,
                lang=d.language,
                created=self._doc_dates[d.id],
                modified=self._doc_dates[d.id],
                created_by_ref=voice,
                description="\n".join(lines),
                external_references=ext_refs,
                object_refs=sorted({voice, *refs}),
                allow_custom=True,
            )
        )

    # --- claims --------------------------------------------------------------------------
    def claim(self, c: Claim) -> list[str]:
        """Plan the claim's relationship and note (built when written); return every id its
        report draws on. The entities and identities it names are made now."""
        asserters, relays = _attribution(c)
        sources = [self.asserter(e) for e, _ in asserters + relays]
        for eid in (c.subject, c.object, c.item):
            if eid:
                self.entity(self.ds.entities[eid])
        rel, note = self.id("relationship", f"claim:{c.id}"), self.id("note", f"claim:{c.id}")
        self.lazy[rel] = (self.relationship, c)
        self.lazy[note] = (self.note, c)
        item = [self.entity_ref(c.item)] if c.item else []
        return [rel, note, self.entity_ref(c.subject), self.entity_ref(c.object), *item, *sources]

    def relationship(self, c: Claim) -> stix2.Relationship:
        d = self.ds.documents[c.document]
        when = self._doc_dates[c.document]
        asserters, _ = _attribution(c)
        start, stop = valid_time(c.valid_from or c.date, c.valid_to or c.date)
        kw = {
            "id": self.id("relationship", f"claim:{c.id}"),
            "relationship_type": self.relationship_type(c),
            "labels": [_kebab(c.predicate)],
            "source_ref": self.entity_ref(c.subject),
            "target_ref": self.entity_ref(c.object),
            "created": when,
            "modified": when,
            "created_by_ref": self.asserter(asserters[0][0]) if asserters else self.voice(d),
            "confidence": confidence(c.credibility),
            "start_time": start,
            "stop_time": stop,
            "lang": d.language,
            "description": f"{self._headline(c)}: “{c.quote}”",
            "external_references": [{"source_name": SOURCE_NAME, "external_id": c.id, "description": "claim"}],
        }
        return stix2.Relationship(allow_custom=True, **{k: v for k, v in kw.items() if v is not None})

    def relationship_type(self, c: Claim) -> str:
        """The claim's predicate (``native``), or the STIX type it means where the
        specification suggests it between the ends' types, else ``related-to`` (``portable``)."""
        if self.profile == "native":
            return _kebab(c.predicate)
        p = self.ds.schema.predicates.get(c.predicate)
        meant = p.stix if p else None
        if meant in _COMMON_RELATIONSHIPS:
            return meant
        source, target = (self._entity_type(self.ds.entities[e])[0] for e in (c.subject, c.object))
        if meant and target in _SUGGESTED.get((source, meant), ()):
            return meant
        return "related-to"

    def note(self, c: Claim) -> stix2.Note:
        d = self.ds.documents[c.document]
        when = self._doc_dates[c.document]
        item = [self.entity_ref(c.item)] if c.item else []
        return stix2.Note(
            id=self.id("note", f"claim:{c.id}"),
            created=when,
            modified=when,
            created_by_ref=self.tool.id,
            abstract=self._headline(c),
            content=self._evidence_text(c, d),
            object_refs=[self.id("relationship", f"claim:{c.id}"), *item],
            allow_custom=True,
            extensions=self._ext("property-extension", claim=_clean(claim_record(c))),
        )

    def _name(self, entity_id: str | None) -> str:
        return str(self.ds.entity_name(entity_id))

    def _headline(self, c: Claim) -> str:
        return f"{self._name(c.subject)} {c.predicate} {self._name(c.object)}"

    def _sources(self, pairs: list[tuple[str, str | None]]) -> str:
        return ", ".join(self._name(e) + (f" (“{q}”)" if q else "") for e, q in pairs)

    def _evidence_text(self, c: Claim, d: Document) -> str:
        asserters, relays = _attribution(c)
        span = " to ".join(str(x) for x in dict.fromkeys((c.valid_from or c.date, c.valid_to or c.date)) if x)
        lines = [
            f"Claim {c.id}: {self._headline(c)}",
            f"Quote ({d.id}, characters {c.start}-{c.end}): “{c.quote}”",
            f"Asserted by: {self._sources(asserters) if asserters else 'the article itself'}",
            f"Relayed by: {self._sources(relays)}" if relays else None,
            f"Attribution note: {c.attribution_note}" if c.attribution_note else None,
            f"Hedged: {'yes' if c.hedged else 'no'}",
            f"Quantity: {format_quantity(c.quantity, c.quantity_bound, c.unit)}" if c.quantity is not None else None,
            f"Item: {self._name(c.item)}" if c.item else None,
            f"Valid time: {span} (as stated)" if span else None,
            f"Credibility: {c.credibility} - {CREDIBILITY[c.credibility]}",
            f"Source reliability: {d.reliability} - {RELIABILITY[d.reliability]}",
            f"Note: {c.note}" if c.note else None,
        ]
        return "\n".join(x for x in lines if x)

    # --- conflicts -----------------------------------------------------------------------
    def conflict(self, k: dict) -> None:
        """A note naming the claims of one conflict (a :func:`graph.analytics.conflicts` entry)."""
        claims = self.ds.claims_by_id() if self._claims is None else self._claims
        self._claims = claims
        ids = [v["claim"] for v in k["versions"]]
        when = max(self._doc_dates[claims[i].document] for i in ids)
        lines = [f"Sources disagree ({k['kind']}): {k['summary']}", ""]
        for v in k["versions"]:
            c = claims[v["claim"]]
            figure = format_quantity(c.quantity, c.quantity_bound, c.unit) if c.quantity is not None else c.date or ""
            asserters, _ = _attribution(c)
            flag = "" if v.get("conflicting", True) else " (agrees with the reference)"
            lines.append(
                f"- {c.id} {c.predicate} {figure} in {c.document}, asserted by "
                f"{self._sources(asserters) if asserters else 'the article itself'}{flag}: “{c.quote}”"
            )
        lines += [
            "",
            f"Reconcilable: {'yes' if k['reconcilable'] else 'no'}",
            *k.get("notes", []),
            "Each version stays its own relationship; this note links them.",
        ]
        payload = {
            "kind": k["kind"],
            "summary": k["summary"],
            "reconcilable": k["reconcilable"],
            "notes": list(k.get("notes", [])),
            "claims": ids,
            "reference": k.get("reference"),
        }
        self._add(
            stix2.Note(
                id=self.id("note", f"conflict:{k['kind']}:{','.join(sorted(ids))}"),
                created=when,
                modified=when,
                created_by_ref=self.tool.id,
                abstract=f"Sources disagree: {k['summary']}",
                content="\n".join(lines),
                labels=["disagreement", k["kind"]],
                allow_custom=True,
                object_refs=sorted(self.id("relationship", f"claim:{i}") for i in ids),
                extensions=self._ext("property-extension", conflict=_clean(payload)),
            )
        )

    def plan(self) -> list[str]:
        """Make the small objects, plan the per-claim ones; return every id, sorted."""
        drawn: dict[str, list[str]] = defaultdict(list)
        for c in self.ds.claims:
            drawn[c.document] += self.claim(c)
        for d in self.ds.documents.values():
            self.report(d, drawn.get(d.id, ()))
        for e in self.ds.entities.values():
            self.entity(e)
        for k in self.conflicts:
            self.conflict(k)
        return sorted([*self.objects, *self.lazy])

    def build(self, ref: str):
        """The object with id *ref*: made already, or made now (a claim's relationship or note)."""
        obj = self.objects.get(ref)
        if obj is None:
            make, claim = self.lazy[ref]
            obj = make(claim)
        return obj

    def bundle_id(self, ids: list[str]) -> str:
        """Derived from the dataset's content hash and the object ids: same data, same bundle."""
        digest = hashlib.sha256("\n".join([self.ds.content_hash, *ids]).encode("utf-8")).hexdigest()
        return self.id("bundle", f"bundle:{digest}")


def to_stix(dataset: Dataset, conflicts: Sequence[dict] = (), profile: str = PROFILES[0]) -> stix2.Bundle:
    """*dataset* as a STIX 2.1 bundle, objects sorted by id (every object in memory: for
    large datasets :func:`write_stix` streams instead).

    *conflicts* are the conflicts :func:`graph.analytics.conflicts` finds in *dataset* (each
    names its claims in ``versions``); each becomes a note linking the disagreeing claims.
    They are passed in because the analytics sit above this module. *profile* is one of
    :data:`PROFILES` (see the module docstring).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("seeds")
    >>> bundle = to_stix(ds)
    >>> sum(o["type"] == "relationship" for o in bundle.objects) == len(ds.claims)
    True
    >>> to_stix(ds).id == bundle.id
    True
    """
    ex = _Exporter(dataset, conflicts, profile)
    ids = ex.plan()
    return stix2.Bundle(objects=[ex.build(i) for i in ids], id=ex.bundle_id(ids), allow_custom=True)


def write_stix(dataset: Dataset, out: Path | str, conflicts: Sequence[dict] = (), profile: str = PROFILES[0]) -> Path:
    """Write *dataset* as a STIX 2.1 bundle to *out*; return *out*.

    The same bundle as :func:`to_stix`, streamed: one object per line, keys sorted, UTF-8, so
    only the small objects are held at once and two exports of one dataset are byte-identical
    (and their diff shows the objects that changed). The file is replaced atomically.
    """
    out = Path(out)
    ex = _Exporter(dataset, conflicts, profile)
    ids = ex.plan()
    with atomic_writer(out) as fh:
        fh.write(f'{{"id": "{ex.bundle_id(ids)}", "objects": [\n'.encode())
        for n, ref in enumerate(ids):
            text = ex.build(ref).serialize(sort_keys=True, ensure_ascii=False)
            fh.write(((",\n" if n else "") + text).encode("utf-8"))
        fh.write(b'\n], "type": "bundle"}\n')
    return out
