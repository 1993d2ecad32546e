#!/usr/bin/env python
"""Measure extraction quality: leave-one-document-out on a curated dataset.

For each document, the gazetteer is built from every entity except those only that
document mentions (an entity is "mentioned" by a document when one of its names occurs in
the text or a claim of the document uses it). The extractor then runs on the stored text
and is scored against the document's curated claims:

* entity mentions — recall of the known entities the curated claims use (subject, object,
  attributed_to, item); "used share" = mentioned entities that the curated claims of the
  document use (a lower bound of precision: the seeds have no mention annotations, and
  an entity named but not used in any claim is not necessarily a false match);
* new-entity candidates — a candidate is right when one of its names folds to a name or
  alias of a held-out entity (a leading article aside); recall over the held-out entities
  the claims use;
* claims, counted per sentence (the headline figures) — curated claims of the document with
  the same subject and object whose quotes lie in one sentence form one *unit*. A proposed
  claim matches a still unmatched unit with the same subject and object whose quote
  overlaps the proposal's sentence (candidates count as the held-out entity they name; when
  the proposal's predicate and one of the unit's are symmetric, such as MET_WITH, subject
  and object match in either order). Recall = matched units / units (also over the units
  whose two entities are reachable: known or found as candidates), precision = matched
  units / proposals, predicate accuracy = matched units holding a claim with the proposed
  predicate;
* claims, old pair counting (printed for comparison) — a proposal matches any unused
  curated claim of the document with the same subject and object, wherever its quote is;
* speed — articles per second on one core (extraction only, warm pipeline).

Usage: ``python scripts/eval_extract.py [--data seeds] [--json] [--explain]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.extract.gazetteer import LEADING_ARTICLES, Gazetteer, fold_tokens  # noqa: E402
from graph.extract.pipeline import extract  # noqa: E402
from graph.extract.sentences import split_sentences  # noqa: E402
from graph.validate import load_dataset  # noqa: E402


def _key(name: str) -> tuple[str, ...]:
    toks = tuple(t for t, _, _ in fold_tokens(name))
    return toks[1:] if len(toks) > 1 and toks[0] in LEADING_ARTICLES else toks


def mentioned_by(ds) -> dict[str, set[str]]:
    """Entity id -> ids of the documents that mention it (by name or by claim)."""
    full = Gazetteer.from_entities(ds.entities.values(), loose=False)  # exact names decide what is held out
    out: dict[str, set[str]] = {e: set() for e in ds.entities}
    for doc in ds.documents.values():
        for m in full.find(doc.text):
            for e in m.entities:
                out[e].add(doc.id)
    for c in ds.claims:
        for e in (c.subject, c.object, c.attributed_to, c.item):
            if e:
                out[e].add(c.document)
    return out


def evaluate(ds, explain=None) -> dict:
    mentions_of = mentioned_by(ds)
    types = {e.id: e.type for e in ds.entities.values()}
    totals = {k: 0 for k in ("gold_known", "found_known", "found_total", "found_ok", "gold_new", "cand_total",
                             "cand_ok", "gold_new_found", "gold_claims", "pred_claims", "matched",
                             "pred_right", "gold_claims_reachable", "gold_units", "units_reachable",
                             "u_matched", "u_right")}
    per_doc = []
    timings = []

    def sym(predicate: str) -> bool:  # A MET_WITH B states the same fact as B MET_WITH A
        return ds.schema.predicates[predicate].symmetric

    # warm the spaCy pipeline once
    extract("Testo.", lang="it", schema=ds.schema, gazetteer=Gazetteer(), entity_types={})
    for doc in ds.documents.values():
        held_out = {e for e, docs in mentions_of.items() if docs <= {doc.id}}
        known = [e for e in ds.entities.values() if e.id not in held_out]
        gaz = Gazetteer.from_entities(known)
        ktypes = {e.id: types[e.id] for e in known}
        t0 = time.perf_counter()
        x = extract(doc.text, lang=doc.language, schema=ds.schema, gazetteer=gaz, entity_types=ktypes,
                    doc_date=doc.date, taken_ids=set(ktypes))
        timings.append(time.perf_counter() - t0)
        gold = [c for c in ds.claims if c.document == doc.id]
        used = {e for c in gold for e in (c.subject, c.object, c.attributed_to, c.item) if e}
        # mentions
        found = {m.entity for m in x.mentions if m.known}
        gold_known = used - held_out
        totals["gold_known"] += len(gold_known)
        totals["found_known"] += len(gold_known & found)
        totals["found_total"] += len(found)
        totals["found_ok"] += len(found & used)
        # candidates -> held-out entities
        name_index: dict[tuple, str] = {}
        for e in held_out:
            for n in ds.entities[e].names:
                name_index[_key(n)] = e
        cand_map = {}
        for c in x.candidates:
            for n in (c.name, *c.aliases):
                if _key(n) in name_index:
                    cand_map[c.id] = name_index[_key(n)]
                    break
        gold_new = used & held_out
        totals["gold_new"] += len(gold_new)
        totals["cand_total"] += len(x.candidates)
        totals["cand_ok"] += len(cand_map)
        totals["gold_new_found"] += len(gold_new & set(cand_map.values()))
        # claims
        reachable = set(ktypes) | set(cand_map.values())
        totals["gold_claims_reachable"] += sum(1 for c in gold if c.subject in reachable and c.object in reachable)
        preds = sorted(x.claims, key=lambda c: -c.score)
        resolved = [(p, cand_map.get(p.subject, p.subject), cand_map.get(p.object, p.object)) for p in preds]
        # old counting: a proposal matches any unused curated claim with the same subject and object
        pool = list(gold)
        matched = right = 0
        for p, s, o in resolved:
            hits = [g for g in pool if (g.subject, g.object) == (s, o) or (sym(p.predicate) and sym(g.predicate)
                                                                          and (g.object, g.subject) == (s, o))]
            if not hits:
                continue
            g = next((g for g in hits if g.predicate == p.predicate), hits[0])
            pool.remove(g)
            matched += 1
            right += g.predicate == p.predicate
        # sentence counting: curated claims with the same subject and object whose quotes lie in
        # the same sentence are one unit; a proposal matches a unit with the same subject and
        # object whose quote overlaps the proposal's sentence
        sents = [(sn.start, sn.end) for sn in split_sentences(doc.text, doc.language)]

        def sent_ids(a, b):
            return frozenset(i for i, (sa, sb) in enumerate(sents) if sa < b and a < sb)

        units: dict[tuple, list] = {}
        for g in gold:
            ids = sent_ids(g.start, g.end)
            key = next((k for k in units if k[0] == g.subject and k[1] == g.object and k[2] & ids), None)
            if key is None:
                units[(g.subject, g.object, ids)] = [g]
            else:
                units[key].append(g)
        free = dict(units)
        u_matched = u_right = 0
        pairs: list[tuple] = []
        for p, s, o in resolved:
            ids = sent_ids(p.sentence_start, p.sentence_end)
            key = next((k for k in free if k[2] & ids and ((k[0], k[1]) == (s, o) or (
                sym(p.predicate) and any(sym(g.predicate) for g in free[k]) and (k[1], k[0]) == (s, o)))), None)
            if key is None:
                pairs.append((p, None))
                continue
            unit = free.pop(key)
            ok = any(g.predicate == p.predicate for g in unit)
            pairs.append((p, (unit, ok)))
            u_matched += 1
            u_right += ok
        totals["gold_units"] += len(units)
        totals["units_reachable"] += sum(1 for k in units if k[0] in reachable and k[1] in reachable)
        totals["u_matched"] += u_matched
        totals["u_right"] += u_right
        if explain is not None:
            _explain(explain, doc, gold, pairs, [g for u in free.values() for g in u], x, cand_map, reachable)
        totals["gold_claims"] += len(gold)
        totals["pred_claims"] += len(x.claims)
        totals["matched"] += matched
        totals["pred_right"] += right
        per_doc.append({"document": doc.id, "held_out_entities": len(held_out), "gold_claims": len(gold),
                        "gold_units": len(units), "proposed_claims": len(x.claims), "matched_units": u_matched,
                        "predicate_right_units": u_right, "matched": matched, "predicate_right": right,
                        "candidates": len(x.candidates), "candidates_right": len(cand_map),
                        "seconds": round(timings[-1], 4)})
    # speed: repeat the whole set for a stable median
    runs = []
    full = Gazetteer.from_entities(ds.entities.values())
    for _ in range(5):
        t0 = time.perf_counter()
        for doc in ds.documents.values():
            extract(doc.text, lang=doc.language, schema=ds.schema, gazetteer=full,
                    entity_types=types, doc_date=doc.date)
        runs.append(time.perf_counter() - t0)
    t = totals

    def ratio(a, b):
        return round(a / b, 3) if b else None

    return {
        "documents": len(ds.documents),
        "mentions": {"recall": ratio(t["found_known"], t["gold_known"]), "used_share": ratio(t["found_ok"], t["found_total"]),
                     "gold": t["gold_known"], "found": t["found_total"]},
        "new_entities": {"recall": ratio(t["gold_new_found"], t["gold_new"]), "precision": ratio(t["cand_ok"], t["cand_total"]),
                         "gold": t["gold_new"], "candidates": t["cand_total"]},
        "claims": {"recall": ratio(t["u_matched"], t["gold_units"]),
                   "precision": ratio(t["u_matched"], t["pred_claims"]),
                   "recall_reachable": ratio(t["u_matched"], t["units_reachable"]),
                   "predicate_accuracy": ratio(t["u_right"], t["u_matched"]),
                   "gold_units": t["gold_units"], "gold_units_reachable": t["units_reachable"],
                   "gold": t["gold_claims"], "proposed": t["pred_claims"], "matched": t["u_matched"]},
        "claims_pair_counting": {"recall": ratio(t["matched"], t["gold_claims"]),
                                 "precision": ratio(t["matched"], t["pred_claims"]),
                                 "recall_reachable": ratio(t["matched"], t["gold_claims_reachable"]),
                                 "predicate_accuracy": ratio(t["pred_right"], t["matched"]),
                                 "gold": t["gold_claims"], "gold_reachable": t["gold_claims_reachable"],
                                 "proposed": t["pred_claims"], "matched": t["matched"]},
        "speed": {"articles_per_second": round(len(ds.documents) / statistics.median(runs), 1),
                  "median_seconds_per_pass": round(statistics.median(runs), 4)},
        "per_document": per_doc,
    }


def _explain(out, doc, gold, pairs, missed, x, cand_map, reachable) -> None:
    """Print matches, misses and false proposals of one document (``--explain``)."""
    def short(t, n=110):
        t = " ".join(t.split())
        return t if len(t) <= n else t[:n - 3] + "..."


    print(f"\n=== {doc.id}: {len(gold)} curated, {len(pairs)} proposed", file=out)
    for p, g in pairs:
        s, o = cand_map.get(p.subject, p.subject), cand_map.get(p.object, p.object)
        if g is None:
            print(f"  FP   {s} {p.predicate} {o}  cue={p.cue!r} score={p.score:.0f}  | {short(p.quote)}", file=out)
        else:
            unit, ok = g
            flag = "ok " if ok else "~" + "/".join(sorted({u.predicate for u in unit}))
            print(f"  HIT  {s} {p.predicate} {o} [{flag}] cue={p.cue!r} score={p.score:.0f}  | {short(p.quote)}", file=out)
    for g in missed:
        where = "reach" if g.subject in reachable and g.object in reachable else "unreach"
        ents = {m.entity for m in x.mentions if m.start >= g.start - 0 and m.end <= g.end}
        ents = {cand_map.get(e, e) for e in ents}
        inq = "".join(("S" if g.subject in ents else "-", "O" if g.object in ents else "-"))
        print(f"  MISS {g.subject} {g.predicate} {g.object}  [{where} {inq}]  | {short(g.quote)}", file=out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="seeds", help="dataset folder (default: seeds)")
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--explain", action="store_true",
                    help="list, per document, matched, missed and unmatched proposed claims (on stderr)")
    args = ap.parse_args(argv)
    ds = load_dataset(args.data, use_cache=False)
    r = evaluate(ds, explain=sys.stderr if args.explain else None)
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    m, n, c, s = r["mentions"], r["new_entities"], r["claims"], r["speed"]
    print(f"leave-one-document-out on {r['documents']} documents of {args.data}")
    print(f"entity mentions:   recall {m['recall']}  used by curated claims {m['used_share']}  "
          f"({m['gold']} gold, {m['found']} found)")
    print(f"new entities:      recall {n['recall']}  precision {n['precision']}  ({n['gold']} gold, {n['candidates']} candidates)")
    print(f"claims (subj+obj, per sentence): recall {c['recall']}  precision {c['precision']}  "
          f"(matched {c['matched']} of {c['gold_units']} curated units from {c['gold']} claims, "
          f"{c['proposed']} proposed)")
    print(f"  recall on units whose entities are reachable: {c['recall_reachable']} ({c['gold_units_reachable']} units)")
    print(f"  predicate right on matched units: {c['predicate_accuracy']}")
    o = r["claims_pair_counting"]
    print(f"claims (subj+obj, old pair counting): recall {o['recall']}  precision {o['precision']}  "
          f"(matched {o['matched']} of {o['gold']} curated, {o['proposed']} proposed; predicate right "
          f"{o['predicate_accuracy']}; reachable recall {o['recall_reachable']})")
    print(f"speed: {s['articles_per_second']} articles/s (median of 5 passes, one core)")
    for d in r["per_document"]:
        print(f"  {d['document']}: {d['matched_units']}/{d['gold_units']} units matched "
              f"({d['matched']}/{d['gold_claims']} claims, old counting), {d['proposed_claims']} proposed, "
              f"predicate right {d['predicate_right_units']}, candidates {d['candidates_right']}/{d['candidates']} right, "
              f"{d['held_out_entities']} held-out entities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
