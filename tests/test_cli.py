"""CLI conventions: every command has help; exit codes 0 ok / 1 invalid data / 2 usage."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
import typer
from typer.testing import CliRunner

from graph.cli.main import app

MINI = Path(__file__).parent / "fixtures" / "mini"
runner = CliRunner()


def all_commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, (*prefix, name))


COMMANDS = sorted(path for path, _ in all_commands(typer.main.get_command(app)))


def test_the_core_commands_exist():
    names = {p[0] for p in COMMANDS}
    assert {"validate", "build", "export", "stats", "sources", "show"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    cmd = dict(all_commands(typer.main.get_command(app)))[path]
    assert cmd.help and len(cmd.help.strip()) > 15, f"{' '.join(path)} needs a real help text"


def test_validate_ok_and_json():
    result = runner.invoke(app, ["validate", "--data", str(MINI), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"valid": True, "entities": 8, "documents": 2, "claims": 6}


def test_invalid_data_exits_1_and_lists_problems_on_stderr(tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    p = folder / "claims" / "a.yaml"
    p.write_text(p.read_text().replace("predicate: PRODUCES", "predicate: MAKES"))
    result = runner.invoke(app, ["validate", "--data", str(folder)])
    assert result.exit_code == 1
    assert "claims/a.yaml:9:5: claim: unknown predicate 'MAKES'" in result.stderr
    assert result.stdout == ""


def test_export_of_invalid_data_writes_nothing(tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    p = folder / "entities.yaml"
    p.write_text(p.read_text().replace("type: Facility", "type: Plant"))
    target = tmp_path / "out.json"
    result = runner.invoke(app, ["export", "--data", str(folder), "-f", "json", "-o", str(target)])
    assert result.exit_code == 1
    assert not target.exists() and list(tmp_path.glob("*.tmp")) == []


def test_unknown_entity_is_a_usage_error_with_suggestions():
    result = runner.invoke(app, ["show", "Kim Jong-oon", "--data", str(MINI)])
    assert result.exit_code == 2
    assert "no entity is called 'Kim Jong-oon'" in result.stderr and "kim-jong-un" in result.stderr


def test_ambiguous_entity_lists_the_candidates(tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    p = folder / "entities.yaml"
    p.write_text(p.read_text().replace("aliases: [KCNA]", "aliases: [KCNA, Kim]"))
    result = runner.invoke(app, ["show", "kim", "--data", str(folder)])
    assert result.exit_code == 2
    assert "ambiguous" in result.stderr and "kcna" in result.stderr and "kim-jong-un" in result.stderr


def test_bad_option_value_is_a_usage_error():
    result = runner.invoke(app, ["export", "--data", str(MINI), "-f", "xlsx", "-o", "x"])
    assert result.exit_code == 2


def test_show_by_alias_accent_and_case_insensitive():
    result = runner.invoke(app, ["show", "stabilimento 11 FEBBRAIO", "--data", str(MINI), "--json"])
    assert result.exit_code == 0, result.stderr
    card = json.loads(result.stdout)
    assert card["id"] == "plant-hamhung"
    assert [c["document"] for c in card["incoming"]["VISITED"]] == ["doc-a", "doc-b"]
    assert card["outgoing"]["PRODUCES"][0]["quote"] == "dedicato alla produzione di missili KN-23"


def test_untrusted_text_is_printed_literally(tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    p = folder / "entities.yaml"
    p.write_text(p.read_text().replace("name: Kim Jong Un", 'name: "[bold]Kim[/i] Jong Un"'))
    d = folder / "documents.yaml"
    d.write_text(d.read_text().replace("title: Dodicimila soldati", 'title: "[red]Dodicimila[/x]"'))
    shown = runner.invoke(app, ["show", "kim-jong-un", "--data", str(folder)])
    assert shown.exit_code == 0 and "[bold]Kim[/i] Jong Un (Person" in shown.stdout
    listed = runner.invoke(app, ["sources", "--data", str(folder)])
    assert listed.exit_code == 0 and "[red]Dodi" in listed.stdout  # narrow test terminal: the cell may be cut
    missing = runner.invoke(app, ["show", "[/red]nobody", "--data", str(folder)])
    assert missing.exit_code == 2 and "no entity is called '[/red]nobody'" in missing.stderr


def test_export_formats_match_the_library():
    from graph.cli.dataset import EXPORT_FORMATS
    from graph.export import FORMATS

    assert EXPORT_FORMATS == FORMATS


def test_command_modules_import_neither_networkx_nor_the_driver():
    """Start-up cost: the heavy libraries are imported inside the commands that use them."""
    import subprocess
    import sys

    code = (
        "import sys, graph.cli.main, graph.cli.dataset, graph.cli.load, graph.cli.query, graph.cli.db, "
        "graph.cli.ingest, graph.cli.analyze; "
        "print(sorted(m for m in ('networkx', 'neo4j', 'graph.build', 'graph.store.loader') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
