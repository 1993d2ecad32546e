"""``kg load``: write a validated dataset into the database, idempotently.

Order of work, each step in batches of ``UNWIND $rows`` run by ``execute_write`` (one
managed transaction per batch; everything in it is ``MERGE`` or guarded ``CREATE``, so the
driver may retry it safely):

1. constraints and indexes, ``IF NOT EXISTS``;
2. ``--replace``: this dataset's nodes are deleted (never anything else);
3. ids and content digests (``row_hash``) of what an earlier load left are read, and the
   difference is planned (:func:`plan_steps`): what the dataset no longer has is deleted,
   changed rows are updated, missing rows created, unchanged rows skipped;
4. entities (update changed, then create missing with all labels at once), documents,
   claims with their SUBJECT/OBJECT/IN_DOCUMENT relationships, ATTRIBUTED_TO and ITEM, then
   one derived relationship per summary link;
5. the counts in the database are compared with the networkx graphs; a mismatch fails.

A lost connection at any point raises :class:`LoadInterrupted`: committed batches stay, the
open one is rolled back, and running the same load again converges to the same graph.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from graph.errors import KGError

from .connection import Target, describe_error, driver_errors
from .cypher import label_expr, statement, statements
from .defaults import DEFAULT_BATCH_SIZE
from .rows import CLAIM_EDGE_TYPES, Rows, build_rows, ref_rows

__all__ = ["LoadInterrupted", "CountMismatch", "Step", "LoadReport", "Existing", "plan_steps",
           "expected_counts", "database_counts", "fetch_existing", "load_rows", "load_dataset_into", "prepare",
           "DEFAULT_BATCH_SIZE", "MAX_BATCH_BYTES", "split_batches", "delete_dataset", "ensure_schema",
           "list_datasets"]

#: Bytes of parameters per transaction, at most. ArcadeDB's Bolt plugin drops a message over
#: 16 MiB ("BOLT message too large") and never answers, so the client would wait forever.
MAX_BATCH_BYTES = 8 * 1024 * 1024
_DELETE_CHUNK = 10000
_NODE_LABELS = ("Claim", "Document", "Entity")

ProgressFn = Callable[[str, int, int], None]


class LoadInterrupted(KGError):
    """The database or the connection failed mid-load; re-running the load converges."""


class CountMismatch(KGError):
    """After loading, the database does not hold what the dataset says it should."""

    def __init__(self, dataset: str, diffs: dict[str, tuple[int, int]]):
        self.diffs = diffs
        lines = [f"  {k}: expected {e}, database has {f}" for k, (e, f) in sorted(diffs.items())]
        super().__init__(f"count check failed for dataset {dataset!r}:\n" + "\n".join(lines))


@dataclass
class Step:
    """One kind of write: statements run together per batch over one list of rows.

    ``param`` is the name the rows are bound to (``rows``, or ``ids`` for deletions).
    """

    name: str
    statements: list[str]
    rows: list
    param: str = "rows"

    def batches(self, size: int) -> list[list]:
        return split_batches(self.rows, size)


def split_batches(rows: list, size: int, max_bytes: int = MAX_BATCH_BYTES) -> list[list]:
    """*rows* in batches of at most *size* rows and about *max_bytes* of parameters.

    The byte size is estimated from the JSON length of a sample of rows, which is close to
    (and usually above) their Bolt PackStream size.
    """
    if not rows:
        return []
    sample = rows[:: max(1, len(rows) // 200)][:200]
    per_row = max(1, sum(len(json.dumps(r, ensure_ascii=False, default=str)) for r in sample) // len(sample))
    size = max(1, min(size, max_bytes // per_row))
    return [rows[i:i + size] for i in range(0, len(rows), size)]


@dataclass
class Existing:
    """What the database already holds for a dataset: ids with content digests."""

    entities: dict[str, tuple[str | None, tuple[str, ...], str | None]] = field(default_factory=dict)
    documents: dict[str, str | None] = field(default_factory=dict)
    claims: dict[str, str | None] = field(default_factory=dict)
    links: dict[tuple[str, str, str], str | None] = field(default_factory=dict)


@dataclass
class LoadReport:
    """What a load did and how long it took."""

    dataset: str
    database: str
    uri: str
    rows: int = 0
    written: int = 0
    batches: int = 0
    batch_size: int = DEFAULT_BATCH_SIZE
    diff_seconds: float = 0.0
    write_seconds: float = 0.0
    check_seconds: float = 0.0
    total_seconds: float = 0.0
    replaced: int = 0
    deleted: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows_per_second(self) -> float:
        """Dataset rows over the time spent diffing and writing them."""
        busy = self.diff_seconds + self.write_seconds
        return self.rows / busy if busy else 0.0

    def to_dict(self) -> dict:
        from dataclasses import asdict

        d = asdict(self)
        d["rows_per_second"] = round(self.rows_per_second, 1)
        return d


def plan_steps(rows: Rows, existing: Existing | None = None) -> list[Step]:
    """The write steps that bring the database from *existing* to *rows*.

    With ``existing`` empty (a first load, ``--replace``, ``--dry-run``) every row is
    written. Otherwise unchanged rows (same ``row_hash``) are skipped, rows that changed are
    updated, and what the dataset no longer has is deleted. Statements come filled in, with
    labels and relationship types checked and backtick-quoted.
    """
    ex = existing or Existing()
    steps: list[Step] = []
    current_entities = {r["id"]: (labels, r) for labels, group in rows.entities.items() for r in group}

    # Entities whose labels changed cannot be relabelled in place (ArcadeDB): re-create them.
    retyped = {eid for eid, (etype, labels, _h) in ex.entities.items()
               if eid in current_entities and (etype != current_entities[eid][1]["type"]
                                                or set(labels) != set(current_entities[eid][0]))}
    gone_entities = [eid for eid in ex.entities if eid not in current_entities]
    current_claims = {r["id"]: r for r in rows.claims}
    gone_claims = [cid for cid in ex.claims if cid not in current_claims]
    # A claim whose subject or object entity is re-created lost those relationships.
    recreate_claims = [cid for cid, r in current_claims.items()
                       if cid in ex.claims and (r["subject"] in retyped or r["object"] in retyped)]
    current_docs = {r["id"] for r in rows.documents}
    gone_docs = [did for did in ex.documents if did not in current_docs]
    current_links = {(r["subject"], p, r["object"]) for p, group in rows.links.items() for r in group}
    gone_links = [k for k in ex.links if k not in current_links]

    # Deletions first: claims, documents, entities (DETACH), then links.
    for label, ids in (("Claim", gone_claims + recreate_claims), ("Document", gone_docs),
                       ("Entity", gone_entities + sorted(retyped))):
        if ids:
            steps.append(Step(f"delete {label}", [statement("delete_nodes", LABEL=label_expr([label]))],
                              ids, param="ids"))
    by_type: dict[str, list[dict]] = {}
    for s_id, p, o_id in gone_links:
        by_type.setdefault(p, []).append({"subject": s_id, "object": o_id})
    for p, group in sorted(by_type.items()):
        steps.append(Step(f"delete links {p}", [statement("link_delete", TYPE=label_expr([p]))], group))

    # Entities: create missing (all labels at once), update changed.
    for labels, group in rows.entities.items():
        create = [r for r in group if r["id"] not in ex.entities or r["id"] in retyped]
        update = [r for r in group if r["id"] in ex.entities and r["id"] not in retyped
                  and ex.entities[r["id"]][2] != r["row_hash"]]
        name = ":".join(labels)
        if update:
            steps.append(Step(f"update {name}", [statement("entity_update")], update))
        if create:
            steps.append(Step(f"create {name}", [statement("entity_create", LABELS=label_expr(labels))], create))

    docs = [r for r in rows.documents if ex.documents.get(r["id"], "") != r["row_hash"]]
    if docs:
        steps.append(Step("documents", [statement("document_upsert")], docs))

    recreate = set(recreate_claims)
    create = [r for r in rows.claims if r["id"] not in ex.claims or r["id"] in recreate]
    update = [r for r in rows.claims if r["id"] in ex.claims and r["id"] not in recreate
              and ex.claims[r["id"]] != r["row_hash"]]
    if update:
        steps.append(Step("update claims", [statement("claim_update")], update))
        steps.append(Step("clear claim refs", [statement("claim_refs_delete")], [r["id"] for r in update],
                          param="ids"))
    if create:
        steps.append(Step("claims", [statement("claim_create")], create))
    # ATTRIBUTED_TO / ITEM for new and changed claims, and for claims whose target entity
    # was re-created (DETACH DELETE took the relationship with it).
    ref_claims = create + update + [r for r in rows.claims if r["id"] in ex.claims and r["id"] not in recreate
                                    and ex.claims[r["id"]] == r["row_hash"]
                                    and (r.get("attributed_to") in retyped or r.get("item") in retyped)]
    attributed, items = ref_rows(ref_claims)
    if attributed:
        steps.append(Step("claims ATTRIBUTED_TO", [statement("claim_ref", TYPE=label_expr(["ATTRIBUTED_TO"]))],
                          attributed))
    if items:
        steps.append(Step("claims ITEM", [statement("claim_ref", TYPE=label_expr(["ITEM"]))], items))

    for predicate, group in rows.links.items():
        todo = [r for r in group
                if r["subject"] in retyped or r["object"] in retyped
                or ex.links.get((r["subject"], predicate, r["object"]), "") != r["props"]["row_hash"]]
        if todo:
            steps.append(Step(f"links {predicate}", [statement("link_upsert", TYPE=label_expr([predicate]))], todo))
    return steps


def total_rows(rows: Rows) -> int:
    """How many rows the dataset has in all (entities, documents, claims, refs, links)."""
    c = rows.counts()
    return c["entities"] + c["documents"] + c["claims"] + c["attributed_to"] + c["items"] + c["links"]


def expected_counts(dataset, links=None) -> dict[str, int]:
    """What the database must hold for *dataset*, counted on the networkx graphs.

    Keys: node labels (``Entity``, ``Document``, ``Claim``), claim relationship types and
    ``link:<PREDICATE>`` for derived relationships.
    """
    from graph.build import claim_graph, summary_graph

    G = claim_graph(dataset)
    S = summary_graph(dataset, links)
    out = {"Entity": G.number_of_nodes(), "Document": len(dataset.documents), "Claim": G.number_of_edges(),
           "SUBJECT": G.number_of_edges(), "OBJECT": G.number_of_edges(), "IN_DOCUMENT": G.number_of_edges()}
    out["ATTRIBUTED_TO"] = sum(1 for *_e, d in G.edges(data=True) if d.get("attributed_to"))
    out["ITEM"] = sum(1 for *_e, d in G.edges(data=True) if d.get("item"))
    for predicate, n in Counter(k for _a, _b, k in S.edges(keys=True)).items():
        out[f"link:{predicate}"] = n
    return out


def _read(session, text: str, params: dict) -> list[dict]:
    return session.execute_read(lambda tx: tx.run(text, params).data())


def database_counts(session, dataset: str) -> dict[str, int]:
    """Count this dataset's nodes and relationships in the database (same keys as above)."""
    out = {}
    for label in _NODE_LABELS:
        rec = _read(session, statement("count_nodes", LABEL=label_expr([label])), {"dataset": dataset})
        out[label] = rec[0]["n"] if rec else 0
    for rec in _read(session, statement("count_claim_edges"), {"dataset": dataset}):
        out[rec["type"]] = rec["n"]
    for rec in _read(session, statement("count_links"), {"dataset": dataset}):
        out[f"link:{rec['type']}"] = rec["n"]
    for t in CLAIM_EDGE_TYPES:
        out.setdefault(t, 0)
    return out


def fetch_existing(session, dataset: str) -> Existing:
    """Read ids and digests of what the database holds for *dataset*."""
    ex = Existing()
    params = {"dataset": dataset}

    def values(text):
        return session.execute_read(lambda tx: tx.run(text, params).values())

    for eid, etype, h in values(statement("existing_nodes", LABEL=label_expr(["Entity"]))):
        ex.entities[eid] = (etype, (), h)
    if ex.entities:
        # Labels only when there are entities: one more round trip, needed for retyping.
        for eid, labels in values(statement("existing_entity_labels")):
            etype, _l, h = ex.entities[eid]
            ex.entities[eid] = (etype, tuple(labels), h)
    ex.documents = {i: h for i, _t, h in values(statement("existing_nodes", LABEL=label_expr(["Document"])))}
    ex.claims = {i: h for i, _t, h in values(statement("existing_nodes", LABEL=label_expr(["Claim"])))}
    ex.links = {(s, t, o): h for s, t, o, h in values(statement("existing_links"))}
    return ex


def _write(session, stmts: list[str], params: dict) -> None:
    def work(tx):
        for text in stmts:
            tx.run(text, params).consume()

    session.execute_write(work)


def _delete_loop(session, text: str, params: dict) -> int:
    """Run a ``... WITH x LIMIT $limit DELETE ... RETURN count(*)`` statement until it deletes nothing."""
    total = 0
    while True:
        n = session.execute_write(lambda tx: tx.run(text, {**params, "limit": _DELETE_CHUNK}).single()["deleted"])
        total += n
        if n < _DELETE_CHUNK:
            return total


def delete_dataset(session, dataset: str) -> int:
    """Delete every node tagged *dataset* (and their relationships); return how many."""
    total = 0
    for label in _NODE_LABELS:
        total += _delete_loop(session, statement("delete_dataset", LABEL=label_expr([label])),
                              {"dataset": dataset})
    return total


def list_datasets(session) -> dict[str, int]:
    """Dataset tags present in the database, with their entity counts."""
    return {r["dataset"]: r["entities"] for r in _read(session, statement("datasets"), {})}


def ensure_schema(session) -> None:
    """Create the constraints and indexes (``IF NOT EXISTS``), each in its own transaction."""
    for text in statements("schema"):
        session.run(text).consume()


def load_rows(driver, target: Target, rows: Rows, *, batch_size: int = DEFAULT_BATCH_SIZE,
              replace: bool = False, progress: ProgressFn | None = None,
              expected: dict[str, int] | None = None, check: bool = True) -> LoadReport:
    """Bring *target* in line with *rows* and (with *expected*) check the counts.

    Parameters
    ----------
    driver : neo4j.Driver
        An open driver (see :func:`graph.store.connection.connect`).
    target : Target
        The database (its ``database`` is always passed: on ArcadeDB a session without it
        may land in another database).
    rows : Rows
        From :func:`graph.store.rows.build_rows`.
    batch_size : int
        Rows per transaction.
    replace : bool
        Delete this dataset's nodes first.
    progress : callable, optional
        Called as ``progress(step_name, rows_in_batch, rows_to_write)`` after each batch,
        and once as ``progress("", 0, rows_to_write)`` when the total is known.
    expected : dict, optional
        Counts from :func:`expected_counts`; compared after loading when *check* is set.

    Raises
    ------
    LoadInterrupted
        The server or the connection failed; the message says how far the load got.
    CountMismatch
        The counts after loading differ from *expected*.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    report = LoadReport(dataset=rows.dataset, database=target.database, uri=target.display,
                        batch_size=batch_size, rows=total_rows(rows))
    params_base = {"dataset": rows.dataset}
    where = "connecting"
    done = todo = 0
    t0 = time.perf_counter()
    try:
        with driver.session(database=target.database) as session:
            where = "creating constraints and indexes"
            ensure_schema(session)
            if replace:
                where = "deleting the dataset (--replace)"
                report.replaced = delete_dataset(session, rows.dataset)
            where = "reading what an earlier load left"
            td = time.perf_counter()
            existing = Existing() if replace else fetch_existing(session, rows.dataset)
            steps = plan_steps(rows, existing)
            report.diff_seconds = time.perf_counter() - td
            todo = sum(len(s.rows) for s in steps)
            if progress:
                progress("", 0, todo)
            tw = time.perf_counter()
            for step in steps:
                batches = step.batches(batch_size)
                for i, batch in enumerate(batches, 1):
                    where = f"writing {step.name}, batch {i}/{len(batches)}"
                    _write(session, step.statements, {**params_base, step.param: batch})
                    done += len(batch)
                    report.batches += 1
                    if step.param == "ids":
                        report.deleted += len(batch)
                    if progress:
                        progress(step.name, len(batch), todo)
            report.write_seconds = time.perf_counter() - tw
            report.written = done
            if check:
                where = "counting"
                tc = time.perf_counter()
                report.counts = database_counts(session, rows.dataset)
                report.check_seconds = time.perf_counter() - tc
    except driver_errors() as exc:
        raise LoadInterrupted(
            f"load of dataset {rows.dataset!r} into {target.display} interrupted while {where} "
            f"({done} of {todo} rows written): {target.scrub(describe_error(exc))}. "
            "Committed batches are kept and the open one was rolled back: "
            "re-run the same `kg load` to finish; it converges to the same graph."
        ) from None
    report.total_seconds = time.perf_counter() - t0
    if check and expected is not None:
        keys = set(expected) | {k for k, v in report.counts.items() if v}
        diffs = {k: (expected.get(k, 0), report.counts.get(k, 0)) for k in keys
                 if expected.get(k, 0) != report.counts.get(k, 0)}
        if diffs:
            raise CountMismatch(rows.dataset, diffs)
    return report


def prepare(dataset, name: str) -> tuple[Rows, dict[str, int]]:
    """The rows of *dataset* (tagged *name*) and the counts they must leave in the database.

    The summary links are computed once for both.
    """
    from graph.links import summary_links

    links = summary_links(dataset)
    return build_rows(dataset, name, links=links), expected_counts(dataset, links)


def load_dataset_into(driver, target: Target, dataset, name: str, **kwargs) -> LoadReport:
    """Build rows for *dataset* (tagged *name*), load them and check the counts.

    *kwargs* go to :func:`load_rows` (``batch_size``, ``replace``, ``progress``, ``check``).
    """
    rows, expected = prepare(dataset, name)
    return load_rows(driver, target, rows, expected=expected, **kwargs)
