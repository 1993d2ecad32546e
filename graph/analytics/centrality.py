"""Who matters: degree, PageRank and betweenness, ranked, with how each was computed.

Every measure returns a :class:`Ranking`: the full ``{node: score}`` mapping, the method
(exact or sampled, with the sample size), the engine that ran it, and :meth:`Ranking.top`
for the leaders with their names. Measures run on the summary graph (one edge per link) or
any networkx graph, including a filtered sub-graph.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import networkx as nx

from . import engines
from .projection import node_label, undirected

__all__ = ["EXACT_MAX_EDGES", "Ranking", "betweenness", "degree", "pagerank", "sample_size_for"]

#: Betweenness is exact up to this many edges, sampled above it.
EXACT_MAX_EDGES = 10_000


@dataclass
class Ranking:
    """Scores of one measure over every node of a graph.

    ``method`` is ``"exact"`` or ``"sampled"``; ``sample_size`` is the number of source
    nodes a sampled measure used (``None`` when exact).
    """

    measure: str
    scores: dict
    method: str = "exact"
    engine: str = "networkx"
    sample_size: int | None = None
    params: dict = field(default_factory=dict)
    graph: nx.Graph | None = field(default=None, repr=False, compare=False)

    def top(self, n: int | None = 10) -> list[dict]:
        """The *n* highest-scoring nodes (all when ``None``), ties broken by id, with names.

        Examples
        --------
        >>> r = Ranking("degree", {"a": 1, "b": 3, "c": 3})
        >>> [row["id"] for row in r.top(2)]
        ['b', 'c']
        """
        key = lambda item: (-item[1], str(item[0]))  # noqa: E731
        items = sorted(self.scores.items(), key=key) if n is None else heapq.nsmallest(n, self.scores.items(), key=key)
        G = self.graph if self.graph is not None else nx.Graph()
        return [{**node_label(G, node), "score": score} for node, score in items]

    def to_dict(self, top: int | None = 10) -> dict:
        """JSON-ready: the method, engine, sample size and the *top* nodes."""
        return {
            "measure": self.measure,
            "method": self.method,
            "engine": self.engine,
            "sample_size": self.sample_size,
            "params": self.params,
            "nodes": len(self.scores),
            "top": self.top(top),
        }


def degree(G: nx.Graph, *, direction: str = "total") -> Ranking:
    """Number of links per entity: ``"in"``, ``"out"`` or ``"total"`` (a link per predicate).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> from graph.build import summary_graph
    >>> S = summary_graph(load_dataset("tests/fixtures/analytics"))
    >>> degree(S, direction="out").top(1)
    [{'id': 'north-korea', 'name': 'North Korea', 'type': 'Country', 'score': 3}]
    """
    if direction == "in":
        view = G.in_degree() if G.is_directed() else G.degree()
    elif direction == "out":
        view = G.out_degree() if G.is_directed() else G.degree()
    elif direction == "total":
        view = G.degree()
    else:
        raise ValueError(f"direction must be 'in', 'out' or 'total', not {direction!r}")
    return Ranking(f"degree_{direction}", dict(view), params={"direction": direction}, graph=G)


def pagerank(G: nx.Graph, *, alpha: float = 0.85, engine: str = "auto") -> Ranking:
    """PageRank over the links (parallel links between two entities add up).

    *engine* ``"auto"`` uses the fastest installed engine (igraph, rustworkx, else
    networkx; see :mod:`.engines`): the values agree within networkx's own tolerance.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> from graph.build import summary_graph
    >>> S = summary_graph(load_dataset("tests/fixtures/analytics"))
    >>> pagerank(S, engine="networkx").top(1)[0]["id"]
    'kn-23'
    """
    used = engines.choose(engine, measure="pagerank")
    if used == "rustworkx":
        scores = engines.pagerank_rustworkx(G, alpha=alpha)
    elif used == "igraph":
        scores = engines.pagerank_igraph(G, alpha=alpha)
    else:
        scores = _nx_pagerank(G, alpha)
    return Ranking("pagerank", scores, engine=used, params={"alpha": alpha}, graph=G)


def _nx_pagerank(G: nx.Graph, alpha: float) -> dict:
    return nx.pagerank(G, alpha=alpha)  # scipy, which it needs, is a dependency


def sample_size_for(edges: int, nodes: int, *, exact_max_edges: int = EXACT_MAX_EDGES) -> int | None:
    """The number of sampled sources for a graph of this size (``None`` = exact).

    Exact up to *exact_max_edges*; above it the sample keeps the work near 200 exact
    runs on a 10k-edge graph, between 32 and 1000 sources.

    Examples
    --------
    >>> sample_size_for(9_000, 1_000) is None
    True
    >>> sample_size_for(100_000, 12_000), sample_size_for(1_000_000, 120_000)
    (200, 32)
    """
    if edges <= exact_max_edges:
        return None
    return min(nodes, max(32, min(1000, 20_000_000 // edges)))


def betweenness(
    G: nx.Graph,
    *,
    directed: bool = False,
    sample_size: int | None = None,
    seed: int = 0,
    exact_max_edges: int = EXACT_MAX_EDGES,
    normalized: bool = True,
    engine: str = "auto",
) -> Ranking:
    """Betweenness: how often an entity lies on shortest paths between others (brokers).

    Undirected by default (a broker connects regardless of who did what to whom): a directed
    or multi graph is first projected with :func:`~graph.analytics.projection.undirected`
    (pass the projection to skip that step). Exact up to *exact_max_edges* edges; above it,
    or when *sample_size* is given, sampled from that many source nodes drawn with *seed*;
    the ranking reports the method and sample size. Both engines give the same values for
    the same sample.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> from graph.build import summary_graph
    >>> r = betweenness(summary_graph(load_dataset("tests/fixtures/analytics")), engine="networkx")
    >>> r.method, r.sample_size, r.top(1)[0]["id"]
    ('exact', None, 'north-korea')
    """
    used = engines.choose(engine, measure="betweenness")
    H = G if directed else undirected(G)
    if sample_size is None:
        sample_size = sample_size_for(H.number_of_edges(), H.number_of_nodes(), exact_max_edges=exact_max_edges)
    if sample_size is not None and sample_size >= H.number_of_nodes():
        sample_size = None
    params = {"directed": directed, "normalized": normalized, "seed": seed if sample_size else None}
    if used == "igraph":
        sources = engines.sample_sources(H, sample_size, seed) if sample_size else None
        scores = engines.betweenness_igraph(H, sources=sources, normalized=normalized)
    else:
        scores = nx.betweenness_centrality(H, k=sample_size, seed=seed if sample_size else None, normalized=normalized)
    return Ranking(
        "betweenness",
        scores,
        method="sampled" if sample_size else "exact",
        engine=used,
        sample_size=sample_size,
        params=params,
        graph=G,
    )
