"""Round-10 recall rules (issue 10) as tables of invented sentences (no seed or devset text).

Each test is one general rule of news prose that lets the draft propose a claim it missed, or
propose it with the confidence it deserves, without drafting more wrong ones. Names are made up
(Freedonia, Marsovia, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "lina-region": ("Location", ["Lina region", "regione di Lina"]),
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "the-daily-bugle": ("Organization", ["Daily Bugle"]),
    "lina-pact": ("Agreement", ["Lina pact", "patto di Lina"]),
    "zx-9": ("WeaponSystem", ["ZX-9"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


@pytest.fixture(scope="module")
def run_all():
    return extract_runner(ENTITIES, high_only=False)


# -- adverbial_comma ------------------------------------------------------------------------------
def test_a_relative_that_after_a_comma_opens_no_reported_clause(run):
    text = (
        "Freedonia appears to have sent at least 2,000 more soldiers to Marsovia in March, Sylvania said "
        "on Monday, swelling a force that has taken heavy losses."
    )
    c = find_claim(run(text, "en"), "freedonia", "DEPLOYED_TO", "marsovia")
    assert c is not None and c.attributed_to == "sylvania"


def test_a_citing_phrase_inside_the_adverbial_still_opens_the_report(run_all):
    text = "The Daily Bugle reported in May, citing Sylvania, that Freedonia had sent 2,000 soldiers to Marsovia."
    c = find_claim(run_all(text, "en"), "freedonia", "DEPLOYED_TO", "marsovia")
    assert c is not None and c.attributed_to == "sylvania"


# -- coordinated_reciprocal: the partner before the cue is no misplaced object ---------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro Ivo Brand e la presidente Alda Rossi si sono incontrati martedì a Lina.", "it"),
        ("Foreign minister Ivo Brand and President Alda Rossi met on Tuesday in the capital.", "en"),
    ],
)
def test_two_coordinated_leaders_who_met_make_a_confident_meeting(run, text, lang):
    c = find_claim(run(text, lang), "ivo-brand", "MET_WITH", "alda-rossi")
    assert c is not None
    assert not any(r.startswith("object_before_cue") for r in c.reasons)
    assert any(r.startswith("coordinated_reciprocal") for r in c.reasons)


# -- cue forms (predicates.yaml): future, gerund and participle forms, gifts -----------------------
@pytest.mark.parametrize(
    "text, lang, s, p, o",
    [
        ("Gli ZX-9 usati dalla Marsovia contro Sylvania sono sempre più precisi.", "it", "marsovia", "USES", "zx-9"),
        (
            "La Freedonia invierà in Marsovia altri 2.000 genieri entro l'estate.",
            "it",
            "freedonia",
            "DEPLOYED_TO",
            "marsovia",
        ),
        (
            "La Freedonia sta consegnando alla Marsovia grandi quantità di gasolio.",
            "it",
            "freedonia",
            "SUPPLIES",
            "marsovia",
        ),
        ("La Freedonia ha donato alla Marsovia due motovedette.", "it", "freedonia", "SUPPLIES", "marsovia"),
        ("Freedonia donated two patrol boats to Marsovia last year.", "en", "freedonia", "SUPPLIES", "marsovia"),
    ],
)
def test_more_forms_of_the_transfer_and_use_cues(run_all, text, lang, s, p, o):
    c = find_claim(run_all(text, lang), s, p, o)
    assert c is not None and c.cue in ("usati", "invierà", "consegnando", "ha donato", "donated")
