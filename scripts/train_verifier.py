#!/usr/bin/env python
"""Fit the verifier of drafted claims (graph/extract/verifier.py) on the development set.

The extractor drafts every text of the training splits exactly as ``kg ingest`` does; each claim
the rules would draft high (before the calibration) is labelled right or wrong by the strict
match of ``scripts/eval_extract.py``; an L2-regularised logistic regression of right on the
claim's features is fitted and written, with its floor, as a YAML mapping of feature names to
weights (``schema/verifier.yaml`` by default).

The default training splits are the development splits ``dev``-``dev117`` (``dev``-``dev90`` until
round 100, ``dev``-``dev99`` in round 100, ``dev``-``dev100`` in round 101, ``dev``-``dev104`` in
rounds 103-107, ``dev``-``dev107`` in round 108, ``dev``-``dev108`` in round 109, ``dev``-``dev109``
in round 110, ``dev``-``dev110`` in round 111, ``dev``-``dev111`` in round 112, ``dev``-``dev112``
in round 113, ``dev``-``dev113`` in round 114, ``dev``-``dev114`` in round 115, ``dev``-``dev115``
in rounds 116-117): the validation
splits (dev14, dev15, dev19-dev21) and the held-out texts are never read, so the figures
``scripts/eval_extract.py`` gives on them measure the verifier on texts it never saw.

The floor is ``--floor`` (default 0.35). With ``--choose-floor`` it is chosen on the training
splits themselves: a model is fitted without the last ``TUNING_SPLITS`` of them, and of the floors
0.05, 0.10, ... 0.95 the one giving the highest precision on those splits' claims (the ones the
rules and the calibration draft high) while keeping at least ``KEEP_RIGHT`` of their right claims
is taken; the model written is then fitted on all the training splits. On ``dev``-``dev90`` that
choice was 0.6, which the shipped file does not use: it sends clear first-line claims of short
articles low (docs/ingest.md, "The verifier").

Usage: ``python scripts/train_verifier.py [--split dev --split dev2 ...] [--out schema/verifier.yaml]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from eval_extract import DEVSET_SPLITS, devset_gazetteer, draft_proposals, load_devset, score_text
from graph.atomic import write_atomic
from graph.extract.calibration import DEMOTED
from graph.extract.verifier import BEFORE_CHARS, VERIFIER, Verifier, verifier_features
from graph.validate import load_dataset

#: Development splits never used for fitting (eval_extract's validation splits).
VALIDATION_SPLITS = ("dev14", "dev15", "dev19", "dev20", "dev21")
#: The default training splits: every development split (``eval_extract.DEVSET_SPLITS``, the one
#: list a round extends) but the validation splits; never the current round's held-out texts.
DEFAULT_SPLITS = tuple(s for s in DEVSET_SPLITS if s not in (*VALIDATION_SPLITS, "held-out"))
#: The floor's choice: the last splits held out of the fit, the share of right claims kept.
TUNING_SPLITS, KEEP_RIGHT = 10, 0.85
DEFAULT_FLOOR = 0.35
FLOORS = tuple(round(0.05 * k, 2) for k in range(1, 20))


@dataclass
class Row:
    """One claim the rules draft high before the calibration."""

    features: list[str]
    right: bool
    split: str
    calibrated_high: bool  # still high after the calibration's own floor and demotions


def training_rows(devset: Path, splits: set[str], data: str = "seeds") -> list[Row]:
    """Every claim drafted high before the calibration in *splits*, with its features and label."""
    ds = load_dataset(data, use_cache=False)
    texts, problems = load_devset(devset, ds, splits)
    if problems:
        raise SystemExit("development set has problems:\n" + "\n".join(problems))
    gaz, types = devset_gazetteer(ds, devset)
    names = {e.id: e.name for e in ds.entities.values()}
    rows: list[Row] = []
    for dt in texts:
        if dt.split not in splits:
            continue
        props = draft_proposals(dt, dt.language, ds, gaz, types, names)[3]
        for p, _, g in score_text(dt, props, ds)["_rows"]:
            if not p.base_high:
                continue
            evidence = dt.text[p.start : p.end]
            before = dt.text[max(0, p.start - BEFORE_CHARS) : p.start]
            features = verifier_features(p.features(), p.predicate, p.reasons, dt.language, evidence, before)
            others = [r for r in p.reasons if r.startswith(DEMOTED) and r != DEMOTED + VERIFIER]
            rows.append(Row(features, g is not None, dt.split, not others))
    return rows


def fit(rows: list[Row], l2: float = 1.0, min_count: int = 2) -> dict[str, float]:
    """Logistic weights of the features seen at least *min_count* times (``bias`` always)."""
    counts = Counter(f for r in rows for f in set(r.features))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count or f == "bias"))}
    ri, ci = [], []
    for i, r in enumerate(rows):
        for f in set(r.features):
            j = vocab.get(f)
            if j is not None:
                ri.append(i)
                ci.append(j)
    x = sparse.csr_matrix((np.ones(len(ri)), (ri, ci)), shape=(len(rows), len(vocab)))
    y = np.array([r.right for r in rows], dtype=float)

    def loss(w):
        z = np.clip(x @ w, -40, 40)
        p = 1.0 / (1.0 + np.exp(-z))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + 0.5 * l2 * w @ w
        return value, x.T @ (p - y) + l2 * w

    w = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 1000}).x
    return {f: round(float(w[j]), 4) for f, j in vocab.items() if abs(w[j]) >= 0.0005}


def choose_floor(rows: list[Row], splits: list[str], l2: float, min_count: int) -> tuple[float, dict]:
    """The floor picked on the last :data:`TUNING_SPLITS` of *splits* by a model fitted without
    them (see the module's docstring), with the figures it was picked on."""
    tuning = set(splits[-TUNING_SPLITS:])
    weights = fit([r for r in rows if r.split not in tuning], l2, min_count)
    verifier = Verifier(weights, 0.0)
    scored = [(verifier.probability(r.features), r.right) for r in rows if r.split in tuning and r.calibrated_high]
    right = sum(ok for _, ok in scored)
    best = (0.0, sum(ok for _, ok in scored) / max(1, len(scored)), right, len(scored))
    for floor in FLOORS:
        kept = [ok for p, ok in scored if p >= floor]
        if not kept or sum(kept) < KEEP_RIGHT * right:
            continue
        precision = sum(kept) / len(kept)
        if precision > best[1]:
            best = (floor, precision, sum(kept), len(kept))
    figures = {"tuning_splits": sorted(tuning), "claims": len(scored), "right": right,
               "floor": best[0], "kept": best[3], "kept_right": best[2]}  # fmt: skip
    return best[0], figures


def render(weights: dict[str, float], floor: float, splits: list[str], claims: int) -> str:
    """The verifier file: a comment, the floor, what it was trained on, the sorted weights."""
    head = [
        "# The verifier of drafted claims (graph/extract/verifier.py), written by",
        "# scripts/train_verifier.py; do not edit by hand, train it again.",
        f"floor: {floor}",
        f"trained_on: {json.dumps(' '.join(splits))}",
        f"claims: {claims}",
        "weights:",
    ]
    body = [f"  {json.dumps(f, ensure_ascii=False)}: {w}" for f, w in sorted(weights.items())]
    return "\n".join(head + body) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", default="tests/fixtures/devset", help="development set folder")
    ap.add_argument("--split", action="append", help="a training split (repeatable; default dev-dev109 w/o validation)")
    ap.add_argument("--out", default="schema/verifier.yaml", help="where to write the verifier")
    ap.add_argument("--floor", type=float, default=DEFAULT_FLOOR, help="probability under which a claim goes low")
    ap.add_argument("--choose-floor", action="store_true", help="choose the floor on the last training splits")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 regularisation strength")
    ap.add_argument("--min-count", type=int, default=2, help="claims a feature must occur in")
    ap.add_argument("--json", action="store_true", help="print a JSON summary")
    args = ap.parse_args(argv)
    splits = list(args.split or DEFAULT_SPLITS)
    if any(s == "held-out" or s in VALIDATION_SPLITS for s in splits):
        ap.error("the held-out and validation splits are never trained on")
    if not 0.0 <= args.floor <= 1.0:
        ap.error("--floor is a probability between 0 and 1")
    if args.choose_floor and len(splits) <= TUNING_SPLITS:
        ap.error(f"choosing the floor needs more than {TUNING_SPLITS} training splits")
    rows = training_rows(Path(args.devset), set(splits))
    if not rows or len({r.right for r in rows}) < 2:
        print("train_verifier: the splits give no claims, or claims of one label only", file=sys.stderr)
        return 1
    floor, chosen = choose_floor(rows, splits, args.l2, args.min_count) if args.choose_floor else (args.floor, {})
    weights = fit(rows, args.l2, args.min_count)
    write_atomic(args.out, render(weights, floor, splits, len(rows)))
    summary = {"claims": len(rows), "right": sum(r.right for r in rows), "features": len(weights), "floor": floor,
               "floor_choice": chosen, "out": args.out}  # fmt: skip
    if args.json:
        print(json.dumps(summary))
    else:
        if chosen:
            print(f"floor {floor}: on {', '.join(chosen['tuning_splits'])} (fitted without them) it keeps "
                  f"{chosen['kept_right']} of {chosen['right']} right claims in {chosen['kept']} of {chosen['claims']}")  # fmt: skip
        print(f"{summary['claims']} claims ({summary['right']} right), {summary['features']} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
