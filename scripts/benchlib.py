"""What the benchmark scripts share: timing with the collector paused, a measured step in a
fresh child process (so peak memory is that step's own), and the Markdown table they print.

A benchmark script imports it as ``benchlib`` (Python puts a script's own folder first on
the import path); the scripts import nothing else outside the installed ``graph`` package.

A script that measures in a child handles a hidden ``--child`` option by printing the
figures as one JSON line; :func:`run_child` starts it and reads them back.
"""

from __future__ import annotations

import gc
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

__all__ = ["markdown_table", "peak_rss_mib", "run_child", "timings"]

T = TypeVar("T")


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports ``ru_maxrss`` in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timings(
    fn: Callable[[], T], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> tuple[list[float], T | None]:
    """The time of each of *repeat* calls of *fn* on *clock*, and the last call's result.

    Python's cyclic garbage collector is paused during every call (as :mod:`timeit` does),
    and collected before it: the toolkit pauses it while reading and building, so the bare
    baselines get the same treatment and a ratio compares the work itself.
    """
    times: list[float] = []
    result: T | None = None
    for _ in range(repeat):
        result = None  # the previous result is freed before the next call, not during it
        gc.collect()
        gc.disable()
        try:
            t0 = clock()
            result = fn()
            times.append(clock() - t0)
        finally:
            gc.enable()
    return times, result


def run_child(script: str, *args: str, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Run ``python SCRIPT --child ARGS…`` and return the JSON object its last output line holds.

    The child is a fresh interpreter, so its peak memory (:func:`peak_rss_mib`) is that of
    the measured step alone. A failing child stops the benchmark with the child's error.
    """
    done = subprocess.run(
        [sys.executable, script, "--child", *args],
        capture_output=True,
        text=True,
        check=False,
        env=None if env is None else dict(env),
    )
    if done.returncode != 0:
        raise SystemExit(f"{script} --child {' '.join(args)} failed (exit {done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def markdown_table(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> str:
    """*rows* as a Markdown table of *columns*; whole numbers with thousands separators.

    Examples
    --------
    >>> print(markdown_table([{"claims": 10000, "s": 1.5}], ["claims", "s"]))
    | claims | s |
    |---|---|
    | 10,000 | 1.5 |
    """
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for r in rows:
        lines.append("| " + " | ".join(f"{r[c]:,}" if isinstance(r[c], int) else str(r[c]) for c in columns) + " |")
    return "\n".join(lines)
