"""Conflicts: where the documents disagree, with every version, its document and its quote.

Three kinds:

``quantity``
    The same subject and predicate (and unit, and item) with different figures across
    documents, e.g. the North Korean troops in Russia: "over 10,000" in one article,
    "12,000" in another. ``reconcilable`` says whether the stated bounds still overlap
    ("at least 10,000" and "12,000" can both be true) and ``notes`` whether the versions
    are dated differently (a figure may simply have grown).
``date``
    A one-time event dated differently: point dates that cannot be the same day, across
    documents or against the object's reference date. One-time events are the predicates
    with a reference date property in the schema (``SIGNED`` → the treaty's ``signed``
    date), grouped by object whoever the party, plus those the schema lists under
    ``conflicts.once`` (grouped by subject and object). Other predicates may recur — two visits on two dates
    are two visits, not a conflict — so their dates are not compared.
``exclusive``
    Mutually exclusive predicates about the same subject and object, e.g. ``SUPPORTS``
    versus ``RELUCTANT_TO_SUPPORT`` (the schema's negated form).

Which predicates are exclusive, which are one-time events and whose figures compare is
schema data (``conflicts`` in ``predicates.yaml``, :class:`graph.schema.ConflictRules`);
the *exclusive* and *once* arguments override it for one call.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from ..dates import PartialDate
from ..links import reference_date
from ..model import Claim, Dataset, format_quantity
from .evidence import claim_evidence

__all__ = ["conflicts", "date_conflicts", "exclusive_conflicts", "quantity_conflicts"]


def _figure(c: Claim) -> float:
    if c.quantity is None:
        raise ValueError(f"claim {c.id} has no quantity")  # only claims with figures are grouped
    return float(c.quantity)


def _day(c: Claim) -> PartialDate:
    if c.date is None:
        raise ValueError(f"claim {c.id} has no date")  # only dated claims are grouped
    return c.date


def _range(c: Claim) -> tuple[float, float]:
    q = _figure(c)
    if c.quantity_bound == "at_least":
        return q, math.inf
    if c.quantity_bound == "at_most":
        return -math.inf, q
    if c.quantity_bound == "approx":
        return q * 0.9, q * 1.1
    return q, q


def quantity_conflicts(dataset: Dataset) -> list[dict]:
    """Different figures for the same subject + predicate (+ unit, item) across documents.

    Only the predicates the schema's ``conflicts.quantities`` names (or all) are compared.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> [c] = quantity_conflicts(load_dataset("tests/fixtures/analytics"))
    >>> c["summary"]
    'North Korea DEPLOYED_TO (soldiers): ≥10000 (doc-a) vs 12000 (doc-b)'
    >>> [(v["quantity"], v["document"]) for v in c["versions"]], c["reconcilable"]
    ([(10000, 'doc-a'), (12000, 'doc-b')], True)
    """
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    rules = dataset.schema.conflicts
    for c in dataset.claims:
        if c.quantity is not None and rules.compares_quantities(c.predicate):
            groups[(c.subject, c.predicate, c.unit, c.item)].append(c)
    out = []
    for (s, p, unit, item), claims in groups.items():
        if len({c.quantity for c in claims}) < 2 or len({c.document for c in claims}) < 2:
            continue
        claims = sorted(claims, key=lambda c: (c.quantity, c.document))
        lo = max(_range(c)[0] for c in claims)
        hi = min(_range(c)[1] for c in claims)
        notes = []
        dates = {str(c.when) for c in claims if c.when}
        if len(dates) > 1:
            notes.append(
                f"the figures are dated differently ({', '.join(sorted(dates))}): they may describe a change over time"
            )
        elif any(c.when is None for c in claims):
            notes.append("some figures are undated")
        if lo <= hi:
            notes.append("the stated bounds overlap: all figures can be true at once")
        objects = sorted({c.object for c in claims})
        label = (
            f"{dataset.entity_name(s)} {p} ({unit or 'no unit'}{', ' + str(dataset.entity_name(item)) if item else ''})"
        )
        out.append(
            {
                "kind": "quantity",
                "subject": s,
                "subject_name": dataset.entity_name(s),
                "predicate": p,
                "objects": objects,
                "unit": unit,
                "item": item,
                "summary": f"{label}: "
                + " vs ".join(f"{format_quantity(_figure(c), c.quantity_bound)} ({c.document})" for c in claims),
                "documents": sorted({c.document for c in claims}),
                "reconcilable": lo <= hi,
                "notes": notes,
                "versions": [claim_evidence(dataset, c) for c in claims],
            }
        )
    return out


def date_conflicts(dataset: Dataset, *, once: Iterable[str] | None = None) -> list[dict]:
    """Point dates of one event that cannot be the same day, across documents or against reference data.

    Compares the predicates with a reference date property and those named in *once*
    (default: the schema's ``conflicts.once``; see the module doc). Versions agreeing with the reference carry ``conflicting: False``.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> [c] = date_conflicts(load_dataset("tests/fixtures/analytics"))
    >>> c["summary"]
    'SIGNED Comprehensive Strategic Partnership Treaty: 2024-06 (doc-d), 2024-06-19 (doc-d), 2025 (doc-a); reference signed 2024-06-19'
    >>> [v["document"] for v in c["versions"] if v["conflicting"]]
    ['doc-a']
    """
    schema = dataset.schema
    once = schema.conflicts.once if once is None else frozenset(once)
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in dataset.claims:
        if c.date is None:
            continue
        pred = schema.predicates.get(c.predicate)
        if pred is not None and pred.date_property:
            groups[(None, c.predicate, c.object)].append(c)
        elif c.predicate in once:
            groups[(c.subject, c.predicate, c.object)].append(c)
    out = []
    for (s, p, o), claims in groups.items():
        claims = sorted(claims, key=lambda c: (c.date, c.document, c.subject))
        ref = reference_date(dataset, p, o) if s is None else None
        prop = schema.predicates[p].date_property if ref is not None else None
        clash: set[str] = set()
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document != b.document and not _day(a).overlaps(_day(b)):
                    clash.update((a.id, b.id))
            if ref is not None and not _day(a).overlaps(ref):
                clash.add(a.id)
        if not clash:
            continue
        if ref is not None:
            # versions that agree with the reference are context, those that do not conflict
            clash = {c.id for c in claims if not _day(c).overlaps(ref)}
        versions = []
        for c in claims:
            v = claim_evidence(dataset, c)
            v["conflicting"] = c.id in clash
            versions.append(v)
        head = f"{dataset.entity_name(s)} {p} {dataset.entity_name(o)}" if s else f"{p} {dataset.entity_name(o)}"
        summary = f"{head}: " + ", ".join(f"{c.date} ({c.document})" for c in claims)
        if ref is not None:
            summary += f"; reference {prop} {ref}"
        out.append(
            {
                "kind": "date",
                "subject": s,
                "subject_name": dataset.entity_name(s) if s else None,
                "predicate": p,
                "objects": [o],
                "summary": summary,
                "documents": sorted({c.document for c in claims}),
                "reconcilable": False,
                "notes": [],
                "reference": {"entity": o, "property": prop, "value": str(ref)} if ref else None,
                "versions": versions,
            }
        )
    return out


def exclusive_conflicts(dataset: Dataset, *, exclusive: Iterable[tuple[str, str]] | None = None) -> list[dict]:
    """Claims of mutually exclusive predicates about the same subject and object.

    The pairs are *exclusive*, by default the schema's ``conflicts.exclusive``.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> [c] = exclusive_conflicts(load_dataset("tests/fixtures/analytics"))
    >>> c["summary"], [(v["predicate"], v["document"]) for v in c["versions"]]
    ('China SUPPORTS vs RELUCTANT_TO_SUPPORT Russia', [('SUPPORTS', 'doc-b'), ('RELUCTANT_TO_SUPPORT', 'doc-c')])
    """
    exclusive = dataset.schema.conflicts.exclusive if exclusive is None else tuple(exclusive)
    by_pair: dict[tuple, list[Claim]] = defaultdict(list)
    wanted = {p for pair in exclusive for p in pair}
    for c in dataset.claims:
        if c.predicate in wanted:
            by_pair[(c.subject, c.object)].append(c)
    out = []
    for (s, o), claims in by_pair.items():
        present = {c.predicate for c in claims}
        for a, b in exclusive:
            if a in present and b in present:
                cs = [c for c in claims if c.predicate in (a, b)]
                cs.sort(key=lambda c: (c.predicate != a, c.document))
                out.append(
                    {
                        "kind": "exclusive",
                        "subject": s,
                        "subject_name": dataset.entity_name(s),
                        "predicate": f"{a}|{b}",
                        "objects": [o],
                        "summary": f"{dataset.entity_name(s)} {a} vs {b} {dataset.entity_name(o)}",
                        "documents": sorted({c.document for c in cs}),
                        "reconcilable": False,
                        "notes": ["a hedged version may be speculation"] if any(c.hedged for c in cs) else [],
                        "versions": [claim_evidence(dataset, c) for c in cs],
                    }
                )
    return out


def conflicts(
    dataset: Dataset,
    *,
    kinds: tuple[str, ...] = ("quantity", "date", "exclusive"),
    exclusive: Iterable[tuple[str, str]] | None = None,
    once: Iterable[str] | None = None,
) -> list[dict]:
    """Every conflict in *dataset*: quantity, then date, then exclusive (see the module doc).

    Each conflict has ``kind``, ``subject``, ``predicate``, ``objects``, a one-line
    ``summary``, ``documents``, ``reconcilable``, ``notes`` and ``versions``: every claim
    involved with its figure or date, document and quote (:func:`~.evidence.claim_evidence`).
    """
    out = []
    if "quantity" in kinds:
        out += quantity_conflicts(dataset)
    if "date" in kinds:
        out += date_conflicts(dataset, once=once)
    if "exclusive" in kinds:
        out += exclusive_conflicts(dataset, exclusive=exclusive)
    return out
