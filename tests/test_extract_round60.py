"""Rules of round 60 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "sylvania": ("Country", ["Silvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "fis": ("Organization", ["Servizio di informazioni freedoniano", "Fis"]),
    "osa": ("Organization", ["Osservatorio di Ruritania", "Osservatorio"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def source(c) -> tuple:
    return (c.attributed_to, (c.attribution or {}).get("kind"))


# -- viewpoint_source: "Per X, <clause>" opening a sentence says whose view the clause is
# (graph/extract/frames.py; VIEWPOINT_INTRO in graph/extract/lang)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Per il Fis, la Freedonia avrebbe inviato alla Silvania 4.000 soldati.", ("fis", "named")),
        (
            "ROCCAVERDE – Per l'Osservatorio, la Freedonia avrebbe inviato alla Silvania 4.000 soldati.",
            ("osa", "named"),
        ),
        ("Per fonti diplomatiche, la Freedonia avrebbe inviato alla Silvania 4.000 soldati.", (None, "unnamed")),
        # guards: an adverbial or a purpose names no source
        ("Per la prima volta, la Freedonia ha inviato alla Silvania 4.000 soldati.", (None, None)),
        ("Per difendere il confine, la Freedonia ha inviato alla Silvania 4.000 soldati.", (None, None)),
    ],
)
def test_a_viewpoint_phrase_opening_the_sentence_is_its_source(run, text, expected):
    c = find_claim(run(text, "it"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and source(c) == expected


# -- "stando alle stime di X": the preposition joined to its article still introduces a source
# (SOURCE_INTRO in graph/extract/lang/it.py)
def test_stando_with_an_articled_preposition_introduces_a_source(run):
    c = find_claim(
        run("Stando alle stime dell'Osservatorio, la Freedonia ha inviato alla Silvania 4.000 soldati.", "it"),
        "freedonia",
        "DEPLOYED_TO",
        "sylvania",
    )
    assert c is not None and source(c) == ("osa", "named")


# -- a source introduced after a semicolon speaks for its own clause only (graph/extract/frames.py)
def test_a_source_after_a_semicolon_leaves_the_clause_before_it_alone(run):
    text = (
        "Secondo il Fis, nella Silvania sono giunti 4.000 soldati freedoniani; fra loro, secondo"
        " l'Osservatorio, ci sarebbero tre generali."
    )
    c = find_claim(run(text, "it"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and source(c) == ("fis", "named")


# -- a demonym and a portfolio name one ministry ("the Latvian foreign ministry"): a new entity,
# the source of what it says (DEMONYM_HEADS in graph/extract/lang/en.py)
EN_ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania"]),
}


@pytest.fixture(scope="module")
def run_en():
    return extract_runner(EN_ENTITIES, high_only=False)


def test_a_demonym_and_a_portfolio_name_one_ministry(run_en):
    x = run_en(
        "Freedonia has sent 4,000 troops to Sylvania, the Freedonian foreign ministry said.", "en", everything=True
    )
    assert ("Freedonian foreign ministry", "GovernmentBody") in [(c.name, c.type) for c in x.candidates]
    c = find_claim(x.claims, "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and source(c) == ("freedonian-foreign-ministry", "named")


def test_guard_a_demonym_and_a_bare_ministry_name_no_body(run_en):
    x = run_en("Freedonia has sent 4,000 troops to Sylvania, the Freedonian ministry said.", "en", everything=True)
    assert not [c for c in x.candidates if "ministry" in c.name.lower()]
