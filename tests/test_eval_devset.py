"""The development-set evaluation runs and reports every figure (structure, not values)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from eval_extract import DEVSET_SPLITS, load_devset  # scripts/ is on pytest's pythonpath (pyproject.toml)
from graph.validate import load_dataset

ROOT = Path(__file__).resolve().parent.parent
#: every split but the current round's held-out texts
DEV_SPLITS = tuple(sp for sp in DEVSET_SPLITS if sp != "held-out")


def test_eval_extract_devset_json_structure():
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "eval_extract.py"),
            "--devset",
            str(ROOT / "tests" / "fixtures" / "devset"),
            "--json",
            "--detect-lang",
            # the development splits only: held-out texts are scored once, at a round's end
            *(arg for split in DEV_SPLITS for arg in ("--split", split)),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout)
    assert r["texts"] >= 20 and r["language_detected_right"] is not None
    assert {
        "dev/it",
        "dev/en",
        "dev2/it",
        "dev2/en",
        "dev3/it",
        "dev3/en",
        "dev4/it",
        "dev4/en",
        "dev5/it",
        "dev5/en",
        "dev6/it",
        "dev6/en",
        "dev7/it",
        "dev7/en",
        "dev8/it",
        "dev8/en",
        "dev9/it",
        "dev9/en",
        "dev10/it",
        "dev10/en",
    } <= set(r["groups"])
    for g in r["groups"].values():
        for key in (
            "precision_strict",
            "precision_pair",
            "recall_strict",
            "recall_pair",
            "key_recall_strict",
            "attribution_accuracy",
            "quantity_accuracy",
            "entity_recall_new",
            "candidate_junk_rate",
        ):
            assert key in g
            assert g[key] is None or 0 <= g[key] <= 1
    splits = {t["split"] for t in r["per_text"]}
    assert set(DEV_SPLITS) <= splits <= set(DEVSET_SPLITS)
    langs = [t["language"] for t in r["per_text"]]
    assert langs.count("it") >= 7 and langs.count("en") >= 5
    # several splits: their texts pooled too, the counts of every text once
    pooled = r["groups"]["pooled/all"]
    assert (
        pooled["texts"] == r["texts"]
        and pooled["texts"] == r["groups"]["pooled/it"]["texts"] + r["groups"]["pooled/en"]["texts"]
    )
    assert pooled["proposed"] == sum(r["groups"][f"{sp}/all"]["proposed"] for sp in splits)


def test_devset_annotations_are_valid():
    texts, problems = load_devset(ROOT / "tests" / "fixtures" / "devset", load_dataset(ROOT / "seeds"))
    assert problems == []
    for split in DEV_SPLITS:
        part = [t for t in texts if t.split == split]
        # both languages in every split (round 67's English writer finished one text: dev68)
        assert len(part) >= 5 and all(sum(t.language == lg for t in part) >= 1 for lg in ("it", "en")), split


def test_a_name_yaml_reads_as_a_number_is_a_located_problem(tmp_path):
    """``names: [12,000 workers]`` is read as the number 12 and "000 workers": the loader says
    where, and keeps the text's other names, so nothing fails far from its cause."""
    (tmp_path / "en01.txt").write_text("Pyongyang sent 12,000 workers to Moscow.\n", encoding="utf-8")
    (tmp_path / "en01.yaml").write_text(
        "id: en01\nsplit: held-out\nlanguage: en\n"
        "entities:\n"
        "  - {id: north-korea}\n"
        "  - {id: russia}\n"
        "  - {id: nk-workers, type: Programme, names: [12,000 North Korean workers, workers]}\n"
        "claims:\n"
        "  - {s: north-korea, p: DEPLOYED_TO, o: russia, quote: Pyongyang sent 12}\n",
        encoding="utf-8",
    )
    _, problems = load_devset(tmp_path, load_dataset(ROOT / "seeds"))
    assert problems == [
        f"{tmp_path / 'en01.yaml'}:7:5: entity 'nk-workers': names must be text, not [12] "
        "(quote a name holding a comma)"
    ]
