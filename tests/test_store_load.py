"""Loading into the real local server: counts, idempotence, sync, --replace, --dry-run, injection."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.model import asserted_by
from graph.store.loader import (
    CountMismatch,
    database_counts,
    load_dataset_into,
    load_rows,
    prepare,
)
from graph.store.rows import RowError, build_rows

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

pytestmark = pytest.mark.db

HOSTILE = [
    "it's",
    'say "hi"',
    "back`tick",
    "uni\u0060code",
    ") DETACH DELETE n //",
    "'}) MATCH (n) DETACH DELETE n //",
    "\\' OR 1=1 --",
]


def counts(server, dataset):
    driver = server.driver()
    try:
        with driver.session(database=server.target.database) as s:
            return database_counts(s, dataset)
    finally:
        driver.close()


def load(server, ds, name, **kw):
    driver = server.driver()
    try:
        return load_dataset_into(driver, server.target, ds, name, **kw)
    finally:
        driver.close()


def cypher(server, text, **params):
    driver = server.driver()
    try:
        with driver.session(database=server.target.database) as s:
            return s.run(text, params).data()
    finally:
        driver.close()


def test_seed_counts_equal_the_networkx_graph(kg_server, kg_seeds, seeds_dataset):
    """Against the graphs directly; the full per-key comparison with expected_counts is the
    loader's own check (kg_seeds would have raised CountMismatch)."""
    from graph.build import claim_graph, summary_graph

    c = kg_seeds.counts
    G, S = claim_graph(seeds_dataset), summary_graph(seeds_dataset)
    assert c["Entity"] == G.number_of_nodes() == len(seeds_dataset.entities)
    assert c["Claim"] == G.number_of_edges() == len(seeds_dataset.claims)
    assert sum(v for k, v in c.items() if k.startswith("link:")) == S.number_of_edges()
    assert c["Document"] == len(seeds_dataset.documents)


def test_loading_twice_leaves_identical_counts_and_writes_nothing(kg_server, kg_seeds, seeds_dataset):
    before = counts(kg_server, "seeds")
    again = load(kg_server, seeds_dataset, "seeds")
    assert again.written == 0 and again.deleted == 0
    assert counts(kg_server, "seeds") == before == kg_seeds.counts
    dupes = cypher(
        kg_server,
        "MATCH (c:Claim {dataset: $d}) WITH c.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS dupes",
        d="seeds",
    )
    assert dupes[0]["dupes"] == 0


def test_labels_are_the_type_and_its_supertypes(kg_server, kg_seeds):
    rows = cypher(
        kg_server,
        "MATCH (e:Entity {dataset: 'seeds'}) WHERE e.id IN ['kcna', 'kn-23'] "
        "RETURN e.id AS id, labels(e) AS labels ORDER BY id",
    )
    assert {r["id"]: set(r["labels"]) for r in rows} == {
        "kcna": {"Entity", "MediaOutlet", "Organization"},
        "kn-23": {"Entity", "WeaponSystem"},
    }


def test_a_changed_dataset_is_synced_exactly(kg_server, seeds_dataset):
    ds = copy.deepcopy(seeds_dataset)
    load(kg_server, ds, "sync")
    # Drop a claim and an entity (with its claims), retype another, edit a quote's credibility.
    gone = "sam-lair"
    ds.claims = [c for c in ds.claims[1:] if gone not in (c.subject, c.object, c.item, *c.sources)]
    del ds.entities[gone]
    ds.entities["kcna"] = dataclasses.replace(ds.entities["kcna"], type="Organization", properties={})
    ds.claims[0] = dataclasses.replace(ds.claims[0], credibility=6, asserters=asserted_by("kcna"))
    report = load(kg_server, ds, "sync")  # raises CountMismatch if it did not converge
    assert report.deleted > 0 and 0 < report.written < report.rows
    labels = cypher(kg_server, "MATCH (e:Entity {dataset: 'sync', id: 'kcna'}) RETURN labels(e) AS l")[0]["l"]
    assert set(labels) == {"Entity", "Organization"}
    # Claims attributed to the re-created entity are linked to it again.
    n = cypher(
        kg_server, "MATCH (:Claim {dataset: 'sync'})-[:ATTRIBUTED_TO]->(:Entity {id: 'kcna'}) RETURN count(*) AS n"
    )
    assert n[0]["n"] == sum(1 for c in ds.claims if "kcna" in c.asserter_ids)
    # and so are those it relays (Kim's New Year message in doc-001)
    n = cypher(kg_server, "MATCH (:Claim {dataset: 'sync'})-[:RELAYED_BY]->(:Entity {id: 'kcna'}) RETURN count(*) AS n")
    assert n[0]["n"] == sum(1 for c in ds.claims if "kcna" in c.relay_ids) > 0
    assert cypher(kg_server, "MATCH (e:Entity {dataset: 'sync', id: $id}) RETURN count(e) AS n", id=gone)[0]["n"] == 0


def test_replace_removes_only_this_dataset(kg_server, kg_seeds, seeds_dataset):
    load(kg_server, seeds_dataset, "other")
    seeds_before = counts(kg_server, "seeds")
    report = load(kg_server, seeds_dataset, "other", replace=True)
    assert report.replaced == len(seeds_dataset.entities) + len(seeds_dataset.documents) + len(seeds_dataset.claims)
    assert counts(kg_server, "seeds") == seeds_before
    assert counts(kg_server, "other") == seeds_before


def test_count_mismatch_fails_loudly(kg_server, kg_seeds, seeds_dataset):
    rows, expected = prepare(seeds_dataset, "seeds")
    wrong = dict(expected, Claim=len(seeds_dataset.claims) + 1)
    driver = kg_server.driver()
    try:
        with pytest.raises(CountMismatch, match="Claim: expected"):
            load_rows(driver, kg_server.target, rows, expected=wrong)
    finally:
        driver.close()


def test_hostile_text_is_stored_verbatim(kg_server, seeds_dataset):
    ds = copy.deepcopy(seeds_dataset)
    e = ds.entities["kn-23"]
    ds.entities["kn-23"] = dataclasses.replace(
        e,
        name=HOSTILE[4],
        description="".join(HOSTILE),
        aliases=tuple(dataclasses.replace(e.aliases[0], name=h) for h in HOSTILE),
    )
    ds.claims[0] = dataclasses.replace(ds.claims[0], quote=" | ".join(HOSTILE), note=HOSTILE[1])
    load(kg_server, ds, "hostile")
    got = cypher(
        kg_server,
        "MATCH (e:Entity {dataset: 'hostile', id: 'kn-23'}) RETURN e.name AS n, e.aliases AS a, e.description AS d",
    )[0]
    assert got == {"n": HOSTILE[4], "a": HOSTILE, "d": "".join(HOSTILE)}
    c = cypher(
        kg_server,
        "MATCH (c:Claim {dataset: 'hostile', id: $id}) RETURN c.quote AS q, c.note AS note",
        id=ds.claims[0].id,
    )[0]
    assert c == {"q": " | ".join(HOSTILE), "note": HOSTILE[1]}
    # Nothing was deleted by the "payloads".
    assert counts(kg_server, "hostile")["Entity"] == len(ds.entities)


def test_unsafe_schema_names_are_rejected_before_any_query(tmp_path, seeds_dataset):
    import shutil

    from graph.errors import SchemaError
    from graph.schema import load_schema
    from graph.store.cypher import UnsafeIdentifier, ident
    from graph.store.rows import check_schema

    for i, bad in enumerate(("Bad`Type", "Bad Type")):
        schema = tmp_path / f"schema{i}"
        shutil.copytree(ROOT / "schema", schema)
        t = schema / "types" / "Person.yaml"
        t.write_text(t.read_text().replace("name: Person", f"name: {json.dumps(bad)}"))
        with pytest.raises(SchemaError, match="must match"):
            load_schema(schema)
        with pytest.raises(UnsafeIdentifier):
            ident(bad)
    # A schema built another way (past the loader's name patterns) is refused where names
    # become Cypher: build_rows checks it before a single row exists.
    for bad in ("Bad`Type", ") DETACH DELETE n //"):
        ds = copy.deepcopy(seeds_dataset)
        ds.schema.types["Person"].ancestors = ("Person", bad)
        with pytest.raises(UnsafeIdentifier, match=re.escape(repr(bad))):
            check_schema(ds.schema)
        with pytest.raises(UnsafeIdentifier):
            build_rows(ds, "x")
    ds = copy.deepcopy(seeds_dataset)
    ds.schema.types["Person"].ancestors = ("Person", "Entity")
    with pytest.raises(RowError, match="reserves"):
        check_schema(ds.schema)
    with pytest.raises(RowError, match="reserves"):
        build_rows(ds, "x")
    ds = copy.deepcopy(seeds_dataset)
    ds.schema.predicates["BAD`REL"] = ds.schema.predicates["PRODUCES"]
    with pytest.raises(UnsafeIdentifier, match="BAD`REL"):
        check_schema(ds.schema)


def test_null_keys_are_rejected_before_sending(seeds_dataset):
    ds = copy.deepcopy(seeds_dataset)
    ds.claims[0] = dataclasses.replace(ds.claims[0], subject=None)
    with pytest.raises(RowError, match="subject of claim"):
        build_rows(ds, "x")
    with pytest.raises(RowError, match="dataset name"):
        build_rows(seeds_dataset, "")


def test_reserved_names_clash_is_refused(seeds_dataset):
    from graph.store.rows import check_schema

    schema = copy.deepcopy(seeds_dataset.schema)
    schema.predicates["SUBJECT"] = schema.predicates["PRODUCES"]
    with pytest.raises(RowError, match="clashes"):
        check_schema(schema)


def test_cli_load_twice_and_dry_run(kg_server, kg_seeds, seeds_dataset):
    first = runner.invoke(app, ["load", "--data", str(ROOT / "seeds"), "--dataset", "cli", "--json"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["load", "--data", str(ROOT / "seeds"), "--dataset", "cli", "--json"])
    assert second.exit_code == 0, second.output
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert a["counts"] == b["counts"] and b["written"] == 0 and a["written"] == a["rows"]
    dry = runner.invoke(
        app,
        ["load", "--data", str(ROOT / "seeds"), "--dry-run"],
        env={"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x"},
    )
    assert dry.exit_code == 0, dry.output
    assert "CREATE CONSTRAINT kg_entity_key IF NOT EXISTS" in dry.stdout
    assert "UNWIND $rows AS row" in dry.stdout and "SET n:`Entity`:`Person`" in dry.stdout
    assert (
        f"row counts: entities {len(seeds_dataset.entities)}, "
        f"documents {len(seeds_dataset.documents)}, claims {len(seeds_dataset.claims)}"
    ) in dry.stdout


def test_batches_are_capped_in_bytes():
    from graph.store.loader import split_batches

    rows = [{"id": str(i), "note": "x" * 1000} for i in range(100)]
    batches = split_batches(rows, 50, max_bytes=10_000)
    assert all(len(b) <= 9 for b in batches) and sum(map(len, batches)) == 100
    assert [len(b) for b in split_batches(rows, 30)] == [30, 30, 30, 10]


@pytest.mark.timeout(600)
def test_rows_over_the_bolt_message_limit_are_split(kg_server, seeds_dataset):
    """Large rows are split into batches of about 8 MiB of parameters, whatever the batch size."""
    ds = copy.deepcopy(seeds_dataset)
    ds.claims = [dataclasses.replace(c, note="n" * 120_000) for c in ds.claims]  # ~21 MB in one batch
    report = load(kg_server, ds, "big", batch_size=50_000)
    assert report.counts["Claim"] == len(ds.claims)
    note = cypher(kg_server, "MATCH (c:Claim {dataset: 'big'}) RETURN size(c.note) AS n LIMIT 1")[0]["n"]
    assert note == 120_000
