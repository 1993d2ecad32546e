"""Claim rules of graph.extract.claims on synthetic sentences (not taken from the seed articles)."""

from __future__ import annotations

import pytest

from graph.extract.gazetteer import Gazetteer
from graph.extract.pipeline import extract
from graph.schema import load_schema

ENTITIES = {
    # id: (type, names)
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "bruno-neri": ("Person", ["Bruno Neri", "Neri"]),
    "freedonia": ("Country", ["Freedonia", "Fredonia", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania"]),
    "marsovia": ("Country", ["Marsovia"]),
    "osteria-works": ("Facility", ["Officina Osteria"]),
    "blue-institute": ("ResearchInstitute", ["Istituto Blu"]),
    "daily-owl": ("MediaOutlet", ["Gazzetta della Civetta"]),
    "river-drills": ("Programme", ["esercitazioni fluviali"]),
    "mortars": ("WeaponSystem", ["mortai"]),
    "howitzers": ("WeaponSystem", ["obici"]),
    "freedonian-mortars": ("WeaponSystem", ["mortai freedoniani"]),
    "freedonian-troops": ("MilitaryUnit", ["soldati freedoniani"]),
    "mortar-plants": ("Facility", ["impianti di produzione di mortai"]),
    "north-works": ("Facility", ["Fabbrica Nord"]),
    "green-university": ("ResearchInstitute", ["Università Verde"]),
    "river-pact": ("Agreement", ["Patto del Fiume"]),
}


@pytest.fixture(scope="module")
def run():
    schema = load_schema()
    gaz = Gazetteer.from_names((e, n) for e, (_, names) in ENTITIES.items() for n in names)
    types = {e: t for e, (t, _) in ENTITIES.items()}

    def _run(text: str, lang: str = "it"):
        x = extract(text, lang=lang, schema=schema, gazetteer=gaz, entity_types=types)
        return {(c.subject, c.predicate, c.object) for c in x.claims}, x.claims

    return _run


def test_attribution_phrase_is_not_a_reported_cue(run):
    got, _ = run("Secondo quanto riportato dalla Gazzetta della Civetta, Freedonia ha firmato un accordo con Sylvania.")
    assert not any(p in ("REPORTED", "CITES") for _, p, _ in got)


def test_agent_of_nominal_da_parte_di_is_the_subject(run):
    got, _ = run("Si discute di nuove forme di assistenza da parte di Marsovia alla Sylvania.")
    assert ("marsovia", "SUPPORTS", "sylvania") in got
    assert ("sylvania", "SUPPORTS", "marsovia") not in got


def test_passive_agent_after_participle_is_the_subject(run):
    got, _ = run("Le foto dell'Officina Osteria sono state analizzate dall'Istituto Blu la settimana scorsa.")
    assert ("blue-institute", "ANALYSED", "osteria-works") in got


def test_genitive_after_cue_noun_is_the_subject(run):
    got, _ = run("Alda Rossi ha ricordato il sostegno militare di Freedonia a Sylvania.")
    assert ("freedonia", "SUPPORTS", "sylvania") in got


def test_between_a_and_b(run):
    got, _ = run("Bruno Neri ha commentato la ripresa dei colloqui tra Sylvania e Marsovia.")
    assert ("sylvania", "MET_WITH", "marsovia") in got
    assert ("bruno-neri", "MET_WITH", "sylvania") not in got


def test_exchange_gives_both_directions(run):
    got, _ = run("Gli scambi di messaggi tra Alda Rossi e Bruno Neri sono proseguiti.")
    assert {("alda-rossi", "SENT_MESSAGE_TO", "bruno-neri"), ("bruno-neri", "SENT_MESSAGE_TO", "alda-rossi")} <= got


def test_role_noun_belongs_to_the_adjacent_name(run):
    got, _ = run("Alda Rossi e il presidente di Sylvania, Bruno Neri, si sono visti.")
    assert ("bruno-neri", "LEADS", "sylvania") in got
    assert ("alda-rossi", "LEADS", "sylvania") not in got


def test_epithet_refers_back_to_the_last_person(run):
    got, claims = run("Alda Rossi è arrivata ieri a Sylvania.\nDurante il viaggio, il leader ha elogiato Marsovia.")
    assert ("alda-rossi", "PRAISED", "marsovia") in got
    c = next(c for c in claims if c.predicate == "PRAISED")
    assert any("epithet" in n for n in c.notes) and c.quote.startswith("il leader")


def test_epithet_for_a_facility(run):
    got, _ = run("Freedonia ha costruito l'Officina Osteria. Alda Rossi ha visitato la struttura in marzo.")
    assert ("alda-rossi", "VISITED", "osteria-works") in got


def test_implicit_subject_is_carried_from_the_previous_sentence(run):
    got, claims = run("Bruno Neri è rientrato lunedì. Ha poi visitato Marsovia insieme ai ministri.")
    assert ("bruno-neri", "VISITED", "marsovia") in got
    c = next(c for c in claims if c.predicate == "VISITED")
    assert "Bruno Neri" not in c.quote and any("carried over" in n for n in c.notes)


def test_implicit_subject_does_not_cross_a_paragraph(run):
    got, _ = run("Bruno Neri è rientrato lunedì.\nHa poi visitato Marsovia insieme ai ministri.")
    assert not any(p == "VISITED" for _, p, _ in got)


def test_explicit_subject_wins_over_carry_over(run):
    got, _ = run("Bruno Neri è rientrato lunedì. Alda Rossi ha visitato Marsovia.")
    assert ("alda-rossi", "VISITED", "marsovia") in got
    assert ("bruno-neri", "VISITED", "marsovia") not in got


def test_cue_inside_a_name_is_not_a_cue_for_it(run):
    got, _ = run("Alda Rossi ha commentato le esercitazioni fluviali.")
    assert not got


def test_attribution_source_is_not_an_argument(run):
    got, _ = run("Freedonia ha inviato mortai in cambio di grano, ha affermato l'Istituto Blu.")
    assert not any("blue-institute" in (s, o) for s, _, o in got)


def test_prepositional_phrase_is_not_the_subject(run):
    got, _ = run("Alda Rossi, arrivata in Sylvania, ha tenuto colloqui con Bruno Neri.")
    assert ("alda-rossi", "MET_WITH", "bruno-neri") in got
    assert ("sylvania", "MET_WITH", "bruno-neri") not in got


def test_name_inside_an_apposition_is_not_the_subject(run):
    got, _ = run("Bruno Neri, ricercatore dell'Istituto Blu, ha osservato l'Officina Osteria per mesi.")
    assert ("bruno-neri", "ANALYSED", "osteria-works") in got


def test_two_coordinated_objects_are_not_subject_and_object(run):
    got, _ = run("Il piano mira a sfidare Sylvania e Marsovia nei prossimi anni.")
    assert ("sylvania", "CHALLENGES", "marsovia") not in got


def test_implicit_subject_needs_a_subjectless_clause(run):
    got, _ = run("Bruno Neri è rientrato lunedì. I giornali hanno poi visitato Marsovia.")
    assert not any(p == "VISITED" for _, p, _ in got)


def test_heading_lines_are_not_evidence(run):
    text = "Il sostegno di Freedonia a Sylvania\nFreedonia ha inviato mortai a Sylvania, ha detto Alda Rossi."
    _, claims = run(text)
    assert claims and all(c.start > text.index("\n") for c in claims)


def test_names_joined_by_commas_only_are_an_apposition(run):
    got, _ = run("Il presidente di Sylvania, Bruno Neri, ha visitato Marsovia.")
    assert ("bruno-neri", "VISITED", "marsovia") in got
    assert ("sylvania", "VISITED", "marsovia") not in got


def test_coordination_across_a_parenthesis(run):
    got, _ = run("L'Officina Osteria è dedicata alla produzione di mortai (calibro 120) e obici.")
    assert {("osteria-works", "PRODUCES", "mortars"), ("osteria-works", "PRODUCES", "howitzers")} <= got


def test_facility_named_after_its_product_produces_it(run):
    got, _ = run("Alda Rossi ha visitato gli impianti di produzione di mortai.")
    assert ("mortar-plants", "PRODUCES", "mortars") in got


def test_origin_verb_takes_its_source_after_da(run):
    got, _ = run("Gli analisti stimano che metà delle armi usate da Sylvania provenga da Freedonia.")
    assert ("freedonia", "SUPPLIES", "sylvania") in got
    assert ("sylvania", "SUPPLIES", "freedonia") not in got


def test_organisation_of_organisation_is_part_of(run):
    got, _ = run("Il rapporto dell'Istituto Blu dell'Università Verde è uscito ieri.")
    assert ("blue-institute", "PART_OF", "green-university") in got


def test_forces_named_after_a_state_deploy_as_that_state(run):
    got, claims = run("Oltre 3.000 soldati freedoniani sono stati schierati in Sylvania.")
    assert ("freedonia", "DEPLOYED_TO", "sylvania") in got
    assert ("freedonian-troops", "DEPLOYED_TO", "sylvania") not in got
    assert next(c for c in claims if c.predicate == "DEPLOYED_TO").quantity == 3000


def test_nested_state_does_not_act_for_the_name_around_it(run):
    got, _ = run("I mortai freedoniani hanno causato almeno 12 morti in Sylvania.")
    assert ("freedonian-mortars", "CAUSED_CASUALTIES_IN", "sylvania") in got
    assert ("freedonia", "CAUSED_CASUALTIES_IN", "sylvania") not in got


def test_agreement_epithet_and_the_two_countries(run):
    got, claims = run(
        "Freedonia e Sylvania hanno firmato il Patto del Fiume. Il trattato stabilisce che, "
        "in caso di attacco a uno dei due paesi, l'altro interverrà."
    )
    assert {("river-pact", "OBLIGATES", "freedonia"), ("river-pact", "OBLIGATES", "sylvania")} <= got
    c = next(c for c in claims if c.predicate == "OBLIGATES")
    assert any("epithet" in n for n in c.notes)


def test_between_the_two_countries(run):
    got, claims = run(
        "Sylvania ha ricevuto aiuti da Freedonia. Alda Rossi parla di una fratellanza militante tra i due paesi."
    )
    assert {("freedonia", "ALLIED_WITH", "sylvania"), ("sylvania", "ALLIED_WITH", "freedonia")} & got
    allied = [c for c in claims if c.predicate == "ALLIED_WITH"]
    assert allied and all(c.quote.endswith("tra i due paesi") for c in allied)  # whole words, whole phrase


def test_the_state_the_lead_names_first_is_the_implicit_agent(run):
    text = (
        "Freedonia amplia le sue fabbriche. Bruno Neri ha detto che Freedonia cresce. Secondo Alda Rossi, "
        "Freedonia investe. Questa espansione potrebbe indicare un passo verso la collaborazione militare con Sylvania."
    )
    got, claims = run(text)
    assert ("freedonia", "COOPERATES_WITH", "sylvania") in got
    c = next(c for c in claims if c.predicate == "COOPERATES_WITH")
    assert any("main actor" in n for n in c.notes)
    # named only once: no main actor
    got, _ = run("Freedonia amplia le sue fabbriche. Questa espansione indica la collaborazione militare con Sylvania.")
    assert ("freedonia", "COOPERATES_WITH", "sylvania") not in got


def test_epithet_prefers_the_most_salient_antecedent(run):
    got, _ = run(
        "L'Officina Osteria produce mortai. L'Officina Osteria ha nuovi reparti e la Fabbrica Nord "
        "fornisce acciaio. Bruno Neri ha visitato l'impianto."
    )
    assert ("bruno-neri", "VISITED", "osteria-works") in got
    assert ("bruno-neri", "VISITED", "north-works") not in got


def test_description_named_later_in_the_sentence(run):
    got, _ = run('Sylvania sta espandendo un impianto nella città di Marsovia, noto come "Officina Osteria".')
    assert ("osteria-works", "LOCATED_IN", "marsovia") in got


def test_layered_attribution_is_a_citation(run):
    got, _ = run(
        "Freedonia avrebbe inviato mortai a Sylvania, secondo l'Istituto Blu, riporta la Gazzetta della Civetta."
    )
    assert ("daily-owl", "CITES", "blue-institute") in got
    got, _ = run("Citando un rapporto dell'Istituto Blu, la Gazzetta della Civetta ha affermato che Freedonia cresce.")
    assert ("daily-owl", "CITES", "blue-institute") in got


def test_gerund_shares_the_subject_of_the_main_clause(run):
    got, _ = run("Bruno Neri ha cambiato tono sulla guerra tra Sylvania e Marsovia, lodando l'Istituto Blu.")
    assert ("bruno-neri", "PRAISED", "blue-institute") in got
    assert ("sylvania", "PRAISED", "blue-institute") not in got


# -- gazetteer: inflected descriptive names; candidate noun phrases ----------------------


def test_descriptive_alias_matches_inflected_variant():
    from types import SimpleNamespace as E

    ents = [
        E(id="lake-drills", type="Programme", names=("esercitazione lacustre",)),
        E(id="red-lake", type="Location", names=("lago rosso",)),
    ]
    g = Gazetteer.from_entities(ents)
    found = [(m.text, m.entity) for m in g.find("Le esercitazioni lacustri del lago rossi sono finite.")]
    assert found == [("esercitazioni lacustri", "lake-drills")]  # only descriptive names of LOOSE_TYPES
    assert not Gazetteer.from_entities(ents, loose=False).find("Le esercitazioni lacustri sono finite.")


def test_candidate_noun_phrase_stops_at_a_purpose_clause_and_yields_to_a_known_head():
    from graph.extract.candidates import find_candidates
    from graph.extract.sentences import split_sentences

    t = "Bruno Neri ha visitato una fabbrica per valutare i lavori e il piano di riarmo navale per il prossimo anno."
    gaz = Gazetteer.from_names([("naval-plan", "piano di riarmo navale"), ("bruno-neri", "Bruno Neri")])
    names = [c.name for c in find_candidates(t, split_sentences(t, "it"), gaz.find(t), gaz)]
    assert not any("valutare" in n or "prossimo" in n for n in names)


@pytest.mark.parametrize(
    "text, name, type_name",
    [
        (
            "Bruno Neri propone una tregua incondizionata di 10 giorni tra i due eserciti.",
            "tregua incondizionata di 10 giorni",
            "Agreement",
        ),
        (
            "Alda Rossi ha assistito al lancio di un nuovo tipo di razzo anticarro.",
            "nuovo tipo di razzo anticarro",
            "WeaponSystem",
        ),
        (
            "Sono morti sei membri di un battaglione logistico durante la missione.",
            "battaglione logistico",
            "MilitaryUnit",
        ),
        ("Bruno Neri parlerà durante il congresso del loro partito a gennaio.", "congresso del loro partito", "Event"),
        (
            "Alda Rossi ispezionava uno stabilimento di produzione di carri armati.",
            "stabilimento di produzione di carri armati",
            "Facility",
        ),
        ("Nel 2024, Globo scriveva che la guerra continua.", "Globo", "MediaOutlet"),
        ("Secondo un rapporto della Tribuna la guerra continua.", "Tribuna", "MediaOutlet"),
    ],
)
def test_candidate_descriptive_and_source_names(text, name, type_name):
    from graph.extract.candidates import find_candidates
    from graph.extract.sentences import split_sentences

    got = {c.name: c.type for c in find_candidates(text, split_sentences(text, "it"), [], Gazetteer())}
    assert got.get(name) == type_name, got


def test_extractor_names_no_seed_entity():
    """The rules are general: no proper name of a seed entity is written into the extractor's code.

    (Comments and docstrings may quote examples; string constants, i.e. cue lists and
    patterns, may not.)
    """
    import ast
    import re
    from pathlib import Path

    from graph.extract.candidates import _WEAPON_ACRONYMS
    from graph.validate import load_dataset

    root = Path(__file__).resolve().parent.parent
    ds = load_dataset(root / "seeds", use_cache=False)
    proper = {
        n
        for e in ds.entities.values()
        for n in e.names
        if n[:1].isupper() and len(n) >= 4 and n not in _WEAPON_ACRONYMS
    }
    rx = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(proper, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    found = []
    for path in sorted((root / "graph" / "extract").rglob("*.py")):  # the language word lists too
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                found += [f"{path.name}:{node.lineno}: {m[0]!r}" for m in rx.finditer(node.value)]
    assert not found, found
