"""Synthetic datasets of any size, for the render benchmark and the browser tests.

The entity types are the repository's own (``schema/types``, so styles match the real
views); predicates are a small generic set defined here. Nothing is written to the working
tree: the schema is assembled in a temporary folder and loaded through the public loader.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

import networkx as nx

from ..dates import PartialDate
from ..model import Alias, Claim, Dataset, Document, Entity, asserted_by, claim_id
from ..schema import Schema, default_schema_dir, load_schema

__all__ = ["SYNTHETIC_PREDICATES", "synthetic_dataset", "synthetic_schema", "write_predicates"]

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


def write_predicates(path: Path, names=SYNTHETIC_PREDICATES) -> None:
    """Write a ``predicates.yaml`` whose predicates accept any entity type."""
    lines = ["predicates:"]
    for name in names:
        lines += [
            f"  {name}:",
            f"    description: synthetic predicate {name}",
            "    domain: [Thing]",
            "    range: [Thing]",
        ]
    lines += ["conflicts: {exclusive: [], once: [], quantities: all}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def synthetic_schema() -> Schema:
    """The repository's entity types with the synthetic predicates."""
    with tempfile.TemporaryDirectory(prefix="kg-schema-") as tmp:
        shutil.copytree(default_schema_dir() / "types", Path(tmp) / "types")
        write_predicates(Path(tmp) / "predicates.yaml")
        return load_schema(tmp)


def synthetic_dataset(n_nodes: int, *, seed: int = 7, links_per_node: int = 2) -> Dataset:
    """A scale-free dataset with *n_nodes* entities and about ``links_per_node`` links each.

    Every link has 1-3 claims from different documents, with quotes, dates (some partial),
    credibility, attribution and hedging drawn at random but reproducibly from *seed*.
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
            attributed = asserters[rng.randrange(len(asserters))] if rng.random() < 0.4 else None
            claims.append(
                Claim(
                    claim_id(s, predicate, o, doc, quote),
                    s,
                    predicate,
                    o,
                    doc,
                    quote,
                    0,
                    len(quote),
                    rng.randint(1, 6),
                    asserters=asserted_by(attributed),
                    hedged=hedged_link or rng.random() < 0.1,
                    date=date if rng.random() < 0.8 else None,
                )
            )
    return Dataset(schema, entities, documents, claims)
