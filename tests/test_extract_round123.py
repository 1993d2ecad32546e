"""Rules of round 123 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...) or states of the reference list (schema/states.yaml),
so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, triples
from graph.extract.candidates import guess_type

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- not_yet_done: a prospect before the cue of a signing says it is not done yet
# (extraction.yaml not_yet_done, lang PROSPECT_BEFORE)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia and Sylvania are close to signing a new border treaty, officials said.", "en"),
        # passes without the rule too (no signing drafted): kept so that the prospect stays none
        ("Freedonia hopes to sign a border treaty with Sylvania before the end of the year.", "en"),
        ("Freedonia e Sylvania sono in procinto di firmare un nuovo trattato di confine.", "it"),
    ],
)
def test_a_signing_in_prospect_is_no_signing(run, text, lang):
    claims = run(text, lang)
    assert not [c for c in claims if c.predicate == "SIGNED" and not c.low], triples(claims)


def test_a_signing_done_is_a_signing(run):
    # guard: no prospect, a signing
    claims = run("Freedonia and Sylvania signed a new border treaty on Monday.", "en")
    assert [c for c in claims if c.predicate == "SIGNED" and c.subject == "freedonia"], triples(claims)


# -- acronym_treaty: a treaty named by an acronym before its head (candidates.py _ACRONYM_TREATY)
def test_an_acronym_before_treaty_names_the_treaty(run):
    found = candidate_types(run, "Lena Marsh discussed the ZPK treaty and Sylvanian fuel supplies to Freedonia.", "en")
    assert found.get("ZPK treaty") == "Agreement", found
    assert "ZPK" not in found, found


# -- places named after a saint are places ("St. Petersburg", "San Pietroburgo"; guess_type)
@pytest.mark.parametrize("name", ["St. Vellograd", "San Vellograd", "Saint Vellograd"])
def test_a_place_named_after_a_saint_is_a_place(name):
    assert guess_type(name)[0] == "Location"


def test_a_long_name_opening_with_a_saint_keeps_its_kind():
    # guard: "St. Vellograd Chamber of Commerce and Industry" is an organisation, no place
    assert guess_type("St. Vellograd Chamber of Commerce and Industry")[0] != "Location"


# -- targets_of_measures: a state's goods a measure bans name the state it is aimed at
# ("bans imports of North Korean coal"; lang TARGETS_AFTER_DEMONYM / TARGETS_BEFORE_DEMONYM)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Latvia bans imports of Estonian coal, Lena Marsh said.", "en"),
        ("La Lettonia ha imposto un embargo sulle esportazioni di carbone estone.", "it"),
    ],
)
def test_a_ban_on_a_states_goods_is_aimed_at_the_state(run, text, lang):
    claims = run(text, lang)
    assert [c for c in claims if c.predicate == "SANCTIONS" and c.object == "estonia"], triples(claims)
