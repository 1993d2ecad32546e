"""Communities: groups of entities more linked to each other than to the rest (Louvain).

Louvain is randomised; the seed is fixed (``seed=0`` by default) so the same graph always
gives the same communities, and the seed is reported with them. networkx runs it by
default, so a report does not change with the engines installed; ``engine="igraph"`` runs
igraph's multilevel (Louvain) algorithm, seeded too, much faster on large graphs but with
its own (equally valid) partition: compare modularity, not memberships.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from . import engines
from .projection import node_label, undirected

__all__ = ["Communities", "communities"]


@dataclass
class Communities:
    """A partition of the entities: ``groups`` largest first, members by degree then id.

    ``modularity`` is computed on first use (it costs a pass over every edge).
    """

    groups: list[list[str]]
    seed: int
    resolution: float = 1.0
    weight: str | None = "weight"
    graph: nx.Graph | None = field(default=None, repr=False, compare=False)

    @cached_property
    def modularity(self) -> float:
        """Modularity of the partition on the undirected projection (0 without edges)."""
        if self.graph is None:
            return 0.0
        U = undirected(self.graph)
        if not U.number_of_edges():
            return 0.0
        return nx.community.modularity(U, [set(g) for g in self.groups], weight=self.weight, resolution=self.resolution)

    @property
    def partition(self) -> dict:
        """``{node: community index}``."""
        return {node: i for i, group in enumerate(self.groups) for node in group}

    def to_dict(self, *, min_size: int = 1) -> dict:
        """JSON-ready: every community of at least *min_size* members, with names."""
        G = self.graph if self.graph is not None else nx.Graph()
        return {
            "algorithm": "louvain",
            "seed": self.seed,
            "resolution": self.resolution,
            "modularity": self.modularity,
            "count": len(self.groups),
            "communities": [
                {"index": i, "size": len(g), "members": [node_label(G, n) for n in g]}
                for i, g in enumerate(self.groups)
                if len(g) >= min_size
            ],
        }


def communities(
    G: nx.Graph, *, seed: int = 0, resolution: float = 1.0, weight: str | None = "weight", engine: str = "networkx"
) -> Communities:
    """Seeded Louvain communities on the undirected projection (edge weight = number of links).

    Isolated entities form one-member communities. *engine* ``"networkx"`` (default) or
    ``"igraph"`` (see the module doc; ``"auto"`` picks igraph when installed).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> from graph.build import summary_graph
    >>> c = communities(summary_graph(load_dataset("tests/fixtures/analytics")))
    >>> c.partition["kim-jong-un"] == c.partition["plant-hamhung"], c.seed
    (True, 0)
    """
    U = undirected(G)
    if engines.choose(engine, measure="louvain") == "igraph":
        groups = engines.louvain_igraph(U, seed=seed, resolution=resolution, weight=weight)
    else:
        groups = nx.community.louvain_communities(U, weight=weight, resolution=resolution, seed=seed)
    degree = dict(U.degree(weight=weight))
    ordered = [sorted(g, key=lambda n: (-degree[n], str(n))) for g in groups]
    ordered.sort(key=lambda g: (-len(g), str(g[0])))
    return Communities(ordered, seed, resolution, weight, graph=G)
