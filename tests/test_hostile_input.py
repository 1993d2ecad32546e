"""A hostile dataset folder: what it must never achieve (see docs/threat-model.md).

Each test plants one thing a dataset (or the folder it ships in) can carry and checks that
the toolkit neither runs code, nor hangs, nor reports valid what full validation rejects.
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph import cache
from graph.errors import DatasetError
from graph.validate import load_dataset, validate_dataset

MINI = Path(__file__).parent / "fixtures" / "mini"
runner = CliRunner()


def copy_mini(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


class _Touch:
    """A pickle that creates *marker* when it is unpickled."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    """An empty cache folder and per-user folder for this test only."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return tmp_path / "cache"


# -- 1. the cache never runs code and never vouches for what validation rejects --------------


def _plant(folder: Path, key: str, payload: bytes) -> None:
    """Write *payload* under every name a cache entry for *key* has had or may have."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in (f"{key}.pickle", f"{key}.json", key, f"{key}.entry"):
        (folder / name).write_bytes(payload)


def test_a_planted_pickle_runs_nothing_and_validation_still_runs(tmp_path, private_cache):
    folder = copy_mini(tmp_path)
    p = folder / "claims" / "a.yaml"
    p.write_text(p.read_text().replace("predicate: PRODUCES", "predicate: MAKES"))  # now invalid
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Touch(marker), protocol=pickle.HIGHEST_PROTOCOL)
    _plant(private_cache, cache.content_key(folder), payload)
    with pytest.raises(DatasetError) as info:
        load_dataset(folder)
    assert "unknown predicate 'MAKES'" in str(info.value)
    assert not marker.exists()


def test_a_dataset_folder_cannot_supply_the_cache(tmp_path, monkeypatch):
    """The old default cache folder was ``.kg/cache`` under the current directory."""
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    folder = copy_mini(tmp_path)
    p = folder / "claims" / "a.yaml"
    p.write_text(p.read_text().replace("predicate: PRODUCES", "predicate: MAKES"))
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Touch(marker), protocol=pickle.HIGHEST_PROTOCOL)
    key = cache.content_key(folder)
    for where in (tmp_path / ".kg" / "cache", folder / ".kg" / "cache"):
        _plant(where, key, payload)
    monkeypatch.chdir(tmp_path)
    from graph.cli.main import app

    result = runner.invoke(app, ["validate", "--data", "mini"])
    assert result.exit_code == 1 and "unknown predicate 'MAKES'" in result.stderr
    assert not marker.exists()
    assert cache.cache_dir().is_absolute() and not cache.cache_dir().is_relative_to(tmp_path / ".kg")


def test_a_tampered_entry_is_ignored(tmp_path, private_cache, monkeypatch):
    folder = copy_mini(tmp_path)
    first = load_dataset(folder)
    (entry,) = [p for p in private_cache.iterdir() if p.is_file()]
    data = entry.read_bytes()
    assert not data.startswith(b"\x80"), "cache entries must not be pickles"
    entry.write_bytes(data.replace(b"kim-jong-un", b"kim-jong-uN"))
    calls = []
    real = validate_dataset
    monkeypatch.setattr("graph.validate.validate_dataset", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = load_dataset(folder)
    assert calls == [1], "a tampered entry must be validated again, not trusted"
    assert sorted(again.entities) == sorted(first.entities)


def test_an_entry_round_trips_the_dataset(tmp_path, private_cache, monkeypatch):
    folder = copy_mini(tmp_path)
    fresh = load_dataset(folder, use_cache=False)
    load_dataset(folder)
    monkeypatch.setattr("graph.validate.validate_dataset", lambda *a, **k: pytest.fail("validated again"))
    hit = load_dataset(folder)
    assert hit.entities == fresh.entities and hit.documents == fresh.documents and hit.claims == fresh.claims
    assert hit.content_hash == fresh.content_hash and hit.directory == folder
    assert hit.schema.types.keys() == fresh.schema.types.keys()
    assert hit.schema.predicates.keys() == fresh.schema.predicates.keys()


def test_the_secret_is_private_to_the_user(tmp_path, private_cache):
    folder = copy_mini(tmp_path)
    load_dataset(folder)
    secrets = [p for p in (tmp_path / "user-cache").rglob("*") if p.is_file()]
    assert secrets, "the per-user secret lives under $XDG_CACHE_HOME"
    assert all(p.stat().st_mode & 0o077 == 0 for p in secrets)
    assert not any(p.is_relative_to(folder) for p in secrets)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", ["folder", "fifo", "dangling link", "link to a device"])
def test_every_entry_of_the_dataset_is_seen_by_the_cache(tmp_path, private_cache, kind):
    folder = copy_mini(tmp_path)
    load_dataset(folder)  # valid, and now cached
    odd = folder / "claims" / "x.yaml"
    if kind == "folder":
        odd.mkdir()
    elif kind == "fifo":
        os.mkfifo(odd)
    elif kind == "dangling link":
        odd.symlink_to(tmp_path / "nowhere.yaml")
    else:
        odd.symlink_to("/dev/zero")
    with pytest.raises(DatasetError) as info:
        load_dataset(folder)
    assert any(p.file == "mini/claims/x.yaml" for p in info.value.problems), info.value.problems
    with pytest.raises(DatasetError):
        load_dataset(folder, use_cache=False)


def test_the_key_covers_the_code_that_shapes_the_entries(tmp_path, monkeypatch):
    names = {p.name for p in cache.CODE_FILES}
    assert {"model.py", "validate.py", "schema.py", "dates.py", "yamlio.py", "documents.py", "cache.py"} <= names
    copies = []
    for p in cache.CODE_FILES:
        copies.append(tmp_path / p.name)
        shutil.copy(p, copies[-1])
    monkeypatch.setattr(cache, "CODE_FILES", tuple(copies))
    before = cache.content_key(MINI)
    model = tmp_path / "model.py"
    model.write_text(model.read_text() + "\n# a field was added\n")
    assert cache.content_key(MINI) != before


# -- 2. only regular files are read, each within a size limit --------------------------------

READ_TARGETS = {  # what is replaced -> the file a problem must name
    "document text": ("a.txt", "mini/documents.yaml"),
    "claims file": ("claims/a.yaml", "mini/claims/a.yaml"),
    "entities.yaml": ("entities.yaml", "mini/entities.yaml"),
    "documents.yaml": ("documents.yaml", "mini/documents.yaml"),
    "schema type": ("schema/types/Facility.yaml", "schema/types/Facility.yaml"),
    "predicates.yaml": ("schema/predicates.yaml", "schema/predicates.yaml"),
}


def _replace(path: Path, kind: str) -> None:
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link to /dev/zero":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    else:  # larger than any limit, without using the disk: a sparse file
        from graph.files import MAX_YAML_BYTES

        with open(path, "wb") as fh:
            fh.truncate(MAX_YAML_BYTES + 1)


def _all_problems(folder: Path) -> list[str]:
    from graph.errors import SchemaError

    try:
        dataset, problems = validate_dataset(folder)
    except SchemaError as exc:
        return [str(p) for p in exc.problems]
    assert dataset is None
    return [str(p) for p in problems]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero", "folder", "too large"])
@pytest.mark.parametrize("target", sorted(READ_TARGETS))
def test_only_regular_files_are_read(tmp_path, target, kind):
    folder = copy_mini(tmp_path)
    rel, named = READ_TARGETS[target]
    _replace(folder / rel, kind)
    found = _all_problems(folder)
    words = {
        "fifo": "named pipe",
        "link to /dev/zero": "character device",
        "folder": "is a folder",
        "too large": "MiB",
    }[kind]
    assert any(named in p and words in p for p in found), found


@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", [["validate"], ["build"], ["stats"], ["load", "--dry-run"], ["render", "--out"]])
def test_no_command_hangs_on_a_pipe(tmp_path, private_cache, command):
    from graph.cli.main import app

    folder = copy_mini(tmp_path)
    _replace(folder / "a.txt", "fifo")
    args = [*command, str(tmp_path / "views")] if command[-1] == "--out" else command
    result = runner.invoke(app, [*args, "--data", str(folder)])
    assert result.exit_code == 1, result.output
    assert "mini/documents.yaml:" in result.stderr and "named pipe" in result.stderr


def test_a_claims_folder_that_is_a_file_is_a_problem(tmp_path):
    folder = copy_mini(tmp_path)
    shutil.rmtree(folder / "claims")
    (folder / "claims").write_text("claims: []\n")
    assert any(p.startswith("mini/claims:0:0:") and "must be a folder" in p for p in _all_problems(folder))


@pytest.mark.parametrize("file", [".hidden.txt", "drafts/a.txt"])
def test_a_document_text_the_cache_cannot_see_is_a_problem(tmp_path, file):
    folder = copy_mini(tmp_path)
    (folder / file).parent.mkdir(exist_ok=True)
    shutil.copy(folder / "a.txt", folder / file)
    p = folder / "documents.yaml"
    p.write_text(p.read_text().replace("file: a.txt", f"file: {file}"))
    assert any(p.startswith("mini/documents.yaml:") and "hidden" in p for p in _all_problems(folder))


def test_hidden_claim_files_are_not_read(tmp_path):
    folder = copy_mini(tmp_path)
    (folder / "claims" / ".#a.yaml").symlink_to("nobody@host.1234")  # an editor's lock file
    dataset, problems = validate_dataset(folder)
    assert problems == [] and len(dataset.claims) == 6


def test_review_reads_the_text_as_validation_does(tmp_path):
    from graph.cli.ingest import _doc_text

    folder = copy_mini(tmp_path)
    _replace(folder / "a.txt", "fifo")
    assert _doc_text(folder, {"document": {"file": "a.txt"}}) == ""


# -- 3. YAML surprises: one located root cause first, follow-ons capped ----------------------


@pytest.mark.parametrize(
    "text", ["- id: a\n  name: &q Kim\n- id: b\n  name: *q\n", "- &k id: a\n- *k : b\n", "- [&x Kim, *x]\n"]
)
def test_scalar_aliases_are_refused(text):
    from graph.yamlio import parse_yaml

    _, problems = parse_yaml(text, "x.yaml")
    assert any("anchors and aliases" in p.message and p.line > 0 for p in problems), problems


def test_a_scalar_alias_in_a_claim_is_a_located_problem(tmp_path):
    folder = copy_mini(tmp_path)
    p = folder / "claims" / "a.yaml"
    text = p.read_text()
    first = text.index("quote: ") + len("quote: ")
    second = text.index("quote: ", first) + len("quote: ")
    end = text.index("\n", second)
    p.write_text(text[:first] + "&q " + text[first:second] + "*q" + text[end:])
    found = _all_problems(folder)
    assert any(f.startswith("mini/claims/a.yaml:") and "anchors and aliases" in f for f in found), found


def test_a_nul_byte_is_located(tmp_path):
    folder = copy_mini(tmp_path)
    p = folder / "claims" / "b.yaml"
    lines = p.read_text().splitlines(keepends=True)
    lines[5] = lines[5][:8] + "\0" + lines[5][8:]
    p.write_text("".join(lines))
    found = _all_problems(folder)
    assert found[0].startswith("mini/claims/b.yaml:6:9: ") and "#x0000" in found[0], found
    assert len(found) == 1


@pytest.mark.parametrize(
    "name, content",
    [("entities.yaml", ""), ("documents.yaml", ""), ("entities.yaml", "# nothing yet\n"), ("documents.yaml", "x: [\n")],
)
def test_an_empty_or_broken_core_file_gives_its_root_cause_only(tmp_path, name, content):
    folder = copy_mini(tmp_path)
    (folder / name).write_text(content)
    found = _all_problems(folder)
    assert found[0].startswith(f"mini/{name}:"), found
    assert all(f.startswith(f"mini/{name}:") for f in found), "follow-on problems in the claims must not be listed"
    assert len(found) <= 2, found


@pytest.mark.timeout(30)
def test_an_unreadable_core_file_comes_first_through_the_cli(tmp_path, private_cache):
    from graph.cli.main import app

    folder = copy_mini(tmp_path)
    _replace(folder / "documents.yaml", "folder")
    result = runner.invoke(app, ["validate", "--data", str(folder)])
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and lines[0].startswith("mini/documents.yaml:0:0: is a folder"), lines
    assert len(lines) <= 3, lines


def test_follow_on_problems_are_capped_per_file(tmp_path, private_cache):
    from graph.cli.main import app
    from graph.errors import MAX_PROBLEMS_PER_FILE

    folder = copy_mini(tmp_path)
    bad = "".join(
        f"  - subject: nobody-{i}\n    predicate: VISITED\n    object: plant-hamhung\n"
        f'    quote: "Kim"\n    credibility: 2\n'
        for i in range(3000)
    )
    (folder / "claims" / "c.yaml").write_text(f"document: doc-a\nclaims:\n{bad}")
    assert len(_all_problems(folder)) == 3000  # the library keeps them all
    with pytest.raises(DatasetError) as info:
        load_dataset(folder)
    shown = str(info.value).splitlines()
    assert shown[0] == "3000 problems:" and len(shown) == 1 + MAX_PROBLEMS_PER_FILE + 1
    assert shown[-1].startswith("mini/claims/c.yaml:") and "… and 2950 more problems in this file" in shown[-1]
    result = runner.invoke(app, ["validate", "--data", str(folder)])
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(lines) == MAX_PROBLEMS_PER_FILE + 2, lines[-3:]
    assert "… and 2950 more" in lines[-2] and "3000 problems" in lines[-1]


# -- 4. names the database model keeps for itself ---------------------------------------------


def _schema_problems(schema: Path) -> list[str]:
    from graph.errors import SchemaError
    from graph.schema import load_schema

    with pytest.raises(SchemaError) as info:
        load_schema(schema)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("name", ["SUBJECT", "OBJECT", "IN_DOCUMENT", "ATTRIBUTED_TO", "RELAYED_BY", "ITEM"])
def test_a_predicate_named_like_a_store_relationship_is_refused(tmp_path, name):
    schema = tmp_path / "schema"
    shutil.copytree(MINI / "schema", schema)
    p = schema / "predicates.yaml"
    text = p.read_text()
    assert "  VISITED:" in text
    p.write_text(text.replace("  VISITED:", f"  {name}:"))
    found = _schema_problems(schema)
    line = text[: text.index("  VISITED:")].count("\n") + 1
    assert any(f.startswith(f"{schema}/predicates.yaml:{line}:") and "reserved" in f for f in found), found


@pytest.mark.parametrize("name", ["Claim", "Document", "Entity"])
def test_a_type_named_like_a_store_label_is_refused(tmp_path, name):
    schema = tmp_path / "schema"
    shutil.copytree(MINI / "schema", schema)
    src = schema / "types" / "Facility.yaml"
    (schema / "types" / f"{name}.yaml").write_text(src.read_text().replace("name: Facility", f"name: {name}"))
    found = _schema_problems(schema)
    assert any(f.startswith(f"{schema}/types/{name}.yaml:1:") and "reserved" in f for f in found), found


def test_the_reserved_names_cover_the_store():
    from graph.schema import RESERVED_PREDICATE_NAMES, RESERVED_TYPE_NAMES
    from graph.store.rows import CLAIM_EDGE_TYPES, RESERVED_LABELS

    assert set(CLAIM_EDGE_TYPES) <= set(RESERVED_PREDICATE_NAMES)
    assert set(RESERVED_LABELS) <= set(RESERVED_TYPE_NAMES)
    used = set()
    for path in (Path(__file__).parent.parent / "graph" / "store" / "cypher").glob("*.cypher"):  # the loader's own
        used |= set(re.findall(r"\[\w*:([A-Z_|]+)", path.read_text()))
    assert {t for group in used for t in group.split("|")} <= set(RESERVED_PREDICATE_NAMES)


# -- 5. limits: numbers that fit in 64 bits, counts that are not negative, bounded text -------


def _claim_edit(folder: Path, old: str, new: str, file: str = "claims/b.yaml") -> None:
    p = folder / file
    text = p.read_text()
    assert old in text, f"test setup: {old!r} not in {file}"
    p.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    "value, words",
    [
        ("1000000000000000000000000000000", "64 bits"),  # 10^30
        ("9223372036854775808", "64 bits"),  # 2^63
        ("-9223372036854775809", "64 bits"),
        ("1" + "0" * 5000, "64 bits"),  # beyond Python's own int-from-text limit: no traceback
        ("-12000", "negative"),
        ("-0.5", "negative"),
    ],
)
def test_quantities_fit_the_store_and_count_something(tmp_path, value, words):
    folder = copy_mini(tmp_path)
    _claim_edit(folder, "quantity: 12000", f"quantity: {value}")
    found = _all_problems(folder)
    assert any(f.startswith("mini/claims/b.yaml:") and words in f for f in found), [f[:200] for f in found]
    assert all(len(f) < 400 for f in found), "a problem quotes a huge value back"


def test_the_largest_64_bit_quantity_is_accepted(tmp_path):
    folder = copy_mini(tmp_path)
    _claim_edit(folder, "quantity: 12000", "quantity: 9223372036854775807")
    dataset, problems = validate_dataset(folder)
    assert problems == [] and max(c.quantity or 0 for c in dataset.claims) == 2**63 - 1


def test_an_int_property_beyond_64_bits_is_a_problem(tmp_path):
    folder = copy_mini(tmp_path)
    schema = folder / "schema" / "types" / "Facility.yaml"
    schema.write_text(schema.read_text() + "  staff:\n    type: int\n")
    _claim_edit(
        folder, "type: Facility", "type: Facility\n  properties: {staff: 99999999999999999999}", file="entities.yaml"
    )
    found = _all_problems(folder)
    assert any(f.startswith("mini/entities.yaml:") and "64 bits" in f for f in found), found


@pytest.mark.parametrize(
    "field, size, file",
    [
        ("note", 2**20 + 1, "claims/b.yaml"),
        ("attribution_note", 2**20 + 1, "claims/b.yaml"),
        ("unit", 10_001, "claims/b.yaml"),
        ("name", 10_001, "entities.yaml"),
        ("description", 2**20 + 1, "entities.yaml"),
        ("title", 10_001, "documents.yaml"),
        ("outlet", 10_001, "documents.yaml"),
    ],
)
def test_every_text_field_is_bounded(tmp_path, field, size, file):
    folder = copy_mini(tmp_path)
    anchor = {
        "claims/b.yaml": "    credibility: 3\n",
        "entities.yaml": "- id: russia\n",
        "documents.yaml": "- id: doc-b\n",
    }[file]
    indent = " " * (len(anchor) - len(anchor.lstrip(" -")))
    p = folder / file
    text = p.read_text()
    if f"{indent}{field}:" in text[text.index(anchor) :].split("\n- ", 1)[0]:  # replace an existing value
        start = text.index(f"{indent}{field}:", text.index(anchor))
        end = text.index("\n", start)
        text = text[:start] + f'{indent}{field}: "{"x" * size}"' + text[end:]
    else:
        text = text.replace(anchor, f'{anchor}{indent}{field}: "{"x" * size}"\n', 1)
    p.write_text(text)
    found = _all_problems(folder)
    assert any(f.startswith(f"mini/{file}:") and "characters" in f and field in f for f in found), [
        f[:200] for f in found
    ]
    assert all(len(f) < 400 for f in found)


def test_a_huge_value_is_refused_wherever_it_stands(tmp_path):
    folder = copy_mini(tmp_path)
    from graph.yamlio import MAX_VALUE_CHARS

    _claim_edit(folder, "    credibility: 3\n", f'    credibility: 3\n    nonsense: "{"x" * (MAX_VALUE_CHARS + 1)}"\n')
    found = _all_problems(folder)
    assert any("mini/claims/b.yaml:" in f and "characters" in f for f in found)
    assert all(len(f) < 400 for f in found), "a problem quotes a huge value back"


# -- 6. display style: values from an allowlist -----------------------------------------------


@pytest.mark.parametrize(
    "style, words",
    [
        ('{color: "red; background: url(http://example.org/x)", shape: dot}', "color"),
        ('{color: "#ff9da7\\"><script>", shape: dot}', "color"),
        ('{color: "#ff9da7", shape: image}', "shape"),
        ('{color: "#ff9da7", shape: "dot\\" onload=\\"x"}', "shape"),
        ('{color: "#ff9da7", shape: dot, image: "http://example.org/x.png"}', "image"),
    ],
)
def test_display_style_comes_from_an_allowlist(tmp_path, style, words):
    schema = tmp_path / "schema"
    shutil.copytree(MINI / "schema", schema)
    p = schema / "types" / "Facility.yaml"
    text = p.read_text()
    old = 'style: {color: "#ff9da7", shape: triangle}'
    assert old in text
    p.write_text(text.replace(old, f"style: {style}"))
    line = text[: text.index(old)].count("\n") + 1
    found = _schema_problems(schema)
    assert any(f.startswith(f"{schema}/types/Facility.yaml:{line}:") and words in f for f in found), found


def test_every_shipped_style_is_allowed():
    from graph.schema import STYLE_SHAPES, default_schema_dir, load_schema

    for schema in (load_schema(default_schema_dir()), load_schema(MINI / "schema")):
        for t in schema.types.values():
            assert set(t.style) <= {"color", "shape"}
            assert t.style.get("shape", "dot") in STYLE_SHAPES


# -- 7. hostile text on the terminal: control characters made visible, data never markup ------

HOSTILE = "\x1b]0;TITLE\x07\x1b[2J [link=file:///etc/passwd]x[/link] [bold red]:warning:"
HOSTILE_YAML = '"\\e]0;TITLE\\a\\e[2J [link=file:///etc/passwd]x[/link] [bold red]:warning:'


def _hostile_dataset(tmp_path: Path) -> Path:
    folder = copy_mini(tmp_path)
    e = folder / "entities.yaml"
    text = e.read_text()
    for name in ("Kim Jong Un", "North Korea", "Russia", "11 February plant"):
        text = text.replace(f"name: {name}\n", f'name: {HOSTILE_YAML} {name}"\n', 1)
    e.write_text(text)
    d = folder / "documents.yaml"
    d.write_text(
        d.read_text()
        .replace("title: Dodicimila soldati", f'title: {HOSTILE_YAML} Dodicimila"')
        .replace("outlet: Test Outlet", f'outlet: {HOSTILE_YAML} Outlet"')
    )
    _claim_edit(
        folder, "    credibility: 3\n    quantity", f'    credibility: 3\n    note: {HOSTILE_YAML} note"\n    quantity'
    )
    dataset, problems = validate_dataset(folder)
    assert problems == [] and HOSTILE in dataset.entities["kim-jong-un"].name
    return folder


def _assert_safe(output: str) -> None:
    assert "\x1b" not in output and "\x07" not in output, repr(output[:300])
    assert "\\x1b]0;TITLE\\x07\\x1b[2J" in output, "control characters must be shown, escaped"
    assert "[link=file:///etc/passwd]x[/link] [bold red]:warning:" in output, "data must never be read as markup"


TERMINAL_COMMANDS = [
    ["show", "kim-jong-un"],
    ["sources"],
    ["ego", "kim-jong-un"],
    ["analyze"],
    ["timeline", "--undated"],
    ["path", "kim-jong-un", "plant-hamhung"],
    ["conflicts"],
    ["said", "kim-jong-un"],
    ["search", "Kim"],
]


@pytest.mark.parametrize("command", TERMINAL_COMMANDS, ids=[c[0] for c in TERMINAL_COMMANDS])
def test_hostile_text_is_shown_not_obeyed(tmp_path, private_cache, monkeypatch, command):
    from graph.cli import common
    from graph.cli.main import app

    folder = _hostile_dataset(tmp_path)
    monkeypatch.setattr(common.out, "width", 2000)  # no folding inside the hostile text
    result = runner.invoke(app, [*command, "--data", str(folder)])
    assert result.exit_code in (0, 1), result.output
    _assert_safe(result.stdout + result.stderr)


def test_hostile_text_in_an_error_is_shown_not_obeyed(tmp_path, private_cache):
    from graph.cli.main import app

    result = runner.invoke(app, ["show", HOSTILE, "--data", str(MINI)])
    assert result.exit_code == 2
    _assert_safe(result.stderr)


def test_json_output_stays_exact(tmp_path, private_cache):
    import json

    from graph.cli.main import app

    folder = _hostile_dataset(tmp_path)
    result = runner.invoke(app, ["show", "kim-jong-un", "--data", str(folder), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["name"] == f"{HOSTILE} Kim Jong Un"


def test_query_tables_show_hostile_values_literally(capsys, monkeypatch):
    import json

    from graph.cli import common
    from graph.cli.query import render

    class Result:
        def __init__(self):
            self.keys, self.rows = ["name", HOSTILE], [[HOSTILE, {"k": HOSTILE}]]
            self.seconds, self.committed, self.updates = 0.01, False, {}

        def records(self):
            return [dict(zip(self.keys, r, strict=False)) for r in self.rows]

    monkeypatch.setattr(common.out, "width", 2000)
    render(Result(), "table")
    _assert_safe(capsys.readouterr().out)
    render(Result(), "json")
    assert json.loads(capsys.readouterr().out) == [{"name": HOSTILE, HOSTILE: {"k": HOSTILE}}]  # exact


def test_review_shows_draft_text_literally(capsys, monkeypatch):
    from graph.cli import common
    from graph.cli.ingest import _show_item

    monkeypatch.setattr(common.out, "width", 2000)
    text = f"Prima {HOSTILE} dopo."
    start = text.index(HOSTILE)
    item = {
        "id": "c1",
        "status": "pending",
        "cue": HOSTILE,
        "claim": {"subject": HOSTILE, "predicate": "VISITED", "object": "x", "quote": HOSTILE, "credibility": 3},
        "sentence": {"start": 0, "end": len(text)},
        "start": start,
        "end": start + len(HOSTILE),
    }
    _show_item(item, text)
    entity = {
        "id": "e1",
        "status": "pending",
        "reason": HOSTILE,
        "entity": {"name": HOSTILE, "type": "Person", "id": "x", "aliases": [HOSTILE]},
        "mentions": [{"start": start, "end": start + len(HOSTILE)}],
    }
    _show_item(entity, text)
    _assert_safe(capsys.readouterr().out)


def test_every_printer_goes_through_the_safe_consoles():
    """No command module makes its own Console or reads data as markup."""
    for path in (Path(__file__).parent.parent / "graph" / "cli").glob("*.py"):
        source = path.read_text()
        if path.name != "common.py":
            assert "Console(" not in source, f"{path.name} builds its own Console"
        assert "markup=True" not in source and "from rich.markup" not in source, path.name


# -- 8. kg ingest when the draft cannot be written -------------------------------------------

INGEST = Path(__file__).parent / "fixtures" / "ingest"


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>") for p in folder.rglob("*")}


@pytest.mark.parametrize("obstacle", ["draft is a folder", "drafts is a file"])
def test_ingest_says_why_it_cannot_write_the_draft(tmp_path, private_cache, obstacle):
    import json

    from graph.cli.main import app

    data = tmp_path / "data"
    shutil.copytree(INGEST / "data", data)
    article = INGEST / "article_it.txt"
    dry = runner.invoke(app, ["ingest", str(article), "--data", str(data), "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    draft = Path(json.loads(dry.stdout)["draft"])
    if obstacle == "draft is a folder":
        draft.mkdir(parents=True)
    else:
        shutil.rmtree(draft.parent, ignore_errors=True)
        draft.parent.write_text("not a folder\n")
    before = _files(data)
    result = runner.invoke(app, ["ingest", str(article), "--data", str(data)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "drafts" in lines[0], result.stderr
    assert "Traceback" not in result.output and "nothing was registered" in lines[0]
    assert _files(data) == before, "nothing may be written"


def test_ingest_reports_any_file_error_in_one_line(tmp_path, private_cache, monkeypatch):
    from graph.cli.main import app

    data = tmp_path / "data"
    shutil.copytree(INGEST / "data", data)

    def refused(changes):
        raise PermissionError(13, "Permission denied", str(data / "drafts" / "doc-009.yaml"))

    monkeypatch.setattr("graph.extract.ingest.commit_files", refused)
    result = runner.invoke(app, ["ingest", str(INGEST / "article_it.txt"), "--data", str(data)])
    assert result.exit_code == 1 and not isinstance(result.exception, OSError), repr(result.exception)
    assert result.stderr.strip().splitlines() == [
        f"error: {data / 'drafts' / 'doc-009.yaml'}: Permission denied; nothing was registered"
    ]
