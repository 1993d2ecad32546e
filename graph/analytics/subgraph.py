"""Sub-graphs: the dataset restricted by entity type, predicate, document, date, credibility, hedging.

Filters apply to claims (the evidence), then links are re-derived from the claims that
remain, so a link in a sub-graph shows only the documents and origins that pass the filter.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from ..build import summary_graph
from ..dates import PartialDate, parse_partial_date
from ..model import Dataset
from .timeline import as_of, claim_span

__all__ = ["ClaimFilter", "filter_claims", "subgraph"]


def _set(values) -> set | None:
    if values is None:
        return None
    if isinstance(values, str):
        return {values}
    return set(values)


def filter_claims(
    dataset: Dataset,
    *,
    types: Iterable[str] | None = None,
    predicates: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    entities: Iterable[str] | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    max_credibility: int | None = None,
    hedged: bool | None = None,
    peripheral: bool = True,
) -> Dataset:
    """The dataset with only the claims that pass every filter given (entities all kept).

    *types*: both ends are of these entity types (subtypes count: ``Organization`` keeps a
    ``MediaOutlet``). *predicates*, *documents*: one of these. *entities*: the subject or
    the object is one of these. *since* / *until*: the claim's date or validity may fall in
    the range (partial dates count whole: ``until="2024"`` keeps December 2024); undated
    claims are dropped when a range is given. *max_credibility*: Admiralty credibility at
    most this (1 = confirmed … 6 = cannot be judged). *hedged*: ``True`` only hedged claims,
    ``False`` only unhedged. *peripheral* ``False`` drops side items.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> len(filter_claims(ds, predicates=["DEPLOYED_TO"], hedged=False).claims)
    3
    >>> len(filter_claims(ds, since="2025", max_credibility=2).claims)
    2
    """
    schema = dataset.schema
    types, predicates, documents, entities = _set(types), _set(predicates), _set(documents), _set(entities)
    if types is not None:
        unknown = types - set(schema.types)
        if unknown:
            raise ValueError(f"unknown entity type(s): {', '.join(sorted(unknown))}")
    lo = parse_partial_date(since).earliest() if since is not None else None
    hi = parse_partial_date(until).latest() if until is not None else None
    type_ok: dict[str, bool] = {}

    def fits(entity_id: str) -> bool:
        if entity_id not in type_ok:
            e = dataset.entities.get(entity_id)
            type_ok[entity_id] = e is not None and any(schema.is_a(e.type, t) for t in types or ())
        return type_ok[entity_id]

    keep = []
    for c in dataset.claims:
        if predicates is not None and c.predicate not in predicates:
            continue
        if documents is not None and c.document not in documents:
            continue
        if entities is not None and c.subject not in entities and c.object not in entities:
            continue
        if max_credibility is not None and c.credibility > max_credibility:
            continue
        if hedged is not None and c.hedged != hedged:
            continue
        if not peripheral and c.peripheral:
            continue
        if types is not None and not (fits(c.subject) and fits(c.object)):
            continue
        if lo is not None or hi is not None:
            span = claim_span(c)
            if span is None or (lo is not None and span[1] < lo) or (hi is not None and span[0] > hi):
                continue
        keep.append(c)
    return dataclasses.replace(dataset, claims=keep, content_hash="")


@dataclass(frozen=True)
class ClaimFilter:
    """The claim filters ``kg analyze``, ``kg path`` and ``kg ego`` share, as one bundle.

    Each field is the option of the same name (``--type``, ``--predicate``, ``--document``,
    ``--since``, ``--until``, ``--max-credibility``, ``--hedged/--unhedged``, ``--as-of``);
    see :func:`filter_claims` and :func:`~.timeline.as_of` for what each keeps.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> ClaimFilter().apply(ds) is ds, len(ClaimFilter(predicates=("DEPLOYED_TO",), hedged=False).apply(ds).claims)
    (True, 3)
    """

    types: tuple[str, ...] = ()
    predicates: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    max_credibility: int | None = None
    hedged: bool | None = None
    as_of: str | None = None

    @property
    def active(self) -> bool:
        """True when any filter is set."""
        return any(v not in ((), None) for v in dataclasses.astuple(self))

    def apply(self, dataset: Dataset) -> Dataset:
        """*dataset* with only the claims that pass (the same object when no filter is set).

        Raises :class:`ValueError` naming an unknown predicate, document or type, or a bad date.
        """
        if not self.active:
            return dataset
        unknown = [p for p in self.predicates if p not in dataset.schema.predicates]
        unknown += [d for d in self.documents if d not in dataset.documents]
        if unknown:
            raise ValueError(f"unknown predicate or document: {', '.join(unknown)}")
        ds = as_of(dataset, self.as_of) if self.as_of else dataset
        if any(
            v not in ((), None)
            for v in (
                self.types,
                self.predicates,
                self.documents,
                self.since,
                self.until,
                self.max_credibility,
                self.hedged,
            )
        ):
            ds = filter_claims(
                ds,
                types=self.types or None,
                predicates=self.predicates or None,
                documents=self.documents or None,
                since=self.since,
                until=self.until,
                max_credibility=self.max_credibility,
                hedged=self.hedged,
            )
        return ds


def subgraph(dataset: Dataset, *, keep_isolated: bool = False, **filters) -> nx.MultiDiGraph:
    """The summary graph of the claims passing *filters* (see :func:`filter_claims`).

    Entities no remaining claim touches are dropped unless *keep_isolated* (with a *types*
    filter, entities of other types are dropped either way). Without filters, the summary
    graph of *dataset*'s own claims: ``subgraph(part)`` is how every caller turns a dataset
    restricted to some claims (a document's, those in force on a date) into its graph.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> S = subgraph(load_dataset("tests/fixtures/analytics"), types=["Country", "Location"])
    >>> sorted(S.nodes()), S.number_of_edges()
    (['china', 'kursk', 'north-korea', 'russia', 'ukraine'], 5)
    """
    G = summary_graph(filter_claims(dataset, **filters), linked_only=not keep_isolated)
    if filters.get("types") is not None:
        types = _set(filters["types"]) or set()
        G.remove_nodes_from([n for n, t in G.nodes(data="type") if not any(dataset.schema.is_a(t, x) for x in types)])
    return G
