#!/usr/bin/env python
"""Benchmark `kg render`'s whole-graph view: render time, file size, time until stable in Chromium.

For each size, a synthetic scale-free dataset (:func:`graph.synth.scale_free_dataset`; about two links
and three to four claims per entity) is rendered to one page with the default node cap
(1,000), then opened in headless Chromium (Debian's ``chromium`` + ``chromium-driver``,
offline flags) until the page reports itself stable: physics finished (up to 500 nodes) or
the first full drawing of the precomputed layout (above). Figures are medians of ``--runs``.

    .venv/bin/python scripts/bench_render.py                     # 100, 1000, 5000 nodes
    .venv/bin/python scripts/bench_render.py --sizes 5000 --max-nodes 5000   # uncapped
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from graph.synth import scale_free_dataset
from graph.views.page import render_page
from graph.views.selection import DEFAULT_CAP, whole_view


def render_once(ds, out: Path, cap: int) -> tuple[float, int, dict]:
    start = time.perf_counter()
    view = whole_view(ds, cap=cap)
    html = render_page(view)
    out.write_text(html, encoding="utf-8")
    seconds = time.perf_counter() - start
    return (
        seconds,
        out.stat().st_size,
        {"nodes": view.graph.number_of_nodes(), "links": view.graph.number_of_edges(), "total": view.total_nodes},
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-nodes", type=int, default=DEFAULT_CAP)
    ap.add_argument("--no-browser", action="store_true", help="only render (no Chromium)")
    args = ap.parse_args(argv)

    browser = None
    if not args.no_browser:
        from graph.views.headless import start_browser, stop_browser

        browser = start_browser()
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="kg-bench-render-") as tmp:
            for n in args.sizes:
                ds = scale_free_dataset(n, seed=7)
                renders, loads, stables, size, info = [], [], [], 0, {}
                for i in range(args.runs):
                    page = Path(tmp) / f"whole-{n}-{i}.html"
                    seconds, size, info = render_once(ds, page, args.max_nodes)
                    renders.append(seconds)
                    if browser:
                        loads.append(browser.open(page, timeout=300))
                        stables.append(browser.js("return KG.stableAt") / 1000)
                        errors = browser.console_errors()
                        if errors:
                            raise SystemExit(f"console errors at {n} nodes: {errors}")
                rows.append(
                    {
                        "n": n,
                        "claims": len(ds.claims),
                        **info,
                        "render": statistics.median(renders),
                        "size": size,
                        "load": statistics.median(loads) if loads else None,
                        "stable": statistics.median(stables) if stables else None,
                        "physics": info["nodes"] <= 500,
                    }
                )
                r = rows[-1]
                print(
                    f"{n} entities: {r['render']:.2f} s render, {r['size'] / 1e6:.2f} MB, "
                    + (f"{r['load']:.2f} s until stable" if r["load"] is not None else "no browser"),
                    file=sys.stderr,
                )
    finally:
        if browser:
            stop_browser(browser)

    print(
        "| entities (claims) | drawn | links drawn | layout | render | file | until stable (wall) | until stable (page clock) |"
    )
    print("|---:|---:|---:|---|---:|---:|---:|---:|")
    for r in rows:
        load = f"{r['load']:.2f} s" if r["load"] is not None else "–"
        stable = f"{r['stable']:.2f} s" if r["stable"] is not None else "–"
        print(
            f"| {r['n']:,} ({r['claims']:,}) | {r['nodes']:,} | {r['links']:,} | "
            f"{'physics' if r['physics'] else 'Python, physics off'} | {r['render']:.2f} s | "
            f"{r['size'] / 1e6:.2f} MB | {load} | {stable} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
