"""Rules of round 116 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Mosgrad"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- consul_title: a consul holds a post of the state whose mission he heads (lang POSITION_ROLES)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Lena Marsh met Freedonia's consul general Pak Tong Ryol on Tuesday.", "en"),
        ("Lena Marsh ha incontrato il console della Freedonia Pak Tong Ryol.", "it"),
    ],
)
def test_a_consul_holds_a_post_of_his_state(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "pak-tong-ryol", "HOLDS_POSITION_IN", "freedonia"), triples(claims)


# -- the past of narration cues a visit ("visitò", "si recò"; schema/predicates.yaml VISITED)
@pytest.mark.parametrize("verb", ["si recò a", "giunse a"])
def test_the_past_of_narration_cues_a_visit(run, verb):
    claims = run(f"Le targhe ricordano che Lena Marsh {verb} Mosgrad nel maggio 1984.", "it")
    assert find_claim(claims, "lena-marsh", "VISITED", "sylvania"), triples(claims)
