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
