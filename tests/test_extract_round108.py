"""Rules of round 108 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Ivo Brand, Lena Marsh ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- speaker_adjunct: a meeting in an adjunct of time of the reporting clause is the speaker's own,
# with the partner the adjunct names (ACT_ADJUNCT, ADJUNCT_PARTNER, graph/extract/lang/*.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "La Freedonia consegnerà il petrolio alla Silvania entro gennaio. Lo ha dichiarato il viceministro"
            " Ivo Brand, capo negoziatore, dopo un incontro nella capitale con l'inviata Lena Marsh.",
            "it",
        ),
        ("Ivo Brand told reporters after a meeting with Lena Marsh that Freedonia would ship more oil.", "en"),
        ("Ivo Brand said after talks with Lena Marsh that Freedonia would ship more oil.", "en"),
        ("After talks with Lena Marsh in the capital, Ivo Brand said Freedonia would ship more oil.", "en"),
    ],
)
def test_the_speaker_met_whom_the_adjunct_names(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "ivo-brand", "MET_WITH", "lena-marsh") or find_claim(
        claims, "lena-marsh", "MET_WITH", "ivo-brand"
    )
    assert c is not None, [(x.subject, x.predicate, x.object) for x in claims]
    assert "speaker_adjunct" in " ".join(c.reasons)


@pytest.mark.parametrize(
    "text, lang",
    [
        # no partner named after "with": talks in a place are no meeting with the speaker's state
        ("After talks in Sylvania, Ivo Brand said Freedonia would ship more oil.", "en"),
        # an adjunct inside what is reported is the reported clause's, not the speaker's
        ("Secondo Ivo Brand, dopo un incontro con Lena Marsh la Freedonia ha inviato petrolio.", "it"),
    ],
)
def test_guard_no_meeting_for_the_speaker_without_a_partner_in_his_adjunct(run, text, lang):
    claims = run(text, lang)
    assert not [c for c in claims if c.predicate == "MET_WITH" and "speaker_adjunct" in " ".join(c.reasons)]


# -- a meeting partner briefs no one: "dopo un incontro con Y" no longer makes Y the source that
# the speaker relays (BRIEFING_BY, graph/extract/lang/*.py); a briefing "by" Y still does
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "La Freedonia consegnerà il petrolio alla Silvania entro gennaio. Lo ha dichiarato il viceministro"
            " Ivo Brand dopo un incontro con l'inviata Lena Marsh.",
            "it",
        ),
        (
            "Freedonia will ship oil to Sylvania by January. Ivo Brand said so after a meeting with Lena Marsh.",
            "en",
        ),
    ],
)
def test_the_speaker_not_his_partner_asserts(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "freedonia", "SUPPLIES", "sylvania")
    assert c is not None, [(x.subject, x.predicate, x.object) for x in claims]
    assert c.attributed_to != "lena-marsh"


def test_guard_a_briefing_by_a_source_still_relays_it(run):
    claims = run(
        "La Freedonia consegnerà il petrolio alla Silvania, ha detto Ivo Brand dopo un'audizione di Lena Marsh.",
        "it",
    )
    c = find_claim(claims, "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and c.attributed_to == "lena-marsh", c and (c.attributed_to, c.reasons)
