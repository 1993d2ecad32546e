"""``kg query``: Cypher for analysts, read-only unless asked otherwise, with a timeout.

Read-only is enforced by the database, twice, and never by reading the statement here:

1. ``EXPLAIN`` first: Neo4j plans the statement without running it and reports its query
   type (``r`` read, ``rw`` read-write, ``w`` write, ``s`` schema). Anything but ``r`` is
   refused with :class:`WriteRefused` before it runs; a procedure counts as read only when
   Neo4j classifies it so.
2. The statement then runs in a transaction opened in READ access mode, which Neo4j itself
   refuses to let write (``Neo.ClientError.Statement.AccessMode``, reported as
   :class:`WriteRefused` too), and it is rolled back, never committed.

``--write`` opts out: the statement runs as an auto-commit transaction in WRITE mode, so
``CALL { … } IN TRANSACTIONS`` works.

The timeout is the server's: it is sent with the transaction, Neo4j stops the work when it
passes, and the error is reported as :class:`QueryTimeout`.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import KGError

from .connection import Target, describe_error, driver_errors
from .defaults import DEFAULT_TIMEOUT

__all__ = [
    "DEFAULT_TIMEOUT",
    "QUERIES_DIR",
    "QueryFailed",
    "QueryResult",
    "QueryTimeout",
    "SavedQuery",
    "WriteRefused",
    "explain_query_type",
    "get_saved",
    "parse_param",
    "run_query",
    "saved_queries",
    "to_plain",
]

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
#: What Neo4j's ``query_type`` values mean, for messages.
QUERY_TYPES = {"r": "read", "rw": "read-write", "w": "write", "s": "schema"}
# A leading ``CYPHER 25 …`` option clause, ``EXPLAIN`` or ``PROFILE``: EXPLAIN goes after the
# options, and an EXPLAIN/PROFILE of the user's own is replaced rather than doubled.
_PREFIX = re.compile(
    r"\A\s*(?P<cypher>CYPHER(?:\s+(?:\d+|\w+(?:\.\w+)*\s*=\s*\w+))*\s+)?(?P<mode>EXPLAIN\b|PROFILE\b)?", re.IGNORECASE
)


class WriteRefused(KGError):
    """A statement would write and ``--write`` was not given."""


class QueryTimeout(KGError):
    """The query ran past its timeout and was cancelled."""


class QueryFailed(KGError):
    """The database rejected the query or the connection failed."""


def _explained(text: str) -> str:
    """*text* as an ``EXPLAIN`` statement (after any ``CYPHER`` options).

    Examples
    --------
    >>> _explained("MATCH (n) RETURN n")
    'EXPLAIN MATCH (n) RETURN n'
    >>> _explained("CYPHER 25 PROFILE MATCH (n) RETURN n")
    'CYPHER 25 EXPLAIN MATCH (n) RETURN n'
    >>> _explained("CYPHER 25 runtime=slotted MATCH (n) RETURN n")
    'CYPHER 25 runtime=slotted EXPLAIN MATCH (n) RETURN n'
    """
    m = _PREFIX.match(text)
    assert m is not None  # every group is optional
    return f"{m.group('cypher') or ''}EXPLAIN{text[m.end() :] if m.group('mode') else ' ' + text[m.end() :]}"


def _code(exc: BaseException) -> str:
    return getattr(exc, "code", None) or ""


def explain_query_type(session, text: str, params: dict) -> str:
    """The query type Neo4j gives *text* (``r``, ``rw``, ``w`` or ``s``) without running it."""
    return session.run(_explained(text), params).consume().query_type or ""


def parse_param(spec: str) -> tuple[str, object]:
    """Parse ``--param name=value``: JSON when the value is valid JSON, else the raw text.

    Examples
    --------
    >>> parse_param("limit=5")
    ('limit', 5)
    >>> parse_param("entity=kn-23")
    ('entity', 'kn-23')
    >>> parse_param('code="007"')
    ('code', '007')
    """
    if "=" not in spec:
        raise ValueError(f"--param expects NAME=VALUE, got {spec!r}")
    name, raw = spec.split("=", 1)
    name = name.strip()
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"invalid parameter name {name!r}")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return name, value


def to_plain(value):
    """A driver value as plain JSON-able data (nodes, relationships, paths, temporal types)."""
    from neo4j.graph import Node, Relationship
    from neo4j.graph import Path as GPath

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": to_plain(dict(value))}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": to_plain(dict(value))}
    if isinstance(value, GPath):
        return {
            "nodes": [to_plain(n) for n in value.nodes],
            "relationships": [to_plain(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


@dataclass
class QueryResult:
    """Columns, rows (plain values) and what the database reported."""

    keys: list[str]
    rows: list[list]
    seconds: float
    updates: dict = field(default_factory=dict)
    committed: bool = False
    notifications: list[str] = field(default_factory=list)

    def records(self) -> list[dict]:
        return [dict(zip(self.keys, row, strict=True)) for row in self.rows]


def _counters(summary) -> dict:
    c = summary.counters
    names = (
        "nodes_created",
        "nodes_deleted",
        "relationships_created",
        "relationships_deleted",
        "properties_set",
        "labels_added",
        "labels_removed",
        "indexes_added",
        "indexes_removed",
        "constraints_added",
        "constraints_removed",
    )
    return {n: getattr(c, n) for n in names if getattr(c, n)}


def _run(driver, target: Target, text: str, params: dict, write: bool, timeout: float) -> QueryResult:
    import neo4j

    limit = timeout if timeout and timeout > 0 else None
    t0 = time.perf_counter()
    mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
    with driver.session(database=target.database, default_access_mode=mode) as session:
        if write:
            # Auto-commit, so that CALL { … } IN TRANSACTIONS is allowed.
            result = session.run(neo4j.Query(text, timeout=limit), params)
            keys = list(result.keys())
            rows = [[to_plain(v) for v in record.values()] for record in result]
            summary = result.consume()
            return QueryResult(
                keys, rows, time.perf_counter() - t0, _counters(summary), committed=True, notifications=_notes(summary)
            )
        kind = explain_query_type(session, text, params)
        if kind != "r":
            raise WriteRefused(
                f"refused: Neo4j classifies this statement as {QUERY_TYPES.get(kind, kind or 'unknown')}"
                " and kg query is read-only; nothing was run. Use --write to allow writes."
            )
        tx = session.begin_transaction(timeout=limit)
        try:
            result = tx.run(text, params)
            keys = list(result.keys())
            rows = [[to_plain(v) for v in record.values()] for record in result]
            summary = result.consume()
        finally:
            tx.rollback()  # read-only: nothing is ever committed
    return QueryResult(keys, rows, time.perf_counter() - t0, _counters(summary), notifications=_notes(summary))


def _notes(summary) -> list[str]:
    """The server's notifications (deprecations, unbounded paths …) as one-line texts."""
    return [
        " ".join(s.status_description.split())
        for s in summary.gql_status_objects
        if s.is_notification and s.status_description
    ]


def run_query(
    driver,
    target: Target,
    text: str,
    params: dict | None = None,
    *,
    write: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> QueryResult:
    """Run one statement; read-only (checked and enforced by Neo4j, rolled back) unless *write*.

    Parameters
    ----------
    driver : neo4j.Driver
        An open driver.
    target : Target
        The database.
    text : str
        One Cypher statement; every value should come in *params*.
    params : dict
        Query parameters.
    write : bool
        Run as an auto-commit transaction in WRITE mode and keep what it does.
    timeout : float
        Seconds before the server stops the query (0 or less: no limit).

    Raises
    ------
    WriteRefused
        *write* is false and Neo4j classifies the statement as anything but read, or
        refuses it in the READ transaction.
    QueryTimeout
        The server stopped the query at the timeout; nothing was committed.
    QueryFailed
        The database rejected the query or the connection failed.
    """
    try:
        return _run(driver, target, text, dict(params or {}), write, timeout)
    except KGError:
        raise
    except driver_errors() as exc:
        code = _code(exc)
        if code.endswith(".AccessMode"):
            raise WriteRefused(
                "refused: Neo4j would not run this statement in a read transaction, and kg query "
                "is read-only; nothing was committed. Use --write to allow writes."
            ) from None
        if ".TransactionTimedOut" in code:
            raise QueryTimeout(
                f"the server stopped the query after {timeout:g}s (--timeout); nothing was "
                "committed. Narrow it (LIMIT, a more selective MATCH) or raise --timeout."
            ) from None
        raise QueryFailed(f"{target.display}: {target.scrub(describe_error(exc))}") from None


# Saved queries ----------------------------------------------------------------------------
@dataclass(frozen=True)
class SavedQuery:
    """A ``queries/<name>.cypher`` file: header comments, then one statement.

    Header lines::

        // name: producers
        // description: Which facilities produce a weapon system, and where.
        // param: weapon = "kn-23" | entity id or name of the weapon system
    """

    name: str
    description: str
    params: dict  # name -> (default or None, description)
    text: str
    path: Path

    def defaults(self) -> dict:
        return {k: d for k, (d, _desc) in self.params.items()}


_HEADER = re.compile(r"//\s*(name|description|param):\s*(.*)")


def _parse_saved(path: Path) -> SavedQuery:
    name, desc_lines, params = path.stem, [], {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line.strip())
        if m and not body:
            key, value = m.group(1), m.group(2).strip()
            if key == "name":
                name = value
            elif key == "description":
                desc_lines.append(value)
            else:
                spec, _, pdesc = value.partition("|")
                pname, eq, default = spec.partition("=")
                params[pname.strip()] = (parse_param(f"x={default.strip()}")[1] if eq else None, pdesc.strip())
            continue
        if line.strip().startswith("//") and not body:
            continue
        body.append(line)
    return SavedQuery(name, " ".join(desc_lines), params, "\n".join(body).strip(), path)


def saved_queries(directory: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """Every saved query, by name."""
    out = {}
    for path in sorted(directory.glob("*.cypher")):
        q = _parse_saved(path)
        out[q.name] = q
    return out


def get_saved(name: str, directory: Path = QUERIES_DIR) -> SavedQuery:
    """The saved query *name*; raises :class:`graph.errors.LookupFailed` with suggestions."""
    import difflib

    from graph.errors import LookupFailed

    queries = saved_queries(directory)
    if name in queries:
        return queries[name]
    raise LookupFailed(
        f"no saved query named {name!r} (see kg query --list).", difflib.get_close_matches(name, list(queries), n=3)
    )
