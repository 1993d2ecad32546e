#!/usr/bin/env python
"""Benchmark a claim's edge attributes: read from the claim against made from its record.

The figure behind :func:`graph.build.claim_attributes` (why the graph build reads a claim's
fields directly instead of reshaping :meth:`graph.model.Claim.to_dict`, which
:func:`graph.build.edge_record` does and a test checks equal). Claims come from
:func:`graph.synth.scale_free_dataset` (1-3 claims per link, 40 % attributed, most
dated); figures are the best of ``--repeat`` runs in process CPU seconds, garbage collector off.

    .venv/bin/python scripts/bench_records.py --claims 100000
"""

from __future__ import annotations

import argparse
import time

from benchlib import timings
from graph.build import claim_attributes, edge_record
from graph.synth import scale_free_dataset


def best_cpu(fn, items, repeat: int) -> float:
    """The best of *repeat* runs of *fn* over *items* in process CPU seconds (collector paused)."""

    def run() -> None:
        for x in items:
            fn(x)

    return min(timings(run, repeat, time.process_time)[0])


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    claims = scale_free_dataset(args.claims * 2 // 7 + 10).claims[: args.claims]  # about 3.5 claims per entity
    if any(edge_record(c.to_dict()) != claim_attributes(c) for c in claims):
        raise SystemExit("the two forms differ")
    direct = best_cpu(claim_attributes, claims, args.repeat)
    via = best_cpu(lambda c: edge_record(c.to_dict()), claims, args.repeat)
    print(f"{len(claims)} claims: read directly {direct:.3f} s, from to_dict {via:.3f} s (x{via / direct:.2f})")
    return {"claims": len(claims), "direct_s": round(direct, 3), "record_s": round(via, 3)}


if __name__ == "__main__":
    main()
