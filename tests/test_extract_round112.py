"""Rules of round 112 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article; the former
states are those of the reference list (schema/states.yaml).
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner
from graph.dates import PartialDate

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville"]),
    "russia": ("Country", ["Russia", "Russia", "Moscow", "Mosca", "Kremlin", "Cremlino"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- former_state: a state ISO withdrew is a state of the reference list, not two capitalised words
# of a person (schema/states.yaml, scripts/make_states.py FORMER_STATES)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("The Soviet Union is selling Freedonia forty tanks, officials said.", "en", "Soviet Union"),
        ("L'Unione Sovietica vende alla Freedonia quaranta carri armati.", "it", "Unione Sovietica"),
        ("Yugoslavia sent Freedonia a trade mission.", "en", "Yugoslavia"),
    ],
)
def test_a_former_state_is_a_country(run, text, lang, name):
    x = run(text, lang, everything=True, date=PartialDate(1984, 5, 2))
    found = {c.name: c.type for c in x.candidates}
    assert found.get(name) == "Country", found


def test_a_former_states_deliveries_are_its_own(run):
    claims = run(
        "The Soviet Union is selling Freedonia forty tanks, officials said.", "en", date=PartialDate(1984, 5, 2)
    )
    assert [c for c in claims if c.predicate == "SUPPLIES" and c.subject == "soviet-union"], [
        (c.subject, c.predicate, c.object) for c in claims
    ]


# -- its successor's capital stands for it in a report of its time that names it
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Soviet Union is selling Freedonia forty tanks. Moscow had refused such sales before.", "en"),
        ("L'Unione Sovietica vende carri armati alla Freedonia. Mosca aveva rifiutato in passato.", "it"),
    ],
)
def test_the_capital_stands_for_the_former_state_in_its_time(run, text, lang):
    x = run(text, lang, everything=True, date=PartialDate(1984, 5, 2))
    capital = [m for m in x.mentions if m.text in ("Moscow", "Mosca")]
    assert capital and all(m.entity == "soviet-union" for m in capital), [(m.text, m.entity) for m in x.mentions]


@pytest.mark.parametrize(
    "text, date",
    [
        # after the state ended, the capital is its successor's
        ("The Soviet Union once sold Freedonia tanks. Moscow now sells it trucks.", PartialDate(2019, 3, 1)),
        # in its time, a text that never names it keeps the capital as written
        ("Moscow is selling Freedonia forty tanks, officials said.", PartialDate(1984, 5, 2)),
    ],
)
def test_the_capital_stays_the_successors_otherwise(run, text, date):
    x = run(text, "en", everything=True, date=date)
    capital = [m for m in x.mentions if m.text == "Moscow"]
    assert capital and all(m.entity == "russia" for m in capital), [(m.text, m.entity) for m in x.mentions]


# -- coordinated_after_cue: two names joined after the cue share one role, neither is the other's
# object (graph/extract/pair_rules.py)
def test_two_sanctioning_powers_do_not_sanction_each_other(run):
    claims = run(
        "La compagnia freedoniana, colpita da sanzioni dell'Onu e degli Stati Uniti, opera nei porti.", "it", date=None
    )
    assert not [c for c in claims if (c.subject, c.object) == ("united-nations", "united-states") and not c.low], [
        (c.subject, c.predicate, c.object, c.low) for c in claims
    ]


def test_guard_the_parties_of_a_summit_still_met(run):
    claims = run("Pyongville and Moscow signed a treaty at the summit of Ivo Brand and Lena Marsh.", "en", date=None)
    assert not [c for c in claims if "coordinated_after_cue" in " ".join(c.reasons)], [
        (c.subject, c.predicate, c.object, c.reasons) for c in claims
    ]
