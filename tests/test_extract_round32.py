"""Rules of round 32 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "velonia": ("Country", ["Velonia"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _deployments(run, text: str, lang: str):
    x = run(text, lang=lang, everything=True)
    claims = [c for c in x.claims if (c.subject, c.predicate, c.object) == ("freedonia", "DEPLOYED_TO", "sylvania")]
    assert claims, [(c.subject, c.predicate, c.object) for c in x.claims]
    return x, claims[0]


# -- national_intelligence: a state's intelligence named by its adjective is one body, a named
# source in its own right ("l'intelligence sudcoreana", "South Korean intelligence"), typed by
# its head; sources *of* intelligence stay unnamed
@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Secondo l'intelligence velonese, la Freedonia ha inviato in Silvania oltre 10.000 soldati.",
            "it",
            "intelligence velonese",
        ),
        (
            "Secondo l'intelligence di Velonia, la Freedonia ha inviato in Silvania oltre 10.000 soldati.",
            "it",
            "intelligence di Velonia",
        ),
        (
            "According to Velonian intelligence, Freedonia has sent more than 10,000 soldiers to Sylvania.",
            "en",
            "Velonian intelligence",
        ),
        (
            "Velonian intelligence said Freedonia had sent more than 10,000 soldiers to Sylvania.",
            "en",
            "Velonian intelligence",
        ),
    ],
)
def test_national_intelligence_is_a_named_source(run, text, lang, name):
    x, claim = _deployments(run, text, lang)
    (cand,) = [c for c in x.candidates if c.name == name]
    assert cand.type == "IntelligenceService"
    assert claim.attributed_to == cand.id and claim.attribution["kind"] == "named"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Secondo fonti di intelligence, la Freedonia ha inviato in Silvania oltre 10.000 soldati.", "it"),
        (
            "Secondo il servizio di intelligence velonese, la Freedonia ha inviato in Silvania oltre 10.000 soldati.",
            "it",
        ),
        ("Velonian intelligence officials said Freedonia had sent more than 10,000 soldiers to Sylvania.", "en"),
    ],
)
def test_guard_sources_of_intelligence_stay_unnamed(run, text, lang):
    _x, claim = _deployments(run, text, lang)
    assert claim.attributed_to is None and claim.attribution["kind"] == "unnamed"


def test_guard_a_capitalised_service_keeps_its_whole_name(run):
    """An intelligence complement inside a name is no second name ("Servizio nazionale di intelligence")."""
    x, claim = _deployments(
        run,
        "Il Servizio nazionale di intelligence di Velonia ha detto che la Freedonia ha inviato in Silvania "
        "oltre 10.000 soldati.",
        "it",
    )
    names = [c.name for c in x.candidates]
    assert names == ["Servizio nazionale di intelligence di Velonia"], names
    assert claim.attributed_to == x.candidates[0].id


# -- national_intelligence (2): a state's spy agency or intelligence service, described in lower
# case after its possessor, is the service ("South Korea's spy agency said"), not the state; a
# capitalised service keeps its own name, which the possessor does not join
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "On Wednesday Velonia's spy agency said about 3,000 Freedonian soldiers had been sent to Sylvania.",
            "Velonia's spy agency",
        ),
        (
            "Velonia's intelligence service said Freedonia had sent 1,500 special forces troops to Sylvania.",
            "Velonia's intelligence service",
        ),
        (
            "Velonia's National Intelligence Service said Freedonia had sent 1,500 soldiers to Sylvania.",
            "National Intelligence Service",
        ),
    ],
)
def test_a_states_intelligence_service_is_the_source(run, text, name):
    x, claim = _deployments(run, text, "en")
    (cand,) = [c for c in x.candidates if c.type == "IntelligenceService"]
    assert cand.name == name
    assert claim.attributed_to == cand.id
