"""Round-16 cue vocabulary (issue 10: key facts missed because no cue named the act) as tables of
invented sentences (no seed or devset text).

The vocabulary is the ordinary news wording of each act, in its inflections, nominalisations and
multi-word expressions; names are made up (Freedonia, Marsovia, Otto Vell ...), so no entry can be
fitted to an article. A test marked *guard* checks what a word must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "tarn-region": ("Location", ["regione di Tarn", "Tarn region", "Tarn"]),
    "marsovian-troops": (
        "MilitaryUnit",
        ["soldati marsoviani", "truppe marsoviane", "Marsovian soldiers", "Marsovian troops"],
    ),
    "krak-5": ("WeaponSystem", ["Krak-5"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- transfers: the verbs, tenses and nouns of supplying -------------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Freedonia ha fatto arrivare alla Marsovia migliaia di proiettili di artiglieria.", "it"),
        ("La Freedonia rifornisce la Marsovia di proiettili di artiglieria.", "it"),
        ("La Freedonia spedì alla Marsovia migliaia di razzi.", "it"),
        ("La Freedonia cederà alla Marsovia i suoi vecchi carri armati.", "it"),
        ("Le spedizioni di munizioni della Freedonia alla Marsovia sono aumentate.", "it"),
        ("Gli aiuti militari della Freedonia alla Marsovia comprendono obici e razzi.", "it"),
        ("Freedonia funnelled artillery shells to Marsovia last year.", "en"),
        ("Freedonia is delivering artillery shells to Marsovia by rail.", "en"),
        ("Freedonia handed over dozens of rocket launchers to Marsovia.", "en"),
        ("Freedonia sells artillery shells to Marsovia.", "en"),
    ],
)
def test_transfer_wording_makes_a_supply_claim(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "freedonia", "SUPPLIES", "marsovia") is not None, triples(claims)


def test_guard_a_tv_channel_is_no_transfer(run):
    """guard: "channel" names a broadcaster far more often than a transfer, so it is no cue."""
    claims = run("Freedonia's state channel showed footage from Marsovia.", "en")
    assert not any(c.predicate == "SUPPLIES" for c in claims), triples(claims)


# -- forces: deploying, fighting, losses and weapons ------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, p, o",
    [
        ("La Marsovia dispiegò migliaia di soldati in Sylvania.", "it", "DEPLOYED_TO", "sylvania"),
        ("I primi soldati marsoviani erano entrati in Sylvania a ottobre.", "it", "DEPLOYED_TO", "sylvania"),
        ("Marsovia is dispatching troops to Sylvania.", "en", "DEPLOYED_TO", "sylvania"),
        ("Marsovia redeployed troops to Sylvania in May.", "en", "DEPLOYED_TO", "sylvania"),
        ("I soldati marsoviani combattevano da settimane nella regione di Tarn.", "it", "FOUGHT_IN", "tarn-region"),
        ("Marsovian soldiers took part in assaults in the Tarn region.", "en", "FOUGHT_IN", "tarn-region"),
        ("Marsovian troops battled for weeks in the Tarn region.", "en", "FOUGHT_IN", "tarn-region"),
        ("Tre soldati marsoviani sono caduti nella regione di Tarn.", "it", "SUFFERED_LOSSES", "tarn-region"),
        ("Marsovian soldiers perished in the Tarn region last week.", "en", "SUFFERED_LOSSES", "tarn-region"),
        ("Marsovia is employing Krak-5 missiles against Sylvania.", "en", "USES", "krak-5"),
        ("La Marsovia ha fatto uso di missili Krak-5 contro la Sylvania.", "it", "USES", "krak-5"),
    ],
)
def test_force_wording_makes_its_claim(run, text, lang, p, o):
    claims = run(text, lang)
    hit = [c for c in claims if c.predicate == p and c.object == o and c.subject in ("marsovia", "marsovian-troops")]
    assert hit, triples(claims)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Due soldati marsoviani sono stati catturati dalle forze della Sylvania.", "it"),
        ("Sylvania captured two Marsovian soldiers in the Tarn region.", "en"),
    ],
)
def test_guard_captives_are_no_losses_of_their_captor(run, text, lang):
    """guard: a capture says who holds prisoners, not who lost men; it is no loss cue."""
    claims = run(text, lang)
    assert not any(c.predicate == "SUFFERED_LOSSES" and c.subject == "sylvania" for c in claims), triples(claims)


# -- relations between states: condemning, writing to, sanctioning ---------------------------------
@pytest.mark.parametrize(
    "text, lang, s, p, o",
    [
        (
            "Freedonia and Sylvania on Friday condemned Marsovia's decision to send troops.",
            "en",
            "freedonia",
            "CHALLENGES",
            "marsovia",
        ),
        (
            "La Freedonia ha condannato venerdì la Marsovia per l'invio di truppe.",
            "it",
            "freedonia",
            "CHALLENGES",
            "marsovia",
        ),
        ("Freedonia is undermining Marsovia, Otto Vell said.", "en", "freedonia", "CHALLENGES", "marsovia"),
        (
            "Otto Vell ha comunicato a Ivo Brand la propria disponibilità a trattare.",
            "it",
            "otto-vell",
            "SENT_MESSAGE_TO",
            "ivo-brand",
        ),
        ("Otto Vell sent a telegram to Ivo Brand on Monday.", "en", "otto-vell", "SENT_MESSAGE_TO", "ivo-brand"),
        ("Otto Vell ha inviato un telegramma a Ivo Brand.", "it", "otto-vell", "SENT_MESSAGE_TO", "ivo-brand"),
        ("La Freedonia ha deciso di congelare i beni della Marsovia.", "it", "freedonia", "SANCTIONS", "marsovia"),
        ("Freedonia has blacklisted Marsovia's state shipping line.", "en", "freedonia", "SANCTIONS", "marsovia"),
    ],
)
def test_relation_wording_makes_its_claim(run, text, lang, s, p, o):
    claims = run(text, lang)
    assert find_claim(claims, s, p, o) is not None, triples(claims)


def test_guard_an_accusation_is_no_challenge(run):
    """guard: "accused X of ..." reports a charge (its own rules), it is no CHALLENGES cue."""
    claims = run("Il ministro Otto Vell ha accusato la Marsovia di violare l'accordo.", "it")
    assert not any(c.predicate == "CHALLENGES" for c in claims), triples(claims)
