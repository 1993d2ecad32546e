"""Assemble one self-contained, offline HTML page per view, and the index page.

The page is built from pyvis's node and edge records (``pyvis.network.Network``) and its
vendored vis-network, but not from pyvis's templates: those load Bootstrap and vis-network
from CDNs and switch to an ``innerHTML`` popup when a title contains "href". Here nothing
carries a vis ``title``; all dataset text travels as JSON in a
``<script type="application/json">`` element (with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped) and reaches the page only through ``textContent``. A Content-Security-Policy
allows exactly the page's own inline scripts and styles (by hash) and ``data:`` images,
so the page cannot load anything from anywhere even if something slipped through.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from pyvis.edge import Edge
from pyvis.network import Network

from .. import analytics as an
from ..model import CREDIBILITY, RELIABILITY, format_quantity
from ..records import asserted_by
from ..records import origin_name as record_origin_name
from . import assets
from .layout import PHYSICS_MAX_NODES, compute_layout
from .selection import View

__all__ = ["FALLBACK_COLORS", "json_for_script", "page_data", "render_index", "render_page", "write_views"]

FALLBACK_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7")
_DISAGREE = "#d62728"
_EDGE = "#8c8c8c"
_LABEL_MAX = 40


def json_for_script(value) -> str:
    """JSON that is safe inside ``<script type="application/json">``: it cannot close the
    element (``</script>``), open a comment (``<!--``), or break a JS parser (U+2028/9)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _short(text: str, n: int = _LABEL_MAX) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _style(view: View, type_name: str, fallback: dict) -> tuple[str, str]:
    spec = view.dataset.schema.types.get(type_name)
    style = spec.style if spec else {}
    color = style.get("color") or fallback.setdefault(type_name, FALLBACK_COLORS[len(fallback) % len(FALLBACK_COLORS)])
    return str(color), str(style.get("shape") or "dot")


def _figure(rec: dict, ds) -> str | None:
    """A claim record's figure as everywhere else (``≥10000 soldiers``), with its item by name."""
    if rec["quantity"] is None:
        return None
    item = f" of {ds.entity_name(rec['item'])}" if rec["item"] else ""
    return format_quantity(rec["quantity"], rec["quantity_bound"], rec["unit"]) + item


def _claim_dates(c) -> tuple[str | None, str | None, str | None]:
    """(display text, earliest ISO day, latest ISO day) of a claim's time.

    The days are :func:`graph.analytics.claim_span`'s, so the page's date filter keeps what
    ``kg analyze --since/--until`` keeps; an open end is ``0001-01-01`` or ``9999-12-31``
    (ISO days compare as strings in the page script).
    """
    span = an.claim_span(c)
    if span is None:
        return None, None, None
    text = str(c.date) if c.date else f"{c.valid_from or '…'} to {c.valid_to or '…'}"
    return text, span[0].isoformat(), span[1].isoformat()


def page_data(view: View) -> dict:
    """Everything the page script needs, as plain JSON-able values."""
    ds, G = view.dataset, view.graph
    physics = G.number_of_nodes() <= PHYSICS_MAX_NODES
    pos = compute_layout(G)
    cent = view.centrality
    cmax = max((cent.get(n, 0.0) for n in G), default=0.0) or 1.0
    highlight = set(view.highlight)
    fallback: dict[str, str] = {}

    net = Network(directed=True)  # pyvis as the record builder; its templates are never used
    info = []
    type_counts: Counter = Counter()
    for n in sorted(G, key=lambda n: (-cent.get(n, 0.0), n)):
        attrs = G.nodes[n]
        etype = attrs.get("type", "Thing")
        type_counts[etype] += 1
        color, shape = _style(view, etype, fallback)
        size = round(10 + 22 * math.sqrt(cent.get(n, 0.0) / cmax), 1)
        x, y = pos[n]
        extra = {
            "x": x,
            "y": y,
            "size": size,
            "borderWidth": 4 if n in highlight else 1,
            "color": {
                "background": color,
                "border": "#111111" if n in highlight else "#555555",
                "highlight": {"background": color, "border": "#000000"},
                "hover": {"background": color, "border": "#000000"},
            },
        }
        if not physics:
            extra["physics"] = False
        net.add_node(n, label=_short(attrs.get("name", n)), shape=shape, **extra)
        entity = ds.entities.get(n)
        info.append(
            {
                "name": attrs.get("name", n),
                "type": etype,
                "aliases": list(attrs.get("aliases", [])),
                "desc": entity.description if entity else "",
                "cent": round(cent.get(n, 0.0), 4),
            }
        )

    by_id = an.claims_index(ds)
    edges_raw = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    used_docs = {by_id[cid].document for *_e, attrs in edges_raw for cid in attrs.get("claim_ids", [])}
    doc_index: dict[str, int] = {d: i for i, d in enumerate(sorted(used_docs))}
    doc_claims: Counter = Counter()
    claims_out: list[dict] = []
    claim_index: dict[str, int] = {}

    def add_claim(cid: str) -> int:
        if cid in claim_index:
            return claim_index[cid]
        c = by_id[cid]
        rec = c.to_dict()
        doc_claims[rec["document"]] += 1
        text, lo, hi = _claim_dates(c)
        claim_index[cid] = len(claims_out)
        claims_out.append(
            {
                "q": rec["quote"],
                "d": doc_index[rec["document"]],
                "a": asserted_by(ds, c) if rec["asserters"] else None,
                "an": rec["attribution_note"],
                "cr": rec["credibility"],
                "h": rec["hedged"],
                "dt": text,
                "lo": lo,
                "hi": hi,
                "qty": _figure(rec, ds),
                "n": rec["note"],
            }
        )
        return claim_index[cid]

    def origin_name(origin: str) -> str:
        return record_origin_name(ds, origin)

    pair_count: Counter = Counter(frozenset((u, v)) for u, v, _k, _d in edges_raw)
    pair_seen: defaultdict = defaultdict(int)
    links = []
    edges = []
    pred_counts: Counter = Counter()
    for i, (u, v, key, attrs) in enumerate(edges_raw):
        predicate = attrs.get("predicate", key)
        pred_counts[predicate] += 1
        origins = attrs.get("independent_origins", len(attrs.get("origins", [])) or 1)
        rec = Edge(
            u,
            v,
            directed=True,
            id=f"e{i}",
            label=predicate,
            width=round(1 + 2 * min(origins - 1, 4), 1),
            dashes=bool(attrs.get("hedged")),
            color={"color": _DISAGREE if attrs.get("disagree") else _EDGE, "highlight": "#1a5fb4", "hover": "#1a5fb4"},
        ).options
        pair = frozenset((u, v))
        if pair_count[pair] > 1 or u == v:
            k = pair_seen[pair]
            pair_seen[pair] += 1
            if k or u == v:
                clockwise = (k % 2 == 1) == (u <= v)
                rec["smooth"] = {
                    "enabled": True,
                    "type": "curvedCW" if clockwise else "curvedCCW",
                    "roundness": round(0.25 * ((k + 1) // 2), 2),
                }
        edges.append(rec)
        cids = [add_claim(c) for c in attrs.get("claim_ids", [])]
        links.append(
            {
                "p": predicate,
                "c": cids,
                "org": [origin_name(o) for o in attrs.get("origins", [])],
                "docs": [doc_index[d] for d in attrs.get("documents", []) if d in doc_index],
                "bc": attrs.get("best_credibility"),
                "h": bool(attrs.get("hedged")),
                "dis": list(attrs.get("disagreements", [])),
                "fd": attrs.get("first_date"),
                "ld": attrs.get("last_date"),
                "ss": bool(attrs.get("single_source")),
            }
        )
    net.edges = edges
    nodes_out, edges_out, *_ = net.get_network_data()

    documents = []
    for did, _i in sorted(doc_index.items(), key=lambda kv: kv[1]):
        d = ds.documents.get(did)
        rec = d.to_dict() if d else {"title": did, "outlet": None, "date": None, "reliability": "F", "url": None}
        documents.append(
            {
                "id": did,
                "title": rec["title"],
                "outlet": rec["outlet"],
                "date": rec["date"],
                "reliability": rec["reliability"],
                "reliability_text": RELIABILITY.get(rec["reliability"], "") if d else "",
                "url": rec["url"],
                "claims": doc_claims[did],
            }
        )

    types = []
    for t, count in sorted(type_counts.items()):
        color, shape = _style(view, t, fallback)
        types.append([t, color, shape, count])
    left_out = [[name, etype] for name, etype in _left_out(view)]
    return {
        "view": {
            "kind": view.kind,
            "slug": view.slug,
            "title": view.title,
            "physics": physics,
            "centrality": view.centrality_name,
            "highlight": list(view.highlight),
            "notes": list(view.notes),
            "path": list(view.path_text),
            "total_nodes": view.total_nodes,
            "total_links": view.total_links,
            "left_out": left_out,
            # the counts kg stats and kg analyze report (graph.links.link_counts), over this view's links
            "single_source_links": sum(1 for lk in links if lk["ss"]),
            "disagreeing_links": sum(1 for lk in links if lk["dis"]),
        },
        "types": types,
        "predicates": sorted(pred_counts.items()),
        "documents": documents,
        "credibility": {str(k): v for k, v in CREDIBILITY.items()},
        "nodes": nodes_out,
        "info": info,
        "edges": edges_out,
        "links": links,
        "claims": claims_out,
    }


def _left_out(view: View):
    ds = view.dataset
    for n in view.left_out:
        e = ds.entities.get(n)
        yield ds.entity_name(n), (e.type if e else "?")


def _esc(text: str) -> str:
    """HTML-escaped text; the line and paragraph separators become character references."""
    return html.escape(str(text)).replace("\u2028", "&#x2028;").replace("\u2029", "&#x2029;")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace every ``@@NAME@@`` of *template* in one pass (inserted text is never re-scanned)."""
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], template)


def render_page(view: View, *, index_href: str | None = "index.html") -> str:
    """The complete HTML of *view*."""
    data = json_for_script(page_data(view))
    vis_js, vis_css, js, css = assets.vis_network_js(), assets.vis_network_css(), assets.page_js(), assets.page_css()
    csp = (
        f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(js)}; "
        f"style-src {_sha256(vis_css)} {_sha256(css)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    nav = f'<a href="{html.escape(index_href)}">All views</a>' if index_href else ""
    return _fill(
        assets.page_template(),
        {
            "CSP": html.escape(csp, quote=False),
            "TITLE": _esc(view.title),
            "DESCRIPTION": _esc(view.description),
            "NAV": nav,
            "CENTRALITY": html.escape(view.centrality_name),
            "VIS_CSS": vis_css,
            "PAGE_CSS": css,
            "VIS_JS": vis_js,
            "PAGE_JS": js,
            "DATA": data,
        },
    )


_INDEX_CSS = """body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:24px auto;
max-width:960px;color:#222;padding:0 16px}h1{font-size:20px}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:5px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}
.n{text-align:right;white-space:nowrap}.small{color:#666;font-size:12px}"""


def render_index(views: list[View], *, title: str = "Knowledge graph views", summary: str = "") -> str:
    """The index page: one row per view with its description and size."""
    rows = []
    for v in views:
        shown = v.graph.number_of_nodes()
        size = f"{shown:,}" + (f" of {v.total_nodes:,}" if v.total_nodes and v.total_nodes != shown else "")
        rows.append(
            f'<tr><td><a href="{html.escape(v.filename)}">{_esc(v.title)}</a>'
            f'<div class="small">{_esc(v.filename)}</div></td><td>{_esc(v.kind)}</td>'
            f'<td class="n">{size}</td><td class="n">{v.graph.number_of_edges():,}</td>'
            f"<td>{_esc(v.description)}</td></tr>"
        )
    csp = f"default-src 'none'; style-src {_sha256(_INDEX_CSS)}; base-uri 'none'; form-action 'none'"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp, quote=False)}">\n'
        f"<title>{_esc(title)}</title>\n<style>{_INDEX_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{_esc(title)}</h1>\n<p>{_esc(summary)}</p>\n"
        '<p class="small">Each page works offline: open it straight from disk. Hover over a link or an entity '
        "to read its evidence; click to keep it in the side panel.</p>\n"
        '<table>\n<tr><th>view</th><th>kind</th><th class="n">entities</th><th class="n">links</th>'
        "<th>what it shows</th></tr>\n" + "\n".join(rows) + "\n</table>\n</body>\n</html>\n"
    )


def write_views(
    views: list[View], out_dir: Path, *, title: str = "Knowledge graph views", summary: str = ""
) -> list[Path]:
    """Write every view and the index into *out_dir*; return the paths written (index first)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / "index.html"]
    for v in views:
        path = out_dir / v.filename
        path.write_text(render_page(v), encoding="utf-8")
        written.append(path)
    written[0].write_text(render_index(views, title=title, summary=summary), encoding="utf-8")
    return written
