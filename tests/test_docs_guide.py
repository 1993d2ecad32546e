"""docs/analyst-guide.md shows real output: every `$ kg …` block is run and each line it shows is checked.

Lines must appear in the command's output in the same order; ``…`` marks a cut.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "analyst-guide.md"
BLOCKS = re.findall(r"```console\n\$ kg ([^\n]*)\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)


def test_the_guide_shows_every_new_command():
    shown = {shlex.split(cmd)[0] for cmd, _ in BLOCKS}
    assert {"show", "claim", "said", "search", "timeline", "conflicts", "coverage", "stats"} <= shown


@pytest.mark.parametrize(("command", "expected"), BLOCKS, ids=[c for c, _ in BLOCKS])
def test_guide_output_is_what_the_command_prints(monkeypatch, command, expected):
    monkeypatch.chdir(ROOT)
    r = CliRunner().invoke(app, shlex.split(command))
    actual = (r.stdout + r.stderr).splitlines()
    position = 0
    for line in expected.rstrip("\n").split("\n"):
        if line == "…":
            continue
        assert line in actual[position:], f"{command!r}: {line!r} is not printed (in this order)"
        position = actual.index(line, position) + 1
