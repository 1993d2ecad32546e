"""A name several entities share is never resolved silently: drafts and kg review say so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from graph.cli.main import app
from graph.extract.draft import read_draft

FIX = Path(__file__).parent / "fixtures" / "ingest"
runner = CliRunner()


def _data_with_two_kims(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIX / "data", data)
    with (data / "entities.yaml").open("a", encoding="utf-8") as f:
        f.write("\n- id: kim-yo-jong\n  type: Person\n  name: Kim Yo Jong\n  aliases:\n    - Kim\n")
    return data


def test_draft_surfaces_an_ambiguous_name(tmp_path):
    data = _data_with_two_kims(tmp_path)
    article = tmp_path / "visit.txt"
    article.write_text(" date 2025-03 Visita\n\nKim ha visitato Mosca a marzo, secondo la KCNA.\n", encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(article), "--data", str(data), "--json"])
    assert r.exit_code == 0, r.output
    draft = read_draft(Path(json.loads(r.stdout)["draft"]))
    kim = next(m for m in draft["mentions"] if m["first"]["text"] == "Kim")
    assert kim["entity"] == "kim-jong-un" and kim["alternatives"] == ["kim-yo-jong"]
    assert any("'Kim'" in n and "kim-yo-jong" in n for n in draft["notes"])
    # the mark holds in either section: which one the claim lands in is the verifier's call
    claim = next(c for c in [*draft["claims"], *draft["low_confidence"]] if c["claim"]["predicate"] == "VISITED")
    assert claim["ambiguous"] == [
        {
            "text": "Kim",
            "start": claim["start"],
            "end": claim["start"] + 3,
            "entity": "kim-jong-un",
            "alternatives": ["kim-yo-jong"],
        }
    ]
    assert any("kim-yo-jong" in n and "check" in n for n in claim["notes"])
    # the unambiguous parts carry no such mark
    assert not any(m.get("alternatives") for m in draft["mentions"] if m["entity"] != "kim-jong-un")

    listed = runner.invoke(app, ["review", json.loads(r.stdout)["draft"], "--data", str(data), "--no-input"])
    assert listed.exit_code == 0, listed.output
    assert "ambiguous: 'Kim' taken as kim-jong-un, also names kim-yo-jong" in listed.stdout


def test_kg_show_refuses_the_shared_name(tmp_path):
    data = _data_with_two_kims(tmp_path)
    r = runner.invoke(app, ["show", "Kim", "--data", str(data)])
    assert r.exit_code == 2
    assert "ambiguous" in r.stderr and "kim-jong-un" in r.stderr and "kim-yo-jong" in r.stderr
