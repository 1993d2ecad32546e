"""Time: dated claims in order, and the graph as it stood on a date.

Dates keep their precision. ``2025`` means "some day in 2025", ``2025-02`` "some day in
February 2025": they are never turned into the first of the month. Ordering follows
:class:`~graph.dates.PartialDate` — a coarser date sorts before the finer dates inside it
("2025" < "2025-02" < "2025-02-14" < "2025-03") — and each entry shows its precision and
the earliest and latest day it may mean.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt

from ..dates import PartialDate, parse_partial_date
from ..model import Claim, Dataset
from .evidence import claim_evidence

__all__ = ["as_of", "claim_span", "timeline"]


def claim_span(claim: Claim) -> tuple[_dt.date, _dt.date] | None:
    """The earliest and latest day a dated claim may cover (``None`` when undated).

    A point date covers its own span (``2025-02`` → 1 to 28 February); an interval runs from
    the start of ``valid_from`` to the end of ``valid_to`` (open ends are unbounded).

    Examples
    --------
    >>> from graph.model import Claim
    >>> c = Claim("c", "s", "P", "o", "d", "q", 0, 1, 2, date=PartialDate.parse("2025-02"))
    >>> claim_span(c)
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    """
    if claim.date is not None:
        return claim.date.earliest(), claim.date.latest()
    if claim.valid_from is None and claim.valid_to is None:
        return None
    start = claim.valid_from.earliest() if claim.valid_from else _dt.date.min
    end = claim.valid_to.latest() if claim.valid_to else _dt.date.max
    return start, end


def _overlaps(span: tuple[_dt.date, _dt.date] | None, lo: _dt.date | None, hi: _dt.date | None) -> bool:
    if span is None:
        return lo is None and hi is None
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


def timeline(
    dataset: Dataset,
    entity: str | None = None,
    *,
    include_undated: bool = False,
    reported: bool = False,
    since=None,
    until=None,
) -> list[dict]:
    """Claims in date order (about *entity* as subject, object or item, or all).

    A claim is placed at its *event date* (its own date, else the start of its validity).
    With *reported*, a claim with no event date is placed at its document's *publication
    date* instead (``basis`` says which: ``"event"`` or ``"reported"``) — what ``kg
    timeline`` and the saved ``timeline`` query list. With *include_undated*, the claims
    with neither follow, ordered by document, with ``when`` ``None``.

    Each entry is the claim's evidence (:func:`~.evidence.claim_evidence`) plus ``when``
    (the event date as given, e.g. ``"2025-02"``, or ``None``), ``reported`` (the
    publication date), ``timeline_date`` (the one the entry is placed at), ``basis``, ``precision``
    (year/month/day), ``earliest`` and ``latest`` (ISO days the event date may mean) and
    ``kind`` (``point`` or ``interval``, whose ``when`` reads ``"2024-10 –"``). Ties keep
    document date, then document, then claim order.

    *since* / *until* (``YYYY[-MM[-DD]]``) keep the entries whose date (the event's span, or
    the publication date) may fall in the range; partial dates count whole.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> [e["when"] for e in timeline(ds, "treaty-2024")]
    ['2024-06', '2024-06-19', '2025']
    >>> [(e["when"], e["precision"], e["earliest"], e["latest"]) for e in timeline(ds, "kursk")]
    [('2024-08', 'month', '2024-08-01', '2024-08-31'), ('2024-10 –', 'month', '2024-10-01', None)]
    >>> [(e["timeline_date"], e["basis"]) for e in timeline(ds, "kim-jong-un", reported=True, since="2025-05")]
    [('2025-05', 'reported'), ('2025-12', 'event'), ('2025-12-27', 'reported')]
    """
    start, end = parse_partial_date(since), parse_partial_date(until)
    lo = start.earliest() if start is not None else None
    hi = end.latest() if end is not None else None
    rows: list[tuple] = []
    undated: list[tuple] = []
    for order, c in enumerate(dataset.claims):
        if entity is not None and entity not in (c.subject, c.object, c.item):
            continue
        doc = dataset.documents.get(c.document)
        published = doc.date if doc else None
        doc_key = published or PartialDate(9999)
        when = c.when
        if when is not None:
            if _overlaps(claim_span(c), lo, hi):
                rows.append((when, doc_key, c.document, order, c, "event"))
        elif reported and published is not None:
            if _overlaps((published.earliest(), published.latest()), lo, hi):
                rows.append((published, doc_key, c.document, order, c, "reported"))
        elif lo is None and hi is None:
            undated.append((doc_key, c.document, order, c))
    rows.sort(key=lambda r: r[:4])
    out = [_entry(dataset, r[4], r[5]) for r in rows]
    if include_undated:
        undated.sort(key=lambda r: r[:3])
        out += [_entry(dataset, r[-1], None) for r in undated]
    return out


def _entry(dataset: Dataset, c: Claim, basis: str | None = "event") -> dict:
    when = c.when
    doc = dataset.documents.get(c.document)
    published = str(doc.date) if doc and doc.date else None
    extra: dict[str, str | None]
    if when is None:
        extra = {"when": None, "precision": None, "earliest": None, "latest": None, "kind": None}
    elif c.date is not None:
        extra = {
            "when": str(c.date),
            "precision": c.date.precision,
            "earliest": c.date.earliest().isoformat(),
            "latest": c.date.latest().isoformat(),
            "kind": "point",
        }
    else:
        start, end = c.valid_from, c.valid_to
        extra = {
            "when": f"{start or ''} – {end or ''}".strip(),
            "precision": when.precision,
            "earliest": start.earliest().isoformat() if start else None,
            "latest": end.latest().isoformat() if end else None,
            "kind": "interval",
        }
    date = str(when) if basis == "event" else published if basis == "reported" else None
    return {**claim_evidence(dataset, c), **extra, "reported": published, "timeline_date": date, "basis": basis}


def as_of(dataset: Dataset, date, *, basis: str = "fact") -> Dataset:
    """The dataset restricted to what held on *date* (a ``PartialDate`` or ``"YYYY[-MM[-DD]]"``).

    ``basis="fact"``: claims whose fact may have happened or begun by the end of *date*
    (a point-dated event stays, a ``valid_to`` interval that certainly ended before *date*
    begins does not); an undated claim counts from its document's date (a fact is no later
    than its report). ``basis="report"``: claims from documents published
    by the end of *date*. Claims with neither date are left out. A partial *date* is a
    period: ``"2025-02"`` keeps facts that may have held at some point in February 2025.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> len(as_of(ds, "2024-12").claims), len(as_of(ds, "2024-12", basis="report").claims)
    (6, 4)
    """
    d = parse_partial_date(date)
    lo, hi = d.earliest(), d.latest()
    keep = []
    for c in dataset.claims:
        doc = dataset.documents.get(c.document)
        if basis == "report":
            if doc and doc.date and doc.date.earliest() <= hi:
                keep.append(c)
            continue
        if basis != "fact":
            raise ValueError(f"basis must be 'fact' or 'report', not {basis!r}")
        span = claim_span(c)
        if span is None:
            if doc and doc.date and doc.date.earliest() <= hi:
                keep.append(c)
            continue
        start, end = span
        if start <= hi and (c.date is not None or end >= lo):
            keep.append(c)
    return dataclasses.replace(dataset, claims=keep, content_hash="")
