"""Synthetic datasets of the seed dataset's shape, for benchmarks and scale tests.

Every claim's quote is a sentence of its document's text, subjects and objects fit the
predicate's domain and range in the real schema, and claims carry the same mix of
attribution, hedging, dates and quantities as curated data, so a generated folder goes
through exactly the same validation as the seeds. :func:`generate` writes a dataset folder
(``scripts/synth.py`` is its command line); :func:`synthetic_dataset` builds the same
claims in memory. (The views' scale-free generator is :mod:`graph.views.synthetic`.)
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .dates import PartialDate
from .model import Claim, Dataset, Document, Entity, asserted_by, claim_id
from .schema import Schema, load_schema

__all__ = ["CLAIMS_PER_DOCUMENT", "CLAIMS_PER_FILE", "UNITS", "Plan", "generate", "plan", "synthetic_dataset"]

CLAIMS_PER_DOCUMENT = 200
CLAIMS_PER_FILE = 5000
UNITS = ("soldiers", "killed", "wounded", "containers", "USD", "units")


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass
class Plan:
    """A synthetic dataset in memory: entities up front, documents (with their claims) streamed."""

    schema: Schema
    entities: list[tuple[str, str, str]]  # (id, type, name)
    documents: Iterator[tuple[str, int, int, list[dict]]]  # (id, year, month, claims)


def plan(n_claims: int, *, seed: int = 7, schema: Schema | None = None) -> Plan:
    """Decide a dataset of *n_claims* claims: entities, and per document its claims.

    Claims are dicts in the dataset-format keys (``date`` as text); documents are generated
    lazily so that a million claims never sit in memory twice.
    """
    rng = random.Random(seed)
    schema = schema or load_schema()
    concrete = sorted(t for t, v in schema.types.items() if not v.abstract)
    n_entities = max(60, n_claims // 8)
    entities = [
        (f"e{i:07d}", concrete[i % len(concrete)], f"{concrete[i % len(concrete)]} {i}") for i in range(n_entities)
    ]
    by_type: dict[str, list[str]] = {t: [] for t in concrete}
    for eid, etype, _ in entities:
        by_type[etype].append(eid)
    names = {eid: name for eid, _, name in entities}
    fits = {}
    for p in schema.predicates.values():
        subj = [e for t in concrete if schema.fits(t, p.domain) for e in by_type[t]]
        obj = [e for t in concrete if schema.fits(t, p.range) for e in by_type[t]]
        if subj and obj:
            fits[p.name] = (subj, obj)
    predicates = sorted(fits)
    asserters = [e for t in concrete if schema.fits(t, ("Organization",)) for e in by_type[t]] or list(names)

    def documents():
        made, d = 0, 0
        while made < n_claims:
            year, month = 2022 + d % 4, 1 + d % 12
            claims = []
            for j in range(min(CLAIMS_PER_DOCUMENT, n_claims - made)):
                pred = predicates[(made + j) % len(predicates)]
                subj_pool, obj_pool = fits[pred]
                s, o = rng.choice(subj_pool), rng.choice(obj_pool)
                quote = f"Secondo la fonte {j}, {names[s]} {pred.lower().replace('_', ' ')} {names[o]} (voce {d}.{j})."
                c = {"subject": s, "predicate": pred, "object": o, "quote": quote, "credibility": rng.randint(1, 6)}
                if rng.random() < 0.3:
                    c["attributed_to"] = rng.choice(asserters)
                    c["attribution_quote"] = f"Secondo la fonte {j}"
                if rng.random() < 0.25:
                    c["hedged"] = True
                if rng.random() < 0.5:
                    c["date"] = f"{year - rng.randint(0, 2)}-{rng.randint(1, 12):02d}"
                if rng.random() < 0.15:
                    c["quantity"] = rng.randint(1, 20) * 1000
                    c["unit"] = rng.choice(UNITS)
                claims.append(c)
            yield f"doc-{d:06d}", year, month, claims
            made += len(claims)
            d += 1

    return Plan(schema, entities, documents())


def generate(n_claims: int, out: Path, *, seed: int = 7, schema_dir: Path | None = None) -> dict:
    """Write a dataset with *n_claims* claims into *out*; return its sizes."""
    p = plan(n_claims, seed=seed, schema=load_schema(schema_dir))
    out.mkdir(parents=True, exist_ok=True)
    (out / "claims").mkdir(exist_ok=True)
    (out / "texts").mkdir(exist_ok=True)
    with open(out / "entities.yaml", "w", encoding="utf-8") as fh:
        for i, (eid, etype, name) in enumerate(p.entities):
            fh.write(
                f"- id: {eid}\n  type: {etype}\n  name: {_q(name)}\n"
                f"  aliases:\n    - {_q(name.upper())}\n    - {{name: {_q(f'Entità {i}')}, lang: it}}\n"
            )
    claim_file, in_file, file_no, made, n_docs = None, 0, 0, 0, 0
    with open(out / "documents.yaml", "w", encoding="utf-8") as docs_yaml:
        for doc_id, year, month, claims in p.documents:
            n_docs += 1
            text = (
                "\n".join(
                    [f" date {year}-{month:02d} Rapporto sintetico numero {n_docs - 1}.", *(c["quote"] for c in claims)]
                )
                + "\n"
            )
            raw = text.encode("utf-8")
            fname = f"texts/{doc_id}.txt"
            (out / fname).write_bytes(raw)
            docs_yaml.write(
                f"- id: {doc_id}\n  file: {fname}\n  title: {_q(f'Rapporto {n_docs - 1}')}\n  outlet: null\n"
                f'  date: "{year}-{month:02d}"\n  language: it\n  sha256: {hashlib.sha256(raw).hexdigest()}\n'
                f"  reliability: {'ABCDEF'[(n_docs - 1) % 6]}\n"
            )
            for c in claims:
                if claim_file is None or in_file >= CLAIMS_PER_FILE:
                    if claim_file:
                        claim_file.close()
                    # one file per CLAIMS_PER_FILE claims: opened here, closed when the next opens or at the end
                    claim_file = open(out / "claims" / f"{file_no:05d}.yaml", "w", encoding="utf-8")  # noqa: SIM115
                    claim_file.write("claims:\n")
                    file_no, in_file = file_no + 1, 0
                claim_file.write(
                    f"  - subject: {c['subject']}\n    predicate: {c['predicate']}\n    object: {c['object']}\n"
                    f"    document: {doc_id}\n    quote: {_q(c['quote'])}\n    credibility: {c['credibility']}\n"
                )
                for key in ("attributed_to", "hedged", "quantity", "unit"):
                    if key in c:
                        value = c[key]
                        claim_file.write(f"    {key}: {str(value).lower() if isinstance(value, bool) else value}\n")
                if "attribution_quote" in c:
                    claim_file.write(f"    attribution_quote: {_q(c['attribution_quote'])}\n")
                if "date" in c:
                    claim_file.write(f'    date: "{c["date"]}"\n')
                in_file += 1
            made += len(claims)
    if claim_file:
        claim_file.close()
    return {"claims": made, "entities": len(p.entities), "documents": n_docs, "claim_files": file_no, "out": str(out)}


def synthetic_dataset(n_claims: int, *, seed: int = 7) -> Dataset:
    """The dataset :func:`generate` would write for *n_claims*, built in memory (no YAML round trip).

    Examples
    --------
    >>> ds = synthetic_dataset(400, seed=1)
    >>> len(ds.claims), len(ds.entities)
    (400, 60)
    """
    p = plan(n_claims, seed=seed)
    entities = {eid: Entity(eid, etype, name) for eid, etype, name in p.entities}
    documents, claims = {}, []
    for doc_id, year, month, rows in p.documents:
        documents[doc_id] = Document(
            doc_id, f"texts/{doc_id}.txt", doc_id, None, None, PartialDate(year, month), "it", "0" * 64, "F"
        )
        for c in rows:
            kw = {k: c[k] for k in ("hedged", "quantity", "unit") if k in c}
            kw["asserters"] = asserted_by(c.get("attributed_to"))
            if "date" in c:
                kw["date"] = PartialDate.parse(c["date"])
            cid = claim_id(
                c["subject"],
                c["predicate"],
                c["object"],
                doc_id,
                c["quote"],
                quantity=c.get("quantity"),
                unit=c.get("unit"),
            )
            claims.append(
                Claim(
                    cid,
                    c["subject"],
                    c["predicate"],
                    c["object"],
                    doc_id,
                    c["quote"],
                    0,
                    len(c["quote"]),
                    c["credibility"],
                    **kw,
                )
            )
    return Dataset(p.schema, entities, documents, claims, None, f"synthetic-{n_claims}-{seed}")
