"""Rules of round 81 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ada Lenz ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "F.R."]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "ada-lenz": ("Person", ["Ada Lenz"]),
    "league": ("Organization", ["League of States"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- a report whose subject is followed by an apposition: the name is the asserter (graph/extract/frames.py)
@pytest.mark.parametrize(
    "text",
    [
        "Ada Lenz, the deputy ambassador, said more than 12,000 Freedonian troops were in Sylvania.",
        "Ada Lenz, the deputy F.R. ambassador to the League of States, said more than 12,000 Freedonian troops"
        " were in Sylvania and had begun fighting Ruritanian forces last month.",
    ],
)
def test_the_name_an_apposition_follows_asserts_the_report(run, text):
    deployed = [c for c in run(text, "en") if c.predicate == "DEPLOYED_TO"]
    assert deployed and {c.attributed_to for c in deployed} == {"ada-lenz"}


def test_guard_a_closing_report_keeps_its_speaker_after_the_verb(run):
    claims = run("Freedonian troops were in Sylvania, said Ada Lenz.", "en")
    assert {c.attributed_to for c in claims if c.predicate == "DEPLOYED_TO"} == {"ada-lenz"}


# -- round 82: workers placed in a country were sent there (schema/extraction.yaml presence_cues)
def test_workers_placed_in_a_country_were_deployed_there(run):
    claims = run("About 11,000 Freedonian workers are still in Sylvania, the ambassador said.", "en")
    assert ("freedonia", "sylvania") in {(c.subject, c.object) for c in claims if c.predicate == "DEPLOYED_TO"}


def test_guard_workers_not_placed_are_no_deployment(run):
    claims = run("Freedonian workers protested against the Sylvanian plan.", "en")
    assert not [c for c in claims if c.predicate == "DEPLOYED_TO"]


def test_workers_employed_in_a_place_were_deployed_there_in_italian():
    run_it = extract_runner(
        {**ENTITIES, "east-march": ("Location", ["Marca Est"]), "freedonia": ("Country", ["Freedonia", "freedoniani"])}
    )
    claims = run_it("All'inizio dell'anno i lavoratori freedoniani impiegati nella Marca Est erano circa 37.000.", "it")
    assert ("freedonia", "east-march") in {(c.subject, c.object) for c in claims if c.predicate == "DEPLOYED_TO"}


# -- round 90: "ha detto il" holds the article of a description that names the asserter
# (graph/extract/frames.py)
def test_a_closing_report_by_a_described_body_is_its_word():
    run_it = extract_runner(
        {
            **ENTITIES,
            "fr-ministry": ("GovernmentBody", ["ministero della Difesa freedoniano"]),
            "freedonia": ("Country", ["Freedonia", "freedoniano"]),
        },
        high_only=False,
    )
    text = (
        "Il ministero della Difesa freedoniano ha parlato lunedì. La Silvania ha inviato altri 3.000 soldati in"
        " Ruritania, ha detto il ministero."
    )
    deployed = [c for c in run_it(text, "it") if c.predicate == "DEPLOYED_TO"]
    assert deployed and {c.attributed_to for c in deployed} == {"fr-ministry"}
