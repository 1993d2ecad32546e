"""Options and output helpers shared by every command.

Conventions: results on stdout (``--json`` for scripts), messages and errors on stderr;
exit 0 ok, 1 invalid data or a failed operation, 2 usage (bad option, unknown name).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import DatasetError, KGError, LookupFailed, capped
from ..model import Dataset

__all__ = [
    "EXIT_INVALID",
    "EXIT_USAGE",
    "DataOption",
    "JsonOption",
    "err",
    "handle_errors",
    "load",
    "out",
    "print_json",
]

EXIT_INVALID, EXIT_USAGE = 1, 2

# Names, titles and quotes are untrusted text: anything printed with markup goes through escape().
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DataOption = Annotated[Path, typer.Option("--data", "-d", help="Dataset folder.", envvar="KG_DATA",
                                          show_default=True)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]


def print_json(value: Any) -> None:
    """Write *value* as JSON to stdout (no rich markup, no wrapping)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def handle_errors(func: Callable) -> Callable:
    """Turn the toolkit's exceptions into a message on stderr and the right exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except DatasetError as exc:
            for problem in capped(exc.problems):
                err.print(str(problem), markup=False)
            n = len(exc.problems)
            err.print(f"[red]invalid:[/red] {n} problem{'s' if n != 1 else ''}; nothing was built or written.")
            raise typer.Exit(EXIT_INVALID) from None
        except LookupFailed as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}")
            raise typer.Exit(EXIT_USAGE) from None
        except KGError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}")
            raise typer.Exit(EXIT_INVALID) from None

    return wrapper


def load(data: Path, *, use_cache: bool = True) -> Dataset:
    """Load and validate *data*, with a progress bar over the claim files on a terminal."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from ..validate import load_dataset

    if not err.is_terminal:
        return load_dataset(data, use_cache=use_cache)
    with Progress(TextColumn("validating {task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("claim files"), TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task(str(data), total=None)
        return load_dataset(data, use_cache=use_cache,
                            progress=lambda done, total: bar.update(task, completed=done, total=total))
