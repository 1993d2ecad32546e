"""Rules of round 38 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano", "freedoniane"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ada-holm": ("Person", ["Ada Holm"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- passive_force_theme: a force that is the passive's subject was deployed, not supplied
# (things_only with graph/extract/forces.py passive_forces)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ada Holm ha confermato che militari freedoniani erano stati mandati in Silvania.", "it"),
        ("Ada Holm confirmed that Freedonian troops had been sent to Sylvania.", "en"),
    ],
)
def test_a_force_sent_in_the_passive_is_deployed_not_supplied(run, text, lang):
    claims = [c for c in run(text, lang) if not c.low]
    assert [(c.subject, c.predicate, c.object) for c in claims] == [("freedonia", "DEPLOYED_TO", "sylvania")], claims
