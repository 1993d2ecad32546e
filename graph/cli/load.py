"""``kg load``: write the validated dataset into Neo4j or the local server.

Without ``NEO4J_URI`` the local server is used (started if needed, saying so on stderr).
Idempotent: loading twice leaves the same graph; a re-load writes only what changed.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from ..store.defaults import DEFAULT_BATCH_SIZE, DEFAULT_CONNECTION_TIMEOUT
from .common import ConnectTimeoutOption, DataOption, JsonOption, err, handle_errors, load, out, print_json

__all__ = ["dataset_name", "register"]

DatasetOption = Annotated[
    str | None,
    typer.Option(
        "--dataset",
        help="Dataset tag stored on everything loaded (default: the data folder's name).",
        show_default=False,
    ),
]


def dataset_name(data: Path, dataset: str | None) -> str:
    """The dataset tag: ``--dataset`` or the name of the data folder."""
    name = dataset or Path(data).resolve().name
    if not name.strip():
        raise typer.BadParameter("the dataset name must not be empty", param_hint="--dataset")
    return name


def _dry_run(rows, batch_size: int, json_out: bool) -> None:
    from ..store.cypher import statements
    from ..store.loader import plan_steps

    steps = plan_steps(rows)
    if json_out:
        print_json(
            {
                "dataset": rows.dataset,
                "counts": rows.counts(),
                "schema": statements("schema"),
                "steps": [
                    {
                        "name": s.name,
                        "rows": len(s.rows),
                        "batches": len(s.batches(batch_size)),
                        "statements": s.statements,
                    }
                    for s in steps
                ],
            }
        )
        return
    out.print(f"-- dry run: dataset {rows.dataset!r}, batch size {batch_size}; nothing is sent.")
    out.print("-- a first load writes every row; a re-load writes only rows that changed.")
    out.print("-- constraints and indexes:")
    for text in statements("schema"):
        out.print(text + ";", markup=False)
    for s in steps:
        out.print(f"\n-- {s.name}: {len(s.rows)} rows in {len(s.batches(batch_size))} batch(es)", markup=False)
        for text in s.statements:
            out.print(text + ";", markup=False)
    out.print("\n-- row counts: " + ", ".join(f"{k} {v}" for k, v in rows.counts().items()), markup=False)


def register(app: typer.Typer) -> None:
    """Add the ``load`` command to *app*."""

    @app.command("load")
    @handle_errors
    def load_cmd(
        data: DataOption = Path("seeds"),
        dataset: DatasetOption = None,
        replace: Annotated[
            bool, typer.Option("--replace", help="Delete this dataset's nodes first (never anything else).")
        ] = False,
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Print the statements and row counts; send nothing.")
        ] = False,
        batch_size: Annotated[
            int, typer.Option("--batch-size", min=1, help="Rows per transaction.")
        ] = DEFAULT_BATCH_SIZE,
        timeout: ConnectTimeoutOption = DEFAULT_CONNECTION_TIMEOUT,
        no_schema: Annotated[
            bool,
            typer.Option(
                "--no-schema",
                help="Do not create constraints and indexes (for a user without schema rights, "
                "e.g. an Aura or Enterprise editor).",
            ),
        ] = False,
        json_out: JsonOption = False,
    ) -> None:
        """Load the dataset into Neo4j (NEO4J_URI) or the local server, idempotently.

        Constraints first, then batched managed transactions; counts are checked against
        the networkx graph afterwards (a mismatch exits 1). A plain re-run after an
        interruption converges to the same graph.
        """
        from ..store.connection import connect, resolve_target
        from ..store.loader import load_dataset_into
        from ..store.rows import build_rows, check_schema

        name = dataset_name(data, dataset)
        ds = load(data)
        if dry_run:
            _dry_run(build_rows(ds, name), batch_size, json_out)
            return
        check_schema(ds.schema)  # refused before a local server is started for nothing
        target = resolve_target()
        with connect(target, connection_timeout=timeout, log=_warn) as driver, _progress() as progress:
            report = load_dataset_into(
                driver,
                target,
                ds,
                name,
                batch_size=batch_size,
                replace=replace,
                progress=progress,
                schema=not no_schema,
                notify=_warn,
            )
        if json_out:
            print_json(report.to_dict())
            return
        c = report.counts
        links_n = sum(v for k, v in c.items() if k.startswith("link:"))
        out.print(
            f"loaded dataset {name!r} into {target.display}: {c.get('Entity', 0)} entities, "
            f"{c.get('Document', 0)} documents, {c.get('Claim', 0)} claims, {links_n} links "
            f"({report.written} of {report.rows} rows written, {report.deleted} removed, "
            f"{report.total_seconds:.1f}s); counts match the graph"
        )


def _warn(message: str) -> None:
    err.print(f"warning: {message}", markup=False, highlight=False)


@contextmanager
def _progress():
    """A progress callback for the loader drawing a bar on a terminal stderr (else None)."""
    if not err.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("loading", total=None)

        def progress(step, n, total):
            bar.update(task, advance=n, total=total, description=f"loading {step}" if step else "loading")

        yield progress
