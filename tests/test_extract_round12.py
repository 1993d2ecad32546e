"""Round-12 attribution and entity rules (issue 10) as tables of invented sentences (no seed or
devset text).

Each test is one general rule of news prose about who asserts a claim or which entity a phrase
names. Names are made up (Freedonia, Marsovia, Otto Vell ...), so no rule can be fitted to an
article. A test marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano", "Lina"]),
    "marsovia": ("Country", ["Marsovia", "marsoviano", "Orsk"]),
    "sylvania": ("Country", ["Sylvania", "sylvaniano"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "fna": ("Organization", ["FNA", "Freedonian News Agency"]),
    "tanks": ("WeaponSystem", ["tank", "tanks", "carri armati"]),
    "fr-state-media": ("Organization", ["media statali"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


def _supply(claims):
    c = find_claim(claims, "freedonia", "SUPPLIES", "marsovia")
    assert c is not None, [(x.subject, x.predicate, x.object) for x in claims]
    return c


# -- accuse: the plural present of the accusing verb ------------------------------------------------
def test_sources_that_accuse_in_the_plural_present_assert_the_act(run):
    c = _supply(run("Marsovia and Sylvania accuse Freedonia of supplying Orsk with tanks for its war.", "en"))
    assert c.attributed_to == "marsovia" and c.attribution["kind"] == "named"


# -- passive_accusation: "X is accused (by Y) of ..." -----------------------------------------------
@pytest.mark.parametrize(
    "text, lang, by",
    [
        ("Freedonia is also accused of supplying Marsovia with tanks.", "en", None),
        ("Freedonia has been accused by Sylvania of supplying Marsovia with tanks.", "en", "sylvania"),
        ("La Freedonia è accusata anche di aver fornito alla Marsovia carri armati.", "it", None),
        ("La Freedonia è stata accusata dalla Sylvania di aver fornito alla Marsovia carri armati.", "it", "sylvania"),
    ],
)
def test_a_passive_accusation_is_its_accusers_word(run, text, lang, by):
    c = _supply(run(text, lang))
    assert c.attributed_to == by
    assert c.attribution is not None and c.attribution["kind"] == ("named" if by else "unnamed")
    assert "passive_accusation" in c.reasons


# -- inverted_source: "Lo ha annunciato a X il ministro ..., Nome," ----------------------------------
def test_an_inverted_back_reference_names_the_person_of_its_closing_apposition(run):
    text = (
        "La Freedonia ha inviato carri armati alla Marsovia. Lo ha annunciato martedì a Orsk il segretario "
        "del Consiglio di sicurezza marsoviano, Otto Vell, dopo un colloquio."
    )
    c = _supply(run(text, "it"))
    assert c.attributed_to == "otto-vell" and "inverted_source" in c.reasons


def test_an_outlet_told_the_news_relays_it_and_does_not_assert_it(run):
    text = (
        "La Freedonia ha inviato carri armati alla Marsovia. Lo hanno riferito all'agenzia FNA due alte "
        "fonti sylvaniane, che hanno chiesto di restare anonime."
    )
    c = _supply(run(text, "it"))
    assert c.attribution["kind"] == "unnamed" and c.attribution.get("relay") == "fna"
    assert "asserter" not in c.attribution


def test_guard_a_plain_back_reference_keeps_its_named_speaker(run):
    c = _supply(run("La Freedonia ha inviato carri armati alla Marsovia. Lo ha riferito la FNA.", "it"))
    assert c.attributed_to == "fna" and c.attribution["kind"] == "named"


# -- inset_report: a reporting verb set off by commas inside its clause ------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Freedonia, ha detto Vell, fornisce carri armati alla Marsovia.", "it"),
        ("Freedonia, Vell said, has supplied tanks to Marsovia.", "en"),
        (
            "Il ministro marsoviano Otto Vell ha detto che la crisi è grave. La Freedonia, ha detto, "
            "fornisce carri armati alla Marsovia.",
            "it",
        ),
    ],
)
def test_an_inset_reporting_verb_attributes_its_whole_clause(run, text, lang):
    c = _supply(run(text, lang))
    assert c.attributed_to == "otto-vell" and "inset_report" in c.reasons


def test_an_inset_role_is_the_person_last_named_with_it(run):
    text = (
        "Il ministro della Difesa marsoviano Otto Vell ha parlato ai giornalisti. La Freedonia, ha avvertito "
        "il ministro, fornisce carri armati alla Marsovia."
    )
    c = _supply(run(text, "it"))
    assert c.attributed_to == "otto-vell"


# -- class_head: "Freedonian ballistic missiles" is also named "ballistic missiles" -----------------
def _class_gazetteer(extra=()):
    from types import SimpleNamespace

    from graph.extract.gazetteer import Gazetteer

    ents = [
        SimpleNamespace(id="freedonia", type="Country", names=["Freedonia"]),
        SimpleNamespace(id="marsovia", type="Country", names=["Marsovia"]),
        SimpleNamespace(id="fr-missiles", type="WeaponSystem", names=["Freedonian ballistic missiles"]),
        SimpleNamespace(id="fr-arms", type="WeaponSystem", names=["Freedonian weapons (unspecified)"]),
        *extra,
    ]
    return Gazetteer.from_entities(ents), {e.id: e.type for e in ents}


def test_a_class_named_with_its_makers_adjective_is_found_by_its_common_noun():
    from graph.extract.pipeline import extract
    from graph.schema import load_schema

    gaz, types = _class_gazetteer()
    text = "Freedonia has supplied Marsovia with ballistic missiles, the ministry said."
    x = extract(text, lang="en", schema=load_schema(), gazetteer=gaz, entity_types=types)
    assert {m.entity for m in x.mentions} >= {"fr-missiles"}
    assert any(c.item == "fr-missiles" and c.predicate == "SUPPLIES" for c in x.claims)
    assert gaz.lookup("weapons") == {"fr-arms"}


def test_guard_a_common_noun_two_classes_share_names_neither():
    from types import SimpleNamespace

    other = SimpleNamespace(id="ma-missiles", type="WeaponSystem", names=["Marsovian ballistic missiles"])
    gaz, _ = _class_gazetteer([other])
    assert gaz.lookup("ballistic missiles") == set()
    assert gaz.lookup("Freedonian ballistic missiles") == {"fr-missiles"}


# -- purpose_clause: what a purpose clause names was not sent -----------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia sent instructors to Marsovia in May to train its soldiers in the use of tanks.", "en"),
        (
            "La Freedonia ha inviato istruttori alla Marsovia per addestrare i suoi soldati all'uso dei carri armati.",
            "it",
        ),
    ],
)
def test_an_item_named_in_a_purpose_clause_was_not_sent(run, text, lang):
    assert not any(c.item == "tanks" for c in run(text, lang))


def test_guard_an_item_before_the_purpose_clause_was_sent(run):
    c = _supply(run("Freedonia sent tanks to Marsovia in May to support its offensive.", "en"))
    assert c.item == "tanks"


# -- fear cues: "X teme che ..." is X's word, and hedged ------------------------------------------------
def test_a_feared_act_is_its_holders_word_and_hedged(run):
    c = _supply(
        run("La Sylvania teme che la Freedonia possa presto consegnare alla Marsovia nuovi carri armati.", "it")
    )
    assert c.attributed_to == "sylvania" and c.hedged


# -- head_in_name: an unnamed-source noun inside a known name --------------------------------------------
def test_a_source_noun_that_belongs_to_a_known_name_is_that_name(run):
    c = _supply(run("Secondo i media statali freedoniani, la Freedonia ha inviato carri armati alla Marsovia.", "it"))
    assert c.attributed_to == "fr-state-media" and c.attribution["kind"] == "named"


def test_guard_unnamed_sources_of_a_state_stay_unnamed(run):
    c = _supply(run("Secondo fonti della Sylvania, la Freedonia ha inviato carri armati alla Marsovia.", "it"))
    assert c.attribution["kind"] == "unnamed"


# -- closing_apposition: "..., the role, Name, said." ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Freedonia has supplied tanks to Marsovia, the head of the regional police, Otto Vell, said on Facebook.",
        "Freedonia has supplied tanks to Marsovia, the regional governor, Otto Vell, said.",
    ],
)
def test_a_closing_report_by_a_name_in_apposition_is_that_persons(run, text):
    c = _supply(run(text, "en"))
    assert c.attributed_to == "otto-vell" and "closing_apposition" in c.reasons


def test_a_class_is_also_found_by_its_makers_adjective_and_last_noun_and_in_the_singular():
    from graph.extract.pipeline import extract
    from graph.schema import load_schema

    gaz, types = _class_gazetteer()
    for text in (
        "Marsovia has used Freedonian missiles against Sylvania, the ministry said.",
        "A Freedonian ballistic missile was used by Marsovia, the ministry said.",
    ):
        x = extract(text, lang="en", schema=load_schema(), gazetteer=gaz, entity_types=types)
        assert "fr-missiles" in {m.entity for m in x.mentions}, text
    # the closest derivation wins: "Freedonian weapons" is the unspecified class, not a kind of it
    from types import SimpleNamespace

    strategic = SimpleNamespace(id="fr-strategic", type="WeaponSystem", names=["Freedonian strategic weapons"])
    gaz2, _ = _class_gazetteer([strategic])
    assert gaz2.lookup("Freedonian weapons") == {"fr-arms"}
