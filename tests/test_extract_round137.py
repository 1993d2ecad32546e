"""Rules of round 137 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, high_triples, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "sylvano"]),
    "lina": ("Location", ["Lina"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "oto-vell": ("Person", ["Oto Vell", "Vell"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


# -- talks_with: the partner named right after the talks' "con" / "with" (predicates.yaml
# MET_WITH cues "colloquio con", "colloqui con", "incontro con", "talks with", "meeting with")
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand ha avuto sabato un colloquio con il ministro sylvano Oto Vell.", "it"),
        ("Ivo Brand, ha avuto ieri a Lina colloqui con il suo omologo Oto Vell.", "it"),
        ("Ivo Brand was in Lina on Friday for talks with Oto Vell.", "en"),
        ("Ivo Brand has held an official meeting with Sylvania's consul general in Lina, Oto Vell.", "en"),
    ],
)
def test_talks_with_a_named_partner_are_a_meeting(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "ivo-brand", "MET_WITH", "oto-vell"), high_triples(claims)


def test_talks_named_alone_stay_low(run):
    # guard (passes without the change): talks with no partner after "with" give no confident meeting
    claims = run("The talks ended on Friday, Ivo Brand said, and Oto Vell left Lina.", "en")
    assert not find_claim(claims, "ivo-brand", "MET_WITH", "oto-vell"), triples(claims)
