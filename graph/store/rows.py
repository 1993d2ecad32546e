"""The validated dataset turned into parameter rows for the loader's ``UNWIND $rows``.

Rows hold only what Bolt stores everywhere: strings, numbers, booleans and homogeneous lists
of them. ``None`` values are left out (Neo4j cannot store a null property; ``SET n = map``
then also removes a property that became null). Dates are ISO strings, partial where the
source is partial (``"2025-02"``), so they sort and compare as text on both databases.

The dataset tag is not repeated in every row: statements take it as ``$dataset`` (Bolt's
cost is per field sent, on both ends). Each row carries ``row_hash``, a digest of its
content, so that a re-load sends only what changed.

Every key that identifies a node (ids, endpoints) is checked to be a non-empty string
before anything is sent: a null key in ``MERGE`` is an error on Neo4j, found here first with a clear message.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from graph.errors import KGError
from graph.schema import RESERVED_TYPE_NAMES

from .cypher import UnsafeIdentifier, ident

__all__ = [
    "CLAIM_EDGE_TYPES",
    "CLAIM_REF_TYPES",
    "ENTITY_KEYS",
    "RESERVED_LABELS",
    "RowError",
    "Rows",
    "build_rows",
    "check_schema",
    "claim_ref_rows",
    "expected_ref_counts",
    "ref_rows",
    "ref_targets",
    "relay_rows",
    "row_hash",
]

#: Labels the loader itself uses; no entity type may take them (the schema owns the list).
RESERVED_LABELS = frozenset(RESERVED_TYPE_NAMES)
#: Relationship types from a claim node; no predicate may take them (the schema's reserved names,
#: in the loader's order; a test keeps the two equal).
CLAIM_EDGE_TYPES = ("SUBJECT", "OBJECT", "IN_DOCUMENT", "ATTRIBUTED_TO", "RELAYED_BY", "ITEM")
#: The claim relationships written from the claim rows' lists (not part of a claim's id):
#: one ATTRIBUTED_TO per asserter, one RELAYED_BY per relay hop, ITEM. Each carries
#: ``position`` (1-based): the asserters' order, the hop (1 = nearest the asserters).
CLAIM_REF_TYPES = ("ATTRIBUTED_TO", "RELAYED_BY", "ITEM")
#: Entity node properties set by the loader; a schema property with one of these names is
#: stored as ``prop_<name>`` instead of overwriting it.
ENTITY_KEYS = frozenset(
    {"dataset", "id", "type", "name", "aliases", "alias_langs", "description", "wikidata", "category", "row_hash"}
)


class RowError(KGError):
    """The dataset cannot be turned into safe rows (null key, unsafe label, name clash)."""


@dataclass
class Rows:
    """Everything one load sends, grouped the way the statements need it.

    ``entities`` is keyed by the full label tuple (``("Entity", "Person")``), because a
    node must be created with all its labels at once; ``links`` by predicate, because a
    relationship type cannot be a parameter. The ATTRIBUTED_TO, RELAYED_BY and ITEM rows are
    derived from the claim rows by :func:`claim_ref_rows`.
    """

    dataset: str
    entities: dict[tuple[str, ...], list[dict]] = field(default_factory=dict)
    documents: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    links: dict[str, list[dict]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Row counts per kind (what ``--dry-run`` prints)."""
        refs = claim_ref_rows(self.claims)
        return {
            "entities": sum(len(v) for v in self.entities.values()),
            "documents": len(self.documents),
            "claims": len(self.claims),
            "claim_edges": 3 * len(self.claims),
            "attributed_to": len(refs["ATTRIBUTED_TO"]),
            "relayed_by": len(refs["RELAYED_BY"]),
            "items": len(refs["ITEM"]),
            "links": sum(len(v) for v in self.links.values()),
        }


def claim_ref_rows(claim_rows: list[dict]) -> dict[str, list[dict]]:
    """The ``{"id", "target", "position"}`` rows of each :data:`CLAIM_REF_TYPES` relationship.

    A claim row's ``asserters`` gives one ATTRIBUTED_TO each, its ``relay`` one RELAYED_BY
    per hop, its ``item`` one ITEM.

    Examples
    --------
    >>> refs = claim_ref_rows([{"id": "c1", "asserters": ["ukraine", "united-states"], "relay": ["rfa"]},
    ...                        {"id": "c2", "item": "kn-23"}, {"id": "c3"}])
    >>> [(r["target"], r["position"]) for r in refs["ATTRIBUTED_TO"]]
    [('ukraine', 1), ('united-states', 2)]
    >>> refs["RELAYED_BY"]
    [{'id': 'c1', 'target': 'rfa', 'position': 1}]
    >>> refs["ITEM"]
    [{'id': 'c2', 'target': 'kn-23', 'position': 1}]
    """
    out: dict[str, list[dict]] = {t: [] for t in CLAIM_REF_TYPES}
    for r in claim_rows:
        for kind, key in (("ATTRIBUTED_TO", "asserters"), ("RELAYED_BY", "relay")):
            out[kind] += [{"id": r["id"], "target": t, "position": i} for i, t in enumerate(r.get(key) or (), 1)]
        if r.get("item"):
            out["ITEM"].append({"id": r["id"], "target": r["item"], "position": 1})
    return out


def ref_rows(claim_rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The ATTRIBUTED_TO rows (one per asserter) and ITEM rows of *claim_rows* (see :func:`claim_ref_rows`)."""
    refs = claim_ref_rows(claim_rows)
    return refs["ATTRIBUTED_TO"], refs["ITEM"]


def relay_rows(claim_rows: list[dict]) -> list[dict]:
    """The RELAYED_BY rows of *claim_rows*: one per relay hop, ``position`` 1 nearest the asserters."""
    return claim_ref_rows(claim_rows)["RELAYED_BY"]


def ref_targets(claim_row: dict) -> set[str]:
    """Every entity a claim row's ATTRIBUTED_TO, RELAYED_BY and ITEM point at.

    A claim whose target entity is re-created (DETACH DELETE) needs these written again.
    """
    return {
        *(claim_row.get("asserters") or ()),
        *(claim_row.get("relay") or ()),
        *((claim_row["item"],) if claim_row.get("item") else ()),
    }


def expected_ref_counts(dataset) -> dict[str, int]:
    """How many ATTRIBUTED_TO, RELAYED_BY and ITEM relationships *dataset* must have in the database."""
    return {
        "ATTRIBUTED_TO": sum(len(c.asserters) for c in dataset.claims),
        "RELAYED_BY": sum(len(c.relay) for c in dataset.claims),
        "ITEM": sum(1 for c in dataset.claims if c.item),
    }


def _key(value, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise RowError(f"{what} must be a non-empty string, got {value!r}")
    return value


def _clean(props: dict) -> dict:
    """Drop None values; turn tuples into lists (Bolt has no tuple)."""
    out = {}
    for k, v in props.items():
        if v is None:
            continue
        if isinstance(v, tuple):
            v = list(v)
        out[k] = v
    return out


def row_hash(row: dict, *extra) -> str:
    """A short stable digest of a row's content (and *extra*, e.g. the labels).

    Stored as ``row_hash`` on what the row writes, so a re-load can skip unchanged rows.
    """
    text = json.dumps([row, *extra], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _hashed(row: dict, *extra) -> dict:
    row["row_hash"] = row_hash(row, *extra)
    return row


def _date(value) -> str | None:
    return None if value is None else str(value)


def _checked(name: str, what: str) -> None:
    try:
        ident(name)
    except UnsafeIdentifier as exc:
        raise UnsafeIdentifier(f"{what}: {exc}") from None


def check_schema(schema) -> None:
    """Refuse labels and relationship types that are unsafe or clash with the loader's own.

    The schema loader already enforces its name patterns; this re-checks at the boundary
    where names become Cypher, so a schema built another way cannot slip through.
    """
    for t in schema.types.values():
        for label in t.labels:
            _checked(label, f"entity type {t.name!r}")
            if label in RESERVED_LABELS:
                raise RowError(
                    f"entity type {t.name!r} uses the label {label!r}, which the database "
                    f"model reserves ({', '.join(sorted(RESERVED_LABELS))})"
                )
    for p in schema.predicates:
        _checked(p, "predicate")
        if p in CLAIM_EDGE_TYPES:
            raise RowError(f"predicate {p!r} clashes with a claim relationship type ({', '.join(CLAIM_EDGE_TYPES)})")


def _entity_row(e, schema) -> dict:
    """An entity's :meth:`~graph.model.Entity.to_dict` record as a node's properties."""
    rec = e.to_dict()
    row = {
        "id": rec["id"],
        "type": rec["type"],
        "name": rec["name"],
        "aliases": rec["aliases"],
        "alias_langs": rec["alias_languages"],
        "description": rec["description"] or None,
        "wikidata": rec["wikidata"],
        "category": schema.attribution_category(e.type, e.properties),
    }
    for k, v in (rec["properties"] or {}).items():
        row[f"prop_{k}" if k in ENTITY_KEYS else k] = v
    return _clean(row)


def _claim_row(dataset, c) -> dict:
    """A claim's :meth:`~graph.model.Claim.to_dict` record as a node's properties.

    Attributions become parallel lists (ids, then the words naming each); the names, the
    origin categories, the figure and the dates a query sorts by are added.
    """
    from graph.model import format_quantity
    from graph.records import asserted_by, attribution_categories

    rec = c.to_dict()
    doc = dataset.documents.get(c.document)
    reported = _date(doc.date) if doc else None
    own = c.when
    return _clean(
        {
            "id": rec["id"],
            "predicate": rec["predicate"],
            "subject": rec["subject"],
            "object": rec["object"],
            "document": rec["document"],
            "quote": rec["quote"],
            "start": rec["start"],
            "end": rec["end"],
            "credibility": rec["credibility"],
            "hedged": rec["hedged"],
            "asserters": [a["entity"] for a in rec["asserters"]] or None,
            "relay": [a["entity"] for a in rec["relay"]] or None,
            "attribution_quotes": [a["quote"] or "" for a in rec["asserters"]] or None,
            "relay_quotes": [a["quote"] or "" for a in rec["relay"]] or None,
            "asserted_by": asserted_by(dataset, c),
            "attribution_note": rec["attribution_note"],
            "origins": rec["origins"],
            "origin_categories": list(attribution_categories(dataset, c)),
            "date": rec["date"],
            "valid_from": rec["valid_from"],
            "valid_to": rec["valid_to"],
            "reported": reported,
            "timeline_date": _date(own) if own else reported,
            "quantity": rec["quantity"],
            "quantity_bound": rec["quantity_bound"],
            "figure": format_quantity(c.quantity, c.quantity_bound, c.unit) if c.quantity is not None else None,
            "unit": rec["unit"],
            "item": rec["item"],
            "peripheral": rec["peripheral"],
            "note": rec["note"],
        }
    )


def _link_props(dataset, link) -> dict:
    """A link's :meth:`~graph.links.SummaryLink.to_dict` record as a relationship's properties."""
    from graph.records import origin_name

    rec = link.to_dict()
    return _clean(
        {
            "predicate": rec["predicate"],
            "claim_count": len(rec["claim_ids"]),
            "claim_ids": rec["claim_ids"],
            "document_count": len(rec["documents"]),
            "documents": rec["documents"],
            "origins": rec["origins"],
            "independent_origins": rec["independent_origins"],
            "origin_names": [origin_name(dataset, o) for o in rec["origins"]],
            "first_date": rec["first_date"],
            "last_date": rec["last_date"],
            "best_credibility": rec["best_credibility"],
            "hedged": rec["hedged"],
            "peripheral": rec["peripheral"],
            "disagree": rec["disagree"],
            "single_source": rec["single_source"],
            "disagreements": rec["disagreements"],
        }
    )


def build_rows(dataset, name: str, links=None) -> Rows:
    """Turn a validated :class:`~graph.model.Dataset` into :class:`Rows`.

    Parameters
    ----------
    dataset : graph.model.Dataset
        The validated dataset.
    name : str
        Dataset tag stored on every node and relationship.
    links : list of graph.links.SummaryLink, optional
        Precomputed summary links (computed here when omitted).
    """
    from graph.links import summary_links

    _key(name, "dataset name")
    schema = dataset.schema
    check_schema(schema)
    rows = Rows(dataset=name)

    groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for e in dataset.entities.values():
        _key(e.id, "entity id")
        _key(e.type, f"type of entity {e.id!r}")
        if e.type not in schema.types:
            raise RowError(f"entity {e.id!r} has unknown type {e.type!r}")
        labels = ("Entity", *schema.types[e.type].labels)
        groups[labels].append(_hashed(_entity_row(e, schema), labels))
    rows.entities = dict(groups)

    for d in dataset.documents.values():
        _key(d.id, "document id")
        rows.documents.append(_hashed(_clean(d.to_dict())))

    for c in dataset.claims:
        _key(c.id, "claim id")
        for what in ("subject", "object", "document"):
            _key(getattr(c, what), f"{what} of claim {c.id}")
        rows.claims.append(_hashed(_claim_row(dataset, c)))
        for e in (*c.asserter_ids, *c.relay_ids):
            _key(e, f"asserter or relay of {c.id}")
        if c.item:
            _key(c.item, f"item of {c.id}")

    by_pred: dict[str, list[dict]] = defaultdict(list)
    for link in links if links is not None else summary_links(dataset):
        _key(link.subject, "link subject")
        _key(link.object, "link object")
        if link.predicate not in schema.predicates:
            raise RowError(f"link uses unknown predicate {link.predicate!r}")
        by_pred[link.predicate].append(
            {"subject": link.subject, "object": link.object, "props": _hashed(_link_props(dataset, link))}
        )
    rows.links = dict(by_pred)
    return rows
