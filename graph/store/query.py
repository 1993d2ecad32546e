"""``kg query``: Cypher for analysts, read-only unless asked otherwise, with a timeout.

Read-only is enforced twice, because neither a ``READ_ACCESS`` session nor
``execute_read`` stops a write on ArcadeDB:

1. before sending, the statement is scanned (strings, comments and backtick-quoted names
   removed) and refused if it has a write clause or calls a procedure not known to read;
2. it runs in an explicit transaction that is **always rolled back**, and a result whose
   summary reports updates is refused as well.

``--write`` opts out: the transaction is committed instead.

The timeout is enforced on the client: the query runs in a worker thread and, past the
limit, the driver is closed, which drops the connection (ArcadeDB ignores per-transaction
timeouts; the timeout is still passed so that a real Neo4j stops the work server-side).
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import KGError

from .connection import Target, describe_error, driver_errors
from .defaults import DEFAULT_TIMEOUT

__all__ = ["WriteRefused", "QueryTimeout", "QueryFailed", "QueryResult", "SavedQuery",
           "write_clauses", "parse_param", "run_query", "saved_queries", "get_saved",
           "to_plain", "QUERIES_DIR", "DEFAULT_TIMEOUT"]

QUERIES_DIR = Path(__file__).resolve().parent / "queries"

_WRITE_WORDS = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH",
                "LOAD", "ALTER", "GRANT", "DENY", "REVOKE", "RENAME", "TERMINATE")
#: Procedures that only read. Any other ``CALL name(...)`` is refused without --write.
_READ_PROCEDURES = {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.indexes",
                    "db.constraints", "db.info", "dbms.components", "db.ping"}
_LEXER = re.compile(
    r"""
      (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    | (?P<bq>`(?:[^`]|``)*`)
    | (?P<line>//[^\n]*)
    | (?P<block>/\*.*?\*/)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class WriteRefused(KGError):
    """A statement would write and ``--write`` was not given."""


class QueryTimeout(KGError):
    """The query ran past its timeout and was cancelled."""


class QueryFailed(KGError):
    """The database rejected the query or the connection failed."""


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) tokens with strings, comments and quoted names reduced to placeholders."""
    out = []
    for m in _LEXER.finditer(text):
        kind = m.lastgroup
        if kind in ("line", "block"):
            continue
        if kind == "other" and m.group().isspace():
            continue
        out.append((kind, m.group()))
    return out


def write_clauses(text: str) -> list[str]:
    """The write clauses and write-capable procedure calls found in *text* (empty: read-only).

    Words inside strings, comments and backticks do not count, nor do property keys
    (``n.set``), labels (``:Create``), parameters (``$delete``) or map keys (``{merge: 1}``).

    Examples
    --------
    >>> write_clauses("MATCH (n) WHERE n.name = 'CREATE' RETURN n")
    []
    >>> write_clauses("MATCH (n) DETACH DELETE n")
    ['DETACH', 'DELETE']
    >>> write_clauses("CALL apoc.create.node(['X'], {})")
    ['CALL apoc.create.node']
    """
    toks = _tokens(text)
    found = []
    for i, (kind, tok) in enumerate(toks):
        if kind != "word":
            continue
        prev = toks[i - 1][1] if i else ""
        nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
        if prev in (".", ":", "$") or nxt == ":":
            continue
        upper = tok.upper()
        if upper in _WRITE_WORDS:
            found.append(upper)
        elif upper == "CALL" and i + 1 < len(toks) and toks[i + 1][0] == "word":
            proc = toks[i + 1][1]
            if proc.lower() not in _READ_PROCEDURES:
                found.append(f"CALL {proc}")
        elif upper == "TRANSACTIONS" and prev.upper() == "IN":
            found.append("IN TRANSACTIONS")
    return found


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
    from neo4j.graph import Node, Path as GPath, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": to_plain(dict(value))}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": to_plain(dict(value))}
    if isinstance(value, GPath):
        return {"nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships]}
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

    def records(self) -> list[dict]:
        return [dict(zip(self.keys, row)) for row in self.rows]


def _counters(summary) -> dict:
    c = summary.counters
    names = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
             "properties_set", "labels_added", "labels_removed", "indexes_added", "indexes_removed",
             "constraints_added", "constraints_removed")
    return {n: getattr(c, n) for n in names if getattr(c, n)}


def _execute(driver, target: Target, text: str, params: dict, write: bool, timeout: float) -> QueryResult:
    import neo4j

    t0 = time.perf_counter()
    with driver.session(database=target.database,
                        default_access_mode=neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS) as session:
        tx = session.begin_transaction(timeout=timeout)
        try:
            result = tx.run(text, params)
            keys = list(result.keys())
            rows = [[to_plain(v) for v in record.values()] for record in result]
            summary = result.consume()
            updates = _counters(summary)
            if write:
                tx.commit()
            elif updates or summary.counters.contains_updates or summary.counters.contains_system_updates:
                raise WriteRefused("the statement wrote to the database "
                                   f"({', '.join(f'{k}={v}' for k, v in updates.items()) or 'updates'}); "
                                   "it was rolled back. Use --write to allow writes.")
        finally:
            if not tx.closed():
                tx.rollback()
    return QueryResult(keys, rows, time.perf_counter() - t0, updates, committed=write)


def run_query(driver, target: Target, text: str, params: dict | None = None, *, write: bool = False,
              timeout: float = DEFAULT_TIMEOUT) -> QueryResult:
    """Run one statement; read-only (always rolled back) unless *write*.

    Parameters
    ----------
    driver : neo4j.Driver
        Closed by this function when the timeout fires (the only way to stop the wait on
        ArcadeDB); callers open a fresh driver per query.
    target : Target
        The database.
    text : str
        One Cypher statement; every value should come in *params*.
    params : dict
        Query parameters.
    write : bool
        Commit instead of rolling back, and skip the write-clause check.
    timeout : float
        Seconds before the query is cancelled (0 or less: no limit).

    Raises
    ------
    WriteRefused
        *write* is false and the statement writes (checked before sending, and after).
    QueryTimeout
        The timeout fired; the connection was dropped.
    QueryFailed
        The database rejected the query or the connection failed.
    """
    params = dict(params or {})
    if not write:
        clauses = write_clauses(text)
        if clauses:
            raise WriteRefused(f"refused: the statement writes ({', '.join(dict.fromkeys(clauses))}) and "
                               "kg query is read-only; nothing was sent. Use --write to allow writes.")
    outcome: dict = {}

    def work():
        try:
            outcome["result"] = _execute(driver, target, text, params, write, timeout)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout if timeout and timeout > 0 else None)
    if worker.is_alive():
        # Dropping the connection is the only cancel ArcadeDB honours; the transaction is
        # never committed, so nothing the query did is kept.
        driver.close()
        worker.join(5.0)
        raise QueryTimeout(f"query cancelled after {timeout:g}s (--timeout); nothing was committed. "
                           "Narrow it (LIMIT, a more selective MATCH) or raise --timeout.")
    if "error" in outcome:
        exc = outcome["error"]
        if isinstance(exc, KGError):
            raise exc
        if isinstance(exc, driver_errors()):
            raise QueryFailed(f"{target.display}: {target.scrub(describe_error(exc))}") from None
        raise exc
    return outcome["result"]


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
    body = []
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
    raise LookupFailed(f"no saved query named {name!r} (see kg query --list).",
                       difflib.get_close_matches(name, list(queries), n=3))
