"""Round-11 precision rules (issue 10) as tables of invented sentences (no seed or devset text).

Each test is one general rule of news prose that keeps a wrong claim out of the draft: a drafted
claim must be right or absent. Names are made up (Freedonia, Marsovia, Kang Min Ho ...), so no
rule can be fitted to an article. A test marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano"]),
    "marsovia": ("Country", ["Marsovia", "marsoviano"]),
    "sylvania": ("Country", ["Sylvania"]),
    # a leader known by a full name, a short one and a lower-case description
    "kang-min-ho": ("Person", ["Kang Min Ho", "Kang", "leader freedoniano"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand", "presidente marsoviano"]),
    "lina-pact": ("Agreement", ["Lina pact", "patto di Lina"]),
    "tanks": ("WeaponSystem", ["tank", "tanks", "carri armati"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


@pytest.fixture(scope="module")
def run_all():
    return extract_runner(ENTITIES, high_only=False)


def _people(x) -> set[str]:
    return {m.entity for m in x.mentions if m.type == "Person"}


# -- longer_name: a known short name inside a longer, unknown name ---------------------------------
@pytest.mark.parametrize(
    "text, lang, longer",
    [
        ("Il leader freedoniano Kang Yu Sik ha incontrato mercoledì Otmar Zell a Lina.", "it", "Kang Yu Sik"),
        ("Foreign Minister Kang Hyo-jin met Otmar Zell in Marsovia on Tuesday.", "en", "Kang Hyo-jin"),
        ("The envoy met Oskar Brand in Marsovia on Monday.", "en", "Oskar Brand"),
        ("L'ambasciatore ha incontrato Brand Kessel a Lina.", "it", "Brand Kessel"),
    ],
)
def test_a_short_known_name_inside_a_longer_name_is_another_person(run_all, text, lang, longer):
    x = run_all(text, lang, everything=True)
    assert not _people(x) & {"kang-min-ho", "ivo-brand"}
    cand = next(c for c in x.candidates if c.name == longer)
    assert cand.type == "Person" and cand.reason.startswith("longer_name")
    assert not any({c.subject, c.object} & {"kang-min-ho", "ivo-brand"} for c in x.claims)


def test_the_longer_name_is_the_actor_of_its_sentence(run):
    claims = run("Il leader freedoniano Kang Yu Sik ha incontrato mercoledì Otmar Zell a Lina.", "it")
    assert ("kang-yu-sik", "MET_WITH", "otmar-zell") in triples(claims)
    assert ("kang-yu-sik", "LEADS", "freedonia") in triples(claims)


def test_a_longer_name_after_and_is_a_name_of_its_own(run_all):
    x = run_all("The Lina Workers Party and Kang Hyo-jin rejected the Lina pact on Monday.", "en", everything=True)
    assert "Kang Hyo-jin" in {c.name for c in x.candidates}
    assert not any("Kang Hyo-jin" in c.name and c.name != "Kang Hyo-jin" for c in x.candidates)


def test_a_description_before_another_name_is_that_name_s_title(run):
    claims = run("Otmar Zell ha incontrato ieri il presidente marsoviano Oskar Kessel a Lina.", "it")
    assert not any("ivo-brand" in (c.subject, c.object) for c in claims)
    assert ("otmar-zell", "MET_WITH", "oskar-kessel") in triples(claims)
    assert ("oskar-kessel", "LEADS", "marsovia") in triples(claims)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("President Kang visited Marsovia on Tuesday.", "en"),  # a title before it
        ("Kang Min Ho visited Marsovia on Tuesday.", "en"),  # the longest known match wins
        ("Marsovia was visited by Kang Tuesday, officials said.", "en"),  # a weekday is no name
        ("Il leader freedoniano Kang ha visitato la Marsovia a marzo.", "it"),  # a known name after it
        ("Ieri Kang ha visitato la Marsovia.", "it"),  # a capital that opens the sentence
        ("The Lina summit in Marsovia Kang called historic drew few leaders.", "en"),  # known before it
    ],
)
def test_guard_a_known_name_with_no_longer_name_stays(run_all, text, lang):
    x = run_all(text, lang, everything=True)
    assert "kang-min-ho" in _people(x)
    assert not any(c.reason.startswith("longer_name") for c in x.candidates)


def test_guard_a_title_cased_heading_is_no_longer_name(run_all):
    x = run_all("Kang Meets Brand In Marsovia\nKang met Brand in Marsovia on Monday.", "en", everything=True)
    assert not any(c.reason.startswith("longer_name") for c in x.candidates)
    assert find_claim(x.claims, "kang-min-ho", "MET_WITH", "ivo-brand") is not None


# -- apposition_closed: a name after "role ...," holds the title only when closed by punctuation ---
@pytest.mark.parametrize(
    "text, lang, s, o",
    [
        (
            "Nel testo, diffuso dal ministro degli Esteri di Sylvania, Kang ha ringraziato la Marsovia.",
            "it",
            "kang-min-ho",
            "sylvania",
        ),
        (
            "In the message, carried by the official Lina News Agency, Kang thanked Marsovia for its help.",
            "en",
            "kang-min-ho",
            "lina-news-agency",
        ),
        (
            "È la prima volta che il presidente di Sylvania, Brand e il leader di Marsovia compaiono insieme.",
            "it",
            "ivo-brand",
            "sylvania",
        ),
    ],
)
def test_a_name_that_goes_on_with_a_verb_or_a_list_holds_no_title(run_all, text, lang, s, o):
    claims = run_all(text, lang)
    assert not [c for c in claims if c.subject == s and c.object == o and c.predicate in ("LEADS", "HOLDS_POSITION_IN")]


def test_guard_a_closed_apposition_still_names_the_holder(run):
    claims = run("Il presidente di Sylvania, Ivo Brand, ha visitato la Marsovia a marzo.", "it")
    assert ("ivo-brand", "LEADS", "sylvania") in triples(claims)


# -- described_organisation: lower-case words describing the organisation named right after them ---
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Otmar Zell, a capo dell'agenzia di viaggi Lina Tours, ha spiegato che i turisti sono pochi.", "it"),
        ("The head of Marsovia's foreign intelligence (LNX), Otmar Zell, said the talks had failed.", "en"),
    ],
)
def test_a_leading_role_of_a_described_organisation_leads_it(run, text, lang):
    claims = [c for c in run(text, lang) if c.subject == "otmar-zell"]
    assert [c.predicate for c in claims] == ["LEADS"]
    assert "described_organisation" in claims[0].reasons


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Otmar Zell, director of operations at the Lina Research Institute, said the talks had failed.", "en"),
        ("Otmar Zell, capo di stato maggiore della Marsovia, ha detto che i colloqui sono falliti.", "it"),
    ],
)
def test_guard_a_department_before_the_organisation_stays_a_position(run_all, text, lang):
    claims = [c for c in run_all(text, lang) if c.subject == "otmar-zell"]
    assert claims and all(c.predicate == "HOLDS_POSITION_IN" for c in claims)


# -- open_question: an act asked about or supposed is not reported --------------------------------
@pytest.mark.parametrize(
    "text, lang, s, p, o",
    [
        (
            "Sylvania is examining whether Freedonia transferred drones to Marsovia last year.",
            "en",
            "freedonia",
            "SUPPLIES",
            "marsovia",
        ),
        (
            "Alla domanda se la Freedonia abbia mandato soldati in Marsovia, il portavoce non ha risposto.",
            "it",
            "freedonia",
            "DEPLOYED_TO",
            "marsovia",
        ),
        (
            "Sylvania will respond if Freedonia sends 2,000 soldiers to Marsovia this spring.",
            "en",
            "freedonia",
            "DEPLOYED_TO",
            "marsovia",
        ),
    ],
)
def test_an_act_asked_about_or_supposed_is_no_confident_claim(run, run_all, text, lang, s, p, o):
    assert find_claim(run(text, lang), s, p, o) is None
    c = find_claim(run_all(text, lang), s, p, o)
    assert c is None or "open_question" in c.reasons


def test_guard_a_concessive_clause_still_asserts(run_all):
    c = find_claim(
        run_all("Anche se la Freedonia ha inviato 2.000 soldati in Marsovia, Sylvania tace.", "it"),
        "freedonia",
        "DEPLOYED_TO",
        "marsovia",
    )
    assert c is not None and "open_question" not in c.reasons


# -- enemy_is_no_partner: the side partners face is none of them ----------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kang ha reso omaggio ai soldati morti combattendo al fianco della Marsovia contro la Sylvania.", "it"),
        ("Kang honoured the soldiers who died fighting alongside Marsovia against Sylvania, the agency said.", "en"),
    ],
)
def test_the_side_partners_face_is_no_partner(run_all, text, lang):
    claims = run_all(text, lang)
    assert not [c for c in claims if c.predicate == "FIGHTS_ALONGSIDE" and "sylvania" in (c.subject, c.object)]


def test_guard_a_partner_before_against_stays(run):
    claims = run("La Freedonia sostiene la Marsovia contro la Sylvania.", "it")
    assert ("freedonia", "SUPPORTS", "marsovia") in triples(claims)


# -- inside_compound: a known name inside a compound noun names nothing ----------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia shipped oil to Marsovia, according to images analysed by a Lina-based think tank.", "en"),
        ("Secondo un think tank di Lina, la Freedonia ha spedito petrolio alla Marsovia.", "it"),
    ],
)
def test_a_name_inside_a_compound_noun_is_no_mention(run_all, text, lang):
    x = run_all(text, lang, everything=True)
    assert "tanks" not in {m.entity for m in x.mentions}
    assert not any("tanks" in (c.subject, c.object, c.item) for c in x.claims)


def test_guard_the_name_alone_is_still_found(run_all):
    x = run_all("Freedonia shipped tanks to Marsovia last year.", "en", everything=True)
    assert "tanks" in {m.entity for m in x.mentions}
