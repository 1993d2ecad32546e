"""Rules of round 67 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Brand ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano"]),
    "sylvania": ("Country", ["Silvania", "silvano"]),
    "north-march": ("Location", ["Marca Nord"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- a plural demonym right after a number names the victims as a people; a loss claim read from a
# cue with that count and a state named elsewhere is dropped (graph/extract/casualties.py, claims.py)
def test_a_demonym_after_a_count_names_the_victims(run):
    text = "Il presidente silvano Ivo Brand aveva parlato a inizio gennaio di 3.800 freedoniani uccisi o feriti a Marca Nord."
    losses = [(c.subject, c.object, c.quantity) for c in run(text, "it") if c.predicate == "SUFFERED_LOSSES"]
    assert losses == [("freedonia", "north-march", 3800)]


# -- military ranks title their holder: no rank in a new person's name (POSITION_ROLES, ROLE_LINKS)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("The delegation of Rear Admiral Oto Vell arrived in Freedonia on Monday.", "en", "Oto Vell"),
        # guards: ranks read before the change still are
        ("Freedonia's envoy met Colonel General Oto Vell on Monday.", "en", "Oto Vell"),
        ("La delegazione del contrammiraglio Oto Vell è arrivata in Freedonia lunedì.", "it", "Oto Vell"),
    ],
)
def test_a_rank_is_no_part_of_a_name(run, text, lang, name):
    x = run(text, lang, everything=True)
    assert name in [c.name for c in x.candidates]
    assert not [c for c in x.candidates if c.name != name and "Vell" in c.name]


# -- a dateline in title case ("Rocca, 4 novembre 2024 - ") names where the report was filed: no party
# (graph/extract/candidates.py, dateline_spans)
def test_a_title_case_dateline_is_no_party(run):
    ents = {**ENTITIES, "rocca": ("Country", ["Rocca"])}
    text = "Aiuti\n\nRocca, 4 novembre 2024 - La Silvania ha fornito nuovi aiuti militari."
    claims = extract_runner(ents, high_only=False)(text, "it")
    assert not [c for c in claims if "rocca" in (c.subject, c.object)]
