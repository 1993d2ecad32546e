"""Round-5 extraction rules (issue 10) as tables of invented sentences (no seed or devset text).

Each table is one general rule of news prose: lower-case and descriptive names of institutions,
places and events with a head noun and its qualifiers ("il ministero degli Esteri marsoviano",
"a uranium enrichment facility") become new-entity candidates typed by the head; the body whose
rules an act would break is no party. Names are made up (Freedonia, Marsovia, Alda Rossi ...),
so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim

ENTITIES = {
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "otto-vann": ("Person", ["Otto Vann", "Vann"]),
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano", "freedoniana"]),
    "marsovia": ("Country", ["Marsovia", "marsoviano", "marsoviana", "marsoviani", "marsoviane"]),
    "lina-city": ("Location", ["Lina"]),
    "mortars": ("WeaponSystem", ["mortai", "mortars"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


# -- qualified_head: a head noun and its qualifiers make a candidate typed by the head ------------
@pytest.mark.parametrize(
    "text, lang, name, kind",
    [
        # a complement and a demonym after the head
        (
            "Lo ha reso noto il ministero degli Esteri marsoviano.",
            "it",
            "ministero degli Esteri marsoviano",
            "GovernmentBody",
        ),
        # two adjectives
        (
            "La procura generale freedoniana ha aperto un fascicolo.",
            "it",
            "procura generale freedoniana",
            "GovernmentBody",
        ),
        # a complement and the state it belongs to, named inside
        ("Lo ha riferito il ministero della Difesa di Lina.", "it", "ministero della Difesa di Lina", "GovernmentBody"),
        # an adjective before the complement
        (
            "Secondo il ministero marsoviano dell'Energia, il gasdotto è chiuso.",
            "it",
            "ministero marsoviano dell'Energia",
            "GovernmentBody",
        ),
        # chained complements, a capitalised word inside that is also a stop word
        (
            "Il ministero della Sicurezza di Stato marsoviano tace.",
            "it",
            "ministero della Sicurezza di Stato marsoviano",
            "GovernmentBody",
        ),
        # a stop-word adjective ("nazionale") still qualifies
        (
            "Il portavoce del Consiglio per la sicurezza nazionale, Otto Vann, ha parlato.",
            "it",
            "Consiglio per la sicurezza nazionale",
            "GovernmentBody",
        ),
        # places and events
        (
            "I lavori per il ponte stradale sul fiume Ardo sono iniziati.",
            "it",
            "ponte stradale sul fiume Ardo",
            "Facility",
        ),
        ("Alda Rossi ha presieduto una cerimonia di Stato a Lina.", "it", "cerimonia di Stato", "Event"),
        (
            "I lavoratori andranno nella zona economica speciale di Borva.",
            "it",
            "zona economica speciale di Borva",
            "Location",
        ),
        # English: modifiers before the head
        ("Otto Vann toured a uranium enrichment facility on Monday.", "en", "uranium enrichment facility", "Facility"),
        ("Alda Rossi watched the military parade in Lina.", "en", "military parade", "Event"),
    ],
)
def test_a_head_and_its_qualifiers_make_a_candidate(run, text, lang, name, kind):
    assert candidate_types(run, text, lang).get(name) == kind


@pytest.mark.parametrize(
    "text, lang, not_name",
    [
        # a description followed at once by a name describes that name
        ("Lo ha scritto l'agenzia di stampa marsoviana Velox.", "it", "agenzia di stampa marsoviana"),
        # lower-case "servizio" / "centro" describe or place, they name nothing
        (
            "Il servizio di intelligence freedoniano ritiene che Marsovia abbia inviato mortai.",
            "it",
            "servizio di intelligence freedoniano",
        ),
        ("Un drone è caduto nel centro di Lina.", "it", "centro di Lina"),
        # a head inside another's complement is its own name ("zona dell'aeroporto di X")
        ("Ci sono aerei nella zona dell'aeroporto di Borva.", "it", "zona dell'aeroporto di Borva"),
        # a verb is no adjective
        (
            "Il ministero della Difesa marsoviano sostenevano tutti.",
            "it",
            "ministero della Difesa marsoviano sostenevano",
        ),
        # no qualifier, no name
        ("Il ministero ha smentito.", "it", "ministero"),
    ],
)
def test_what_a_qualified_head_does_not_name(run, text, lang, not_name):
    assert not_name not in candidate_types(run, text, lang)


def test_a_qualified_head_names_the_aircraft_base_not_the_zone(run):
    names = candidate_types(run, "Ci sono aerei nella zona dell'aeroporto di Borva.", "it")
    assert names.get("aeroporto di Borva") == "Facility"


def test_a_candidate_ministry_is_a_title_organisation(run):
    x = run("Il portavoce del ministero degli Esteri marsoviano, Otto Vann, ha parlato.", "it", everything=True)
    ids = {c.id for c in x.candidates if c.name == "ministero degli Esteri marsoviano"}
    assert ids and any(c.subject == "otto-vann" and c.object in ids for c in x.claims)


# -- the body whose rules an act would break; a denied act ----------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Marsovia ha fornito mortai a Freedonia, cosa che viola le regole del Consiglio di Lina.", "it"),
        ("Marsovia supplied mortars to Freedonia, which violates rules of the Lina Council.", "en"),
    ],
)
def test_the_body_whose_rules_an_act_would_break_is_no_party(run, text, lang):
    claims = run(text, lang, everything=True).claims
    assert not [c for c in claims if c.predicate == "SUPPLIES" and c.object not in ("freedonia",)]


def test_a_denied_supply_is_no_claim(run):
    claims = run("Marsovia e Freedonia negano qualsiasi fornitura di mortai.", "it")
    assert find_claim(claims, "marsovia", "SUPPLIES", "freedonia") is None


# -- in_return_for_forces / counterpart_is_no_act ------------------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Marsovia ha fornito a Freedonia mortai in cambio dell'invio di soldati.", "it"),
        ("Marsovia supplied Freedonia with mortars in exchange for troops.", "en"),
        ("Marsovia supplied Freedonia with mortars in return for Freedonian troops.", "en"),
    ],
)
def test_a_transfer_paid_for_forces_is_given_in_return(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "marsovia", "PROVIDES_IN_RETURN", "freedonia")
    assert c is not None and "in_return_for_forces" in c.reasons
    assert find_claim(claims, "marsovia", "SUPPLIES", "freedonia") is None
    assert not [c for c in claims if c.predicate == "DEPLOYED_TO"]  # the counterpart is no act


@pytest.mark.parametrize(
    "text, lang",
    [
        # forces as an adjective of what is paid: the transfer stays a supply
        ("Marsovia ha fornito mortai a Freedonia in cambio di aiuti militari.", "it"),
        ("Marsovia could supply Freedonia with mortars in return for advanced military technology.", "en"),
        # a comma: "in cambio di" closes another clause
        ("Marsovia ha fornito mortai a Freedonia, in cambio dell'invio di soldati.", "it"),
    ],
)
def test_a_transfer_paid_for_other_things_stays_a_supply(run, text, lang):
    claims = run(text, lang, everything=True).claims
    assert find_claim(claims, "marsovia", "SUPPLIES", "freedonia") is not None
    assert not [c for c in claims if c.predicate == "PROVIDES_IN_RETURN" and "in_return_for_forces" in c.reasons]


# -- inside_apposition: a name in the apposition of another is not the verb's subject ---------------
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Ivo Brand, deputy head of Freedonia's council and chairman of the Marsovia party, arrived in Lina on Monday.",
            "en",
        ),
        ("Ivo Brand, vicepresidente del consiglio di Freedonia, è arrivato in Marsovia lunedì.", "it"),
    ],
)
def test_a_name_inside_an_apposition_does_not_act(run, text, lang):
    claims = run(text, lang, everything=True).claims
    visits = [c for c in claims if c.predicate == "VISITED"]
    assert visits and all(c.subject == "ivo-brand" for c in visits if not c.low)
    assert not [c for c in visits if c.subject in ("freedonia", "marsovia") and not c.low]


# -- cue forms of round 5 ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim",
    [
        ("Marsovia ha mandato in Freedonia più di 3.000 soldati.", "it", ("marsovia", "DEPLOYED_TO", "freedonia")),
        ("Alda Rossi è arrivata in Freedonia per colloqui.", "it", ("alda-rossi", "VISITED", "freedonia")),
        ("Otto Vann arrived in Freedonia on Monday.", "en", ("otto-vann", "VISITED", "freedonia")),
        # round 150: "accolta da X" reads as a participle with its agent, the host first, as "ricevuta da X"
        ("A Lina Alda Rossi è stata accolta da Otto Vann.", "it", ("otto-vann", "MET_WITH", "alda-rossi")),
        ("Otto Vann ha detto che Marsovia sosterrà Freedonia.", "it", ("marsovia", "SUPPORTS", "freedonia")),
        ("Otto Vann said Marsovia would always stand with Freedonia.", "en", ("marsovia", "SUPPORTS", "freedonia")),
        (
            "Marsovia avrebbe trasferito a Freedonia la tecnologia dei mortai.",
            "it",
            ("marsovia", "SUPPLIES", "freedonia"),
        ),
    ],
)
def test_round5_cue_forms(run, text, lang, claim):
    claims = run(text, lang, everything=True).claims
    assert find_claim(claims, *claim) is not None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Alda Rossi ha presieduto a Lina una cerimonia di Stato per i caduti.", "it"),
        ("Alda Rossi attended a memorial ceremony in Lina.", "en"),
    ],
)
def test_presiding_over_or_attending_an_event_is_taking_part(run, text, lang):
    x = run(text, lang, everything=True)
    events = {c.id for c in x.candidates if c.type == "Event"}
    assert events and any(
        c.subject == "alda-rossi" and c.predicate == "PARTICIPATES_IN" and c.object in events for c in x.claims
    )


# -- "Lo ha reso noto X" / "ha fatto sapere"; title_is_article_voice ------------------------------
def test_made_known_refers_back_and_titles_stay_the_articles_voice(run):
    text = (
        "Il ministro della Difesa marsoviano Otto Vann ha incontrato Alda Rossi a Lina. "
        "Lo ha reso noto il ministero della Difesa marsoviano."
    )
    x = run(text, "it", everything=True)
    ministry = {c.id for c in x.candidates if c.name == "ministero della Difesa marsoviano"}
    met = find_claim(x.claims, "otto-vann", "MET_WITH", "alda-rossi")
    assert ministry and met is not None and met.attributed_to in ministry
    title = find_claim(x.claims, "otto-vann", "HOLDS_POSITION_IN", "marsovia")
    assert title is not None and title.attributed_to is None


def test_made_known_that_is_a_report(run):
    c = find_claim(
        run("Otto Vann ha fatto sapere che Marsovia ha fornito mortai a Freedonia.", "it"),
        "marsovia",
        "SUPPLIES",
        "freedonia",
    )
    assert c is not None and c.attributed_to == "otto-vann"
