"""Questions an analyst asks of the seed articles, each answered by one ``kg`` command.

Each test runs one command through the CLI (``--json`` where the answer is checked field by
field, the text output where what matters is that a reader sees it) and checks the
entities, figures, documents and asserters of the answer against what the articles say.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graph.cli.main import app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


def kg(*args, json_out: bool = True):
    r = runner.invoke(app, [*args, "--data", str(SEEDS), *(["--json"] if json_out else [])])
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout) if json_out else r.stdout


def claims_of(card: dict) -> list[dict]:
    return (
        [c for d in ("outgoing", "incoming") for cs in card[d].values() for c in cs]
        + card["as_asserter"]
        + card["as_relay"]
        + card["as_item"]
    )


def who(rec: dict) -> list[str]:
    return [a["entity"] for a in rec["asserters"]]


def test_q01_what_does_the_11_february_plant_make_and_where_is_it():
    card = kg("show", "Stabilimento 11 Febbraio")
    made = {c["object"]: c for c in card["outgoing"]["PRODUCES"]}
    assert set(made) == {"kn-23", "kn-24"}
    assert all(who(c) == ["cns"] and c["document"] == "doc-002" for c in made.values())
    [where] = card["outgoing"]["LOCATED_IN"]
    assert (where["object_name"], who(where)) == ("Hamhung", ["cns"])


def test_q02_how_many_north_korean_troops_are_in_russia_and_who_says_so():
    [c] = [x for x in kg("conflicts", "--kind", "quantity") if x["unit"] == "soldiers"]
    versions = [(v["figure"], v["document"], v["asserted_by"]) for v in c["versions"]]
    assert versions == [
        ("≥10000 soldiers", "doc-000", "Intelligence agencies (unnamed)"),
        ("≤12000 soldiers", "doc-003", "Ukraine and United States via Radio Free Asia"),
    ]
    assert c["reconcilable"] is True


def test_q03_what_does_russia_give_north_korea_in_return():
    card = kg("show", "Russia")
    given = card["outgoing"]["PROVIDES_IN_RETURN"]
    assert {c["item"] for c in given} == {
        "ru-financial-assistance",
        "ru-military-technology",
        "ru-food-supplies",
        "ru-energy-supplies",
        "ru-drone-technology",
        "ru-missile-technology",
        "ru-payments",
        "ru-political-support",
    }
    by_item = {(c["item"], c["document"]): c for c in given}
    assert who(by_item[("ru-food-supplies", "doc-001")]) == ["kim-jong-un"]
    assert by_item[("ru-missile-technology", "doc-003")]["hedged"] is True
    drone = by_item[("ru-drone-technology", "doc-003")]
    assert drone["asserted_by"] in ("NHK's unidentified sources via NHK", "Institute for the Study of War")


def test_q04_what_has_putin_said_about_north_korean_soldiers():
    said = kg("said", "Putin")
    claims = [c for g in said["documents"] for c in g["claims"]]
    words = {(c["object"], c["document"]) for c in claims if "asserter" in c["roles"]}
    assert {("kpa", "doc-004"), ("nk-special-forces", "doc-004"), ("kursk-incursion", "doc-004")} <= words
    acts = {(c["predicate"], c["object"], c["document"]) for c in claims if c["roles"] == ["subject"]}
    assert ("PRAISED", "north-korean-troops", "doc-000") in acts
    assert [g["document"] for g in said["documents"]] == ["doc-004", "doc-000", "doc-002"]  # by date, undated last


def test_q05_what_rests_on_reuters_and_who_relays_it():
    card = kg("show", "Reuters")
    [c] = card["as_asserter"]
    assert (c["predicate"], c["object"], c["document"]) == ("USES", "nk-ballistic-missiles", "doc-003")
    assert [a["entity"] for a in c["relay"]] == ["isw"] and c["origins"] == ["reuters"]
    assert c["valid_from"] == "2024-12"


def test_q06_what_do_nhks_sources_say():
    said = kg("said", "NHK")
    claims = [c for g in said["documents"] for c in g["claims"]]
    relayed = {c["predicate"] for c in claims if "relay" in c["roles"]}
    assert {"SIGNED", "PROVIDES_IN_RETURN", "RELUCTANT_TO_SUPPORT", "CONCERNED_ABOUT"} <= relayed
    reluctant = next(c for c in claims if c["predicate"] == "RELUCTANT_TO_SUPPORT")
    assert who(reluctant) == ["nhk-sources"] and reluctant["object"] == "nk-nuclear-programme"


def test_q07_how_many_died_in_the_engineering_regiment_text_output():
    text = kg("show", "reggimento ingegneristico", json_out=False)
    assert "[≥9 killed]" in text and "by Kim Jong Un (“Kim ha menzionato”)" in text
    assert "doc-001 (2025-12-28)" in text


def test_q08_casualties_of_north_korean_missiles_in_ukraine():
    card = kg("show", "missili nordcoreani")
    hits = card["outgoing"]["CAUSED_CASUALTIES_IN"]
    assert {c["figure"] for c in hits} == {"≥28 killed", "≥213 wounded"}
    assert {c["asserted_by"] for c in hits} == {"Ukrainian authorities"} and {c["document"] for c in hits} == {
        "doc-002"
    }


def test_q09_how_much_north_korea_earned_from_the_war():
    found = kg("search", "miliardi")
    [c] = found["claims"]
    assert (c["figure"], c["asserted_by"], c["date"], c["document"]) == (
        "~20000000000 USD",
        "Newsweek",
        "2025-04",
        "doc-004",
    )


def test_q10_when_was_the_treaty_signed():
    card = kg("show", "trattato")
    assert card["properties"]["signed"] == "2024-06-19"
    signed = card["incoming"]["SIGNED"]
    assert {(c["subject"], c["date"], c["document"]) for c in signed} == {
        ("russia", "2025", "doc-000"),
        ("north-korea", "2025", "doc-000"),
    }
    conflict = next(x for x in kg("conflicts", "--kind", "date"))
    assert "reference signed 2024-06-19" in conflict["summary"]


def test_q11_what_did_sam_lair_observe():
    said = kg("said", "Lair")
    claims = [c for g in said["documents"] for c in g["claims"]]
    assert {c["document"] for c in claims} == {"doc-002"}
    began = next(c for c in claims if c["valid_from"] == "2020")
    assert (began["predicate"], began["object"], who(began)) == ("EXPANDING", "february-11-plant", ["sam-lair"])
    assert any(c["predicate"] == "HOLDS_POSITION_IN" and c["object"] == "cns" for c in claims)


def test_q12_where_does_the_10000_figure_come_from():
    found = kg("search", "10.000", "soldati")
    [c] = [c for c in found["claims"] if c["quantity"] == 10000]
    assert who(c) == ["unnamed-intelligence-agencies"] and c["document"] == "doc-000"
    assert c["asserters"][0]["quote"] == "Le agenzie di intelligence suggeriscono"


def test_q13_what_happened_in_november_2024():
    rows = kg("timeline", "--since", "2024-11", "--until", "2024-11")
    dated = [r for r in rows if r["kind"] == "point"]
    assert {(r["predicate"], r["object"]) for r in dated} == {
        ("ANNOUNCED", "nk-drone-mass-production"),
        ("ORDERED", "nk-drone-mass-production"),
        ("REPORTED", "nk-drone-mass-production"),
    }
    assert all(r["when"] == "2024-11" and r["reported"] == "2025-02" for r in dated)
    # what was under way then: the plant's expansion (since 2020), cooperation with Russia (since 2022)
    assert {r["when"] for r in rows if r["kind"] == "interval"} == {"2020 –", "2022 –"}
    ordered = next(r for r in rows if r["predicate"] == "ORDERED")
    assert ordered["asserted_by"] == "North Korean state media"


def test_q14_what_did_ukraines_defence_minister_do_in_south_korea():
    card = kg("show", "Umerov")
    assert card["outgoing"]["VISITED"][0]["object"] == "south-korea"
    met = card["outgoing"]["MET_WITH"]
    assert {c["object"] for c in met} == {"yoon-suk-yeol"} and any(c["hedged"] for c in met)
    assert card["outgoing"]["HOLDS_POSITION_IN"][0]["object"] == "ukraine-defence-ministry"


def test_q15_what_weapons_does_north_korea_supply_to_russia():
    card = kg("show", "DPRK")
    supplies = [c for c in card["outgoing"]["SUPPLIES"] if c["object"] == "russia"]
    assert {c["item"] for c in supplies} >= {"munitions", "artillery", "nk-weapons", "tanks", "nk-ballistic-missiles"}
    containers = {c["figure"]: c for c in supplies if c["unit"] == "containers"}
    assert set(containers) == {"~7000 containers", "20000 containers"}
    assert all(who(c) == ["south-korea"] and c["date"] == "2024-10" for c in containers.values())
    assert all(c["hedged"] for c in supplies if c["item"] == "tanks")


def test_q16_what_did_the_curators_leave_out_of_doc_004():
    [r] = kg("coverage", "doc-004")
    gaps = " ".join(g["text"] for g in r["gaps"])
    uncovered = " ".join(s["text"] for s in r["uncovered"])
    assert "Un aiuto limitato" in uncovered and "Ascolta ora" in uncovered
    assert "munizioni e componenti compatibili" not in uncovered + gaps  # filled: tanks COMPATIBLE_WITH
    assert "coordinamento sulle sanzioni" not in gaps  # filled: China SANCTIONS


def test_q17_what_happened_in_and_around_kursk():
    card = kg("show", "Kursk", "--related")
    assert [r["id"] for r in card["related"]] == ["kursk-incursion"]
    fought = card["related"][0]["incoming"]["FOUGHT_IN"]
    assert {(c["subject"], c["asserted_by"]) for c in fought} == {
        ("north-korean-troops", "Ukraine and United States via Radio Free Asia"),
        ("north-korean-troops", "Institute for the Study of War"),
        ("nk-special-forces", "Vladimir Putin"),
    }


def test_q18_is_russia_helping_the_nuclear_programme():
    card = kg("show", "North Korean nuclear weapons programme")
    reluctant = card["incoming"]["RELUCTANT_TO_SUPPORT"]
    assert [(c["subject"], c["asserted_by"]) for c in reluctant] == [("russia", "NHK's unidentified sources via NHK")]
    assert [c["subject"] for c in card["incoming"]["SANCTIONS"]] == ["china"]


def test_q19_the_12000_figure_in_its_sentence():
    from graph.validate import load_dataset

    [cid] = [c.id for c in load_dataset(SEEDS).claims if c.quantity == 12000]
    rec = kg("claim", cid[:10])
    assert rec["context"]["sentence"].startswith("Ben 12.000 soldati nordcoreani sarebbero in Russia")
    assert rec["context"]["sentence"].endswith("riporta RFA.")
    assert [(a["name"], a["quote"]) for a in rec["asserters"] + rec["relay"]] == [
        ("Ukraine", "secondo l’Ucraina e gli Stati Uniti"),
        ("United States", "secondo l’Ucraina e gli Stati Uniti"),
        ("Radio Free Asia", "riporta RFA"),
    ]
    text = kg("claim", cid, json_out=False)
    assert "[≤12000 soldiers]" in text and "relay 1: Radio Free Asia — “riporta RFA”" in text


def test_sources_name_their_asserters():
    rows = {r["id"]: r for r in kg("sources")}
    assert rows["doc-003"]["asserters"]["Ukraine and United States via Radio Free Asia"] == 5
    assert "unnamed-intelligence-agencies" not in json.dumps(rows)  # names, not ids


def test_unknown_names_and_claims_are_usage_errors_with_suggestions():
    r = runner.invoke(app, ["show", "Umerof", "--data", str(SEEDS)])
    assert r.exit_code == 2 and "rustem-umerov" in r.stderr
    r = runner.invoke(app, ["claim", "c-0000", "--data", str(SEEDS)])
    assert r.exit_code == 2 and "no claim has the id" in r.stderr
    r = runner.invoke(app, ["coverage", "doc-999", "--data", str(SEEDS)])
    assert r.exit_code == 2 and "doc-000" in r.stderr
