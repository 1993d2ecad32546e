"""Rules of round 118 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Vellograd ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville", "freedoniano"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
    "vellograd": ("Location", ["Vellograd"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- consul_post: a consul is posted to a city of another state, which is no qualifier
# of his post ("Freedonia's consul general in Vellograd, Pak Tong Ryol"; lang ENVOY_ROLES, titles.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Lena Marsh met Freedonia's consul general in Vellograd, Pak Tong Ryol, on Tuesday.", "en"),
        ("Lena Marsh ha incontrato il console generale freedoniano a Vellograd, Pak Tong Ryol.", "it"),
    ],
)
def test_a_consul_posted_to_a_city_holds_a_post_of_his_state(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "pak-tong-ryol", "HOLDS_POSITION_IN", "freedonia"), triples(claims)
    assert find_claim(claims, "lena-marsh", "MET_WITH", "pak-tong-ryol"), triples(claims)
