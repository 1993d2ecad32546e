"""The analysis report: every measure in one JSON-ready dict, and its Markdown rendering.

:func:`analyze` runs the structure, evidence and attribution analytics on a dataset (or a
filtered summary graph of it) and :func:`render_markdown` turns the result into a report an
analyst can paste into a briefing. ``kg analyze`` prints the same dict as rich tables.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from ..build import summary_graph
from ..links import link_counts, summary_links
from ..model import Dataset, format_quantity
from . import engines
from .attribution import attribution, attribution_by_entity
from .brokers import articulation_points, bridges
from .centrality import betweenness, degree, pagerank
from .communities import communities
from .conflicts import conflicts
from .evidence import single_source_entities, single_source_links
from .projection import undirected

__all__ = ["Section", "Table", "analyze", "conflict_view", "render_markdown", "report_sections", "version_view"]


def analyze(
    dataset: Dataset,
    *,
    top: int = 10,
    limit: int = 25,
    seed: int = 0,
    engine: str = "auto",
    sample_size: int | None = None,
    graph: nx.MultiDiGraph | None = None,
    communities_engine: str = "networkx",
) -> dict:
    """Run every analysis and return the report as plain data.

    *top* entities per measure; at most *limit* rows for long lists (single-source links
    and entities, brokers, per-entity attribution) with their full counts alongside;
    *seed* for Louvain and sampled betweenness; *engine* ``"auto"``, ``"networkx"``,
    ``"igraph"`` or ``"rustworkx"`` for PageRank and betweenness (same results either way;
    ``report["engine"]`` says which ran each measure);
    *communities_engine* the same for Louvain (networkx by default: igraph finds its own,
    equally good partition, so the default keeps reports identical across installs); *graph* a summary graph to analyse instead of the whole dataset's (a
    filtered :func:`~.subgraph.subgraph`). ``timings`` records seconds per part.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> r = analyze(load_dataset("tests/fixtures/analytics"), engine="networkx")
    >>> r["centrality"]["betweenness"]["top"][0]["id"], r["conflicts"]["count"], len(r["single_source"]["links"])
    ('north-korea', 3, 11)
    """
    timings = {}
    clock = time.perf_counter()

    def lap(name):
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 4)
        clock = now

    links = summary_links(dataset)
    S = graph if graph is not None else summary_graph(dataset, links)
    U = undirected(S)
    lap("graph")
    if engine not in ("auto", *engines.ENGINES):
        engines.choose(engine)  # raises: unknown engine
    # an engine that cannot run a measure (rustworkx: betweenness) leaves it to networkx
    used = {
        m: engines.choose(engine if engine == "auto" or engine in engines.SUPPORTS[m] else "networkx", measure=m)
        for m in ("pagerank", "betweenness")
    }
    used["louvain"] = engines.choose(communities_engine, measure="louvain")
    cent = {}
    for direction in ("in", "out", "total"):
        cent[f"degree_{direction}"] = degree(S, direction=direction).to_dict(top)
    lap("degree")
    cent["pagerank"] = pagerank(S, engine=used["pagerank"]).to_dict(top)
    lap("pagerank")
    cent["betweenness"] = betweenness(U, sample_size=sample_size, seed=seed, engine=used["betweenness"]).to_dict(top)
    lap("betweenness")
    comms = communities(U, seed=seed, engine=used["louvain"]).to_dict(min_size=2)
    comms["engine"] = used["louvain"]
    comms["communities"] = comms["communities"][:limit]
    lap("communities")
    points, cut = articulation_points(S, projection=U), bridges(S, projection=U)
    lap("brokers")
    found = conflicts(dataset)
    lap("conflicts")
    ss_links = single_source_links(dataset, links=links)
    deg = dict(U.degree())
    # single-source links an analyst leans on most: those between the best-connected entities
    ss_links.sort(
        key=lambda r: (-(deg.get(r["subject"], 0) + deg.get(r["object"], 0)), r["subject"], r["predicate"], r["object"])
    )
    ss_entities = single_source_entities(dataset)
    ss_entities.sort(key=lambda r: (-r["claims"], r["id"]))
    origins = Counter(link.independent_origins for link in links)
    counts = link_counts(links)
    lap("evidence")
    overall = attribution(dataset)
    per_entity = attribution_by_entity(dataset)
    lap("attribution")
    return {
        "dataset": {
            "directory": str(dataset.directory) if dataset.directory else None,
            "content_hash": dataset.content_hash,
            "entities": len(dataset.entities),
            "documents": len(dataset.documents),
            "claims": len(dataset.claims),
            **counts,
            "graph": {
                "nodes": S.number_of_nodes(),
                "edges": S.number_of_edges(),
                "components": nx.number_connected_components(U),
            },
        },
        "engine": used,
        "seed": seed,
        "centrality": cent,
        "communities": comms,
        "brokers": {
            "articulation_points": points[:limit],
            "articulation_points_total": len(points),
            "bridges": cut[:limit],
            "bridges_total": len(cut),
        },
        "conflicts": {
            "count": len(found),
            "by_kind": dict(Counter(c["kind"] for c in found)),
            "disagreeing_links": counts["disagreeing_links"],
            "items": found,
        },
        "corroboration": {
            "links_by_independent_origins": {str(k): v for k, v in sorted(origins.items())},
            "links_by_documents": {
                str(k): v for k, v in sorted(Counter(len(link.documents) for link in links).items())
            },
        },
        "single_source": {
            "links": ss_links[:limit],
            "links_total": counts["single_source_links"],
            "entities": ss_entities[:limit],
            "entities_total": len(ss_entities),
        },
        "attribution": {"overall": overall, "by_entity": per_entity[:limit], "entities_total": len(per_entity)},
        "timings": timings,
    }


@dataclass
class Table:
    """One table of the report: a title, an optional sentence about it, columns and text cells."""

    title: str
    columns: list[str]
    rows: list[list[str]]
    note: str = ""


@dataclass
class Section:
    """One part of the report: a heading, paragraphs, tables and conflicts (:func:`conflict_view`)."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)


def _score(v) -> str:
    return f"{v:.4f}" if isinstance(v, float) else str(v)


def _pct(v: float) -> str:
    return f"{100 * v:.0f}%"


def version_view(conflict: dict, v: dict) -> dict:
    """One version of a conflict as both renderings show it: figure (or date), parties, when, by whom.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> [c] = conflicts(load_dataset("tests/fixtures/analytics"), kinds=("quantity",))
    >>> version_view(c, c["versions"][0])["figure"]
    '≥10000 soldiers'
    """
    figure = (
        format_quantity(v["quantity"], v["quantity_bound"], v["unit"])
        if v["quantity"] is not None
        else v["date"] or v["predicate"]
    )
    when = v["date"] or v["valid_from"]
    return {
        "figure": figure,
        "conflicting": bool(v.get("conflicting")),
        "parties": f"{v['subject_name']} → {v['object_name']}",
        "subject_name": v["subject_name"],
        "document": v["document"],
        "document_date": v["document_date"] or "undated",
        "when": when if when and conflict["kind"] != "date" else None,
        "by": v["asserted_by"],
        "hedged": bool(v["hedged"]),
        "credibility": v["credibility"],
        "quote": v["quote"],
    }


def conflict_view(conflict: dict) -> dict:
    """A conflict as both renderings show it: its summary, a line of facts, notes and :func:`version_view` s."""
    head = f"{conflict['kind']}; documents {', '.join(conflict['documents'])}"
    if conflict["reconcilable"]:
        head += "; can be reconciled"
    r = conflict.get("reference")
    return {
        "summary": conflict["summary"],
        "head": head,
        "notes": list(conflict["notes"]),
        "reference": f"{r['property']} of {r['entity']} = {r['value']}" if r else None,
        "versions": [version_view(conflict, v) for v in conflict["versions"]],
    }


def report_sections(report: dict) -> list[Section]:
    """The report of :func:`analyze` laid out once, as sections of text and tables.

    :func:`render_markdown` and ``kg analyze``'s terminal printer both render these, so the
    two say the same things in the same words.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> [s.title for s in report_sections(analyze(load_dataset("tests/fixtures/analytics"), engine="networkx"))]
    ['Analysis report', 'Top entities', 'Communities', 'Brokers', 'Conflicts (3)', 'Single-source dependencies', \
'Corroboration', 'Attribution']
    """
    d = report["dataset"]
    sections = [
        Section(
            "Analysis report",
            [
                f"Dataset {d['directory']} ({d['content_hash'][:12] or 'filtered'}): {d['documents']} documents, "
                f"{d['entities']} entities, {d['claims']} claims, {d['links']} links ({d['single_source_links']} "
                f"single-source, {d['disagreeing_links']} with disagreeing claims); graph of {d['graph']['nodes']} "
                f"entities in {d['graph']['components']} components. Engines: "
                + ", ".join(f"{k} {v}" for k, v in report["engine"].items())
                + f"; seed {report['seed']}."
            ],
        )
    ]
    c = report["centrality"]
    top = Section("Top entities")
    titles = {
        "degree_total": "Degree (links in + out)",
        "degree_in": "In-degree",
        "degree_out": "Out-degree",
        "pagerank": "PageRank",
        "betweenness": "Betweenness",
    }
    for key, title in titles.items():
        m = c[key]
        if key == "betweenness":
            title += f", {m['method']}" + (f" from {m['sample_size']} sampled sources" if m["sample_size"] else "")
        top.tables.append(
            Table(
                title,
                ["#", "entity", "type", "score"],
                [
                    [str(i + 1), f"{r['name']} ({r['id']})", str(r["type"]), _score(r["score"])]
                    for i, r in enumerate(m["top"])
                ],
            )
        )
    sections.append(top)
    cm = report["communities"]
    sections.append(
        Section(
            "Communities",
            [
                f"Louvain on {cm.get('engine', 'networkx')}, seed {cm['seed']}: {cm['count']} communities, modularity "
                f"{cm['modularity']:.3f} (communities of one entity not listed)."
            ],
            [
                Table(
                    f"Communities ({cm['count']} in all)",
                    ["#", "size", "members"],
                    [
                        [str(x["index"] + 1), str(x["size"]), ", ".join(m["name"] for m in x["members"])]
                        for x in cm["communities"]
                    ],
                )
            ],
        )
    )
    b = report["brokers"]
    sections.append(
        Section(
            "Brokers",
            tables=[
                Table(
                    f"Articulation points ({b['articulation_points_total']})",
                    ["entity", "type", "parts", "entities cut off"],
                    [
                        [f"{r['name']} ({r['id']})", str(r["type"]), str(r["splits"]), str(r["cut_off"])]
                        for r in b["articulation_points"]
                    ],
                    "entities whose removal splits the network.",
                ),
                Table(
                    f"Bridges ({b['bridges_total']})",
                    ["between", "and", "links", "entities cut off"],
                    [
                        [
                            r["source"]["name"],
                            r["target"]["name"],
                            ", ".join(f"{x['subject']} {x['predicate']} {x['object']}" for x in r["links"]),
                            str(r["cut_off"]),
                        ]
                        for r in b["bridges"]
                    ],
                    "connections whose removal splits the network.",
                ),
            ],
        )
    )
    cf = report["conflicts"]
    kinds = ", ".join(f"{k}: {v}" for k, v in cf["by_kind"].items()) or "none"
    sections.append(
        Section(
            f"Conflicts ({cf['count']})",
            [f"{cf['count']} conflicts ({kinds}); {cf['disagreeing_links']} links whose own claims disagree."],
            conflicts=[conflict_view(x) for x in cf["items"]],
        )
    )
    ss = report["single_source"]
    sections.append(
        Section(
            "Single-source dependencies",
            [
                f"{ss['links_total']} single-source links: not peripheral, resting on one document or one origin "
                f"(best-connected first, {len(ss['links'])} shown)."
            ],
            [
                Table(
                    f"Single-source links ({ss['links_total']}; best-connected first)",
                    ["subject", "predicate", "object", "basis", "documents", "origins"],
                    [
                        [
                            r["subject_name"],
                            r["predicate"],
                            r["object_name"],
                            r["basis"],
                            ", ".join(r["documents"]),
                            ", ".join(r["origin_names"]),
                        ]
                        for r in ss["links"]
                    ],
                ),
                Table(
                    f"Single-source entities ({ss['entities_total']})",
                    ["entity", "type", "claims", "basis", "documents", "origins"],
                    [
                        [
                            r["name"],
                            str(r["type"]),
                            str(r["claims"]),
                            r["basis"],
                            ", ".join(r["documents"]),
                            ", ".join(r["origin_names"]),
                        ]
                        for r in ss["entities"]
                    ],
                    f"{ss['entities_total']} entities rest on one document or one origin ({len(ss['entities'])} shown).",
                ),
            ],
        )
    )
    co = report["corroboration"]
    sections.append(
        Section(
            "Corroboration",
            tables=[
                Table(
                    "Links by independent origins",
                    ["independent origins", "links"],
                    [[str(k), str(v)] for k, v in co["links_by_independent_origins"].items()],
                )
            ],
        )
    )
    a = report["attribution"]
    o = a["overall"]
    sections.append(
        Section(
            "Attribution",
            tables=[
                Table(
                    f"Attribution ({o['claims']} claims, {_pct(o['hedged_share'])} hedged)",
                    ["category", "claims", "share", "hedged", "hedged share", "asserters"],
                    [
                        [
                            cat,
                            str(v["claims"]),
                            _pct(v["share"]),
                            str(v["hedged"]),
                            _pct(v["hedged_share"]),
                            ", ".join(f"{k} ({n})" for k, n in list(v["asserters"].items())[:5]),
                        ]
                        for cat, v in o["categories"].items()
                    ],
                ),
                Table(
                    f"Attribution per entity ({len(a['by_entity'])} of {a['entities_total']}, most-claimed first)",
                    ["entity", "claims", "hedged", "by category"],
                    [
                        [
                            r["name"],
                            str(r["claims"]),
                            _pct(r["hedged_share"]),
                            ", ".join(f"{k} {_pct(v['share'])}" for k, v in r["categories"].items()),
                        ]
                        for r in a["by_entity"]
                    ],
                ),
            ],
        )
    )
    return sections


def _esc(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _md_table(t: Table) -> list[str]:
    lines = [f"{t.title}: {t.note}" if t.note else f"**{t.title}**", ""]
    if not t.rows:
        return [*lines, "_none_", ""]
    lines += ["| " + " | ".join(t.columns) + " |", "|" + "|".join("---" for _ in t.columns) + "|"]
    lines += ["| " + " | ".join(_esc(v) for v in row) + " |" for row in t.rows]
    return [*lines, ""]


def _md_conflict(i: int, x: dict) -> list[str]:
    lines = [f"### {i}. {x['summary']}", "", x["head"] + ".", ""]
    lines += [f"- note: {note}" for note in x["notes"]]
    if x["reference"]:
        lines.append(f"- reference: {x['reference']}")
    for v in x["versions"]:
        figure = f"**{v['figure']}**"
        when = f", dated {v['when']}" if v["when"] else ""
        lines.append(
            f"- {figure}{' — conflicts' if v['conflicting'] else ''} — {v['parties']}, {v['document']} "
            f"({v['document_date']}){when}, by {v['by']}{' (hedged)' if v['hedged'] else ''}, "
            f"credibility {v['credibility']}: “{v['quote']}”"
        )
    return [*lines, ""]


def render_markdown(report: dict) -> str:
    """The report as Markdown (:func:`report_sections`): headings, tables, every conflict version with its quote.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> md = render_markdown(analyze(load_dataset("tests/fixtures/analytics"), engine="networkx"))
    >>> md.splitlines()[0], "## Conflicts" in md
    ('# Analysis report', True)
    """
    lines: list[str] = []
    for n, section in enumerate(report_sections(report)):
        lines += [f"{'#' if n == 0 else '##'} {section.title}", ""]
        for p in section.paragraphs:
            lines += [p, ""]
        for t in section.tables:
            lines += _md_table(t)
        for i, x in enumerate(section.conflicts, 1):
            lines += _md_conflict(i, x)
    return "\n".join(lines).rstrip() + "\n"
