"""Rules of round 39 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, high_triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano", "freedoniane"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ada-holm": ("Person", ["Ada Holm"]),
    "shells": ("WeaponSystem", ["shells", "proiettili"]),
    "the-treaty": ("Agreement", ["the treaty"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- force_theme_before: the force a cue sends stands before it, qualified by a participle or a
# relative clause: people were sent, nothing was supplied (graph/extract/forces.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ada Holm ha parlato ai soldati che Freedonia ha mandato in Silvania.", "it"),
        ("Ada Holm ha descritto i soldati inviati da Freedonia a combattere per la Silvania.", "it"),
        ("Ada Holm spoke to the soldiers Freedonia has sent to Sylvania.", "en"),
    ],
)
def test_a_force_before_its_cue_is_deployed_not_supplied(run, text, lang):
    claims = high_triples(run(text, lang))
    assert ("freedonia", "SUPPLIES", "sylvania") not in claims, claims
    assert ("freedonia", "DEPLOYED_TO", "sylvania") in claims, claims


@pytest.mark.parametrize(
    "text, lang",
    [
        # guard: things sent stay supplied
        ("Freedonia ha mandato in Silvania proiettili.", "it"),
        # guard: a force on the line before (a headline) is no theme of the body's cue
        ("Soldati freedoniani\nFreedonia ha fornito alla Silvania proiettili.", "it"),
    ],
)
def test_guard_things_sent_stay_supplied(run, text, lang):
    assert ("freedonia", "SUPPLIES", "sylvania") in high_triples(run(text, lang))


# -- dateline_no_party: the place a report was filed from takes no part in what it says
# (graph/extract/pipeline.py with candidates.dateline_spans)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Un esule\n\nSILVANIA, 6 marzo – Un esule freedoniano aiuta i soldati inviati da Freedonia a combattere.",
            "it",
        ),
        ("An exile\n\nSYLVANIA, March 6 - A Freedonian exile helps the soldiers sent by Freedonia to fight.", "en"),
    ],
)
def test_the_dateline_place_is_no_party(run, text, lang):
    assert not [c for c in run(text, lang) if "sylvania" in (c.subject, c.object) and not c.low]


def test_guard_the_same_place_in_the_body_is_a_party(run):
    text = "Un esule\n\nSILVANIA, 6 marzo – Freedonia ha inviato 3.000 soldati in Silvania."
    assert ("freedonia", "DEPLOYED_TO", "sylvania") in high_triples(run(text, "it"))


# -- stem_false_friends: a word whose crude stem is a cue's, though it is another word, cues
# nothing (graph/extract/cues.py; STEM_FALSE_FRIENDS in graph/extract/lang/it.py)
@pytest.mark.parametrize(
    "text",
    [
        "I missili di Freedonia a Silvania.",
        "Freedonia ha lanciato missili sulla Silvania.",
        "Le testate di Freedonia in Silvania, compreso un deposito.",
    ],
)
def test_a_stem_false_friend_cues_nothing(run, text):
    claims = run(text, "it")
    assert not [c for c in claims if c.predicate in ("SENT_MESSAGE_TO", "TESTED", "SUPPLIES") and not c.low], claims


def test_guard_the_cue_itself_still_cues(run):
    claims = run("Freedonia ha scritto una missiva alla Silvania.", "it")
    assert ("freedonia", "SENT_MESSAGE_TO", "sylvania") in {(c.subject, c.predicate, c.object) for c in claims}


def test_not_to_is_no_note_to(run):
    """English: "not to send" had matched the message cue "note to" (stem "not")."""
    claims = run("Ada Holm urged Freedonia not to send aid to Sylvania.", "en")
    assert not [c for c in claims if c.predicate == "SENT_MESSAGE_TO"], claims


# -- scheduled acts: "was due to vote on ratifying" announces an act (INTENT in graph/extract/lang/en.py)
def test_a_scheduled_act_is_kept_apart(run):
    claims = run("Freedonia was due to vote on ratifying the treaty with Sylvania.", "en")
    assert claims and all(c.low for c in claims if c.predicate == "SIGNED"), claims


def test_guard_due_to_a_cause_is_no_intent(run):
    claims = run("Due to the war, Freedonia sent 3,000 troops to Sylvania.", "en")
    assert ("freedonia", "DEPLOYED_TO", "sylvania") in high_triples(claims)


# -- designators: a letter or two and three or more digits name a weapon ("M1989 Koksan", "M109"),
# never a group ("G7", "G20") (graph/extract/candidates.py)
@pytest.mark.parametrize(
    "name, kind",
    [("M1991", "WeaponSystem"), ("M1989 Koksan", "WeaponSystem"), ("G20", "Organization"), ("G7", "Organization")],
)
def test_designators_without_a_hyphen(name, kind):
    from graph.extract.candidates import guess_type

    assert guess_type(name)[0] == kind


def test_a_designated_weapon_is_the_item_not_the_recipient(run):
    claims = run("Freedonia handed over 120 of its M1989 Koksan guns to Sylvania.", "en")
    assert [(c.subject, c.object, c.item) for c in claims if c.predicate == "SUPPLIES" and not c.low] == [
        ("freedonia", "sylvania", "m1989-koksan")
    ]
