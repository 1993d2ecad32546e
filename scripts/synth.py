#!/usr/bin/env python3
"""Generate a synthetic dataset of the seed dataset's shape, for benchmarks and scale tests.

The command line of :func:`graph.synth.generate` (see that module for what is generated).

Usage::

    python scripts/synth.py --claims 100000 --out /tmp/synth-100k [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graph.synth import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, required=True, help="number of claims")
    ap.add_argument("--out", type=Path, required=True, help="output dataset folder (created)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--schema", type=Path, default=None, help="schema folder (default: the repository's)")
    ap.add_argument("--json", action="store_true", help="print the sizes as JSON")
    args = ap.parse_args(argv)
    if args.claims < 1:
        ap.error("--claims must be >= 1")
    if args.out.exists() and any(args.out.iterdir()):
        ap.error(f"{args.out} exists and is not empty")
    sizes = generate(args.claims, args.out, seed=args.seed, schema_dir=args.schema)
    print(
        json.dumps(sizes)
        if args.json
        else f"wrote {sizes['claims']} claims, {sizes['entities']} entities, {sizes['documents']} documents to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
