"""The analysis report: every measure in one JSON-ready dict, and its Markdown rendering.

:func:`analyze` runs the structure, evidence and attribution analytics on a dataset (or a
filtered summary graph of it) and :func:`render_markdown` turns the result into a report an
analyst can paste into a briefing. ``kg analyze`` prints the same dict as rich tables.
"""

from __future__ import annotations

import time
from collections import Counter

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

__all__ = ["analyze", "render_markdown"]


def analyze(dataset: Dataset, *, top: int = 10, limit: int = 25, seed: int = 0, engine: str = "auto",
            sample_size: int | None = None, graph: nx.MultiDiGraph | None = None,
            communities_engine: str = "networkx") -> dict:
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
    used = {m: engines.choose(engine if engine == "auto" or engine in engines.SUPPORTS[m] else "networkx", measure=m)
            for m in ("pagerank", "betweenness")}
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
    ss_links.sort(key=lambda r: (-(deg.get(r["subject"], 0) + deg.get(r["object"], 0)), r["subject"], r["predicate"], r["object"]))
    ss_entities = single_source_entities(dataset)
    ss_entities.sort(key=lambda r: (-r["claims"], r["id"]))
    origins = Counter(link.independent_origins for link in links)
    counts = link_counts(links)
    lap("evidence")
    overall = attribution(dataset)
    per_entity = attribution_by_entity(dataset)
    lap("attribution")
    return {
        "dataset": {"directory": str(dataset.directory) if dataset.directory else None,
                    "content_hash": dataset.content_hash, "entities": len(dataset.entities),
                    "documents": len(dataset.documents), "claims": len(dataset.claims), **counts,
                    "graph": {"nodes": S.number_of_nodes(), "edges": S.number_of_edges(),
                              "components": nx.number_connected_components(U)}},
        "engine": used,
        "seed": seed,
        "centrality": cent,
        "communities": comms,
        "brokers": {"articulation_points": points[:limit], "articulation_points_total": len(points),
                    "bridges": cut[:limit], "bridges_total": len(cut)},
        "conflicts": {"count": len(found), "by_kind": dict(Counter(c["kind"] for c in found)),
                      "disagreeing_links": counts["disagreeing_links"], "items": found},
        "corroboration": {"links_by_independent_origins": {str(k): v for k, v in sorted(origins.items())},
                          "links_by_documents": {str(k): v for k, v in sorted(Counter(len(link.documents) for link in links).items())}},
        "single_source": {"links": ss_links[:limit], "links_total": counts["single_source_links"],
                          "entities": ss_entities[:limit], "entities_total": len(ss_entities)},
        "attribution": {"overall": overall, "by_entity": per_entity[:limit], "entities_total": len(per_entity)},
        "timings": timings,
    }


def _esc(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(_esc(v) for v in row) + " |" for row in rows]
    return out + [""]


def _score(v) -> str:
    return f"{v:.4f}" if isinstance(v, float) else str(v)


def _pct(v: float) -> str:
    return f"{100 * v:.0f}%"


def render_markdown(report: dict) -> str:
    """The report as Markdown: headings, tables, every conflict version with its quote.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> md = render_markdown(analyze(load_dataset("tests/fixtures/analytics"), engine="networkx"))
    >>> md.splitlines()[0], "## Conflicts" in md
    ('# Analysis report', True)
    """
    d = report["dataset"]
    lines = ["# Analysis report", "",
             f"Dataset `{d['directory']}` ({d['content_hash'][:12] or 'filtered'}): {d['documents']} documents, "
             f"{d['entities']} entities, {d['claims']} claims, {d['links']} links ({d['single_source_links']} "
             f"single-source, {d['disagreeing_links']} with disagreeing claims); graph of {d['graph']['nodes']} "
             f"entities in {d['graph']['components']} components. Engines: "
             + ", ".join(f"{k} {v}" for k, v in report["engine"].items()) + f"; seed {report['seed']}.", ""]
    c = report["centrality"]
    lines += ["## Top entities", ""]
    titles = {"degree_total": "Degree (links in + out)", "degree_in": "In-degree", "degree_out": "Out-degree",
              "pagerank": "PageRank", "betweenness": "Betweenness"}
    for key in ("degree_total", "degree_in", "degree_out", "pagerank", "betweenness"):
        m = c[key]
        how = f", {m['method']}" + (f" from {m['sample_size']} sampled sources" if m["sample_size"] else "")
        lines += [f"### {titles[key]}{how if key == 'betweenness' else ''}", ""]
        lines += _table(["#", "entity", "type", "score"],
                        [[i + 1, f"{r['name']} (`{r['id']}`)", r["type"], _score(r["score"])] for i, r in enumerate(m["top"])])
    cm = report["communities"]
    lines += ["## Communities", "", f"Louvain, seed {cm['seed']}: {cm['count']} communities, modularity "
              f"{cm['modularity']:.3f} (communities of one entity not listed).", ""]
    lines += _table(["#", "size", "members"], [[x["index"] + 1, x["size"], ", ".join(m["name"] for m in x["members"])]
                                              for x in cm["communities"]])
    b = report["brokers"]
    lines += ["## Brokers", "", f"Articulation points ({b['articulation_points_total']}): entities whose removal splits the network.", ""]
    lines += _table(["entity", "type", "parts", "entities cut off"],
                    [[f"{r['name']} (`{r['id']}`)", r["type"], r["splits"], r["cut_off"]] for r in b["articulation_points"]])
    lines += [f"Bridges ({b['bridges_total']}): connections whose removal splits the network.", ""]
    lines += _table(["between", "and", "links", "entities cut off"],
                    [[r["source"]["name"], r["target"]["name"],
                      ", ".join(f"{x['subject']} {x['predicate']} {x['object']}" for x in r["links"]), r["cut_off"]]
                     for r in b["bridges"]])
    cf = report["conflicts"]
    lines += ["## Conflicts", "", (f"{cf['count']} conflicts ({', '.join(f'{k}: {v}' for k, v in cf['by_kind'].items()) or 'none'}); "
                                   f"{cf['disagreeing_links']} links whose own claims disagree."), ""]
    for i, x in enumerate(cf["items"], 1):
        lines += [f"### {i}. {x['summary']}", "", f"Kind: {x['kind']}; documents: {', '.join(x['documents'])}"
                  + ("; the versions can be reconciled" if x["reconcilable"] else "") + ".", ""]
        for note in x["notes"]:
            lines += [f"- note: {note}"]
        if x.get("reference"):
            r = x["reference"]
            lines += [f"- reference: {r['property']} of `{r['entity']}` is {r['value']}"]
        for v in x["versions"]:
            if v["quantity"] is not None:
                figure = format_quantity(v["quantity"], v["quantity_bound"], v["unit"])
            else:
                figure = v["date"] or v["predicate"]
            if x["kind"] == "date" and not x["subject"]:
                figure += f"** by **{v['subject_name']}"
            when = v["date"] or v["valid_from"]
            if when and x["kind"] != "date":
                figure += f", {when}"
            by = v["asserted_by"]
            flag = " (hedged)" if v["hedged"] else ""
            conflicting = " — conflicts" if v.get("conflicting") else ""
            lines += [f"- **{figure}**{conflicting} — {v['document']} ({v['document_date'] or 'undated'}), by {by}{flag}, "
                      f"credibility {v['credibility']}: “{v['quote']}”"]
        lines += [""]
    ss = report["single_source"]
    lines += ["## Single-source dependencies", "",
              (f"{ss['links_total']} single-source links: not peripheral, resting on one document or one origin "
               f"(best-connected first, {len(ss['links'])} shown)."), ""]
    lines += _table(["subject", "predicate", "object", "basis", "documents", "origins"],
                    [[r["subject_name"], r["predicate"], r["object_name"], r["basis"], ", ".join(r["documents"]),
                      ", ".join(r["origin_names"])] for r in ss["links"]])
    lines += [f"{ss['entities_total']} entities rest on one document or one origin ({len(ss['entities'])} shown).", ""]
    lines += _table(["entity", "type", "claims", "basis", "documents", "origins"],
                    [[r["name"], r["type"], r["claims"], r["basis"], ", ".join(r["documents"]), ", ".join(r["origin_names"])]
                     for r in ss["entities"]])
    co = report["corroboration"]
    lines += ["## Corroboration", ""]
    lines += _table(["independent origins", "links"], [[k, v] for k, v in co["links_by_independent_origins"].items()])
    a = report["attribution"]
    o = a["overall"]
    lines += ["## Attribution", "", f"{o['claims']} claims, {o['hedged']} hedged ({_pct(o['hedged_share'])}).", ""]
    lines += _table(["category", "claims", "share", "hedged", "hedged share", "asserters"],
                    [[cat, v["claims"], _pct(v["share"]), v["hedged"], _pct(v["hedged_share"]),
                      ", ".join(f"{k} ({n})" for k, n in list(v["asserters"].items())[:5])] for cat, v in o["categories"].items()])
    lines += [f"Per entity ({len(a['by_entity'])} of {a['entities_total']} shown, most-claimed first):", ""]
    lines += _table(["entity", "claims", "hedged", "by category"],
                    [[r["name"], r["claims"], _pct(r["hedged_share"]),
                      ", ".join(f"{k} {_pct(v['share'])}" for k, v in r["categories"].items())] for r in a["by_entity"]])
    return "\n".join(lines).rstrip() + "\n"
