"""Round-13 pair rule (issue 10: a drafted claim must be right or absent) as tables of invented
sentences (no seed or devset text).

Each test is one general rule of news prose about which two names an act joins. Names are made
up (Freedonia, Marsovia, Otto Vell ...), so no rule can be fitted to an article. A test marked
*guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Lina"]),
    "marsovia": ("Country", ["Marsovia", "Orsk"]),
    "sylvania": ("Country", ["Sylvania"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


# -- between_places: "tra A e B" is a stretch, not where a one-way act goes -------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("I soldati della Freedonia sono schierati nelle zone di confine tra Marsovia e Sylvania.", "it"),
        ("Freedonia has deployed soldiers in the border area between Marsovia and Sylvania.", "en"),
    ],
)
def test_a_place_between_two_others_is_no_destination(run, text, lang):
    claims = run(text, lang)
    assert not any(c.predicate == "DEPLOYED_TO" and c.object in ("marsovia", "sylvania") for c in claims), triples(
        claims
    )


def test_guard_a_meeting_between_two_keeps_both(run):
    """guard: symmetric acts ("vertice tra A e B") are the 'between' subject rule's."""
    claims = run("Il vertice tra Otto Vell e Ivo Brand si è svolto a Lina.", "it")
    assert any(c.predicate == "MET_WITH" and {c.subject, c.object} == {"otto-vell", "ivo-brand"} for c in claims), (
        triples(claims)
    )
