"""Every command and option is documented, and the docs show no option a command does not take.

Walks the typer app's commands (as sqlite-utils' ``test_docs.py`` walks its click group):
each has a section in ``docs/cli.md`` naming every one of its options; every ``kg …`` line or
code span in the README and ``docs/*.md`` uses only options that command takes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from graph.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "cli.md"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _walk(cmd, path: tuple[str, ...] = ()):
    if hasattr(cmd, "commands"):
        for name, sub in sorted(cmd.commands.items()):
            yield from _walk(sub, (*path, name))
    else:
        yield " ".join(path), cmd


ROOT_COMMAND = typer.main.get_command(app)
COMMANDS = dict(_walk(ROOT_COMMAND))


def _options(cmd) -> set[str]:
    """Every spelling of every option of *cmd* (``--hedged`` and ``--unhedged``, ``-d`` ...)."""
    return {
        o for p in cmd.params if getattr(p, "param_type_name", "") == "option" for o in (*p.opts, *p.secondary_opts)
    }


def _sections() -> dict[str, str]:
    """docs/cli.md split by its ``### `kg COMMAND …``` headings: command -> section text."""
    text = REFERENCE.read_text(encoding="utf-8")
    parts = re.split(r"^### `kg ([a-z][a-z -]*?)(?: [A-Z\[].*)?`\s*$", text, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


SECTIONS = _sections()


def test_the_walk_finds_the_commands():
    assert {"validate", "analyze", "review", "db start", "db grass", "query"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_a_reference_section(name):
    assert (COMMANDS[name].help or "").strip(), f"kg {name} has no help text"
    assert name in SECTIONS, f"docs/cli.md has no section for kg {name}"


def test_the_reference_documents_no_command_that_does_not_exist():
    assert set(SECTIONS) <= set(COMMANDS), sorted(set(SECTIONS) - set(COMMANDS))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_is_in_its_command_section(name):
    section = SECTIONS.get(name, "")
    missing = sorted(
        o
        for o in _options(COMMANDS[name])
        if o.startswith("--") and o != "--help" and not re.search(rf"`{re.escape(o)}`", section)
    )
    assert not missing, f"docs/cli.md, kg {name}: {missing} not documented"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_section_names_only_options_its_command_takes(name):
    section = re.sub(r"\[[^\]]*\]\(#[^)]*\)", "", SECTIONS.get(name, ""))  # links to other sections
    shown = set(re.findall(r"`(--?[a-z][a-z-]*)`", section))
    assert shown <= _options(COMMANDS[name]) | {"--help"}, sorted(shown - _options(COMMANDS[name]))


def _code(text: str):
    """Every line of a fenced block and every inline code span of a Markdown page."""
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.DOTALL):
        yield from block.splitlines()
    yield from re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.DOTALL))


_ALTERNATIVES = r"[a-z][a-z-]*(?:\\?\|[a-z][a-z-]*)*"
_KG = re.compile(rf"(?:^|[\s$(])kg ({_ALTERNATIVES})(?: ({_ALTERNATIVES}))?(.*)")


def _uses(text: str):
    """``(command names, options written after them)`` for each ``kg …`` in *text*'s code."""
    for line in _code(text):
        for m in _KG.finditer(line):
            names = []
            for first in re.split(r"\\?\|", m[1]):
                cmd = ROOT_COMMAND.commands.get(first)
                if cmd is not None and hasattr(cmd, "commands") and m[2]:
                    names += [f"{first} {sub}" for sub in re.split(r"\\?\|", m[2]) if sub in cmd.commands]
                elif cmd is not None:
                    names.append(first)
            rest = (f" {m[2]}" if m[2] else "") + m[3]
            rest = re.split(r"\s(?:#|&&|;|\|)\s|\bkg ", rest)[0]  # a comment, the next command
            yield names, m[0].strip(), re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", rest)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_show_only_real_commands_and_options(page):
    wrong = []
    for names, shown, opts in _uses(page.read_text(encoding="utf-8")):
        if not names:
            wrong.append(f"{shown!r}: no such command")
            continue
        for opt in opts:
            if opt != "--help" and not any(opt in _options(COMMANDS[n]) for n in names):
                wrong.append(f"{shown!r}: {opt} is not an option of kg {' or kg '.join(names)}")
    assert not wrong, "\n".join(wrong)


def test_the_check_catches_an_option_a_command_does_not_take():
    [(names, _, opts)] = list(_uses("`kg db start --data seeds`"))
    assert names == ["db start"] and opts == ["--data"] and "--data" not in _options(COMMANDS["db start"])
