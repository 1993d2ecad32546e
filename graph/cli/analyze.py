"""Analytics commands: analyze, path, ego, conflicts, timeline.

Thin wrappers: each resolves names, calls :mod:`graph.analytics`, and prints rich tables
or ``--json``. Entity arguments accept an id, a name or an alias.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import KGError
from ..resolve import Resolver
from .common import (
    DataOption,
    JsonOption,
    claim_filter_options,
    err,
    handle_errors,
    load,
    out,
    print_json,
    styled,
    wide,
)

__all__ = ["register"]

EntityArg = Annotated[str, typer.Argument(help="Entity id, name or alias (any case, accents optional).")]
EngineOpt = Annotated[
    str,
    typer.Option("--engine", help="PageRank and betweenness: auto (fastest installed), networkx, igraph or rustworkx."),
]


def _filtered(ds, claim_filter):
    """Apply the shared filter options (:func:`~.common.claim_filter_options`); a bad value is a usage error."""
    try:
        return claim_filter.apply(ds)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _table(title: str, columns: list[str], rows: list[list]) -> Table:
    t = Table(title=title, title_justify="left", show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[str(x) for x in r])
    return t


def _print_versions(conflict: dict) -> None:
    """One conflict as :func:`graph.analytics.report.conflict_view` lays it out, for the terminal."""
    from ..analytics.report import conflict_view

    _print_conflict_view(conflict_view(conflict))


def _print_conflict_view(x: dict) -> None:
    out.print()
    out.print(styled((x["summary"], "bold")))
    out.print(f"  {x['head']}")
    for note in x["notes"]:
        out.print(f"  note: {note}")
    if x["reference"]:
        out.print(f"  reference: {x['reference']}")
    for v in x["versions"]:
        dated = f"dated {v['when']}, " if v["when"] else ""
        out.print(
            f"  - {v['figure']}{' [conflicts]' if v['conflicting'] else ''} — {v['parties']}, {v['document']} "
            f"({v['document_date']}), {dated}by {v['by']}{', hedged' if v['hedged'] else ''}, "
            f"credibility {v['credibility']}"
        )
        out.print(f"      “{v['quote']}”")


@claim_filter_options
def analyze(
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    output: Annotated[
        Path | None, typer.Option("--out", "-o", help="Also write the report as Markdown to this file.")
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Entities per measure.")] = 10,
    limit: Annotated[int, typer.Option(min=1, help="Rows per long list (single-source links, brokers ...).")] = 25,
    seed: Annotated[int, typer.Option(help="Seed for Louvain and sampled betweenness.")] = 0,
    engine: EngineOpt = "auto",
    communities_engine: Annotated[
        str,
        typer.Option(
            "--communities-engine",
            help="networkx (default, same on every install), igraph (faster, its own partition) or auto.",
        ),
    ] = "networkx",
    *,
    claim_filter,
):
    """Report: top entities per measure, communities, brokers, conflicts, single-source links, attribution."""
    from .. import analytics as an

    ds = load(data)
    fds = _filtered(ds, claim_filter)
    filtering = fds is not ds
    try:
        report = an.analyze(
            fds,
            top=top,
            limit=limit,
            seed=seed,
            engine=engine,
            communities_engine=communities_engine,
            graph=an.subgraph(fds) if filtering else None,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--engine or --communities-engine") from None
    if output is not None:
        output.write_text(an.render_markdown(report), encoding="utf-8")
        err.print(f"wrote {output}")
    if json:
        print_json(report)
        return
    _print_report(report)


def _print_report(r: dict) -> None:
    """The report as :func:`graph.analytics.report.report_sections` lays it out (as the Markdown), in tables."""
    from ..analytics.report import report_sections

    for n, section in enumerate(report_sections(r)):
        if n:
            out.print()
        out.print(styled((section.title, "bold")))
        for p in section.paragraphs:
            out.print(p)
        for t in section.tables:
            out.print(_table(f"{t.title}: {t.note}" if t.note else t.title, t.columns, t.rows))
        for x in section.conflicts:
            _print_conflict_view(x)


def _print_path(p: dict, index: int | None = None) -> None:
    head = " → ".join(n["name"] for n in p["nodes"])
    label = f"path {index}: " if index is not None else ""
    out.print()
    out.print(
        styled(
            (f"{label}{head}", "bold"),
            f" ({p['length']} hop{'s' if p['length'] != 1 else ''}; documents {', '.join(p['documents']) or 'none'})",
        )
    )
    for h in p["hops"]:
        out.print(f"  {h['from']['name']} — {h['to']['name']}", markup=False)
        for link in h["links"]:
            arrow = "→" if link["direction"] == "forward" else "←"
            out.print(
                f"    {arrow} {link['subject_name']} {link['predicate']} {link['object_name']}: {link['claims']} claim(s), "
                f"{len(link['documents'])} document(s), {link['independent_origins']} independent origin(s)"
                + (f"; disagree: {'; '.join(link['disagreements'])}" if link["disagreements"] else ""),
                markup=False,
            )
            for ev in link["evidence"]:
                by = ev["asserted_by"]
                flags = ", hedged" if ev["hedged"] else ""
                when = ev["date"] or ev["valid_from"]
                out.print(
                    f"      {ev['document']} ({ev['document_date'] or 'undated'}), by {by} [{ev['category']}]{flags}, "
                    f"credibility {ev['credibility']}{', ' + when if when else ''}: “{ev['quote']}”",
                    markup=False,
                )


@claim_filter_options
def path(
    source: EntityArg,
    target: EntityArg,
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    k: Annotated[int, typer.Option("--k", "-k", min=1, help="How many shortest simple paths.")] = 1,
    directed: Annotated[bool, typer.Option("--directed", help="Follow subject → object only.")] = False,
    *,
    claim_filter,
):
    """How two entities connect: the k shortest paths, every hop with its claims, quotes and documents.

    Exit 1 when the two are not connected (after any filter).
    """
    import networkx as nx

    from .. import analytics as an

    ds = load(data)
    r = Resolver(ds)
    s, t = r.resolve(source), r.resolve(target)
    fds = _filtered(ds, claim_filter)
    S = an.subgraph(fds) if fds is not ds else None  # a filter drops the entities it leaves unlinked
    try:
        paths = an.k_shortest_paths(fds, s, t, k=k, graph=S, directed=directed)
    except nx.NodeNotFound as exc:
        raise KGError(f"{exc} (after filtering)") from None
    if json:
        print_json(paths)
        if not paths:
            raise typer.Exit(1)
        return
    if not paths:
        out.print(
            f"no path between {ds.entities[s].name} and {ds.entities[t].name}" + (" (directed)" if directed else ""),
            markup=False,
        )
        raise typer.Exit(1)
    for i, p in enumerate(paths, 1):
        _print_path(p, i if len(paths) > 1 else None)


@claim_filter_options
def ego(
    entity: EntityArg,
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    depth: Annotated[int, typer.Option("--depth", min=1, help="How many links away.")] = 2,
    *,
    claim_filter,
):
    """An entity's neighbourhood: every entity within --depth links and the links among them."""
    import networkx as nx

    from .. import analytics as an

    ds = load(data)
    center = Resolver(ds).resolve(entity)
    fds = _filtered(ds, claim_filter)
    S = an.subgraph(fds) if fds is not ds else None  # a filter drops the entities it leaves unlinked
    try:
        e = an.ego_network(fds, center, depth=depth, graph=S)
    except nx.NodeNotFound as exc:
        raise KGError(f"{exc} (after filtering)") from None
    if json:
        print_json(e)
        return
    n, m = len(e["nodes"]) - 1, len(e["links"])
    out.print(
        styled(
            (e["center"]["name"], "bold"),
            f": {n} entit{'y' if n == 1 else 'ies'} within {depth} "
            f"link{'' if depth == 1 else 's'}, {m} link{'' if m == 1 else 's'} among them",
        )
    )
    out.print(
        _table(
            "Entities",
            ["distance", "entity", "type", "id"],
            [[n["distance"], n["name"], n["type"], n["id"]] for n in e["nodes"]],
        )
    )
    names = {n["id"]: n["name"] for n in e["nodes"]}
    out.print(
        _table(
            "Links",
            ["subject", "predicate", "object", "claims", "documents", "origins", "flags"],
            [
                [
                    names[lk["subject"]],
                    lk["predicate"],
                    names[lk["object"]],
                    lk["claims"],
                    ", ".join(lk["documents"] or []),
                    lk["independent_origins"],
                    " ".join(f for f, on in (("hedged", lk["hedged"]), ("disagree", lk["disagree"])) if on),
                ]
                for lk in e["links"]
            ],
        )
    )


def conflicts(
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    kind: Annotated[list[str] | None, typer.Option("--kind", help="quantity, date or exclusive (repeatable).")] = None,
):
    """Where the documents disagree: differing figures, dates, mutually exclusive claims — every version with its quote."""
    from .. import analytics as an

    kinds = tuple(kind) if kind else ("quantity", "date", "exclusive")
    bad = [k for k in kinds if k not in ("quantity", "date", "exclusive")]
    if bad:
        raise typer.BadParameter(
            f"unknown kind {', '.join(bad)}; choose quantity, date or exclusive", param_hint="--kind"
        )
    found = an.conflicts(load(data), kinds=kinds)
    if json:
        print_json(found)
        return
    out.print(f"{len(found)} conflict{'s' if len(found) != 1 else ''}", markup=False)
    for c in found:
        _print_versions(c)


def timeline(
    entity: Annotated[str | None, typer.Argument(help="Entity id, name or alias; omit for the whole graph.")] = None,
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Keep entries dated on or after YYYY[-MM[-DD]] (partial dates count whole)."),
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Keep entries dated on or before YYYY[-MM[-DD]].")
    ] = None,
    events_only: Annotated[
        bool,
        typer.Option("--events-only", help="Only claims with an event date of their own (no publication-dated ones)."),
    ] = False,
    undated: Annotated[
        bool, typer.Option("--undated", help="Also list claims with neither date (after the dated ones).")
    ] = False,
):
    """Claims in date order: the event date (partial dates kept as given) and the publication date, side by side.

    A claim with no event date of its own is placed at its document's publication date
    (basis "reported"), so undated facts of dated articles stay on the timeline; the saved
    query `timeline` lists the same claims.
    """
    from .. import analytics as an

    ds = load(data)
    eid = Resolver(ds).resolve(entity) if entity else None
    try:
        rows = an.timeline(ds, eid, include_undated=undated, reported=not events_only, since=since, until=until)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since or --until") from None
    if json:
        print_json(rows)
        return
    title = f"Timeline of {ds.entities[eid].name}" if eid else "Timeline"
    t = Table(title=f"{title} ({len(rows)} claims)", title_justify="left")
    for col in ("event date", "reported", "subject", "predicate", "object", "figure", "document", "by", "quote"):
        t.add_column(col, overflow="fold")
    for r in rows:
        by = r["asserted_by"] + (" (hedged)" if r["hedged"] else "")
        event = r["when"] or ("—" if r["basis"] == "reported" else "undated")
        t.add_row(
            event,
            r["reported"] or "undated",
            r["subject_name"],
            r["predicate"],
            r["object_name"],
            r["figure"] or "",
            r["document"],
            by,
            r["quote"],
        )
    wide().print(t)  # nine columns


def register(app: typer.Typer) -> None:
    """Add the analytics commands to *app*."""
    for func in (analyze, path, ego, conflicts, timeline):
        app.command(func.__name__)(handle_errors(func))
