"""``kg render``: self-contained, offline HTML network views plus an index page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import DataOption, JsonOption, err, handle_errors, load, out, print_json

__all__ = ["register", "render"]


def render(
    data: DataOption = Path("seeds"),
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for the HTML files (created).")] = Path(
        "out/views"
    ),
    center: Annotated[
        str | None, typer.Option("--center", help="Ego view around this entity (id, name or alias).")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Ego view depth in links.")] = 1,
    path: Annotated[
        tuple[str, str] | None, typer.Option("--path", help="Path view between two entities: --path A B.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Time-slice view: links in force on DATE (YYYY[-MM[-DD]]).")
    ] = None,
    community: Annotated[
        str | None, typer.Option("--community", help="One community: its number (0 = largest) or an entity in it.")
    ] = None,
    document: Annotated[str | None, typer.Option("--document", help="One document's view (document id).")] = None,
    max_nodes: Annotated[
        int,
        typer.Option(
            "--max-nodes",
            min=1,
            help="Cap per view; the most central entities are kept and the page says what was left out.",
        ),
    ] = 1000,
    only: Annotated[
        bool,
        typer.Option("--only", help="Write only the views asked for (not the whole graph, documents and communities)."),
    ] = False,
    json: JsonOption = False,
):
    """Write offline HTML views (whole graph, each document, the largest communities, and any ego,
    path, community, document or as-of view asked for) and an index page linking them."""
    from ..dates import PartialDate
    from ..views import render_views

    if as_of is not None:
        try:
            PartialDate.parse(as_of)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--as-of") from None
    ds = load(data)
    result = render_views(
        ds,
        out_dir,
        center=center,
        depth=depth,
        path=tuple(path) if path else None,
        as_of=as_of,
        community=community,
        document=document,
        cap=max_nodes,
        standard=not only,
    )
    if json:
        print_json(result.summary())
        return
    for p, v in zip(result.pages, result.views, strict=False):
        cut = f" (of {v.total_nodes:,}; {len(v.left_out):,} left out)" if v.left_out else ""
        err.print(
            f"wrote {p}: {v.graph.number_of_nodes():,} entities{cut}, {v.graph.number_of_edges():,} links",
            markup=False,
            highlight=False,
        )
    out.print(f"views: {result.index}", markup=False)


def register(app: typer.Typer) -> None:
    """Add ``render`` to *app*."""
    app.command("render")(handle_errors(render))
