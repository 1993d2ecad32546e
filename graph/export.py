"""Exports: JSON (the contract other tools read), GraphML and GEXF (Gephi), CSV, STIX 2.1.

Every export is written to a temporary file and renamed into place, so a failure never
leaves half a file behind.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from .atomic import write_atomic
from .build import claim_graph, summary_graph
from .model import Dataset
from .records import claim_record, document_record

__all__ = ["FORMATS", "export", "to_json"]

FORMATS = ("json", "graphml", "gexf", "csv", "stix")


def to_json(dataset: Dataset) -> dict:
    """The JSON export contract: ``entities``, ``documents``, ``claims``.

    Version 2: a claim's attribution is ``asserters`` and ``relay`` (lists of ``{entity,
    quote, start, end}``, relay nearest the asserters first) and ``origins``; version 1's
    single ``attributed_to`` is gone (docs/dataset-format.md).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> data = to_json(load_dataset("seeds"))
    >>> sorted(data)
    ['claims', 'documents', 'entities', 'format']
    """
    return {
        "format": {"name": "osint-kg", "version": 2},
        "entities": [e.to_dict() for e in dataset.entities.values()],
        "documents": [document_record(dataset, d) for d in dataset.documents],
        "claims": [claim_record(c) for c in dataset.claims],
    }


def _flat(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML/GEXF take scalars only: join lists, drop None."""
    H = nx.MultiDiGraph(name=G.graph.get("name", ""))

    def fix(d):
        return {k: ("; ".join(map(str, v)) if isinstance(v, list) else v) for k, v in d.items() if v is not None}

    H.add_nodes_from((n, {**fix(d), "label": d.get("name", n)}) for n, d in G.nodes(data=True))
    H.add_edges_from(
        (u, v, k, {**fix(d), "label": d.get("predicate", "")}) for u, v, k, d in G.edges(keys=True, data=True)
    )
    return H


def _cell(value):
    """A CSV cell: lists joined by ``|``; an attribution list as its entity ids."""
    if isinstance(value, list):
        return "|".join(str(v["entity"]) if isinstance(v, dict) and "entity" in v else str(v) for v in value)
    return value


def _csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def export(
    dataset: Dataset,
    fmt: str,
    out: Path,
    *,
    graph: str = "claims",
    conflicts: Sequence[dict] | None = None,
    stix_profile: str = "portable",
) -> list[Path]:
    """Write *dataset* as *fmt* to *out*; return the files written.

    ``csv`` writes a folder with ``entities.csv``, ``documents.csv`` and ``claims.csv``;
    ``graphml``/``gexf`` write the claim graph (``graph="claims"``) or the summary graph;
    ``stix`` writes a STIX 2.1 bundle (:mod:`graph.stix`) whose notes link the claims of each
    of *conflicts* (pass ``graph.analytics.conflicts(dataset)``; required for ``stix``), in
    *stix_profile* (``portable``: strict-valid, OpenCTI; ``native``: predicates as types).
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "stix":
        if conflicts is None:
            raise ValueError(
                "the STIX export links disagreeing claims: pass conflicts=graph.analytics.conflicts(dataset)"
            )
        from .stix import write_stix  # stix2 is imported only when a bundle is written

        return [write_stix(dataset, out, conflicts, stix_profile)]
    if fmt == "json":
        write_atomic(out, json.dumps(to_json(dataset), ensure_ascii=False, indent=1).encode("utf-8"))
        return [out]
    if fmt == "csv":
        data = to_json(dataset)
        files = []
        for table in ("entities", "documents", "claims"):
            write_atomic(out / f"{table}.csv", _csv(data[table]).encode("utf-8"))
            files.append(out / f"{table}.csv")
        return files
    G = _flat(claim_graph(dataset) if graph == "claims" else summary_graph(dataset))
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(G, buf)
    else:
        nx.write_gexf(G, buf)
    write_atomic(out, buf.getvalue())
    return [out]
