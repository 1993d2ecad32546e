"""Attribution: on whose word the graph rests, and how much of it is hedged.

Each claim falls in the category of its original asserters (``state_media``,
``government``, ``intelligence``, ``research`` …, from the schema) or ``article`` when the
article speaks in its own voice. A claim whose asserters are of several kinds counts once
in each of their categories, so the categories' shares may add up to more than 100%. The
breakdown counts claims per category with their hedged share and the asserters by name,
overall and per entity (claims where the entity is subject or object).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..model import Claim, Dataset
from .evidence import ARTICLE, attribution_categories

__all__ = ["attribution", "attribution_by_entity", "breakdown"]


def breakdown(dataset: Dataset, claims) -> dict:
    """Claims per attribution category: count, share, hedged count and share, top asserters.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> b = breakdown(ds, ds.claims)
    >>> b["claims"], b["hedged"], b["categories"]["state_media"]["claims"], b["categories"]["article"]["claims"]
    (20, 2, 3, 14)
    """
    claims = list(claims)
    per: dict[str, list[Claim]] = defaultdict(list)
    names: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        if not c.asserters:
            per[ARTICLE].append(c)
            names[ARTICLE]["the article"] += 1
            continue
        for cat in attribution_categories(dataset, c):
            per[cat].append(c)
        for a in c.asserters:
            e = dataset.entities.get(a.entity)
            cat = dataset.schema.attribution_category(e.type, e.properties) if e else "other"
            names[cat][str(dataset.entity_name(a.entity))] += 1
    n = len(claims)
    hedged = sum(c.hedged for c in claims)
    cats = {}
    for cat, cs in sorted(per.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        h = sum(c.hedged for c in cs)
        cats[cat] = {
            "claims": len(cs),
            "share": len(cs) / n,
            "hedged": h,
            "hedged_share": h / len(cs),
            "asserters": dict(names[cat].most_common()),
        }
    return {"claims": n, "hedged": hedged, "hedged_share": hedged / n if n else 0.0, "categories": cats}


def attribution(dataset: Dataset, *, entity: str | None = None) -> dict:
    """The breakdown over every claim, or over the claims about *entity* (subject or object)."""
    claims = dataset.claims if entity is None else [c for c in dataset.claims if entity in (c.subject, c.object)]
    out = breakdown(dataset, claims)
    if entity is not None:
        out = {"id": entity, "name": dataset.entity_name(entity), **out}
    return out


def attribution_by_entity(dataset: Dataset, *, min_claims: int = 1) -> list[dict]:
    """The breakdown for every entity with at least *min_claims* claims, most-claimed first.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> rows = attribution_by_entity(load_dataset("tests/fixtures/analytics"))
    >>> rows[0]["id"], rows[0]["claims"], sorted(rows[0]["categories"])
    ('north-korea', 8, ['article', 'government', 'intelligence'])
    """
    about: dict[str, list[Claim]] = defaultdict(list)
    for c in dataset.claims:
        for e in {c.subject, c.object}:
            about[e].append(c)
    rows = []
    for e, cs in about.items():
        if len(cs) < min_claims:
            continue
        ent = dataset.entities.get(e)
        rows.append(
            {"id": e, "name": dataset.entity_name(e), "type": ent.type if ent else None, **breakdown(dataset, cs)}
        )
    rows.sort(key=lambda r: (-r["claims"], r["id"]))
    return rows
