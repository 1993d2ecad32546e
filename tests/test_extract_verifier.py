"""The learned verifier of drafted claims (graph/extract/verifier.py): read strictly, applied last,
trained by scripts/train_verifier.py on development splits only."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from graph.errors import DatasetError
from graph.extract.calibration import claim_features
from graph.extract.gazetteer import Gazetteer
from graph.extract.pipeline import extract
from graph.extract.ruledata import rules_for
from graph.extract.verifier import Verifier, load_verifier, verifier_features
from graph.schema import default_schema_dir, load_schema

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Marsovia sent 300 soldiers to Freedonia in October, the ministry said."
ENTITIES = {"marsovia": "Country", "freedonia": "Country"}


def _features(reasons=("cue 'sent'", "long_cue+8")) -> list[str]:
    broad = claim_features("DEPLOYED_TO", reasons, "none", False, True, True, "lead", True)
    return verifier_features(broad, "DEPLOYED_TO", reasons, "en", "Marsovia sent 300 soldiers to Freedonia", "")


def test_features_name_the_predicate_the_cue_and_the_words():
    f = _features()
    assert "bias" in f and "predicate:DEPLOYED_TO" in f and "cue:sent|DEPLOYED_TO" in f
    assert "word:soldie" in f and "word:soldie|DEPLOYED_TO" in f
    assert len(f) == len(set(f))


def test_the_calibrations_own_verdict_is_no_feature():
    assert _features(reasons=["cue 'sent'", "demoted:score_floor"]) == _features(reasons=["cue 'sent'"])


def _schema_with(tmp_path, verifier_text: str | None):
    folder = tmp_path / "schema"
    shutil.copytree(default_schema_dir(), folder)
    (folder / "verifier.yaml").unlink(missing_ok=True)
    if verifier_text is not None:
        (folder / "verifier.yaml").write_text(verifier_text, encoding="utf-8")
    return load_schema(folder)


def _claims(schema, verify=True):
    gaz = Gazetteer.from_names([("marsovia", "Marsovia"), ("freedonia", "Freedonia")])
    x = extract(TEXT, lang="en", schema=schema, gazetteer=gaz, entity_types=ENTITIES, verify=verify)
    return [c for c in x.claims if c.predicate == "DEPLOYED_TO"]


def test_a_verifier_under_its_floor_sends_a_high_claim_low(tmp_path):
    (plain,) = _claims(_schema_with(tmp_path / "a", None))
    assert not plain.low  # the rules draft it high
    (doubted,) = _claims(_schema_with(tmp_path / "b", 'floor: 0.5\nweights:\n  "predicate:DEPLOYED_TO": -5\n'))
    assert doubted.low and "demoted:verifier" in doubted.reasons
    (trusted,) = _claims(_schema_with(tmp_path / "c", 'floor: 0.5\nweights:\n  "predicate:DEPLOYED_TO": 5\n'))
    assert not trusted.low


def test_verify_false_leaves_the_verifier_out(tmp_path):
    schema = _schema_with(tmp_path, 'floor: 0.5\nweights:\n  "bias": -9\n')
    (c,) = _claims(schema, verify=False)
    assert not c.low and not any(r.startswith("demoted:verifier") for r in c.reasons)


def test_a_bad_verifier_is_refused_with_every_problem_located(tmp_path):
    path = tmp_path / "verifier.yaml"
    path.write_text('floor: 2\nweights:\n  "bias": 1\n  "word:x": many\nextra: 1\n', encoding="utf-8")
    with pytest.raises(DatasetError) as exc:
        load_verifier(path)
    lines = [str(p) for p in exc.value.problems]
    assert any(f"{path}:1:" in x and "floor" in x for x in lines)
    assert any(f"{path}:4:" in x and "'word:x'" in x for x in lines)
    assert any("unknown key 'extra'" in x for x in lines)


def test_a_duplicate_weight_is_refused(tmp_path):
    path = tmp_path / "verifier.yaml"
    path.write_text('floor: 0.3\nweights:\n  "bias": 1\n  "bias": 2\n', encoding="utf-8")
    with pytest.raises(DatasetError) as exc:
        load_verifier(path)
    assert "duplicate key 'bias'" in str(exc.value.problems[0])


def test_the_project_verifier_loads_and_never_saw_the_held_out_or_validation_texts():
    v = rules_for(load_schema()).verifier
    assert isinstance(v, Verifier) and 0 < v.floor < 1 and v.claims > 0
    trained = set(v.trained_on.split())
    assert trained and not trained & {"held-out", "dev14", "dev15", "dev19", "dev20", "dev21"}


def test_the_training_script_writes_a_verifier_the_extractor_reads(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_verifier
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    out = tmp_path / "verifier.yaml"
    devset = str(ROOT / "tests" / "fixtures" / "devset")
    assert train_verifier.main(["--devset", devset, "--split", "dev", "--floor", "0.5", "--out", str(out)]) == 0
    v = load_verifier(out)
    assert v.trained_on == "dev" and v.claims > 0 and "bias" in v.weights and v.floor == 0.5
    with pytest.raises(SystemExit):  # never the validation splits
        train_verifier.main(["--devset", devset, "--split", "dev14", "--out", str(out)])
    with pytest.raises(SystemExit):  # too few splits to choose a floor on
        train_verifier.main(["--devset", devset, "--split", "dev", "--choose-floor", "--out", str(out)])


def test_the_floor_is_chosen_on_the_last_training_splits_held_out_of_the_fit(tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_verifier
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    out = tmp_path / "verifier.yaml"
    splits = [f"dev{n}" for n in range(80, 92)]  # 12 splits: the last 10 choose the floor
    args = ["--devset", str(ROOT / "tests" / "fixtures" / "devset"), "--out", str(out), "--json", "--choose-floor"]
    assert train_verifier.main([*args, *(x for s in splits for x in ("--split", s))]) == 0
    summary = json.loads(capsys.readouterr().out)
    choice = summary["floor_choice"]
    assert choice["tuning_splits"] == sorted(splits[-10:])
    assert choice["kept_right"] >= 0.85 * choice["right"]
    assert load_verifier(out).floor == summary["floor"] == choice["floor"]
