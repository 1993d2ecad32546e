"""Which entities and links each view shows.

A view is a sub-graph of the summary graph (one edge per summary link) plus what the page
needs to say about it: a title, a description, highlighted nodes (the ego's centre, a path's
hops) and what was left out (by the node cap, or undated claims in a time slice).

The graph measures (PageRank, communities, ego networks, k shortest paths, as-of) are the
analytics package's (:mod:`graph.analytics`), so a view shows what ``kg analyze`` reports.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from .. import analytics as an
from ..build import summary_graph
from ..dates import PartialDate, parse_partial_date
from ..errors import KGError, LookupFailed
from ..model import Claim, Dataset

__all__ = [
    "DEFAULT_CAP",
    "MAX_PATHS",
    "View",
    "ViewError",
    "as_of_view",
    "centrality",
    "communities",
    "community_view",
    "document_view",
    "ego_view",
    "path_view",
    "slugify",
    "whole_view",
]

#: Default maximum number of nodes drawn in one view; the most central are kept.
DEFAULT_CAP = 1000
#: How many shortest simple paths a path view draws (as `kg path --k`).
MAX_PATHS = 3


class ViewError(KGError):
    """A view cannot be built (e.g. no path between the two entities)."""


@dataclass
class View:
    """One page: a summary sub-graph and what to say about it."""

    slug: str
    kind: str
    title: str
    description: str
    graph: nx.MultiDiGraph
    dataset: Dataset
    centrality: dict[str, float]
    centrality_name: str = "PageRank"
    highlight: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    total_nodes: int = 0
    total_links: int = 0
    path_text: list[str] = field(default_factory=list)

    @property
    def filename(self) -> str:
        return f"{self.slug}.html"


def slugify(text: str) -> str:
    """A safe, readable file-name part: lower case, ``[a-z0-9._-]`` only."""
    s = re.sub(r"[^a-z0-9._-]+", "-", str(text).lower()).strip("-.")
    return s[:80] or "x"


# ---------------------------------------------------------------------------------------
# graph measures: the analytics package's, so a view and `kg analyze` always agree


def centrality(S: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of the summary graph (node size; the node cap keeps the highest)."""
    if S.number_of_nodes() == 0:
        return {}
    return dict(an.pagerank(S).scores)


def communities(S: nx.MultiDiGraph) -> list[list[str]]:
    """Seeded Louvain communities (analytics' seed), largest first."""
    return [list(g) for g in an.communities(S).groups]


def _measured(ds: Dataset, S: nx.MultiDiGraph | None, cent: dict | None) -> tuple[nx.MultiDiGraph, dict]:
    """The whole summary graph and its centrality: those given, else computed."""
    if S is None:
        S = summary_graph(ds)
    return S, centrality(S) if cent is None else cent


def _centrality(ds: Dataset, S: nx.MultiDiGraph | None, cent: dict | None) -> dict:
    """The whole summary graph's centrality: given, else computed (with the graph when it is not given)."""
    if cent is not None:
        return cent
    return centrality(S if S is not None else summary_graph(ds))


# ---------------------------------------------------------------------------------------
# views


def _finish(view: View, cap: int) -> View:
    """Apply the node cap: keep the most central nodes (and every highlighted one)."""
    S = view.graph
    view.total_nodes, view.total_links = S.number_of_nodes(), S.number_of_edges()
    if cap and S.number_of_nodes() > cap:
        keep = set(view.highlight)
        ranked = sorted(S, key=lambda n: (-view.centrality.get(n, 0.0), n))
        for n in ranked:
            if len(keep) >= cap:
                break
            keep.add(n)
        view.left_out = [n for n in ranked if n not in keep]
        view.graph = S.subgraph(keep).copy()
        by_type = Counter(S.nodes[n].get("type", "?") for n in view.left_out)
        view.notes.append(
            f"Showing the {len(keep):,} most central of {view.total_nodes:,} entities (by {view.centrality_name}); "
            f"{len(view.left_out):,} left out ({', '.join(f'{n:,} {t}' for t, n in by_type.most_common())}) "
            f"with {view.total_links - view.graph.number_of_edges():,} of their links. "
            f"Raise the cap (--max-nodes) to draw more."
        )
    return view


def whole_view(
    ds: Dataset, *, S: nx.MultiDiGraph | None = None, cent: dict | None = None, cap: int = DEFAULT_CAP
) -> View:
    """Every entity and every summary link."""
    S, cent = _measured(ds, S, cent)
    return _finish(
        View("whole-graph", "whole", "Whole graph", "Every entity and every summary link in the dataset.", S, ds, cent),
        cap,
    )


def ego_view(
    ds: Dataset,
    center: str,
    depth: int = 1,
    *,
    S: nx.MultiDiGraph | None = None,
    cent: dict | None = None,
    cap: int = DEFAULT_CAP,
) -> View:
    """Everything within *depth* links of *center* (either direction)."""
    S, cent = _measured(ds, S, cent)
    if depth < 0:
        raise ViewError("depth must be 0 or more")
    name = S.nodes[center]["name"]
    sub = an.ego_graph(S, center, depth=depth)
    return _finish(
        View(
            f"ego-{slugify(center)}-depth-{depth}",
            "ego",
            f"Ego network of {name} (depth {depth})",
            f"Entities within {depth} link{'s' if depth != 1 else ''} of {name}, in either direction.",
            sub,
            ds,
            cent,
            highlight=[center],
        ),
        cap,
    )


def path_view(
    ds: Dataset,
    a: str,
    b: str,
    *,
    k: int = MAX_PATHS,
    S: nx.MultiDiGraph | None = None,
    cent: dict | None = None,
    cap: int = DEFAULT_CAP,
) -> View:
    """The *k* shortest simple paths between *a* and *b* (links followed in either direction)."""
    S, cent = _measured(ds, S, cent)
    records = an.k_shortest_paths(ds, a, b, k=k, graph=S)
    na, nb = S.nodes[a]["name"], S.nodes[b]["name"]
    if not records:
        raise ViewError(f"no path between {na} ({a}) and {nb} ({b})")
    # every hop lists every link between its two entities, in either direction (key = predicate)
    edges = {
        (link["subject"], link["object"], link["predicate"])
        for r in records
        for hop in r["hops"]
        for link in hop["links"]
    }
    sub = S.edge_subgraph(edges).copy() if edges else S.subgraph([a]).copy()
    text = []
    for r in records:
        parts = [r["nodes"][0]["name"]]
        for hop in r["hops"]:
            arrows = [
                f"—{link['predicate']}→" if link["direction"] == "forward" else f"←{link['predicate']}—"
                for link in hop["links"]
            ]
            parts += [" / ".join(arrows), hop["to"]["name"]]
        text.append(" ".join(parts))
    lengths = sorted({r["length"] for r in records})
    span = f"{lengths[0]}" if len(lengths) == 1 else f"{lengths[0]} to {lengths[-1]}"
    view = View(
        f"path-{slugify(a)}--{slugify(b)}",
        "path",
        f"Path from {na} to {nb}",
        f"The {len(records)} shortest path{'s' if len(records) != 1 else ''} ({span} link"
        f"{'s' if lengths[-1] != 1 else ''}) between {na} and {nb}, links followed in either direction. "
        "Click a link to read its evidence.",
        sub,
        ds,
        cent,
        highlight=[a, b],
        path_text=text,
    )
    return _finish(view, cap)


def community_view(
    ds: Dataset,
    index: int,
    *,
    S: nx.MultiDiGraph | None = None,
    cent: dict | None = None,
    parts: list[list[str]] | None = None,
    cap: int = DEFAULT_CAP,
) -> View:
    """Community number *index* (0 = the largest) of the seeded Louvain partition."""
    S, cent = _measured(ds, S, cent)
    parts = communities(S) if parts is None else parts
    if not 0 <= index < len(parts):
        raise ViewError(f"there are {len(parts)} communities (0-{len(parts) - 1}); {index} does not exist")
    members = parts[index]
    top = sorted(members, key=lambda n: (-cent.get(n, 0.0), n))[:3]
    names = ", ".join(S.nodes[n]["name"] for n in top)
    return _finish(
        View(
            f"community-{index:02d}",
            "community",
            f"Community {index}: {names}",
            f"Community {index} of {len(parts)} (seeded Louvain on the undirected link graph; "
            f"0 is the largest): {len(members)} entities, most central first: {names}.",
            S.subgraph(members).copy(),
            ds,
            cent,
        ),
        cap,
    )


def document_view(
    ds: Dataset,
    doc_id: str,
    *,
    claims: list[Claim] | None = None,
    S: nx.MultiDiGraph | None = None,
    cent: dict | None = None,
    cap: int = DEFAULT_CAP,
) -> View:
    """Everything one document claims (links counted from its claims only).

    *claims* are the document's claims when the caller has them grouped already.
    """
    if doc_id not in ds.documents:
        raise LookupFailed(f"no document {doc_id!r}; known: {', '.join(sorted(ds.documents))}")
    doc = ds.documents[doc_id]
    claims = [c for c in ds.claims if c.document == doc_id] if claims is None else claims
    sub = an.subgraph(dataclasses.replace(ds, claims=claims, content_hash=""))
    cent = _centrality(ds, S, cent)
    meta = ", ".join(x for x in (doc.outlet, str(doc.date) if doc.date else None) if x)
    return _finish(
        View(
            f"document-{slugify(doc_id)}",
            "document",
            f"Document {doc_id}: {doc.title}",
            f"Everything {doc_id} ({meta or 'outlet and date unknown'}) claims: {len(claims)} claims "
            "in its own links; corroboration counts here come from this document alone.",
            sub,
            ds,
            cent,
        ),
        cap,
    )


def as_of_view(
    ds: Dataset,
    date: PartialDate | str,
    *,
    S: nx.MultiDiGraph | None = None,
    cent: dict | None = None,
    cap: int = DEFAULT_CAP,
) -> View:
    """The links that held on *date* (:func:`graph.analytics.as_of`, fact basis)."""
    date = parse_partial_date(date)
    kept = an.as_of(ds, date)
    unplaced = sum(
        1 for c in ds.claims if c.when is None and not (ds.documents.get(c.document) and ds.documents[c.document].date)
    )
    sub = an.subgraph(kept)
    cent = _centrality(ds, S, cent)
    view = View(
        f"as-of-{date}",
        "as-of",
        f"As of {date}",
        f"Links supported by claims that held on {date}: facts dated by then, and intervals not over "
        f"before it; an undated claim counts from its document's date ({len(kept.claims)} of {len(ds.claims)} "
        "claims). Partial dates count by every day they may mean.",
        sub,
        ds,
        cent,
    )
    if unplaced:
        view.notes.append(
            f"{unplaced} claim{'s' if unplaced != 1 else ''} with no date in an undated document "
            "left out: their time cannot be placed."
        )
    return _finish(view, cap)
