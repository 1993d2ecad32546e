"""``kg load``: write a validated dataset into Neo4j, idempotently and crash-safely.

Order of work, each step in batches of ``UNWIND $rows`` run by ``execute_write`` (one
managed transaction per batch; everything in it is ``MERGE``, so the driver may retry it):

1. constraints and indexes, ``IF NOT EXISTS`` (skipped, with a message, for a user without
   schema rights, or with ``schema=False``);
2. ``--replace``: this dataset's nodes are deleted (never anything else);
3. ids and content digests (``row_hash``) of what an earlier load left are read, and the
   difference is planned (:func:`plan_steps`): what the dataset no longer has is deleted,
   rows missing or changed are written, unchanged rows skipped;
4. entities (with all their labels; relabelled in place when their type changed),
   documents, claims (each with SUBJECT/OBJECT/IN_DOCUMENT, ATTRIBUTED_TO, RELAYED_BY and
   ITEM in one statement), then one derived relationship per summary link;
5. the counts in the database are compared with the networkx graphs; a mismatch fails.

Every row is written as one unit that carries its ``row_hash``, so a crash at any moment
(client killed, server killed, connection lost) leaves rows either whole or absent, and a
plain re-run of the same load converges to exactly the expected graph. A lost connection
raises :class:`LoadInterrupted`; a statement the database refuses (permissions, a
constraint) raises :class:`LoadRejected`.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from graph.errors import KGError

from .connection import Target, describe_error, driver_errors
from .cypher import label_expr, statement, statements
from .defaults import DEFAULT_BATCH_SIZE
from .rows import CLAIM_EDGE_TYPES, Rows, build_rows, expected_ref_counts

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "MAX_BATCH_BYTES",
    "CountMismatch",
    "Existing",
    "LoadInterrupted",
    "LoadRejected",
    "LoadReport",
    "Step",
    "database_counts",
    "delete_dataset",
    "ensure_schema",
    "expected_counts",
    "fetch_existing",
    "list_datasets",
    "load_dataset_into",
    "load_rows",
    "plan_steps",
    "prepare",
    "split_batches",
]

#: Bytes of parameters per transaction, about at most: keeps each transaction's memory on the
#: server small whatever the rows hold (validation bounds every field's size).
MAX_BATCH_BYTES = 8 * 1024 * 1024
_DELETE_CHUNK = 10000
_NODE_LABELS = ("Claim", "Document", "Entity")

ProgressFn = Callable[[str, int, int], None]


class LoadInterrupted(KGError):
    """The database or the connection failed mid-load; re-running the load converges."""


class LoadRejected(KGError):
    """The database refused a statement of the load (permissions, a constraint, bad data)."""


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
    #: How many dataset rows one row of this step writes (a claim row also writes its
    #: ATTRIBUTED_TO, RELAYED_BY and ITEM relationships).
    weight: Callable[[dict], int] | None = None

    def batches(self, size: int) -> list[list]:
        return split_batches(self.rows, size)

    def rows_in(self, batch: list) -> int:
        return sum(map(self.weight, batch)) if self.weight else len(batch)


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
    return [rows[i : i + size] for i in range(0, len(rows), size)]


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
    written. Otherwise unchanged rows (same ``row_hash``) are skipped, rows that changed or
    are missing are written, and what the dataset no longer has is deleted. Each row is one
    atomic unit (an entity with its labels, a claim with all its relationships, a link), so
    whatever a crash left, the ``row_hash`` comparison finds what to write again.
    Statements come filled in, with labels and relationship types checked and
    backtick-quoted.
    """
    ex = existing or Existing()
    steps: list[Step] = []
    current_entities = {r["id"] for group in rows.entities.values() for r in group}
    gone_entities = [eid for eid in ex.entities if eid not in current_entities]
    current_claims = {r["id"] for r in rows.claims}
    gone_claims = [cid for cid in ex.claims if cid not in current_claims]
    current_docs = {r["id"] for r in rows.documents}
    gone_docs = [did for did in ex.documents if did not in current_docs]
    current_links = {(r["subject"], p, r["object"]) for p, group in rows.links.items() for r in group}
    gone_links = [k for k in ex.links if k not in current_links]

    # Deletions first: claims, documents, entities (DETACH), then links.
    for label, ids in (("Claim", gone_claims), ("Document", gone_docs), ("Entity", gone_entities)):
        if ids:
            steps.append(
                Step(f"delete {label}", [statement("delete_nodes", LABEL=label_expr([label]))], ids, param="ids")
            )
    by_type: dict[str, list[dict]] = {}
    for s_id, p, o_id in gone_links:
        by_type.setdefault(p, []).append({"subject": s_id, "object": o_id})
    for p, group in sorted(by_type.items()):
        steps.append(Step(f"delete links {p}", [statement("link_delete", TYPE=label_expr([p]))], group))

    # Entities missing or changed; one whose type changed loses its old labels in the same
    # transaction (relabelled in place, so its claims keep their relationships).
    for labels, group in rows.entities.items():
        by_stale: dict[tuple[str, ...], list[dict]] = {}
        for r in group:
            before = ex.entities.get(r["id"])
            if before is not None and before[2] == r["row_hash"]:
                continue
            stale = tuple(sorted(set(before[1]) - set(labels))) if before else ()
            by_stale.setdefault(stale, []).append(r)
        for stale, todo in sorted(by_stale.items()):
            stmts = [statement("entity_relabel", LABELS=label_expr(stale))] if stale else []
            stmts.append(statement("entity_upsert", LABELS=label_expr(labels)))
            steps.append(Step(f"entities {':'.join(labels)}", stmts, todo))

    docs = [r for r in rows.documents if ex.documents.get(r["id"], "") != r["row_hash"]]
    if docs:
        steps.append(Step("documents", [statement("document_upsert")], docs))

    claims = [r for r in rows.claims if ex.claims.get(r["id"], "") != r["row_hash"]]
    if claims:
        steps.append(Step("claims", [statement("claim_upsert")], claims, weight=_claim_weight))

    for predicate, group in rows.links.items():
        todo = [r for r in group if ex.links.get((r["subject"], predicate, r["object"]), "") != r["props"]["row_hash"]]
        if todo:
            steps.append(Step(f"links {predicate}", [statement("link_upsert", TYPE=label_expr([predicate]))], todo))
    return steps


def _claim_weight(row: dict) -> int:
    return 1 + len(row.get("asserters") or ()) + len(row.get("relay") or ()) + (1 if row.get("item") else 0)


def total_rows(rows: Rows) -> int:
    """How many rows the dataset has in all (entities, documents, claims, refs, links)."""
    c = rows.counts()
    return c["entities"] + c["documents"] + c["claims"] + c["attributed_to"] + c["relayed_by"] + c["items"] + c["links"]


def expected_counts(dataset, links=None) -> dict[str, int]:
    """What the database must hold for *dataset*, counted on the networkx graphs.

    Keys: node labels (``Entity``, ``Document``, ``Claim``), claim relationship types and
    ``link:<PREDICATE>`` for derived relationships.
    """
    from graph.build import claim_graph, summary_graph

    G = claim_graph(dataset)
    S = summary_graph(dataset, links)
    out = {
        "Entity": G.number_of_nodes(),
        "Document": len(dataset.documents),
        "Claim": G.number_of_edges(),
        "SUBJECT": G.number_of_edges(),
        "OBJECT": G.number_of_edges(),
        "IN_DOCUMENT": G.number_of_edges(),
    }
    out.update(expected_ref_counts(dataset))
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
    for edge in _read(session, statement("count_claim_edges"), {"dataset": dataset}):
        out[edge["type"]] = edge["n"]
    for link in _read(session, statement("count_links"), {"dataset": dataset}):
        out[f"link:{link['type']}"] = link["n"]
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
        total += _delete_loop(session, statement("delete_dataset", LABEL=label_expr([label])), {"dataset": dataset})
    return total


def list_datasets(session) -> dict[str, int]:
    """Dataset tags present in the database, with their entity counts."""
    return {r["dataset"]: r["entities"] for r in _read(session, statement("datasets"), {})}


def ensure_schema(session, notify: Callable[[str], None] | None = None) -> bool:
    """Create the constraints and indexes (``IF NOT EXISTS``), each in its own transaction.

    Returns False, after telling *notify*, when the user may not change the schema (an
    ``editor`` role on Aura or Enterprise): the load then goes on without creating them.
    """
    for text in statements("schema"):
        try:
            session.run(text).consume()
        except driver_errors() as exc:
            if ".Security." not in (getattr(exc, "code", None) or ""):
                raise
            if notify:
                notify(
                    "this user may not create constraints or indexes; loading without them "
                    f"({describe_error(exc)}). Ask an administrator to run `kg load` once, "
                    "or pass --no-schema to skip this step."
                )
            return False
    return True


def load_rows(
    driver,
    target: Target,
    rows: Rows,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    replace: bool = False,
    progress: ProgressFn | None = None,
    expected: dict[str, int] | None = None,
    check: bool = True,
    schema: bool = True,
    notify: Callable[[str], None] | None = None,
    fail_after: Callable[[str], None] | None = None,
) -> LoadReport:
    """Bring *target* in line with *rows* and (with *expected*) check the counts.

    Parameters
    ----------
    driver : neo4j.Driver
        An open driver (see :func:`graph.store.connection.connect`).
    target : Target
        The database (``None``: the server's home database).
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
    schema : bool
        Create constraints and indexes first (``--no-schema``: don't).
    notify : callable, optional
        Receives one-line messages (a schema step skipped for lack of rights).
    fail_after : callable, optional
        Called with each step boundary's name after it is passed (``"schema"``,
        ``"replace"``, ``"plan"``, ``"<step> batch <i>"``, ``"written"``); the
        crash-convergence tests make it raise there.

    Raises
    ------
    LoadInterrupted
        The server or the connection failed; the message says how far the load got.
    LoadRejected
        The database refused a statement (permissions, a constraint).
    CountMismatch
        The counts after loading differ from *expected*.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    report = LoadReport(
        dataset=rows.dataset,
        database=target.database or "(home)",
        uri=target.display,
        batch_size=batch_size,
        rows=total_rows(rows),
    )
    params_base = {"dataset": rows.dataset}
    where = "connecting"
    done = todo = 0
    passed = fail_after or (lambda _name: None)
    t0 = time.perf_counter()
    try:
        with driver.session(database=target.database) as session:
            if schema:
                where = "creating constraints and indexes"
                ensure_schema(session, notify)
            passed("schema")
            if replace:
                where = "deleting the dataset (--replace)"
                report.replaced = delete_dataset(session, rows.dataset)
                passed("replace")
            where = "reading what an earlier load left"
            td = time.perf_counter()
            existing = Existing() if replace else fetch_existing(session, rows.dataset)
            steps = plan_steps(rows, existing)
            report.diff_seconds = time.perf_counter() - td
            passed("plan")
            todo = sum(s.rows_in(s.rows) for s in steps)
            if progress:
                progress("", 0, todo)
            tw = time.perf_counter()
            for step in steps:
                batches = step.batches(batch_size)
                for i, batch in enumerate(batches, 1):
                    where = f"writing {step.name}, batch {i}/{len(batches)}"
                    _write(session, step.statements, {**params_base, step.param: batch})
                    n = step.rows_in(batch)
                    done += n
                    report.batches += 1
                    if step.param == "ids":
                        report.deleted += n
                    if progress:
                        progress(step.name, n, todo)
                    passed(f"{step.name} batch {i}")
            report.write_seconds = time.perf_counter() - tw
            report.written = done
            passed("written")
            if check:
                where = "counting"
                tc = time.perf_counter()
                report.counts = database_counts(session, rows.dataset)
                report.check_seconds = time.perf_counter() - tc
    except driver_errors() as exc:
        if _rejected(exc):
            raise LoadRejected(
                f"{target.display} refused the load of dataset {rows.dataset!r} while {where} "
                f"({done} of {todo} rows written): {target.scrub(describe_error(exc))}"
            ) from None
        raise LoadInterrupted(
            f"load of dataset {rows.dataset!r} into {target.display} interrupted while {where} "
            f"({done} of {todo} rows written): {target.scrub(describe_error(exc))}. "
            "Committed batches are kept and the open one was rolled back: "
            "re-run the same `kg load` to finish; it converges to the same graph."
        ) from None
    report.total_seconds = time.perf_counter() - t0
    if check and expected is not None:
        keys = set(expected) | {k for k, v in report.counts.items() if v}
        diffs = {
            k: (expected.get(k, 0), report.counts.get(k, 0))
            for k in keys
            if expected.get(k, 0) != report.counts.get(k, 0)
        }
        if diffs:
            raise CountMismatch(rows.dataset, diffs)
    return report


def _rejected(exc: BaseException) -> bool:
    """True for the server refusing a statement, False for a lost server or connection."""
    from neo4j.exceptions import ClientError

    return isinstance(exc, ClientError)


def prepare(dataset, name: str) -> tuple[Rows, dict[str, int]]:
    """The rows of *dataset* (tagged *name*) and the counts they must leave in the database.

    The summary links are computed once for both.
    """
    from graph.links import summary_links

    links = summary_links(dataset)
    return build_rows(dataset, name, links=links), expected_counts(dataset, links)


def load_dataset_into(driver, target: Target, dataset, name: str, **kwargs) -> LoadReport:
    """Build rows for *dataset* (tagged *name*), load them and check the counts.

    *kwargs* go to :func:`load_rows` (``batch_size``, ``replace``, ``progress``, ``check``,
    ``schema``, ``notify``, ``fail_after``).
    """
    rows, expected = prepare(dataset, name)
    return load_rows(driver, target, rows, expected=expected, **kwargs)
