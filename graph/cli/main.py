"""The ``kg`` application: one place that wires every command group together."""

from __future__ import annotations

import typer

from . import analyze as analyze_cli
from . import answers
from . import dataset as dataset_cli
from . import db as db_cli
from . import ingest as ingest_cli
from . import load as load_cli
from . import query as query_cli
from . import render as render_cli

__all__ = ["app", "main"]

app = typer.Typer(
    name="kg",
    help="A sourced, validated knowledge graph for OSINT analysts: every link is a claim with its evidence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
dataset_cli.register(app)
answers.register(app)
analyze_cli.register(app)
ingest_cli.register(app)
render_cli.register(app)
load_cli.register(app)
query_cli.register(app)
app.add_typer(db_cli.app, name="db")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
