"""Synthetic datasets, for benchmarks and scale tests: the one generator of them.

Two shapes, built from the same pieces (claims are written as dataset-format records and
read with :func:`graph.model.claim_from_form`, as validation reads a folder):

* the seed dataset's shape: every claim's quote is a sentence of its document's text,
  subjects and objects fit the predicate's domain and range in the real schema, and claims
  carry the same mix of attribution, hedging, dates and quantities as curated data, so a
  generated folder goes through exactly the same validation as the seeds.
  :func:`generate` writes a dataset folder (``scripts/synth.py`` is its command line);
  :func:`synthetic_dataset` builds the same claims in memory.
* a scale-free network (:func:`scale_free_dataset`), for the views: about two links per
  entity with hubs, 1-3 claims per link from different documents, the repository's entity
  types (so styles match the real views) and a small generic set of predicates that accept
  any type (:data:`SYNTHETIC_PREDICATES`, :func:`synthetic_schema`).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .dates import PartialDate
from .model import Alias, Dataset, Document, Entity, asserted_by, claim_from_form
from .schema import Schema, default_schema_dir, load_schema

__all__ = [
    "CLAIMS_PER_DOCUMENT",
    "CLAIMS_PER_FILE",
    "SYNTHETIC_PREDICATES",
    "UNITS",
    "Plan",
    "generate",
    "plan",
    "scale_free_dataset",
    "synthetic_dataset",
    "synthetic_schema",
    "write_predicates",
]

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
            claims.append(claim_from_form({**c, "document": doc_id}, asserters=asserted_by(c.get("attributed_to"))))
    return Dataset(p.schema, entities, documents, claims, None, f"synthetic-{n_claims}-{seed}")


# --- the scale-free network, for the views ------------------------------------------------

#: The generic predicates of :func:`synthetic_schema`; each accepts any entity type.
SYNTHETIC_PREDICATES = (
    "MET_WITH",
    "SUPPLIED",
    "DEPLOYED_TO",
    "MEMBER_OF",
    "LOCATED_IN",
    "FUNDED",
    "ANNOUNCED",
    "SIGNED",
)

_WORDS = (
    "reportedly",
    "officials",
    "said",
    "the",
    "delegation",
    "shipment",
    "artillery",
    "shells",
    "troops",
    "border",
    "agreement",
    "sources",
    "according",
    "to",
    "satellite",
    "images",
    "show",
    "convoy",
    "meeting",
    "factory",
    "missiles",
    "launched",
    "statement",
    "ministry",
    "envoy",
)


def write_predicates(path: Path, names: Iterable[str] = SYNTHETIC_PREDICATES) -> None:
    """Write a ``predicates.yaml`` whose predicates accept any entity type (and no conflict rules).

    Entities roll up along PART_OF and LOCATED_IN when they are among *names*, as in the
    repository's schema.
    """
    names = list(names)
    lines = ["predicates:"]
    for name in names:
        lines += [
            f"  {name}:",
            f"    description: synthetic predicate {name}",
            "    domain: [Thing]",
            "    range: [Thing]",
        ]
    lines += [f"rollup: [{', '.join(n for n in ('PART_OF', 'LOCATED_IN') if n in names)}]"]
    lines += ["rollup_not_into: [Country]"]
    lines += ["conflicts: {exclusive: [], once: [], quantities: all}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def synthetic_schema() -> Schema:
    """The repository's entity types with the synthetic predicates."""
    with tempfile.TemporaryDirectory(prefix="kg-schema-") as tmp:
        shutil.copytree(default_schema_dir() / "types", Path(tmp) / "types")
        write_predicates(Path(tmp) / "predicates.yaml")
        return load_schema(tmp)


def scale_free_dataset(n_nodes: int, *, seed: int = 7, links_per_node: int = 2) -> Dataset:
    """A scale-free dataset with *n_nodes* entities and about ``links_per_node`` links each.

    Every link has 1-3 claims from different documents, with quotes, dates (some partial),
    credibility, attribution and hedging drawn at random but reproducibly from *seed*.

    Examples
    --------
    >>> ds = scale_free_dataset(50, seed=3)
    >>> len(ds.entities), len({(c.subject, c.object) for c in ds.claims}) > 40
    (50, True)
    """
    rng = random.Random(seed)
    schema = synthetic_schema()
    types = sorted(t for t, spec in schema.types.items() if not spec.abstract)
    g = nx.barabasi_albert_graph(n_nodes, min(links_per_node, max(1, n_nodes - 1)), seed=seed)
    entities = {}
    for i in range(n_nodes):
        t = types[rng.randrange(len(types))]
        eid = f"e{i:05d}"
        entities[eid] = Entity(
            eid, t, f"{t} {i}", aliases=(Alias(f"alias-{i}", "en"),), description=f"synthetic {t.lower()} number {i}"
        )
    n_docs = max(5, n_nodes // 20)
    documents = {}
    for j in range(n_docs):
        did = f"doc-{j:04d}"
        date = PartialDate(2024 + j % 2, 1 + j % 12, 1 + j % 28)
        documents[did] = Document(
            did, f"{did}.txt", f"Synthetic report {j}", f"Outlet {j % 7}", None, date, "en", "0" * 64, "ABCDEF"[j % 6]
        )
    asserters = list(entities)[: max(3, n_nodes // 50)]
    claims = []
    for u, v in g.edges():
        if rng.random() < 0.5:
            u, v = v, u
        s, o = f"e{u:05d}", f"e{v:05d}"
        predicate = SYNTHETIC_PREDICATES[rng.randrange(len(SYNTHETIC_PREDICATES))]
        hedged_link = rng.random() < 0.2
        for _ in range(rng.choice((1, 1, 2, 3))):
            doc = f"doc-{rng.randrange(n_docs):04d}"
            quote = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 24)))
            month = rng.randint(0, 12)
            date = PartialDate(
                rng.choice((2023, 2024, 2025)), month, rng.randint(1, 28) if month and rng.random() < 0.6 else 0
            )
            form: dict[str, object] = {
                "subject": s,
                "predicate": predicate,
                "object": o,
                "document": doc,
                "quote": quote,
            }
            attributed = asserters[rng.randrange(len(asserters))] if rng.random() < 0.4 else None
            form["credibility"] = rng.randint(1, 6)  # the draws in this order: a seed gives the same dataset
            form["hedged"] = hedged_link or rng.random() < 0.1
            form["date"] = date if rng.random() < 0.8 else None
            claims.append(claim_from_form(form, asserters=asserted_by(attributed)))
    return Dataset(schema, entities, documents, claims)
