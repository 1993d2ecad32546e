"""Rules of round 153 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "olek-marsh": ("Person", ["Olek Marsh"]),
    "tam-rudo": ("Person", ["Tam Rudo"]),
    "pel-osko": ("Person", ["Pel Osko"]),
    "nia-vorn": ("Person", ["Nia Vorn"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _confident(claims, subject, predicate, obj):
    """The confident claims (subject, predicate, object), in either order for a symmetric act."""
    pairs = {(subject, obj), (obj, subject)} if predicate == "MET_WITH" else {(subject, obj)}
    return [c for c in claims if c.predicate == predicate and (c.subject, c.object) in pairs and not c.low]


# -- passive_agent_coordinated: a verb coordinated after a passive shares the passive's subject
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Il ministro silvano Ivo Brand è stato ricevuto dal presidente del Parlamento, Olek Marsh, e dal "
            "presidente del Consiglio, Tam Rudo, e ha avuto colloqui con il suo omologo Pel Osko.",
            "it",
        ),
        (
            "Sylvanian minister Ivo Brand was received by the speaker of parliament, Olek Marsh, and by the "
            "council chairman, Tam Rudo, and held talks with his counterpart Pel Osko.",
            "en",
        ),
    ],
)
def test_a_coordinated_verb_keeps_the_passives_subject(run, text, lang):
    claims = run(text, lang)
    assert _confident(claims, "ivo-brand", "MET_WITH", "pel-osko"), triples(claims)
    for agent in ("olek-marsh", "tam-rudo"):
        assert not _confident(claims, agent, "MET_WITH", "pel-osko"), triples(claims)


# the object of the first verb is no subject of the light verb coordinated after it (`_AND_THEN`;
# the Italian row is a guard: it held before)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro silvano Ivo Brand ha incontrato Olek Marsh e ha avuto colloqui con Pel Osko.", "it"),
        ("Sylvanian minister Ivo Brand met Olek Marsh and held talks with Pel Osko.", "en"),
    ],
)
def test_the_first_verbs_object_holds_no_talks(run, text, lang):
    claims = run(text, lang)
    assert _confident(claims, "ivo-brand", "MET_WITH", "pel-osko"), triples(claims)
    assert not _confident(claims, "olek-marsh", "MET_WITH", "pel-osko"), triples(claims)


# -- repeated preposition: "con X e con Y" / "with X and with Y" joins the two partners
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand ha avuto colloqui con il premier Pel Osko e con il vicepremier Nia Vorn.", "it"),
        ("Ivo Brand held talks with Premier Pel Osko and with Vice-Premier Nia Vorn.", "en"),
        ("Ivo Brand held talks with Premier Pel Osko and Vice-Premier Nia Vorn.", "en"),
    ],
)
def test_each_partner_of_a_repeated_preposition_is_met(run, text, lang):
    claims = run(text, lang)
    for partner in ("pel-osko", "nia-vorn"):
        assert _confident(claims, "ivo-brand", "MET_WITH", partner), triples(claims)


# guard (held before): a comma and the preposition alone open an adjunct, no list
def test_a_comma_and_with_is_no_list(run):
    claims = run("Ivo Brand ha incontrato Pel Osko, con Nia Vorn presente alla cerimonia.", "it")
    assert _confident(claims, "ivo-brand", "MET_WITH", "pel-osko"), triples(claims)
    assert not _confident(claims, "ivo-brand", "MET_WITH", "nia-vorn"), triples(claims)


# -- vicepremier / vice-premier: a deputy head of government holds a post of the named state
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il vicepremier silvano Ivo Brand è arrivato a Freedonia.", "it"),
        ("Sylvanian Vice-Premier Ivo Brand arrived in Freedonia.", "en"),
    ],
)
def test_a_vice_premier_holds_a_post_of_his_state(run, text, lang):
    claims = run(text, lang)
    assert _confident(claims, "ivo-brand", "HOLDS_POSITION_IN", "sylvania"), triples(claims)


# a hyphenated title before a known name is no name of its own
@pytest.mark.parametrize(
    "text, lang",
    [("Pel Osko held talks with Vice-Premier Ivo Brand.", "en"), ("Pel Osko met Deputy Vice-Premier Ivo Brand.", "en")],
)
def test_a_hyphenated_title_is_no_candidate(run, text, lang):
    x = run(text, lang, everything=True)
    assert not [c.name for c in x.candidates], [c.name for c in x.candidates]
    assert _confident(x.claims, "pel-osko", "MET_WITH", "ivo-brand"), triples(x.claims)


# -- named_delegation: a delegation named by the body or the state it comes from (English order)
@pytest.mark.parametrize(
    "text, name",
    [
        ("A Freedonian Trade Ministry delegation headed by Deputy Minister Tam Rudo arrived in Sylvania.",
         "Freedonian Trade Ministry delegation"),
        ("The Freedonian government delegation led by Premier Tam Rudo arrived in Sylvania.",
         "Freedonian government delegation"),
        ("A Workers' League delegation headed by Secretary Tam Rudo arrived in Sylvania.",
         "Workers' League delegation"),
    ],
)  # fmt: skip
def test_a_bodys_delegation_is_led_by_its_head(run, text, name):
    x = run(text, "en", everything=True)
    assert name in [c.name for c in x.candidates], [c.name for c in x.candidates]
    leads = [c for c in x.claims if c.subject == "tam-rudo" and c.predicate == "LEADS" and not c.low]
    assert [c.object for c in leads] == [name.lower().replace("'", "").replace(" ", "-")], triples(x.claims)


# guard: a possessive names whose delegation it is, no body; a demonym alone is the older rule's
@pytest.mark.parametrize(
    "text, absent",
    [
        ("President Tam Rudo's delegation arrived in Sylvania.", "Tam Rudo's delegation"),
        ("The Freedonian delegation arrived in Sylvania.", None),
    ],
)
def test_no_body_no_named_delegation(run, text, absent):
    x = run(text, "en", everything=True)
    names = [c.name for c in x.candidates]
    assert absent not in names and sum("delegation" in n for n in names) <= 1, names
