"""``kg query``: Cypher against the database, read-only unless ``--write``.

Read-only is Neo4j's to enforce: the statement is classified with ``EXPLAIN`` and run in a
READ transaction that is rolled back (see :mod:`graph.store.query`).

``kg query "MATCH ... RETURN ..." --param name=value`` runs one statement;
``kg query --saved NAME`` runs a saved analyst query (``kg query --list`` shows them).
Every saved query takes ``$dataset``, filled from ``--dataset`` or the data folder's name.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..store.defaults import DEFAULT_CONNECTION_TIMEOUT, DEFAULT_TIMEOUT
from .common import ConnectTimeoutOption, DataOption, err, handle_errors, out, print_json, wide
from .load import dataset_name

__all__ = ["register", "render"]

FORMATS = ("table", "json", "csv")
DatasetOption = Annotated[
    str | None,
    typer.Option(
        "--dataset",
        help="The dataset tag a query's $dataset takes (default: the data folder's name).",
        show_default=False,
    ),
]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(result, fmt: str) -> None:
    """Print a :class:`graph.store.query.QueryResult` as a table, JSON or CSV on stdout."""
    if fmt == "json":
        print_json(result.records())
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.keys)
        writer.writerows([[_cell(v) for v in row] for row in result.rows])
    else:
        table = Table(show_lines=False, header_style="bold")
        for key in result.keys:
            table.add_column(key, overflow="fold")
        for row in result.rows:
            table.add_row(*[_cell(v) for v in row])
        wide().print(table)  # values shown literally: see graph.cli.common
        n = len(result.rows)
        out.print(
            f"{n} row{'s' if n != 1 else ''} ({result.seconds:.2f}s)"
            + (f"; committed: {result.updates}" if result.committed else ""),
            markup=False,
        )


def _list(json_out: bool) -> None:
    from ..store.query import saved_queries

    queries = saved_queries()
    if json_out:
        print_json(
            [
                {
                    "name": q.name,
                    "description": q.description,
                    "params": {k: {"default": d, "description": desc} for k, (d, desc) in q.params.items()},
                }
                for q in queries.values()
            ]
        )
        return
    table = Table(header_style="bold")
    table.add_column("name", no_wrap=True)
    table.add_column("description", overflow="fold")
    table.add_column("params (default)", overflow="fold")
    for q in queries.values():
        params = ", ".join(f"{k}={json.dumps(d, ensure_ascii=False)}" for k, (d, _x) in q.params.items())
        table.add_row(q.name, q.description, params)
    out.print(table)
    out.print(
        f"{len(queries)} saved queries; run one with kg query --saved NAME [--param name=value ...]", markup=False
    )


def register(app: typer.Typer) -> None:
    """Add the ``query`` command to *app*."""

    @app.command("query")
    @handle_errors
    def query_cmd(
        cypher: Annotated[str | None, typer.Argument(help="One Cypher statement.", show_default=False)] = None,
        param: Annotated[
            list[str] | None,
            typer.Option("--param", "-p", help="NAME=VALUE (JSON value if it parses, else text); repeatable."),
        ] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
        saved: Annotated[
            str | None, typer.Option("--saved", help="Run a saved query by name.", show_default=False)
        ] = None,
        list_: Annotated[bool, typer.Option("--list", help="List the saved queries.")] = False,
        write: Annotated[
            bool,
            typer.Option(
                "--write", help="Allow writes: run as an auto-commit transaction (CALL { } IN TRANSACTIONS works)."
            ),
        ] = False,
        timeout: Annotated[
            float, typer.Option("--timeout", help="The server stops the query after this many seconds (0: no limit).")
        ] = DEFAULT_TIMEOUT,
        connect_timeout: ConnectTimeoutOption = DEFAULT_CONNECTION_TIMEOUT,
        data: DataOption = Path("seeds"),
        dataset: DatasetOption = None,
        json_out: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
        browser: Annotated[
            bool,
            typer.Option("--browser", help="Print the statement with :param lines for Neo4j Browser; run nothing."),
        ] = False,
    ) -> None:
        """Run Cypher (read-only unless --write) or a saved analyst query."""
        from ..store.connection import connect, resolve_target
        from ..store.query import get_saved, parse_param, run_query

        if json_out:
            fmt = "json"
        if fmt not in FORMATS:
            raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
        if list_:
            _list(fmt == "json")
            return
        if (cypher is None) == (saved is None):
            raise typer.BadParameter("give either a Cypher statement or --saved NAME (kg query --list shows them)")
        params = {}
        for spec in param or []:
            try:
                k, v = parse_param(spec)
            except ValueError as exc:
                raise typer.BadParameter(str(exc), param_hint="--param") from None
            params[k] = v
        if saved is not None:
            q = get_saved(saved)
            unknown = sorted(set(params) - set(q.params) - {"dataset"})
            if unknown:
                raise typer.BadParameter(
                    f"saved query {q.name!r} has no parameter {', '.join(unknown)} "
                    f"(it takes: {', '.join(q.params) or 'none'})",
                    param_hint="--param",
                )
            text, params = q.text, {**q.defaults(), **params}
            params.setdefault("dataset", dataset_name(data, dataset))
        else:
            text = cypher or ""  # given: exactly one of the statement and --saved is
            if re.search(r"\$dataset\b", text):
                params.setdefault("dataset", dataset_name(data, dataset))
        if browser:
            from ..store.browser import browser_text

            out.print(browser_text(text, params), markup=False, highlight=False)
            return
        target = resolve_target()
        with connect(target, connection_timeout=connect_timeout, log=_note) as driver:
            result = run_query(driver, target, text, params, write=write, timeout=timeout)
        for note in result.notifications:
            _note(note)
        render(result, fmt)


def _note(message: str) -> None:
    """A server notification or driver warning, on stderr, never as markup."""
    err.print(f"note: {message}", markup=False, highlight=False)
