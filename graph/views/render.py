"""Build the standard set of views for a dataset and write them with an index page."""

from __future__ import annotations

import functools
import html
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..build import summary_graph
from ..dates import PartialDate
from ..model import Dataset
from ..resolve import Resolver
from . import page
from .selection import (
    DEFAULT_CAP,
    View,
    as_of_view,
    centrality,
    communities,
    community_view,
    document_view,
    ego_view,
    path_view,
    whole_view,
)

__all__ = ["MAX_COMMUNITY_VIEWS", "MIN_COMMUNITY_SIZE", "RenderResult", "build_views", "iframe", "render_views"]

#: Community views written by default: the largest ones with at least MIN_COMMUNITY_SIZE members.
MAX_COMMUNITY_VIEWS = 12
MIN_COMMUNITY_SIZE = 3


@dataclass
class RenderResult:
    """What :func:`render_views` wrote."""

    out_dir: Path
    index: Path
    pages: list[Path] = field(default_factory=list)
    views: list[View] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        return {
            "out_dir": str(self.out_dir),
            "index": str(self.index),
            "seconds": round(self.seconds, 3),
            "views": [
                {
                    "file": str(p),
                    "kind": v.kind,
                    "title": v.title,
                    "entities": v.graph.number_of_nodes(),
                    "links": v.graph.number_of_edges(),
                    "entities_before_cap": v.total_nodes,
                    "left_out": len(v.left_out),
                }
                for p, v in zip(self.pages, self.views, strict=False)
            ],
        }


def build_views(
    ds: Dataset,
    *,
    center: str | None = None,
    depth: int = 1,
    path: tuple[str, str] | None = None,
    as_of: str | PartialDate | None = None,
    community: str | int | None = None,
    document: str | None = None,
    cap: int = DEFAULT_CAP,
    standard: bool = True,
) -> list[View]:
    """The views to write: with *standard*, the whole graph, every document and the largest
    communities; plus each view asked for by name (entities by id, name or alias)."""
    S = summary_graph(ds)
    cent = centrality(S)
    # Louvain and the name index cost time on a large graph: only when a view needs them
    parts = functools.cache(lambda: communities(S))
    resolve = functools.cache(lambda: Resolver(ds).resolve)
    views: list[View] = []
    if standard or not any(x is not None for x in (center, path, as_of, community, document)):
        views.append(whole_view(ds, S=S, cent=cent, cap=cap))
    if center is not None:
        views.append(ego_view(ds, resolve()(center), depth, S=S, cent=cent, cap=cap))
    if path is not None:
        a, b = (resolve()(x) for x in path)
        views.append(path_view(ds, a, b, S=S, cent=cent, cap=cap))
    if as_of is not None:
        views.append(as_of_view(ds, as_of, S=S, cent=cent, cap=cap))
    wanted_communities: list[int] = []
    if community is not None:
        if isinstance(community, int) or str(community).isdigit():
            wanted_communities.append(int(community))
        else:
            eid = resolve()(str(community))
            wanted_communities.append(next(i for i, p in enumerate(parts()) if eid in p))
    if standard:
        wanted_communities += [i for i, p in enumerate(parts()[:MAX_COMMUNITY_VIEWS]) if len(p) >= MIN_COMMUNITY_SIZE]
    for i in dict.fromkeys(wanted_communities):
        views.append(community_view(ds, i, S=S, cent=cent, parts=parts(), cap=cap))
    wanted_docs = ([document] if document is not None else []) + (sorted(ds.documents) if standard else [])
    by_document: dict[str, list] = defaultdict(list)
    if wanted_docs:
        for c in ds.claims:  # one pass, not one per document
            by_document[c.document].append(c)
    for d in dict.fromkeys(wanted_docs):
        views.append(document_view(ds, d, claims=by_document.get(d, []), S=S, cent=cent, cap=cap))
    return views


def render_views(ds: Dataset, out_dir: Path | str, **kwargs) -> RenderResult:
    """Build the views (see :func:`build_views`) and write them and ``index.html`` to *out_dir*."""
    start = time.perf_counter()
    views = build_views(ds, **kwargs)
    n_docs, n_ent, n_claims = len(ds.documents), len(ds.entities), len(ds.claims)
    where = f" from {ds.directory}" if ds.directory else ""
    summary = (
        f"{n_docs} documents, {n_ent} entities, {n_claims} claims{where}"
        + (f" (content hash {ds.content_hash[:12]})" if ds.content_hash else "")
        + "."
    )
    written = page.write_views(views, Path(out_dir), summary=summary)
    return RenderResult(Path(out_dir), written[0], written[1:], views, time.perf_counter() - start)


def iframe(view: View, *, height: int = 620) -> str:
    """The page of *view* inside a sandboxed ``<iframe srcdoc>``, for Jupyter's ``HTML()``.

    The frame may run its own scripts but has no access to the notebook (no same-origin).
    """
    doc = page.render_page(view, index_href=None)
    return (
        f'<iframe sandbox="allow-scripts" style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
        f'title="{html.escape(view.title)}" srcdoc="{html.escape(doc, quote=True)}"></iframe>'
    )
