r"""Options and output helpers shared by every command.

Conventions: results on stdout (``--json`` for scripts), messages and errors on stderr;
exit 0 ok, 1 invalid data or a failed operation, 2 usage (bad option, unknown name).

Names, titles, quotes and query results are untrusted text. Every terminal printer uses
:data:`out` and :data:`err` (or :func:`console`), which never read a string as Rich markup
or emoji codes and show control characters as escapes (``\x1b``, ``\u202e``): a name
holding ``\x1b]0;TITLE\x07`` or ``[link=file:///etc/passwd]`` prints as those characters.
Styles come only from :func:`styled`. ``--json`` output is written as is, exact.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.segment import Segment
from rich.text import Text

from ..errors import DatasetError, KGError, LookupFailed, capped
from ..model import Dataset

__all__ = [
    "EXIT_INVALID",
    "EXIT_USAGE",
    "ConnectTimeoutOption",
    "DataOption",
    "JsonOption",
    "claim_filter_options",
    "console",
    "err",
    "handle_errors",
    "load",
    "out",
    "print_json",
    "styled",
    "visible",
    "wide",
]

EXIT_INVALID, EXIT_USAGE = 1, 2

#: C0 and C1 control characters but tab and newline, DEL, and the invisible bidirectional
#: controls that reorder what a terminal shows (``\u202e`` reverses the rest of a line).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    r"""*text* with its control characters shown as escapes (tabs and newlines kept).

    Examples
    --------
    >>> print(visible("Kim\x1b[2J\x07 \u202eabc"))
    Kim\x1b[2J\x07 \u202eabc
    """
    return _CONTROL.sub(_escape, text)


class _SafeConsole(Console):
    """A console for untrusted text: no markup, no emoji codes, control characters escaped.

    Strings are made :func:`visible` before Rich measures them (so tables line up); any
    other text segment is checked again just before it is written, which also covers
    :class:`~rich.text.Text` built from data elsewhere. Rich's own cursor and screen
    controls (progress bars, spinners) are control segments and pass unchanged.
    """

    def __init__(self, **kwargs):
        super().__init__(markup=False, emoji=False, highlight=False, soft_wrap=True, **kwargs)

    def render_str(self, text: str, **kwargs) -> Text:
        kwargs.update(markup=False, emoji=False, highlight=False)
        return super().render_str(visible(text), **kwargs)

    def _render_buffer(self, buffer) -> str:
        return super()._render_buffer(
            seg if seg.control or not _CONTROL.search(seg.text) else Segment(visible(seg.text), seg.style)
            for seg in buffer
        )


def console(**kwargs) -> Console:
    """A console like :data:`out` with other settings (e.g. ``width=240`` for piped tables)."""
    return _SafeConsole(**kwargs)


def wide() -> Console:
    """:data:`out` on a terminal; piped, a console at least 240 columns wide (rich's default
    of 80 would fold every cell of a wide table)."""
    return out if out.is_terminal else _SafeConsole(width=max(240, out.width))


def styled(*parts: str | tuple[str, str]) -> Text:
    """One line from *parts*, each a string or a ``(string, style)`` pair, all shown literally.

    The only way a style reaches the terminal: data is never parsed as markup.

    Examples
    --------
    >>> styled(("valid", "green"), ": [bold]2[/bold] documents").plain
    'valid: [bold]2[/bold] documents'
    """
    text = Text()
    for part in parts:
        value, style = (part, "") if isinstance(part, str) else part
        text.append(visible(value), style=style)
    return text


out = _SafeConsole()
err = _SafeConsole(stderr=True)

DataOption = Annotated[Path, typer.Option("--data", "-d", help="Dataset folder.", envvar="KG_DATA", show_default=True)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]
ConnectTimeoutOption = Annotated[
    float, typer.Option("--connect-timeout", min=0.1, help="Seconds to reach the database.")
]


#: The claim filter options (sqlite-utils' shared option decorators are the model): name, annotation.
_FILTER_OPTIONS: tuple[tuple[str, Any], ...] = (
    (
        "types",
        Annotated[
            list[str] | None,
            typer.Option("--type", help="Keep links whose both ends are of this entity type (repeatable)."),
        ],
    ),
    (
        "predicates",
        Annotated[list[str] | None, typer.Option("--predicate", help="Keep claims of this predicate (repeatable).")],
    ),
    (
        "documents",
        Annotated[list[str] | None, typer.Option("--document", help="Keep claims from this document id (repeatable).")],
    ),
    ("since", Annotated[str | None, typer.Option("--since", help="Keep claims dated on or after YYYY[-MM[-DD]].")]),
    ("until", Annotated[str | None, typer.Option("--until", help="Keep claims dated on or before YYYY[-MM[-DD]].")]),
    (
        "max_credibility",
        Annotated[
            int | None,
            typer.Option("--max-credibility", min=1, max=6, help="Keep claims of credibility 1..N (1 = confirmed)."),
        ],
    ),
    (
        "hedged",
        Annotated[
            bool | None,
            typer.Option("--hedged/--unhedged", help="Keep only hedged / only unhedged claims.", show_default=False),
        ],
    ),
    (
        "as_of",
        Annotated[str | None, typer.Option("--as-of", help="The graph as it stood on YYYY[-MM[-DD]] (facts by then).")],
    ),
)


def claim_filter_options(func: Callable) -> Callable:
    """Add the shared claim filter options to a command; it receives them as ``claim_filter``.

    *func* takes a keyword argument ``claim_filter`` (a
    :class:`graph.analytics.subgraph.ClaimFilter`); the command's signature, as typer sees
    it, has the eight options instead, after *func*'s own.
    """
    sig = inspect.signature(func, eval_str=True)  # typer reads the evaluated annotations
    own = [p for name, p in sig.parameters.items() if name != "claim_filter"]
    extra = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)
        for name, annotation in _FILTER_OPTIONS
    ]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from ..analytics.subgraph import ClaimFilter  # networkx: loaded when a command runs

        given = {name: kwargs.pop(name, None) for name, _ in _FILTER_OPTIONS}
        for name in ("types", "predicates", "documents"):
            given[name] = tuple(given[name] or ())
        return func(*args, claim_filter=ClaimFilter(**given), **kwargs)

    wrapper.__signature__ = sig.replace(parameters=own + extra)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {
        **{k: v for k, v in func.__annotations__.items() if k != "claim_filter"},
        **dict(_FILTER_OPTIONS),
    }
    return wrapper


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
                err.print(str(problem))
            n = len(exc.problems)
            err.print(
                styled(("invalid:", "red"), f" {n} problem{'s' if n != 1 else ''}; nothing was built or written.")
            )
            raise typer.Exit(EXIT_INVALID) from None
        except LookupFailed as exc:
            err.print(styled(("error:", "red"), f" {exc}"))
            raise typer.Exit(EXIT_USAGE) from None
        except KGError as exc:
            err.print(styled(("error:", "red"), f" {exc}"))
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
    with Progress(
        TextColumn("validating {task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("claim files"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(visible(str(data)), total=None)
        return load_dataset(
            data, use_cache=use_cache, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
