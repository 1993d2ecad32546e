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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.extract.calibration import DEMOTED, POSITIONS, claim_features, demoted_by
from graph.extract.gazetteer import LEADING_ARTICLES, Gazetteer, fold_tokens
from graph.extract.pipeline import extract
from graph.extract.sentences import split_sentences
from graph.extract.titles import offices_on_record
from graph.validate import load_dataset


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
    totals = {
        k: 0
        for k in (
            "gold_known",
            "found_known",
            "found_total",
            "found_ok",
            "gold_new",
            "cand_total",
            "cand_ok",
            "gold_new_found",
            "gold_claims",
            "pred_claims",
            "matched",
            "pred_right",
            "gold_claims_reachable",
            "gold_units",
            "units_reachable",
            "u_matched",
            "u_right",
        )
    }
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
        x = extract(
            doc.text,
            lang=doc.language,
            schema=ds.schema,
            gazetteer=gaz,
            entity_types=ktypes,
            doc_date=doc.date,
            taken_ids=set(ktypes),
            # the offices the other documents record: a document's own claims are its gold
            offices=offices_on_record([c for c in ds.claims if c.document != doc.id], ds.schema),
        )
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
            hits = [
                g
                for g in pool
                if (g.subject, g.object) == (s, o)
                or (sym(p.predicate) and sym(g.predicate) and (g.object, g.subject) == (s, o))
            ]
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

        def sent_ids(a, b, sents=sents):
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
            key = next(
                (
                    k
                    for k in free
                    if k[2] & ids
                    and (
                        (k[0], k[1]) == (s, o)
                        or (sym(p.predicate) and any(sym(g.predicate) for g in free[k]) and (k[1], k[0]) == (s, o))
                    )
                ),
                None,
            )
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
        per_doc.append(
            {
                "document": doc.id,
                "held_out_entities": len(held_out),
                "gold_claims": len(gold),
                "gold_units": len(units),
                "proposed_claims": len(x.claims),
                "matched_units": u_matched,
                "predicate_right_units": u_right,
                "matched": matched,
                "predicate_right": right,
                "candidates": len(x.candidates),
                "candidates_right": len(cand_map),
                "seconds": round(timings[-1], 4),
            }
        )
    # speed: repeat the whole set for a stable median
    runs = []
    full = Gazetteer.from_entities(ds.entities.values())
    for _ in range(5):
        t0 = time.perf_counter()
        for doc in ds.documents.values():
            extract(
                doc.text, lang=doc.language, schema=ds.schema, gazetteer=full, entity_types=types, doc_date=doc.date
            )
        runs.append(time.perf_counter() - t0)
    t = totals

    def ratio(a, b):
        return round(a / b, 3) if b else None

    return {
        "documents": len(ds.documents),
        "mentions": {
            "recall": ratio(t["found_known"], t["gold_known"]),
            "used_share": ratio(t["found_ok"], t["found_total"]),
            "gold": t["gold_known"],
            "found": t["found_total"],
        },
        "new_entities": {
            "recall": ratio(t["gold_new_found"], t["gold_new"]),
            "precision": ratio(t["cand_ok"], t["cand_total"]),
            "gold": t["gold_new"],
            "candidates": t["cand_total"],
        },
        "claims": {
            "recall": ratio(t["u_matched"], t["gold_units"]),
            "precision": ratio(t["u_matched"], t["pred_claims"]),
            "recall_reachable": ratio(t["u_matched"], t["units_reachable"]),
            "predicate_accuracy": ratio(t["u_right"], t["u_matched"]),
            "gold_units": t["gold_units"],
            "gold_units_reachable": t["units_reachable"],
            "gold": t["gold_claims"],
            "proposed": t["pred_claims"],
            "matched": t["u_matched"],
        },
        "claims_pair_counting": {
            "recall": ratio(t["matched"], t["gold_claims"]),
            "precision": ratio(t["matched"], t["pred_claims"]),
            "recall_reachable": ratio(t["matched"], t["gold_claims_reachable"]),
            "predicate_accuracy": ratio(t["pred_right"], t["matched"]),
            "gold": t["gold_claims"],
            "gold_reachable": t["gold_claims_reachable"],
            "proposed": t["pred_claims"],
            "matched": t["matched"],
        },
        "speed": {
            "articles_per_second": round(len(ds.documents) / statistics.median(runs), 1),
            "median_seconds_per_pass": round(statistics.median(runs), 4),
        },
        "per_document": per_doc,
    }


def _explain(out, doc, gold, pairs, missed, x, cand_map, reachable) -> None:
    """Print matches, misses and false proposals of one document (``--explain``)."""

    def short(t, n=110):
        t = " ".join(t.split())
        return t if len(t) <= n else t[: n - 3] + "..."

    print(f"\n=== {doc.id}: {len(gold)} curated, {len(pairs)} proposed", file=out)
    for p, g in pairs:
        s, o = cand_map.get(p.subject, p.subject), cand_map.get(p.object, p.object)
        if g is None:
            print(f"  FP   {s} {p.predicate} {o}  cue={p.cue!r} score={p.score:.0f}  | {short(p.quote)}", file=out)
        else:
            unit, ok = g
            flag = "ok " if ok else "~" + "/".join(sorted({u.predicate for u in unit}))
            print(
                f"  HIT  {s} {p.predicate} {o} [{flag}] cue={p.cue!r} score={p.score:.0f}  | {short(p.quote)}", file=out
            )
    for g in missed:
        where = "reach" if g.subject in reachable and g.object in reachable else "unreach"
        ents = {m.entity for m in x.mentions if m.start >= g.start - 0 and m.end <= g.end}
        ents = {cand_map.get(e, e) for e in ents}
        inq = "".join(("S" if g.subject in ents else "-", "O" if g.object in ents else "-"))
        print(f"  MISS {g.subject} {g.predicate} {g.object}  [{where} {inq}]  | {short(g.quote)}", file=out)


# -- development set ------------------------------------------------------------------------

#: ``dev``: read while writing round-1 rules; ``dev2``: held out in round 1, read while writing
#: round-2 rules; ``dev3``: held out in round 2, read while writing round-3 rules; ``dev4``: held
#: out in round 3, read while writing round-4 rules; ``dev5``: held out in round 4, read while
#: writing round-5 rules; ``dev6``: held out in round 5, read in round 6; ``dev7``: held out in
#: round 6, read in round 7; ``dev8``: held out in round 7, read in round 8; ``dev9``: held out in
#: round 8, read in round 9; ``dev10``: held out in round 9, measured again (aggregates only) in
#: round 10; ``dev11``: held out in round 10, measured again (aggregates only) in round 11,
#: round 12's validation split (aggregates only); ``dev12``: held out in round 11, measured again
#: in round 12, round 13's validation split; ``dev13``: held out in round 12, measured again in
#: round 13; ``dev14``: held out in round 13, measured again in round 14, round 15's validation split;
#: ``dev15``: held out in round 14, measured again in round 15; ``dev16``: held out in round 15,
#: round 16's validation split; ``dev17``: held out in round 16;
#: ``dev18``: held out in round 17; ``dev19``: held out in round 18 (dev16-dev18 read in round 18);
#: ``dev20``: held out in round 19; ``dev21``: held out in round 20; ``dev22``: held out in
#: round 21, read in round 22; ``dev23``: held out in round 22, read in round 23; ``dev24``: held
#: out in round 23, read in round 24; ``dev25``: held out in round 24, read in round 25;
#: ``dev26``: held out in round 25, read in round 26; ``dev27``: held out in round 26, read in
#: round 27; ``dev28``: held out in round 27, read in round 28; ``dev29``: held out in round 28,
#: read in round 29; ``dev30``: held out in round 29, read at the end of the stop; ``dev31``: the
#: final extractor's fresh texts (round 30), read in round 31; ``dev32``: held out in round 31,
#: read in round 32; ``dev33``: held out in round 32, read in round 33; ``dev34``: held out in
#: round 33; ``dev35``: the round-33 extractor's fresh texts (round 34); ``dev36``: held out in
#: round 35, read in round 36; ``dev37``-``dev43``: held out in rounds 36-42, each read in the
#: next round; ``dev44``: the round-42 extractor's fresh texts (round 43), read in round 44;
#: ``dev45``: held out in round 44; ``dev46``-``dev118``: held out in rounds 45-118 (tests/fixtures/devset/README.md); ``held-out``: never read
#: while writing rules (the figures that count).
DEVSET_SPLITS = ("dev", *(f"dev{n}" for n in range(2, 155)), "held-out")
_BOUNDS = ("exact", "at_least", "at_most", "approx")


@dataclass
class GoldClaim:
    """One annotated claim of a development-set text (see tests/fixtures/devset/README.md)."""

    subjects: tuple[str, ...]
    predicate: str
    objects: tuple[str, ...]
    spans: list[tuple[int, int]]
    item: str | None = None
    quantity: tuple | None = None
    asserter: str | None = None
    relay: str | None = None
    hedged: bool = False
    key: bool = False
    line: int = 0

    @property
    def attributed_to(self) -> str | None:
        """What the claim's ``attributed_to`` must be: the named asserter, else the named relay."""
        if self.asserter and self.asserter != "unnamed":
            return self.asserter
        return self.relay

    @property
    def attribution_kind(self) -> str:
        return "none" if self.asserter is None else ("unnamed" if self.asserter == "unnamed" else "named")


@dataclass
class DevText:
    """A development-set text with its gold annotation."""

    name: str
    split: str
    language: str
    date: object
    text: str
    entities: dict[str, dict]  # id -> {"type": ..., "names": [...], "known": bool}
    claims: list[GoldClaim]


def _ids(value) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list) else (value,)


def load_devset(folder: Path, ds, splits: set[str] | None = None) -> tuple[list[DevText], list[str]]:
    """Read every ``NAME.yaml`` + ``NAME.txt`` of *folder*; return the texts and all problems found.

    With *splits*, the texts of other splits are skipped unread (only their ``split`` field is
    looked at): rule work on the development splits never reads a held-out annotation, not
    even in an error message.

    Checked: the strict YAML reader (duplicate keys, aliases ...), known fields, verbatim
    quotes, predicates of the schema, declared entity ids, seed ids that exist, types that
    fit each predicate's domain and range, quantities, splits and languages.
    """
    from graph.dates import PartialDate
    from graph.extract.draft import plain
    from graph.yamlio import read_yaml

    schema = ds.schema
    texts, problems = [], []
    for path in sorted(Path(folder).glob("*.yaml")):
        if path.name == "gazetteer.yaml":
            continue
        value, probs = read_yaml(path)
        if splits is not None and (probs or value.get("split") not in splits):
            if probs and not (isinstance(value, dict) and value.get("split") not in splits):
                problems.append(f"{path}: not readable")
            continue
        problems += [str(p) for p in probs]
        if probs:
            continue

        def bad(at, msg, path=path, problems=problems):
            problems.append(f"{path}:{at[0]}:{at[1]}: {msg}")

        txt_path = path.with_suffix(".txt")
        if not txt_path.is_file():
            bad(value.at, f"text {txt_path.name} not found")
            continue
        text = txt_path.read_text(encoding="utf-8")
        unknown = set(value) - {"id", "split", "language", "date", "entities", "claims"}
        if unknown:
            bad(value.at, f"unknown fields: {', '.join(sorted(unknown))}")
        if value.get("split") not in DEVSET_SPLITS:
            bad(value.pos.get("split", value.at), f"split must be one of {DEVSET_SPLITS}")
        if value.get("language") not in ("it", "en"):
            bad(value.pos.get("language", value.at), "language must be it or en")
        try:
            date = PartialDate.parse(str(value["date"])) if value.get("date") else None
        except ValueError as exc:
            bad(value.pos["date"], str(exc))
            date = None
        entities: dict[str, dict] = {}
        for rec, at in zip(value.get("entities") or [], getattr(value.get("entities"), "pos", []), strict=False):
            eid = rec.get("id")
            odd = [n for n in rec.get("names") or [] if not isinstance(n, str)]
            if odd:
                # "names: [12,000 workers]" is read as 12 and "000 workers": quote such names
                bad(at, f"entity {eid!r}: names must be text, not {odd!r} (quote a name holding a comma)")
                rec = {**rec, "names": [n for n in rec["names"] if isinstance(n, str)]}
            if eid in ds.entities:
                e = ds.entities[eid]
                entities[eid] = {"type": e.type, "names": list(e.names) + list(rec.get("names") or []), "known": True}
                if rec.get("type") and rec["type"] != e.type:
                    bad(at, f"{eid} is a {e.type} in the seeds, not a {rec['type']}")
            elif rec.get("type") in schema.types and rec.get("names"):
                entities[eid] = {"type": rec["type"], "names": list(rec["names"]), "known": False}
            else:
                bad(at, f"entity {eid!r}: not a seed entity, so it needs a schema type and names")
        claims = []
        for rec, at in zip(value.get("claims") or [], getattr(value.get("claims"), "pos", []), strict=False):
            rec = plain(rec)
            unknown = set(rec) - {
                "s",
                "p",
                "o",
                "item",
                "quote",
                "quantity",
                "attribution",
                "hedged",
                "key",
                "date",
                "valid_from",
                "valid_to",
                "note",
            }
            if unknown:
                bad(at, f"unknown claim fields: {', '.join(sorted(unknown))}")
            pred = schema.predicates.get(rec.get("p"))
            if pred is None:
                bad(at, f"predicate {rec.get('p')!r} is not in the schema")
                continue
            subjects, objects = _ids(rec.get("s")), _ids(rec.get("o"))
            for ids, allowed, what in ((subjects, pred.domain, "subject"), (objects, pred.range, "object")):
                for eid in ids:
                    if eid not in entities:
                        bad(at, f"{what} {eid!r} is not among the text's entities")
                    elif not schema.fits(entities[eid]["type"], allowed):
                        bad(at, f"{what} {eid!r} ({entities[eid]['type']}) does not fit {pred.name}")
            spans = []
            for q in _ids(rec.get("quote")):
                pos = text.find(q) if isinstance(q, str) else -1
                if pos < 0:
                    bad(at, f"quote not found verbatim in {txt_path.name}: {q!r}")
                else:
                    spans.append((pos, pos + len(q)))
            qty = rec.get("quantity")
            if qty is not None:
                if not (isinstance(qty, dict) and set(qty) == {"value", "unit", "bound"} and qty["bound"] in _BOUNDS):
                    bad(at, "quantity needs value, unit and a bound of " + ", ".join(_BOUNDS))
                    qty = None
                else:
                    qty = (qty["value"], qty["unit"], qty["bound"])
            attr = rec.get("attribution") or {}
            for role in ("asserter", "relay"):
                who = attr.get(role)
                if who is not None and who != "unnamed" and who not in entities:
                    bad(at, f"{role} {who!r} is not among the text's entities")
            item = rec.get("item")
            if item is not None and item not in entities:
                bad(at, f"item {item!r} is not among the text's entities")
            claims.append(
                GoldClaim(
                    subjects,
                    pred.name,
                    objects,
                    spans,
                    item,
                    qty,
                    attr.get("asserter"),
                    attr.get("relay"),
                    bool(rec.get("hedged")),
                    bool(rec.get("key")),
                    at[0],
                )
            )
        texts.append(
            DevText(value.get("id", path.stem), value.get("split"), value.get("language"), date, text, entities, claims)
        )
    if not texts and not problems:
        problems.append(f"{folder}: no development-set texts (NAME.yaml + NAME.txt)")
    return texts, problems


def devset_gazetteer(ds, folder: Path):
    """The seed entities' names plus the devset's ``gazetteer.yaml`` supplement, and their types."""
    from graph.yamlio import read_yaml

    extra: dict = {}
    path = Path(folder) / "gazetteer.yaml"
    if path.is_file():
        value, problems = read_yaml(path)
        if problems:
            raise SystemExit("\n".join(map(str, problems)))
        extra = {k: list(v) for k, v in (value or {}).items()}
    gaz = Gazetteer.from_entities(ds.entities.values())
    for eid, names in extra.items():
        if eid not in ds.entities:
            raise SystemExit(f"{path}: {eid!r} is not a seed entity")
        for n in names:
            gaz.add(eid, n)
    return gaz, {e.id: e.type for e in ds.entities.values()}


@dataclass
class _Proposed:
    """A drafted claim as the scorer sees it (entity ids mapped to gold ids)."""

    subject: str
    predicate: str
    object: str
    start: int
    end: int
    item: str | None
    quantity: tuple | None
    attributed_to: str | None
    kind: str
    hedged: bool
    text: str
    held_back: bool = False
    score: float = 0.0
    reasons: tuple = ()
    subject_known: bool = True
    object_known: bool = True
    base_high: bool = True  # drafted high before the calibration (``demoted:`` reasons undo it)
    position: str | None = None  # headline / lead / body
    main_subject: bool | None = None  # the subject is one of the article's main actors
    asserter: str | None = None  # the frame's named asserter (``--explain`` shows it against the gold)
    relay: str | None = None
    attribution_cue: str | None = None

    def features(self) -> list[str]:
        """The calibration features of the claim (:mod:`graph.extract.calibration`)."""
        return claim_features(
            self.predicate,
            (r for r in self.reasons if not r.startswith(DEMOTED)),
            self.kind,
            self.hedged,
            self.subject_known,
            self.object_known,
            self.position,
            self.main_subject,
        )


def _proposed(x, draft_claims, cand_map) -> list[_Proposed]:
    """Proposals from a draft's claim items (``claims`` and ``low_confidence``)."""

    def m(e):
        return cand_map.get(e, e)

    new = {c.id for c in x.candidates}
    out = []
    for section, items in draft_claims:
        for it in items:
            c = it["claim"]
            qty = (
                (c["quantity"], c.get("unit"), c.get("quantity_bound", "exact"))
                if c.get("quantity") is not None
                else None
            )
            attr = it.get("attribution") or {}
            kind = attr.get("kind") or ("named" if c.get("attributed_to") else "none")
            out.append(
                _Proposed(
                    m(c["subject"]),
                    c["predicate"],
                    m(c["object"]),
                    it["start"],
                    it["end"],
                    m(c["item"]) if c.get("item") else None,
                    qty,
                    m(c["attributed_to"]) if c.get("attributed_to") else None,
                    kind,
                    bool(c.get("hedged")),
                    c["quote"],
                    section != "claims",
                    float(it.get("score", 0)),
                    tuple(it.get("reasons", ())),
                    c["subject"] not in new,
                    c["object"] not in new,
                    section == "claims" or any(r.startswith(DEMOTED) for r in it.get("reasons", ())),
                    it.get("position"),
                    it.get("main_subject"),
                    m(attr["asserter"]) if attr.get("asserter") else None,
                    m(attr["relay"]) if attr.get("relay") else None,
                    attr.get("cue"),
                )
            )
    return out


def _sentence_spans(dt: DevText) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(dt.text, dt.language)]


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_text(dt: DevText, props: list[_Proposed], ds) -> dict:
    """Match the proposals of one text against its gold claims; counts and per-claim details."""
    sym = {n: p.symmetric for n, p in ds.schema.predicates.items()}
    sents = _sentence_spans(dt)

    def gold_sents(g):  # the sentences holding the gold evidence
        return [s for s in sents if any(_overlaps(s, sp) for sp in g.spans)]

    def pair_ok(p, g):
        fwd = p.subject in g.subjects and p.object in g.objects
        back = (sym.get(p.predicate) or sym.get(g.predicate)) and p.object in g.subjects and p.subject in g.objects
        return fwd or back

    def strict_ok(p, g, for_recall=False):
        if p.predicate != g.predicate or not pair_ok(p, g):
            return False
        if not any(_overlaps((p.start, p.end), s) for s in gold_sents(g)):
            return False
        if for_recall:
            return g.item is None or p.item == g.item
        return p.item is None or g.item is None or p.item == g.item

    rows = []
    for p in props:
        strict = [g for g in dt.claims if strict_ok(p, g)]
        pair = any(pair_ok(p, g) for g in dt.claims)
        # the gold claim it stands for: same item first, then same quantity
        g = max(strict, key=lambda g: (g.item == p.item, g.quantity == p.quantity), default=None)
        rows.append((p, pair, g))
    recalled = {id(g) for g in dt.claims if any(strict_ok(p, g, True) for p in props)}
    recalled_pair = {id(g) for g in dt.claims if any(pair_ok(p, g) for p in props)}
    matched = [(p, g) for p, _, g in rows if g is not None]
    attr_ok = sum(1 for p, g in matched if p.attributed_to == g.attributed_to and p.kind == g.attribution_kind)
    attr_field_ok = sum(1 for p, g in matched if p.attributed_to == g.attributed_to)
    q_rows = [(p, g) for p, g in matched if p.quantity is not None or g.quantity is not None]
    q_ok = sum(
        1
        for p, g in q_rows
        if p.quantity is not None
        and g.quantity is not None
        and float(p.quantity[0]) == float(g.quantity[0])
        and p.quantity[1:] == g.quantity[1:]
    )
    hedge_ok = sum(1 for p, g in matched if p.hedged == g.hedged)
    keys = [g for g in dt.claims if g.key]
    return {
        "proposed": len(props),
        "right_pair": sum(1 for _, pair, _ in rows if pair),
        "right_strict": len(matched),
        "gold": len(dt.claims),
        "recalled_strict": len(recalled),
        "recalled_pair": len(recalled_pair),
        "key": len(keys),
        "key_recalled": sum(1 for g in keys if id(g) in recalled),
        "key_recalled_pair": sum(1 for g in keys if id(g) in recalled_pair),
        "attribution_checked": len(matched),
        "attribution_right": attr_ok,
        "attributed_to_right": attr_field_ok,
        "quantity_checked": len(q_rows),
        "quantity_right": q_ok,
        "hedge_right": hedge_ok,
        "_rows": rows,
        "_missed": [g for g in dt.claims if id(g) not in recalled],
    }


def _entity_scores(dt: DevText, x) -> tuple[dict, dict]:
    """Entity recall (known mentions found, new entities proposed) and junk among the candidates.

    Returns the counts and the candidate id -> gold id map used for the claims.
    """
    index: dict[tuple, str] = {}
    for eid, e in dt.entities.items():
        for n in e["names"]:
            index.setdefault(_key(n), eid)
    cand_map, junk, dup = {}, [], []
    for c in x.candidates:
        names = [c.name, *c.aliases, *(m.text for m in c.mentions)]
        eid = next((index[_key(n)] for n in names if _key(n) in index), None)
        if eid is None:
            junk.append(c.name)
        else:
            cand_map[c.id] = eid
            if dt.entities[eid]["known"]:
                dup.append(c.name)
    found_known = {m.entity for m in x.mentions if m.known}
    known = [e for e, v in dt.entities.items() if v["known"]]
    new = [e for e, v in dt.entities.items() if not v["known"]]
    return {
        "known": len(known),
        "known_found": sum(1 for e in known if e in found_known or e in cand_map.values()),
        "new": len(new),
        "new_found": sum(1 for e in new if e in cand_map.values()),
        "candidates": len(x.candidates),
        "junk": len(junk),
        "duplicates_of_known": len(dup),
        "_junk": junk,
        "_missed_new": [
            dt.entities[e]["names"][0] if dt.entities[e]["names"] else e for e in new if e not in cand_map.values()
        ],
    }, cand_map


_OFFICES: dict[int, dict] = {}


def _offices(ds) -> dict:
    """The offices the dataset records (:func:`offices_on_record`), read once per dataset."""
    if id(ds) not in _OFFICES:
        _OFFICES[id(ds)] = offices_on_record(ds.claims, ds.schema)
    return _OFFICES[id(ds)]


def draft_proposals(dt: DevText, lang: str, ds, gaz, types: dict[str, str], names: dict[str, str]):
    """Draft one development text exactly as ``kg ingest`` does: the extraction, the entity scores,
    the candidate -> gold id map and every drafted claim (both sections) as the scorer sees it."""
    from graph.extract.draft import build_draft

    x = extract(
        dt.text,
        lang=lang,
        schema=ds.schema,
        gazetteer=gaz,
        entity_types=types,
        doc_date=dt.date,
        taken_ids=set(types),
        offices=_offices(ds),
    )
    doc = {"id": "doc-dev", "file": f"{dt.name}.txt", "sha256": "-", "title": dt.name, "language": lang}
    draft = build_draft(doc, dt.text, x, names)
    ents, cand_map = _entity_scores(dt, x)
    every = _proposed(x, [("claims", draft["claims"]), ("low_confidence", draft["low_confidence"])], cand_map)
    return x, ents, cand_map, every


def evaluate_devset(
    folder: Path,
    ds,
    *,
    detect: bool = False,
    include_held_back: bool = False,
    explain=None,
    split: str | Sequence[str] | None = None,
    calibration: tuple | None = None,
    by_reason: bool = False,
    fit: bool = False,
) -> dict:
    """Run the extractor on every development-set text and score it (per split and language).

    The draft is built exactly as ``kg ingest`` builds it; its ``claims`` are scored, and
    with *include_held_back* also its low-confidence claims. *split* keeps the texts of one
    split or of several (several: also a ``pooled`` group of all their texts, per language).
    *calibration* ``(score_floor, demote[, position_floor])`` replaces the schema's (``extraction.yaml`` ``calibration``; ``(None, [])``: none) when deciding which
    claims are high: a claim is high when the draft had it high before the calibration, its score
    is not under the floor (its position's in *position_floor*, else *score_floor*) and it has
    none of the *demote* features. *by_reason* adds ``by_reason``: per feature, the drafted claims
    strictly right and wrong, in the high and the low section apart; and ``under_floor``: the
    claims drafted high before the calibration but scored under the score floor in use, right,
    wrong and right on a key fact, per position and per position and actor. *fit* adds ``fit``:
    the calibration :func:`fit_calibration` draws from these texts.
    """

    splits = None if split is None else ({split} if isinstance(split, str) else set(split))
    texts, problems = load_devset(folder, ds, splits)
    if problems:
        raise SystemExit("development set has problems:\n" + "\n".join(problems))
    texts = [dt for dt in texts if splits is None or dt.split in splits]
    gaz, types = devset_gazetteer(ds, folder)
    names = {e.id: e.name for e in ds.entities.values()}
    extract("Testo.", lang="it", schema=ds.schema, gazetteer=Gazetteer(), entity_types={})  # warm up
    from graph.extract.ruledata import rules_for

    floor_in_use = rules_for(ds.schema).score_floor if calibration is None else calibration[0]
    under_floor: dict[str, dict[str, int]] = {}
    groups: dict[tuple[str, str], dict] = {}
    table: dict[str, dict[str, int]] = {}
    fitting: list[tuple[float, list[str], bool]] = []  # claims high before any calibration
    per_text = []
    detected_right = 0
    pooled = len({dt.split for dt in texts}) > 1
    for dt in texts:
        lang = dt.language
        if detect:
            from graph.extract.sentences import detect_language

            lang = detect_language(dt.text)
        detected_right += lang == dt.language
        x, ents, cand_map, every = draft_proposals(dt, lang, ds, gaz, types, names)
        if calibration is not None:
            floor, demote, *rest = calibration
            by_position = rest[0] if rest else {}
            for p in every:
                p_floor = by_position.get(p.position or "", floor)
                under = p_floor is not None and p.score < p_floor
                p.held_back = not p.base_high or under or bool(demoted_by(p.features(), demote))
        props = [p for p in every if include_held_back or not p.held_back]
        s = score_text(dt, props, ds)
        if by_reason or fit:
            for p, _, g in score_text(dt, every, ds)["_rows"]:
                if p.base_high:
                    fitting.append((p.score, p.features(), g is not None))
                if p.base_high and floor_in_use is not None and p.score < floor_in_use:
                    actor = "main" if p.main_subject else "other"
                    for k in (
                        "all",
                        f"lang:{dt.language}",
                        f"position:{p.position}",
                        f"lang:{dt.language}+position:{p.position}",
                        f"position:{p.position}+actor:{actor}",
                    ):
                        row = under_floor.setdefault(k, {"right": 0, "wrong": 0, "key_right": 0})
                        row["right" if g is not None else "wrong"] += 1
                        row["key_right"] += bool(g is not None and g.key)
                for f in ["all", *p.features(), f"lang:{dt.language}", f"split:{dt.split}"]:
                    row = table.setdefault(f, {"high_right": 0, "high_wrong": 0, "low_right": 0, "low_wrong": 0})
                    row[f"{'low' if p.held_back else 'high'}_{'right' if g is not None else 'wrong'}"] += 1
        if explain is not None and (dt.split != "held-out" or (splits is not None and "held-out" in splits)):
            sents = _sentence_spans(dt)

            def found(g, x=x, cand_map=cand_map, sents=sents):
                spans = [s for s in sents if any(_overlaps(s, sp) for sp in g.spans)]
                return {
                    cand_map.get(m.entity, m.entity)
                    for m in x.mentions
                    if any(_overlaps((m.start, m.end), sp) for sp in spans)
                }

            _explain_dev(explain, dt, s, ents, found)  # held-out texts only when asked for by name
        counts = {
            k: v
            for k, v in {**s, **{"ent_" + k: v for k, v in ents.items()}}.items()
            if not k.startswith("_") and not k.startswith("ent__")
        }
        per_text.append({"text": dt.name, "split": dt.split, "language": dt.language, **counts})
        keys = [(dt.split, dt.language), (dt.split, "all")]
        if pooled:  # several splits: their texts together too, per language
            keys += [("pooled", dt.language), ("pooled", "all")]
        for key in keys:
            g = groups.setdefault(key, {})
            for k, v in counts.items():
                g[k] = g.get(k, 0) + v
            g["texts"] = g.get("texts", 0) + 1
    return {
        "texts": len(texts),
        "language_detected_right": detected_right if detect else None,
        "include_held_back": include_held_back,
        "groups": {f"{sp}/{lg}": _ratios(g) for (sp, lg), g in sorted(groups.items())},
        "per_text": per_text,
        **({"by_reason": dict(sorted(table.items()))} if by_reason else {}),
        **({"under_floor": {"score_floor": floor_in_use, **dict(sorted(under_floor.items()))}} if by_reason else {}),
        **({"fit": fit_calibration(fitting)} if fit else {}),
    }


#: The fitting rule of :func:`fit_calibration`: a feature is demoted when at least
#: ``FIT_MIN_CLAIMS`` claims drafted high have it and fewer than ``FIT_MAX_PRECISION`` of them
#: are right; the score floor is raised in steps of ``FIT_STEP`` while the claims scored under it
#: (at least ``FIT_MIN_BAND``) are right less often than ``FIT_BAND_PRECISION`` (the target).
#: Round 8: the same floor rule is run on the claims of each position (headline, lead, body)
#: alone; a position gets a floor of its own when that differs from the floor of all claims and at
#: least ``FIT_MIN_BAND`` of its claims are scored under the floor of all claims (no floor of its
#: own found: *base*, i.e. none beyond ``confidence.high``).
FIT_MIN_CLAIMS, FIT_MAX_PRECISION = 5, 0.5
FIT_STEP, FIT_MIN_BAND, FIT_BAND_PRECISION = 5, 10, 0.75


def _fit_floor(
    claims: Sequence[tuple[float, Sequence[str], bool]], base: float, top: float
) -> tuple[float | None, list[int]]:
    """The highest floor (``base`` + k * ``FIT_STEP``, up to *top*) under which at least
    ``FIT_MIN_BAND`` claims are right less often than ``FIT_BAND_PRECISION``, with their right /
    wrong counts; or None."""
    floor, band = None, [0, 0]
    h = base + FIT_STEP
    while h <= top:
        under = [right for s, _, right in claims if s < h]
        if len(under) >= FIT_MIN_BAND and sum(under) / len(under) < FIT_BAND_PRECISION:
            floor, band = h, [sum(under), len(under) - sum(under)]
        h += FIT_STEP
    return floor, band


def fit_calibration(claims: Sequence[tuple[float, Sequence[str], bool]], base: float = 70.0) -> dict:
    """The calibration these claims support: ``score_floor``, ``demote`` and ``position_floor``
    (see the FIT_ rule).

    *claims* are ``(score, features, right)`` of the claims drafted high before any calibration;
    *base* is ``confidence.high``. Only broad features count (rules, predicates, attribution,
    hedging, known or new arguments, position, main actor), each on its own, never a cue word.
    ``position_floor`` gives a position a floor of its own: the floor rule run on its claims alone,
    when that differs from the floor of all claims and at least ``FIT_MIN_BAND`` of its claims are
    under the floor of all claims (*base* when its own rule finds no floor); its counts are those
    of its claims whose verdict the floor of its own changes. Position features act through
    ``position_floor`` only, never as ``demote`` entries.

    >>> fit_calibration([(80, ["predicate:CITES"], False)] * 10 + [(99, ["predicate:CITES"], True)] * 20)
    {'score_floor': 95.0, 'demote': [], 'position_floor': {}, 'counts': {'score_floor': [0, 10]}}
    >>> lead = [(80, ["position:lead"], True)] * 10 + [(99, ["position:lead"], True)] * 5
    >>> body = [(80, ["position:body"], False)] * 10 + [(99, ["position:body"], True)] * 20
    >>> fit = fit_calibration(lead + body)
    >>> fit["score_floor"], fit["position_floor"], fit["counts"]["position_floor:lead"]
    (95.0, {'lead': 70.0}, [10, 0])
    """
    counts: dict[str, list[int]] = {}
    for _, feats, right in claims:
        for f in feats:
            if not f.startswith("reason:cue"):
                counts.setdefault(f, [0, 0])[0 if right else 1] += 1
    demote = sorted(
        f
        for f, (ok, bad) in counts.items()
        if ok + bad >= FIT_MIN_CLAIMS and ok / (ok + bad) < FIT_MAX_PRECISION and not f.startswith("position:")
    )
    top = max((s for s, _, _ in claims), default=base)
    floor, band = _fit_floor(claims, base, top)
    by_position: dict[str, float] = {}
    position_counts: dict[str, list[int]] = {}
    for pos in POSITIONS:
        mine = [c for c in claims if f"position:{pos}" in c[1]]
        own, _ = _fit_floor(mine, base, top)
        own = base if own is None else own
        shared = floor if floor is not None else base
        under = [right for s, _, right in mine if s < shared]
        if own != shared and len(under) >= FIT_MIN_BAND:
            by_position[pos] = own
            moved = [right for s, _, right in mine if min(own, shared) <= s < max(own, shared)]
            position_counts[f"position_floor:{pos}"] = [sum(moved), len(moved) - sum(moved)]
    out: dict = {
        "score_floor": floor,
        "demote": demote,
        "position_floor": by_position,
        "counts": {f: counts[f] for f in demote},
    }
    if floor is not None:
        out["counts"]["score_floor"] = band
    out["counts"].update(position_counts)
    return out


def _ratios(g: dict) -> dict:
    def r(a, b):
        return round(a / b, 3) if b else None

    return {
        "texts": g["texts"],
        "proposed": g["proposed"],
        "gold": g["gold"],
        "key": g["key"],
        "precision_strict": r(g["right_strict"], g["proposed"]),
        "precision_pair": r(g["right_pair"], g["proposed"]),
        "recall_strict": r(g["recalled_strict"], g["gold"]),
        "recall_pair": r(g["recalled_pair"], g["gold"]),
        "key_recall_strict": r(g["key_recalled"], g["key"]),
        "key_recall_pair": r(g["key_recalled_pair"], g["key"]),
        "attribution_accuracy": r(g["attribution_right"], g["attribution_checked"]),
        "attributed_to_accuracy": r(g["attributed_to_right"], g["attribution_checked"]),
        "quantity_accuracy": r(g["quantity_right"], g["quantity_checked"]),
        "quantity_checked": g["quantity_checked"],
        "hedge_accuracy": r(g["hedge_right"], g["attribution_checked"]),
        "matched_strict": g["right_strict"],
        "entity_recall_known": r(g["ent_known_found"], g["ent_known"]),
        "entity_recall_new": r(g["ent_new_found"], g["ent_new"]),
        "candidates": g["ent_candidates"],
        "candidate_junk_rate": r(g["ent_junk"], g["ent_candidates"]),
        "candidate_duplicates_of_known": g["ent_duplicates_of_known"],
    }


def _attribution_diff(p: _Proposed, g: GoldClaim) -> str:
    """Proposed against gold attribution of a matched claim: asserter, relay, kind and the cue
    that set it (``unnamed`` is an unnamed source; ``-`` nobody: the article's own voice)."""

    def who(asserter, relay, kind):
        return f"asserter={asserter or '-'} relay={relay or '-'} kind={kind}"

    proposed_asserter = p.asserter or ("unnamed" if p.kind == "unnamed" else None)
    cue = f" cue={p.attribution_cue!r}" if p.attribution_cue else ""
    return (
        f"proposed {who(proposed_asserter, p.relay, p.kind)}{cue}"
        f"  |  gold {who(g.asserter, g.relay, g.attribution_kind)}"
    )


def _explain_dev(out, dt: DevText, s: dict, ents: dict, found=None) -> None:
    """Per text: every proposal (OK / ~pair / FP) and every gold claim missed (``--explain``).

    A miss is flagged with what the extractor found in its evidence sentences: ``S``/``O`` the
    subject/object named there (a known mention or a candidate), ``-`` not found.
    """

    def short(t, n=100):
        t = " ".join(t.split())
        return t if len(t) <= n else t[: n - 3] + "..."

    print(f"\n=== {dt.name} ({dt.split}, {dt.language}): {s['proposed']} proposed, {s['gold']} gold", file=out)
    for p, pair, g in s["_rows"]:
        flag = "OK " if g is not None else ("~pr" if pair else "FP ")
        extra = []
        if p.quantity:
            extra.append("q=" + "/".join(map(str, p.quantity)))
        if p.attributed_to or p.kind != "none":
            extra.append(f"by={p.attributed_to}({p.kind})")
        if g is not None:
            if g.quantity != p.quantity and (g.quantity or p.quantity):
                extra.append("GOLDq=" + ("/".join(map(str, g.quantity)) if g.quantity else "-"))
            if (g.attributed_to, g.attribution_kind) != (p.attributed_to, p.kind):
                extra.append(f"GOLDby={g.attributed_to}({g.attribution_kind})")
        hb = " [low]" if p.held_back else ""
        print(
            f"  {flag} {p.subject} {p.predicate} {p.object}{' item=' + p.item if p.item else ''} "
            f"{' '.join(extra)}{hb} | {short(p.text)}",
            file=out,
        )
        if g is not None and (g.attributed_to, g.attribution_kind) != (p.attributed_to, p.kind):
            print(f"      ATTR {_attribution_diff(p, g)}", file=out)
    for g in s["_missed"]:
        seen = found(g) if found is not None else set()
        flags = ("S" if set(g.subjects) & seen else "-") + ("O" if set(g.objects) & seen else "-")
        print(
            f"  MISS{' KEY' if g.key else ''} {'/'.join(g.subjects)} {g.predicate} {'/'.join(g.objects)}"
            f"{' item=' + g.item if g.item else ''} [{flags}] (line {g.line})",
            file=out,
        )
    if ents["_junk"]:
        print(f"  junk candidates: {', '.join(ents['_junk'])}", file=out)
    if ents.get("_missed_new"):
        print(f"  new entities missed: {', '.join(ents['_missed_new'])}", file=out)


def _print_devset(r: dict) -> None:
    print(
        f"development set: {r['texts']} texts" + (" (low-confidence claims included)" if r["include_held_back"] else "")
    )
    if r["language_detected_right"] is not None:
        print(f"language detected right on {r['language_detected_right']} of {r['texts']} texts")
    cols = [
        ("precision_strict", "P strict"),
        ("precision_pair", "P pair"),
        ("recall_strict", "R strict"),
        ("recall_pair", "R pair"),
        ("key_recall_strict", "key R"),
        ("attribution_accuracy", "attrib"),
        ("quantity_accuracy", "qty"),
        ("entity_recall_new", "new ent R"),
        ("candidate_junk_rate", "junk"),
    ]
    print(f"{'group':<16}{'texts':>6}{'prop':>6}{'gold':>6}" + "".join(f"{h:>11}" for _, h in cols))
    for name, g in r["groups"].items():
        print(
            f"{name:<16}{g['texts']:>6}{g['proposed']:>6}{g['gold']:>6}"
            + "".join(f"{'-' if g[k] is None else g[k]:>11}" for k, _ in cols)
        )


def _print_by_reason(table: dict) -> None:
    """The per-feature table: drafted claims strictly right / wrong, high and low sections."""

    def p(right, wrong):
        return "-" if right + wrong == 0 else f"{right / (right + wrong):.3f}"

    print(f"{'feature':<44}{'high ok':>8}{'wrong':>7}{'P':>7}{'low ok':>8}{'wrong':>7}{'P':>7}")
    for f, r in sorted(table.items(), key=lambda kv: (-(kv[1]["high_right"] + kv[1]["high_wrong"]), kv[0])):
        print(
            f"{f:<44}{r['high_right']:>8}{r['high_wrong']:>7}{p(r['high_right'], r['high_wrong']):>7}"
            f"{r['low_right']:>8}{r['low_wrong']:>7}{p(r['low_right'], r['low_wrong']):>7}"
        )


def _print_under_floor(table: dict) -> None:
    """The claims drafted high before the calibration but scored under the score floor in use."""
    print(f"\nclaims drafted high before the calibration, scored under the floor ({table['score_floor']}):")
    print(f"{'group':<44}{'right':>7}{'wrong':>7}{'P':>7}{'key ok':>8}")
    for k, r in table.items():
        if k == "score_floor":
            continue
        n = r["right"] + r["wrong"]
        p = "-" if n == 0 else f"{r['right'] / n:.3f}"
        print(f"{k:<44}{r['right']:>7}{r['wrong']:>7}{p:>7}{r['key_right']:>8}")


def _calibration_args(args, ap) -> tuple[float | None, list[str]] | None:
    """The calibration the options ask for, or None for extraction.yaml's."""
    if args.no_calibration:
        if args.score_floor is not None or args.position_floor:
            ap.error("--no-calibration takes no --score-floor or --position-floor")
        return None, []
    if args.demote is None and args.score_floor is None and not args.position_floor:
        return None
    bad = [d for d in args.demote or () if _bad_feature(d)]
    if bad:
        ap.error(f"--demote: not a feature entry (kind:value[+kind:value]): {', '.join(bad)}")
    by_position: dict[str, float] = {}
    for entry in args.position_floor or ():
        pos, _, value = entry.partition("=")
        try:
            if pos not in POSITIONS:
                raise ValueError(pos)
            by_position[pos] = float(value)
        except ValueError:
            ap.error(f"--position-floor: {entry!r} is not POSITION=NUMBER ({', '.join(POSITIONS)})")
    return args.score_floor, list(args.demote or ()), by_position


def _bad_feature(entry: str) -> bool:
    from graph.extract.calibration import FEATURE_KINDS

    return any(part.partition(":")[0] not in FEATURE_KINDS or not part.partition(":")[2] for part in entry.split("+"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="seeds", help="dataset folder (default: seeds)")
    ap.add_argument(
        "--devset",
        metavar="DIR",
        help="score the annotated development set in DIR (e.g. tests/fixtures/devset) instead of "
        "leave-one-out on --data, whose entities are then the known ones",
    )
    ap.add_argument("--detect-lang", action="store_true", help="with --devset: detect each text's language")
    ap.add_argument(
        "--split",
        choices=DEVSET_SPLITS,
        action="append",
        help="with --devset: only the texts of this split (repeat for several: --split dev --split dev3)",
    )
    ap.add_argument(
        "--include-low", action="store_true", help="with --devset: also score the draft's low-confidence claims"
    )
    ap.add_argument(
        "--by-reason",
        action="store_true",
        help="with --devset: per feature of a drafted claim (each rule in its reasons, predicate, "
        "attribution kind, hedging, known or new subject and object, position, main actor), the claims "
        "strictly right and wrong in the high and the low section; and the claims under the score floor "
        "per position",
    )
    cal = ap.add_mutually_exclusive_group()
    cal.add_argument(
        "--no-calibration",
        action="store_true",
        help="with --devset: score the drafts as they would be without extraction.yaml's calibration",
    )
    cal.add_argument(
        "--demote",
        metavar="FEATURE",
        action="append",
        help="with --devset: score with this calibration entry instead of extraction.yaml's (repeat for "
        "several; with --score-floor)",
    )
    ap.add_argument(
        "--score-floor",
        type=float,
        help="with --devset: score with this calibration score floor instead of extraction.yaml's",
    )
    ap.add_argument(
        "--position-floor",
        metavar="POSITION=N",
        action="append",
        help="with --devset: score with this floor for the claims of one position (headline, lead, body) "
        "in place of the score floor (repeat for several)",
    )
    ap.add_argument(
        "--fit",
        action="store_true",
        help="with --devset: the calibration the chosen splits support (claims drafted high before any "
        "calibration; the rule is eval_extract.fit_calibration's)",
    )
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument(
        "--explain",
        action="store_true",
        help="list, per document, matched, missed and unmatched proposed claims (on stderr); with "
        "--devset, held-out texts are listed only with --split held-out, so rule work on the "
        "other splits never shows them",
    )
    args = ap.parse_args(argv)
    ds = load_dataset(args.data, use_cache=False)
    if args.devset:
        r = evaluate_devset(
            Path(args.devset),
            ds,
            detect=args.detect_lang,
            include_held_back=args.include_low,
            explain=sys.stderr if args.explain else None,
            split=args.split,
            calibration=_calibration_args(args, ap),
            by_reason=args.by_reason,
            fit=args.fit,
        )
        if args.json:
            print(json.dumps(r, indent=2))
        else:
            _print_devset(r)
            if args.by_reason:
                print()
                _print_by_reason(r["by_reason"])
                _print_under_floor(r["under_floor"])
            if args.fit:
                print(f"\nfitted calibration: {json.dumps(r['fit'])}")
        return 0
    r = evaluate(ds, explain=sys.stderr if args.explain else None)
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    m, n, c, s = r["mentions"], r["new_entities"], r["claims"], r["speed"]
    print(f"leave-one-document-out on {r['documents']} documents of {args.data}")
    print(
        f"entity mentions:   recall {m['recall']}  used by curated claims {m['used_share']}  "
        f"({m['gold']} gold, {m['found']} found)"
    )
    print(
        f"new entities:      recall {n['recall']}  precision {n['precision']}  ({n['gold']} gold, {n['candidates']} candidates)"
    )
    print(
        f"claims (subj+obj, per sentence): recall {c['recall']}  precision {c['precision']}  "
        f"(matched {c['matched']} of {c['gold_units']} curated units from {c['gold']} claims, "
        f"{c['proposed']} proposed)"
    )
    print(
        f"  recall on units whose entities are reachable: {c['recall_reachable']} ({c['gold_units_reachable']} units)"
    )
    print(f"  predicate right on matched units: {c['predicate_accuracy']}")
    o = r["claims_pair_counting"]
    print(
        f"claims (subj+obj, old pair counting): recall {o['recall']}  precision {o['precision']}  "
        f"(matched {o['matched']} of {o['gold']} curated, {o['proposed']} proposed; predicate right "
        f"{o['predicate_accuracy']}; reachable recall {o['recall_reachable']})"
    )
    print(f"speed: {s['articles_per_second']} articles/s (median of 5 passes, one core)")
    for d in r["per_document"]:
        print(
            f"  {d['document']}: {d['matched_units']}/{d['gold_units']} units matched "
            f"({d['matched']}/{d['gold_claims']} claims, old counting), {d['proposed_claims']} proposed, "
            f"predicate right {d['predicate_right_units']}, candidates {d['candidates_right']}/{d['candidates']} right, "
            f"{d['held_out_entities']} held-out entities"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
