"""Dataset commands: validate, build, export, stats, sources (``kg show`` is in :mod:`.answers`).

The library modules behind them (``graph.build``, ``graph.export``, ``graph.records``) import
networkx, ~0.15 s: they are imported inside the commands, so ``kg --help`` and the other
commands do not pay for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from .common import (
    DataOption,
    JsonOption,
    err,
    handle_errors,
    load,
    out,
    print_json,
    styled,
)

__all__ = ["EXPORT_FORMATS", "register"]

#: ``graph.export.FORMATS``, restated so that the ``--format`` help needs no networkx import
#: (a test keeps the two equal).
EXPORT_FORMATS = ("json", "graphml", "gexf", "csv", "stix")


def validate(
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Validate even if unchanged.")] = False,
):
    """Check a dataset: schema, references, dates, verbatim quotes, hashes. Exit 1 on any problem."""
    ds = load(data, use_cache=not no_cache)
    summary = {"valid": True, "entities": len(ds.entities), "documents": len(ds.documents), "claims": len(ds.claims)}
    if json:
        print_json(summary)
    else:
        out.print(
            styled(
                ("valid", "green"),
                f": {summary['documents']} documents, {summary['entities']} entities, {summary['claims']} claims",
            )
        )


def build(data: DataOption = Path("seeds"), json: JsonOption = False):
    """Validate and build the claim graph and the summary graph; print their sizes."""
    from ..build import claim_graph, summary_graph

    ds = load(data)
    G, S = claim_graph(ds), summary_graph(ds)
    summary = {
        "claim_graph": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
        "summary_graph": {"nodes": S.number_of_nodes(), "edges": S.number_of_edges()},
        "content_hash": ds.content_hash,
    }
    if json:
        print_json(summary)
    else:
        out.print(f"claim graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges (one per claim)")
        out.print(f"summary graph: {S.number_of_nodes()} nodes, {S.number_of_edges()} links")


def export(
    data: DataOption = Path("seeds"),
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}.")] = "json",
    *,
    output: Annotated[Path, typer.Option("--out", "-o", help="Output file (a folder for csv).")],
    graph: Annotated[
        str, typer.Option(help="For graphml/gexf: 'claims' (one edge per claim) or 'summary'.")
    ] = "claims",
    stix_profile: Annotated[
        str,
        typer.Option(
            help="For stix: 'portable' (strict-valid STIX, what OpenCTI imports: related-to with the "
            "predicate as label) or 'native' (UUIDv5 ids, one relationship type per predicate)."
        ),
    ] = "portable",
):
    """Export the dataset as JSON (the contract), GraphML/GEXF (Gephi), CSV or a STIX 2.1 bundle (OpenCTI)."""
    from ..export import export as export_dataset

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    if graph not in ("claims", "summary"):
        raise typer.BadParameter("choose 'claims' or 'summary'", param_hint="--graph")
    if stix_profile not in ("portable", "native"):
        raise typer.BadParameter("choose 'portable' or 'native'", param_hint="--stix-profile")
    ds = load(data)
    found = None
    if fmt == "stix":  # the bundle links the claims that disagree, which the analytics find
        from ..analytics import conflicts

        found = conflicts(ds)
    for path in export_dataset(ds, fmt, output, graph=graph, conflicts=found, stix_profile=stix_profile):
        err.print(f"wrote {path}", markup=False)


def stats(data: DataOption = Path("seeds"), json: JsonOption = False):
    """Counts: entities by type, claims by predicate and document, hedged, attributed, single-source and disagreeing links."""
    from ..records import stats as stats_of

    s = stats_of(load(data))
    if json:
        print_json(s)
        return
    for key in (
        "documents",
        "entities",
        "claims",
        "links",
        "hedged_claims",
        "attributed_claims",
        "relayed_claims",
        "multi_asserter_claims",
        "peripheral_claims",
        "single_source_links",
        "disagreeing_links",
    ):
        out.print(f"{key.replace('_', ' ')}: {s[key]}")
    for key in ("entities_by_type", "claims_by_predicate", "claims_by_document"):
        table = Table(title=key.replace("_", " "), title_justify="left")
        table.add_column("name")
        table.add_column("count", justify="right")
        for name, n in s[key].items():
            table.add_row(name, str(n))
        out.print(table)


def sources(data: DataOption = Path("seeds"), json: JsonOption = False):
    """The documents: outlet, date, reliability, claims and who they quote."""
    from ..records import sources as sources_of

    rows = sources_of(load(data))
    if json:
        print_json(rows)
        return
    table = Table()
    for col in ("id", "date", "outlet", "reliability", "claims", "title", "asserters"):
        table.add_column(col, overflow="fold")
    for r in rows:
        cells = (
            r["id"],
            r["date"] or "?",
            r["outlet"] or "?",
            r["reliability"],
            str(r["claims"]),
            r["title"],
            ", ".join(f"{k} ({v})" for k, v in r["asserters"].items()),
        )
        table.add_row(*cells)
    out.print(table)


def register(app: typer.Typer) -> None:
    """Add the dataset commands to *app*."""
    for func in (validate, build, export, stats, sources):
        app.command(func.__name__)(handle_errors(func))
