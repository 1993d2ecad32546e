"""Rules of round 37 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano", "freedoniane"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "freedonian-troops": ("MilitaryUnit", ["Freedonian soldiers", "soldati freedoniani"]),
    "sylvanian-spy-agency": ("IntelligenceService", ["Sylvanian Spy Agency"]),
    "ada-holm": ("Person", ["Ada Holm"]),
    "marsovia": ("Country", ["Marsovia"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _deployments(claims):
    return sorted((c.subject, c.object, c.low) for c in claims if c.predicate == "DEPLOYED_TO")


# -- hyphenated_addressee: "..., X told a closed-door committee on Monday." closes a report whose
# content is the clause before it (graph/extract/frames.py _closing_tail)
@pytest.mark.parametrize(
    "text",
    [
        "Freedonia has sent 1,500 soldiers to Sylvania, doubling its force there to 3,000, the Sylvanian Spy "
        "Agency told a closed-door parliamentary committee on Monday.",
        "Freedonia has sent 1,500 soldiers to Sylvania, doubling its force there to 3,000, the Sylvanian Spy "
        "Agency told a high-level meeting.",
    ],
)
def test_a_hyphenated_addressee_still_closes_the_report(run, text):
    x = run(text, "en", everything=True)
    claims = [c for c in x.claims if c.predicate == "DEPLOYED_TO" and not c.low]
    assert [(c.subject, c.object) for c in claims] == [("freedonia", "sylvania")]
    assert claims[0].attributed_to == "sylvanian-spy-agency" and claims[0].attribution["kind"] == "named"


# -- transfer_of_troops: a transfer verb whose theme is soldiers deploys them (schema/predicates.yaml
# DEPLOYED_TO cues); the demonym inside the moved force is whose it is, not where it goes
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Freedonia ha trasferito 3.000 soldati in Silvania.", "it", [("freedonia", "sylvania", False)]),
        ("L'intelligence ha stimato in 3.000 i soldati freedoniani già trasferiti in Silvania.", "it",
         [("freedonia", "sylvania", False)]),
        ("Freedonia transferred 3,000 troops to Sylvania.", "en", [("freedonia", "sylvania", False)]),
    ],
)  # fmt: skip
def test_troops_transferred_are_deployed(run, text, lang, expected):
    claims = run(text, lang)
    assert _deployments(claims) == expected
    assert not [c for c in claims if c.predicate == "SUPPLIES" and not c.low]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ruritania ha trasferito la settimana scorsa più di 7.000 soldati freedoniani in Silvania.", "it"),
        ("Ruritania ha trasferito più di 7.000 soldati freedoniani.", "it"),
    ],
)
def test_the_moved_forces_demonym_is_no_destination(run, text, lang):
    assert not [c for c in _deployments(run(text, lang)) if c[1] == "freedonia"]


def test_guard_transferred_weapons_are_still_supplied(run):
    claims = run("Freedonia ha trasferito missili in Silvania.", "it")
    assert [(c.subject, c.predicate, c.object) for c in claims if not c.low] == [("freedonia", "SUPPLIES", "sylvania")]


# -- placed_force: a force named with its own noun (a known force entity) is the subject the
# words around its name place (graph/extract/claims.py; TROOP_PRESENCE* in graph/extract/lang)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Circa 10.000 soldati freedoniani si trovano in Silvania.", "it"),
        ("In Silvania si trovano 10.000 soldati freedoniani.", "it"),
        ("Ruritania stima che in Silvania si trovino circa 10.000 soldati freedoniani.", "it"),
        ("In Silvania si trovano tra gli 11.000 e i 12.000 soldati freedoniani.", "it"),
        ("About 10,000 Freedonian soldiers are in Sylvania.", "en"),
    ],
)
def test_a_named_force_placed_somewhere_is_deployed_there(run, text, lang):
    claims = [c for c in run(text, lang) if c.predicate == "DEPLOYED_TO" and not c.low]
    assert [(c.subject, c.object) for c in claims] in (
        [("freedonia", "sylvania")],
        [("freedonian-troops", "sylvania")],
    ), claims


def test_guard_a_named_force_not_placed_deploys_nothing(run):
    claims = run("I soldati freedoniani hanno ricevuto medaglie dalla Silvania.", "it")
    assert not [c for c in claims if c.predicate == "DEPLOYED_TO" and not c.low]


# -- compound_head: of two items named as one noun phrase, the modifier names the item (the
# narrower class; revised in round 72, it was the grammatical head before)
# (graph/extract/items.py; COMPOUND_HEAD / COMPOUND_LINK in graph/extract/lang)
HEAD_ENTITIES = {
    **ENTITIES,
    "munitions": ("WeaponSystem", ["munitions", "munizioni"]),
    "artillery": ("WeaponSystem", ["artillery", "artiglieria"]),
}


@pytest.fixture(scope="module")
def run_items():
    return extract_runner(HEAD_ENTITIES, high_only=True)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Freedonia supplied Sylvania with large quantities of artillery munitions.", "en", ["artillery"]),
        ("Freedonia ha fornito alla Silvania munizioni d'artiglieria.", "it", ["artillery"]),
        ("Freedonia ha fornito alla Silvania munizioni di artiglieria.", "it", ["artillery"]),
        # guard: a list names two items
        ("Freedonia supplied Sylvania with artillery and munitions.", "en", ["artillery", "munitions"]),
        ("Freedonia ha fornito alla Silvania artiglieria e munizioni.", "it", ["artillery", "munitions"]),
    ],
)
def test_the_kind_in_a_compound_is_the_item(run_items, text, lang, expected):
    assert sorted(c.item for c in run_items(text, lang) if c.predicate == "SUPPLIES") == expected


# -- role_as_speaker: "..., the official said": a bare role right before its verb is the verb's
# subject, not an apposition naming whoever stands before its comma (graph/extract/titles.py)
def test_a_bare_role_before_its_verb_is_no_apposition(run):
    text = (
        "The reports spoke of 2,000 soldiers trained by Ada Holm, the official said. "
        "Freedonia has for some time sent troops to Sylvania, the official said."
    )
    claims = [c for c in run(text, "en") if c.predicate == "DEPLOYED_TO" and not c.low]
    assert claims and all(c.attribution["kind"] == "unnamed" and c.attributed_to is None for c in claims), claims


# -- source_list: "Secondo A, B e C, <clause>": every name of the list is a source, no party
# of the clause (graph/extract/frames.py _source_list_end)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Secondo Ada Holm, Ruritania e Marsovia, oltre 10.000 soldati freedoniani sono stati inviati in Silvania.",
         "it"),
        ("Secondo Ada Holm, la Ruritania e la Marsovia, 10.000 soldati freedoniani sono stati inviati in Silvania.",
         "it"),
        ("According to Ada Holm, Ruritania and Marsovia, more than 10,000 Freedonian soldiers were sent to Sylvania.",
         "en"),
    ],
)  # fmt: skip
def test_every_name_of_a_source_list_is_a_source(run, text, lang):
    claims = [c for c in run(text, lang) if c.predicate == "DEPLOYED_TO" and not c.low]
    assert {c.subject for c in claims} <= {"freedonia", "freedonian-troops"} and claims, claims
    assert all(c.attributed_to in ("ada-holm", "ruritania", "marsovia") for c in claims)


def test_guard_a_list_after_the_comma_without_a_closing_comma_is_the_clause(run):
    """No comma closes the names: they are the clause's own subjects, as before."""
    claims = run("Secondo Ada Holm, Ruritania e Marsovia hanno inviato 3.000 soldati in Silvania.", "it")
    assert {c.subject for c in claims if c.predicate == "DEPLOYED_TO"} >= {"ruritania", "marsovia"}, claims


# -- force_owner: the demonym right after a force noun names whose force it is; the sentence's
# subject does not send it (graph/extract/forces.py force_owner)
@pytest.mark.parametrize(
    "text",
    [
        "Ada Holm e la Ruritania hanno condannato l'invio di truppe freedoniane in Silvania.",
        "La Ruritania ha definito l'invio di soldati freedoniani in Silvania un'escalation.",
    ],
)
def test_the_force_belongs_to_its_demonym(run, text):
    claims = [c for c in run(text, "it") if c.predicate == "DEPLOYED_TO" and not c.low]
    assert claims and {c.subject for c in claims} <= {"freedonia", "freedonian-troops"}, claims
