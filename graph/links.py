"""Summary links: what all the claims about one (subject, predicate, object) add up to.

A link is derived, never edited: its documents, its independent origins (claims tracing to
the same original asserter count once), its date span, its best credibility, and whether
its claims disagree with each other or with reference data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .dates import PartialDate, parse_partial_date
from .model import Claim, Dataset, format_quantity

__all__ = ["SummaryLink", "disagreements", "link_counts", "reference_date", "single_source_basis", "summary_links"]


def single_source_basis(one_document: bool, one_origin: bool) -> str:
    """Why something rests on one source: ``"document"``, ``"origin"``, ``"document+origin"`` (or ``""``).

    Examples
    --------
    >>> single_source_basis(True, True), single_source_basis(False, True)
    ('document+origin', 'origin')
    """
    return "+".join(b for b, on in (("document", one_document), ("origin", one_origin)) if on)


@dataclass
class SummaryLink:
    """Everything the dataset says about one (subject, predicate, object)."""

    subject: str
    predicate: str
    object: str
    claim_ids: list[str]
    documents: list[str]
    origins: list[str]
    first_date: PartialDate | None
    last_date: PartialDate | None
    best_credibility: int
    hedged: bool  # every claim is hedged
    peripheral: bool  # every claim is peripheral
    disagreements: list[str] = field(default_factory=list)

    @property
    def independent_origins(self) -> int:
        """How many distinct original asserters support the link."""
        return len(self.origins)

    @property
    def disagree(self) -> bool:
        """True when the link's claims disagree (quantities or dates). *The* disagreeing-link test."""
        return bool(self.disagreements)

    @property
    def single_document(self) -> bool:
        """True when every claim of the link comes from one document."""
        return len(self.documents) == 1

    @property
    def single_origin(self) -> bool:
        """True when every claim of the link traces back to one original source."""
        return self.independent_origins == 1

    @property
    def single_source(self) -> bool:
        """*The* single-source test: a link that is not peripheral and rests on one document or one origin.

        ``kg stats``, ``kg analyze``, the report, the saved queries (the stored
        ``single_source`` property) and the views all count this one property.
        """
        return not self.peripheral and (self.single_document or self.single_origin)

    @property
    def single_source_basis(self) -> str | None:
        """Why the link is single-source: ``"document"``, ``"origin"`` or ``"document+origin"``; else ``None``."""
        if not self.single_source:
            return None
        return single_source_basis(self.single_document, self.single_origin)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.subject, self.predicate, self.object

    def to_dict(self) -> dict:
        """The link's one record form: its fields and the derived flags, dates as ISO text.

        Examples
        --------
        >>> from graph.validate import load_dataset
        >>> r = summary_links(load_dataset("tests/fixtures/analytics"))[0].to_dict()
        >>> r["predicate"], r["independent_origins"], r["single_source"], r["first_date"]
        ('LEADS', 1, True, None)
        """
        return {
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "claim_ids": list(self.claim_ids),
            "documents": list(self.documents),
            "origins": list(self.origins),
            "independent_origins": self.independent_origins,
            "first_date": None if self.first_date is None else str(self.first_date),
            "last_date": None if self.last_date is None else str(self.last_date),
            "best_credibility": self.best_credibility,
            "hedged": self.hedged,
            "peripheral": self.peripheral,
            "disagree": self.disagree,
            "disagreements": list(self.disagreements),
            "single_source": self.single_source,
            "single_source_basis": self.single_source_basis,
        }


def reference_date(dataset: Dataset, predicate: str, object_id: str) -> PartialDate | None:
    """The date a one-time *predicate* must have on *object_id*, from reference data; else ``None``.

    The predicate's schema ``date_property`` names a property of the object (``SIGNED`` →
    the treaty's ``signed``); its value, when the object has one, is the reference every
    claim of that predicate about the object is checked against.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> reference_date(ds, "SIGNED", "treaty-2024"), reference_date(ds, "VISITED", "treaty-2024")
    (PartialDate(year=2024, month=6, day=19), None)
    """
    pred = dataset.schema.predicates.get(predicate)
    obj = dataset.entities.get(object_id)
    if pred is None or not pred.date_property or obj is None:
        return None
    return parse_partial_date(obj.properties.get(pred.date_property) or None)


def disagreements(claims: Iterable[Claim], dataset: Dataset | None = None) -> list[str]:
    """Describe how *claims* about one link disagree; empty when they do not.

    Checks differing quantities for the same unit and point dates that cannot be the same
    day, each across different documents (figures within one document are usually a part
    and a total), and (with *dataset*) dates that contradict the object's reference date
    property, such as a treaty's known signing date.

    Examples
    --------
    >>> from graph.model import Claim
    >>> a = Claim("c1", "kp", "DEPLOYED_TO", "ru", "d0", "q", 0, 1, 3, quantity=10000, unit="soldiers")
    >>> b = Claim("c2", "kp", "DEPLOYED_TO", "ru", "d3", "q", 0, 1, 3, quantity=12000, unit="soldiers")
    >>> disagreements([a, b])
    ['soldiers: 10000 (d0) vs 12000 (d3)']
    """
    claims = list(claims)
    out = []
    by_unit: dict[str | None, dict] = defaultdict(dict)
    for c in claims:
        if c.quantity is not None:
            by_unit[c.unit].setdefault(c.quantity, []).append((c.quantity_bound, c.document))
    for unit, values in sorted(by_unit.items(), key=lambda kv: kv[0] or ""):
        # Different figures inside one document are usually a part and a total (7,000 in two
        # months, 20,000 overall); sources disagree only when the documents differ.
        if len(values) > 1 and len({doc for versions in values.values() for _, doc in versions}) > 1:
            out.append(
                f"{unit}: "
                + " vs ".join(
                    f"{format_quantity(q, b)} ({doc})"
                    for q, versions in sorted(values.items())
                    for b, doc in sorted(set(versions))
                )
            )
    dated = sorted({(c.date, c.document) for c in claims if c.date})
    for i, (d1, doc1) in enumerate(dated):
        for d2, doc2 in dated[i + 1 :]:
            if doc1 != doc2 and not d1.overlaps(d2):
                out.append(f"date: {d1} ({doc1}) vs {d2} ({doc2})")
    ref = reference_date(dataset, claims[0].predicate, claims[0].object) if dataset is not None and claims else None
    if ref is not None and dataset is not None:
        prop = dataset.schema.predicates[claims[0].predicate].date_property
        for c in claims:
            if c.date and not c.date.overlaps(ref):
                out.append(f"date: {c.date} ({c.document}) vs reference {prop} {ref} of {claims[0].object}")
    return out


def summary_links(dataset: Dataset) -> list[SummaryLink]:
    """One :class:`SummaryLink` per distinct (subject, predicate, object), in claim order.

    For a symmetric predicate (``symmetric: true`` in the schema) both orders are one link,
    oriented as its first claim.
    """
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for c in dataset.claims:
        key = (c.subject, c.predicate, c.object)
        if (
            key not in groups
            and dataset.schema.predicates[c.predicate].symmetric
            and (c.object, c.predicate, c.subject) in groups
        ):
            key = (c.object, c.predicate, c.subject)  # B MET_WITH A states the same fact as A MET_WITH B
        groups.setdefault(key, []).append(c)
    out = []
    for (s, p, o), claims in groups.items():
        dates = [d for c in claims for d in (c.date, c.valid_from, c.valid_to) if d]
        out.append(
            SummaryLink(
                subject=s,
                predicate=p,
                object=o,
                claim_ids=[c.id for c in claims],
                documents=sorted({c.document for c in claims}),
                origins=sorted({o for c in claims for o in c.origins}),
                first_date=min(dates) if dates else None,
                last_date=max(dates) if dates else None,
                best_credibility=min(c.credibility for c in claims),
                hedged=all(c.hedged for c in claims),
                peripheral=all(c.peripheral for c in claims),
                disagreements=disagreements(claims, dataset)
                if len(claims) > 1 or reference_date(dataset, p, o) is not None
                else [],
            )
        )
    return out


def link_counts(links: Iterable[SummaryLink]) -> dict[str, int]:
    """The link counts every report shares: ``links``, ``single_source_links``, ``disagreeing_links``.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> link_counts(summary_links(load_dataset("tests/fixtures/analytics")))
    {'links': 14, 'single_source_links': 11, 'disagreeing_links': 3}
    """
    links = list(links)
    return {
        "links": len(links),
        "single_source_links": sum(link.single_source for link in links),
        "disagreeing_links": sum(link.disagree for link in links),
    }
