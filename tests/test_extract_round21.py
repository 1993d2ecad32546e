"""Rules of rounds 21-31 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, rules_file_problems, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania"]),
    "shells": ("WeaponSystem", ["artillery shells", "shells"]),
    "artillery": ("WeaponSystem", ["proiettili d'artiglieria", "artiglieria"]),
    "missiles": ("WeaponSystem", ["ballistic missiles", "missiles", "missili balistici", "missili"]),
    "launchers": ("WeaponSystem", ["lanciarazzi multipli"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _supplies(claims):
    return sorted((c.item, c.quantity, c.quantity_bound) for c in claims if c.predicate == "SUPPLIES")


# -- counted_list: items that each carry a count are a list, each item with its own count
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Secondo il rapporto, la Freedonia ha fornito alla Sylvania circa 9 milioni di proiettili "
            "d'artiglieria e oltre 100 missili balistici.",
            "it",
            [("artillery", 9_000_000, "approx"), ("missiles", 100, "at_least")],
        ),
        (
            "The minister said Freedonia had given Sylvania more than 1,000 missiles and nearly 10 million "
            "artillery shells.",
            "en",
            [("missiles", 1000, "at_least"), ("shells", 10_000_000, "approx")],
        ),
    ],
)
def test_each_counted_item_of_a_list_is_its_own_claim_with_its_own_count(run, text, lang, expected):
    x = run(text, lang)
    assert _supplies(x) == expected, triples(x)


def test_guard_a_count_before_a_list_is_not_copied_onto_the_next_item(run):
    # "5,000 shells and missiles": the 5,000 counts the shells (or both); the missiles get no count
    x = run("Freedonia sent Sylvania 5,000 shells and missiles.", "en")
    assert _supplies(x) == [("missiles", None, None), ("shells", 5000, "exact")], triples(x)


PLACES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "sylvano", "sylvana", "sylvane"]),
    "orsk-region": ("Location", ["Orsk region", "regione di Orsk", "Orsk"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
}


@pytest.fixture(scope="module")
def run_places():
    return extract_runner(PLACES, high_only=False)


def _deployments(claims, high_only=True):
    return sorted(
        (c.subject, c.object, c.quantity) for c in claims if c.predicate == "DEPLOYED_TO" and not (high_only and c.low)
    )


# -- troop_presence: a force noun followed by words that place it cues a deployment, drafted high
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "As many as 8,000 Freedonian soldiers are now in the Orsk region, Otto Vell said on Thursday.",
            "en",
            [("freedonia", "orsk-region", 8000)],
        ),
        ("Freedonian troops remain in Sylvania, the ministry said.", "en", [("freedonia", "sylvania", None)]),
        (
            "Vell stima in circa 11.000 i soldati freedoniani presenti nella regione di Orsk.",
            "it",
            [("freedonia", "orsk-region", 11000)],
        ),
        (
            "Sono circa 11mila i soldati freedoniani che hanno raggiunto la regione di Orsk.",
            "it",
            [("freedonia", "orsk-region", 11000)],
        ),
    ],
)
def test_troops_placed_somewhere_are_a_confident_deployment(run_places, text, lang, expected):
    x = run_places(text, lang)
    assert _deployments(x) == expected, [(c.subject, c.predicate, c.object, c.low, c.reasons) for c in x]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonian soldiers said the Orsk region was quiet.", "en"),
        ("I soldati freedoniani hanno detto che la regione di Orsk è tranquilla.", "it"),
    ],
)
def test_guard_a_force_noun_without_words_that_place_it_stays_weak(run_places, text, lang):
    assert _deployments(run_places(text, lang)) == []


# -- possessor_place: "in Sylvania's Orsk region": the region is where, its owner only qualifies it
def test_the_place_owned_is_the_object_not_its_owner(run_places):
    x = run_places("Freedonia has sent 3,000 troops to Sylvania's Orsk region, Vell said.", "en")
    assert _deployments(x) == [("freedonia", "orsk-region", 3000)], [(c.subject, c.object) for c in x]


def _supports(claims, high_only=True):
    return sorted((c.subject, c.object) for c in claims if c.predicate == "SUPPORTS" and not (high_only and c.low))


# -- help_adjunct: "con l'aiuto della X", "with X's help": the helper supports the clause's subject
@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Freedonia ha già avviato con l'aiuto della Sylvania la produzione di droni.", "it"),
        ("Secondo Vell, la Freedonia ha costruito il satellite con l'aiuto sylvano.", "it"),
        ("Otto Vell said that Freedonia was probably fixing its engine problems with Sylvanian help.", "en"),
        ("Freedonia launched the satellite with the help of Sylvania, officials said.", "en"),
    ],
)
def test_the_helper_in_an_adverbial_of_help_supports_the_subject(run_places, text, lang):
    x = run_places(text, lang)
    assert _supports(x) == [("sylvania", "freedonia")], [(c.subject, c.predicate, c.object, c.low) for c in x]
    assert ("freedonia", "sylvania") not in _supports(x, high_only=False)  # guard: never the other way round


# -- pro_drop_future: "X ha detto che invierà ...": a future or conditional verb opening the
# reported clause has the speaker as its subject (Italian drops the subject pronoun)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("La Freedonia ha detto che sosterrà la Sylvania.", ("freedonia", "SUPPORTS", "sylvania")),
        ("La Freedonia ha annunciato che invierà truppe in Sylvania.", ("freedonia", "DEPLOYED_TO", "sylvania")),
        ("La Freedonia ha fatto sapere che continuerà a sostenere la Sylvania.", ("freedonia", "SUPPORTS", "sylvania")),
    ],
)
def test_a_future_verb_opening_a_reported_clause_has_the_speaker_as_subject(run_places, text, expected):
    x = run_places(text, "it")
    got = [(c.subject, c.predicate, c.object, c.attributed_to) for c in x if not c.low]
    assert got == [(*expected, "freedonia")], [(c.subject, c.predicate, c.object, c.low, c.reasons) for c in x]


PEOPLE = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniana"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "orsk": ("Location", ["Orsk"]),
    "shells": ("WeaponSystem", ["shells"]),
}


@pytest.fixture(scope="module")
def run_people():
    return extract_runner(PEOPLE, high_only=False)


def _meetings(claims):
    return sorted({tuple(sorted((c.subject, c.object))) for c in claims if c.predicate == "MET_WITH" and not c.low})


# -- person_cue: "received" is a meeting only between two people (schema/extraction.yaml person_cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand received Otto Vell at the palace in Orsk on Monday.", "en"),
        ("Otto Vell was received by Ivo Brand in Orsk.", "en"),
        ("Otto Vell è stato ricevuto giovedì a Orsk dal presidente Ivo Brand.", "it"),
    ],
)
def test_a_person_received_by_a_person_is_a_meeting(run_people, text, lang):
    x = run_people(text, lang)
    assert _meetings(x) == [("ivo-brand", "otto-vell")], [(c.subject, c.predicate, c.object, c.low) for c in x]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand received a letter from Otto Vell.", "en"),
        ("Ivo Brand ha ricevuto una lettera da Otto Vell.", "it"),
        ("Freedonia received shells from Otto Vell.", "en"),
    ],
)
def test_guard_receiving_a_thing_from_someone_is_no_meeting(run_people, text, lang):
    assert _meetings(run_people(text, lang)) == []


def test_a_person_cue_that_is_no_cue_of_its_predicate_is_a_located_error(tmp_path):
    lines, where = rules_file_problems(
        tmp_path, "person_cues:\n  MET_WITH: [", "person_cues:\n  MET_WITH: [applauded, "
    )
    assert len(lines) == 1 and "person_cues.MET_WITH: a list of cue words of the predicate" in lines[0], lines
    assert where in lines[0]


# -- distance_past_title: an object's phrase opens with its title, so the title is no distance
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand ha ricevuto domenica a Orsk la ministra della Cultura freedoniana Otto Vell.", "it"),
        ("Ivo Brand met on Sunday in Orsk Freedonian Culture Minister Otto Vell.", "en"),
    ],
)
def test_a_title_before_the_object_does_not_push_the_claim_under_the_floor(run_people, text, lang):
    x = run_people(text, lang)
    assert _meetings(x) == [("ivo-brand", "otto-vell")], [(c.subject, c.object, c.low, c.reasons) for c in x]


# -- arrival vocabulary: arriving somewhere, flying there, travelling towards it is a visit
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro Otto Vell è arrivato a Orsk per colloqui.", "it"),
        ("Otto Vell è in viaggio verso Orsk per consultazioni.", "it"),
        ("Otto Vell flew to Orsk on Monday for talks.", "en"),
    ],
)
def test_an_arrival_is_a_visit(run_people, text, lang):
    x = run_people(text, lang)
    got = [(c.subject, c.object) for c in x if c.predicate == "VISITED" and not c.low]
    assert got == [("otto-vell", "orsk")], [(c.subject, c.predicate, c.object, c.low) for c in x]


# -- partitive_total (round 22): "3.800 dei 12.000 soldati ... uccisi o feriti": the part is the
# casualty count, the whole never is
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Vell aveva detto che circa 3.800 dei 12.000 soldati freedoniani schierati a Orsk erano stati uccisi o feriti.",
            "it",
        ),
        (
            "Vell said about 3,800 of the 12,000 Freedonian soldiers deployed in the Orsk region had been killed or wounded.",
            "en",
        ),
    ],
)
def test_the_part_of_a_partitive_is_the_casualty_count_never_the_whole(run_places, text, lang):
    x = run_places(text, lang)
    losses = [(c.subject, c.object, c.quantity, c.quantity_bound) for c in x if c.predicate == "SUFFERED_LOSSES"]
    assert losses == [("freedonia", "orsk-region", 3800, "approx")], [(c.predicate, c.quantity) for c in x]


# -- counts of pieces and rockets (round 22): units, so they attach to a transfer and mark a list
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "La Freedonia ha consegnato alla Sylvania più di 200 pezzi di artiglieria.",
            "it",
            [("artillery", 200, "pieces")],
        ),
        ("Freedonia has shipped 300 rockets to Sylvania.", "en", [(None, 300, "rockets")]),
    ],
)
def test_pieces_and_rockets_are_counted(run, text, lang, expected):
    x = run(text, lang)
    got = [(c.item, c.quantity, c.unit) for c in x if c.predicate == "SUPPLIES"]
    assert got == expected, [(c.predicate, c.item, c.quantity, c.unit) for c in x]


# -- passive_report (round 22): "X is estimated to have sent ...": unnamed people report X's act
@pytest.mark.parametrize(
    "text",
    [
        "Freedonia is estimated to have sent about 15,000 troops to Sylvania.",
        "Freedonia is said to have sent 15,000 troops to Sylvania.",
    ],
)
def test_a_passive_report_keeps_the_subject_and_leaves_the_source_unnamed(run_places, text):
    x = run_places(text, "en")
    got = [(c.subject, c.object, c.quantity, c.attributed_to, (c.attribution or {}).get("kind")) for c in x]
    assert ("freedonia", "sylvania", 15000, None, "unnamed") in got, [(c.predicate, c.reasons) for c in x]
    assert all(c.attributed_to != "freedonia" for c in x)  # guard: X does not report its own act here


# -- goods_then_giver (round 22): "is buying millions of artillery shells and rockets from X"
def test_a_long_list_of_goods_before_the_giver_keeps_the_giver(run):
    x = run("Sylvania is buying millions of artillery shells and ballistic missiles from Freedonia.", "en")
    got = sorted((c.subject, c.object, c.item) for c in x if c.predicate == "SUPPLIES" and not c.low)
    assert got == [("freedonia", "sylvania", "missiles"), ("freedonia", "sylvania", "shells")], got


def test_guard_a_letter_from_someone_is_no_transfer(run):
    x = run("Sylvania received a long letter of thanks from Freedonia.", "en")
    assert [c for c in x if c.predicate == "SUPPLIES" and not c.low] == []


RELATIVE = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "owl-agency": ("MediaOutlet", ["Owl", "agenzia Owl"]),
    "ivo-kant": ("Person", ["Ivo Kant"]),
}


@pytest.fixture(scope="module")
def run_relative():
    return extract_runner(RELATIVE, high_only=False)


# -- relative_source (round 23): "Lo ha riferito l'agenzia Owl, secondo cui <clause>", "che secondo
# lui": the source of a relative or personal pronoun is the one just named
@pytest.mark.parametrize(
    "text, lang, asserter",
    [
        (
            "Lo ha riferito martedì l'agenzia Owl, secondo cui la Freedonia ha inviato truppe in Sylvania.",
            "it",
            "owl-agency",
        ),
        ("Vell ha criticato la Freedonia, che secondo lui ha inviato truppe in Sylvania.", "it", "otto-vell"),
        ("The news came from Owl, according to which Freedonia has sent troops to Sylvania.", "en", "owl-agency"),
    ],
)
def test_a_relative_source_is_the_one_just_named(run_relative, text, lang, asserter):
    x = run_relative(text, lang)
    got = [(c.subject, c.object, c.attributed_to) for c in x if c.predicate == "DEPLOYED_TO" and not c.low]
    assert got == [("freedonia", "sylvania", asserter)], [(c.predicate, c.attributed_to, c.reasons) for c in x]


def test_guard_a_relative_source_after_a_nameless_phrase_names_nobody(run_relative):
    x = run_relative("Owl ha diffuso un'analisi secondo cui la Freedonia ha inviato truppe in Sylvania.", "it")
    assert all(c.attributed_to != "owl-agency" or "relative_source" not in c.reasons for c in x)


def test_a_claim_past_a_title_takes_the_source_of_the_next_sentence(run_relative):
    # the reason of distance_past_title once began with "title" and made the claim read as a title claim,
    # which a back reference ("Lo ha riferito X") leaves alone
    x = run_relative(
        "Otto Vell ha ricevuto domenica a Lina il ministro degli Esteri della Sylvania Ivo Kant. "
        "Lo ha riferito lunedì l'agenzia ufficiale Owl.",
        "it",
    )
    got = [(c.predicate, c.attributed_to) for c in x if c.predicate == "MET_WITH"]
    assert got and all(a == "owl-agency" for _, a in got), [(c.predicate, c.attributed_to, c.reasons) for c in x]


# -- enemy_not_destination (round 24): "sent troops to fight X": X is the enemy, never the destination
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia decided to send more than 10,000 troops to fight Sylvanian forces, the minister said.", "en"),
        ("La Freedonia ha inviato 10.000 soldati per combattere le forze sylvane.", "it"),
    ],
)
def test_the_enemy_of_sent_troops_is_no_destination(run_places, text, lang):
    x = run_places(text, lang)
    assert [(c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO"] == [], [
        (c.subject, c.predicate, c.object) for c in x
    ]


def test_guard_troops_sent_to_fight_alongside_a_state_go_to_it(run_places):
    x = run_places(
        "La Freedonia ha inviato 10.000 soldati in Sylvania per combattere al fianco delle forze sylvane.", "it"
    )
    assert ("freedonia", "sylvania") in [(c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO" and not c.low]


FORCES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniane", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania"]),
    "f-sof": ("MilitaryUnit", ["forze speciali", "special forces"]),
}


@pytest.fixture(scope="module")
def run_forces():
    return extract_runner(FORCES, high_only=False)


# -- own_demonym (round 24): "forze speciali freedoniane": the demonym says whose, never where
def test_a_forces_own_demonym_is_not_where_it_goes(run_forces):
    x = run_forces("Sylvania ha denunciato l'invio di forze speciali freedoniane.", "it")
    assert [c for c in x if c.predicate == "DEPLOYED_TO" and c.object == "freedonia"] == [], [
        (c.subject, c.predicate, c.object) for c in x
    ]


# -- passive_theme (round 24): "special forces were sent to X": what was sent, not who sent it
def test_forces_sent_in_the_passive_are_deployed_not_suppliers(run_forces):
    x = run_forces("Freedonian special forces were sent to Sylvania.", "en")
    got = [(c.subject, c.predicate, c.object) for c in x if not c.low]
    assert ("f-sof", "SUPPLIES", "sylvania") not in got and ("f-sof", "DEPLOYED_TO", "sylvania") in got, got


# -- cooperation vocabulary (round 24): "military cooperation with", "legami militari"
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia has deepened military cooperation with Sylvania.", "en"),
        ("Freedonia has expanded military ties with Sylvania.", "en"),
        ("La Freedonia ha rafforzato i legami militari con la Sylvania.", "it"),
    ],
)
def test_military_cooperation_with_a_state_is_drafted(run_places, text, lang):
    x = run_places(text, lang)
    got = [(c.subject, c.object) for c in x if c.predicate == "COOPERATES_WITH" and not c.low]
    assert got == [("freedonia", "sylvania")], [(c.predicate, c.low, c.reasons) for c in x]


# -- shares (round 25): "40 per cento delle munizioni" is 40 percent, never "cento" = 100 rounds
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("fino al 40 per cento delle munizioni", "it", [(40, "percent", "at_most")]),
        ("il 60% dei proiettili", "it", [(60, "percent", "exact")]),
        ("up to 40 percent of the ammunition", "en", [(40, "percent", "at_most")]),
    ],
)
def test_a_share_is_a_percentage_not_a_count(text, lang, expected):
    from graph.extract.quantities import find_quantities

    assert [(q.value, q.unit, q.bound) for q in find_quantities(text, lang=lang)] == expected


def test_a_share_of_supplies_is_the_claims_quantity(run):
    x = run("Secondo Otto, la Freedonia fornisce fino al 40 per cento delle munizioni della Sylvania.", "it")
    got = [(c.quantity, c.unit) for c in x if c.predicate == "SUPPLIES"]
    assert got and all(q == (40, "percent") for q in got), got


# -- compound number words (round 25): "duecento", "venticinque", "tremilacinquecento"
@pytest.mark.parametrize(
    "text, expected",
    [
        ("oltre duecento soldati", [(200, "soldiers", "at_least")]),
        ("venticinque carri armati", [(25, "tanks", "exact")]),
        ("circa duemilacinquecento soldati", [(2500, "soldiers", "approx")]),
        ("a settembre soldati e ottobre", []),  # guard: month names are no numbers
    ],
)
def test_italian_compound_number_words_are_counted(text, expected):
    from graph.extract.quantities import find_quantities

    assert [(q.value, q.unit, q.bound) for q in find_quantities(text, lang="it")] == expected


AIMED = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Lina"]),
    "missiles": ("WeaponSystem", ["ballistic missiles", "missiles", "missili balistici", "missili"]),
}


@pytest.fixture(scope="module")
def run_aimed():
    return extract_runner(AIMED, high_only=False)


# -- not_if_aimed (round 25): a launch aimed at a place is an attack, never a test
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia launched ballistic missiles at Lina on Friday.", "en"),
        (
            "Freedonia has launched at least 24 Freedonian ballistic missiles at Sylvania since Dec. 30, officials said.",
            "en",
        ),
    ],
)
def test_a_launch_aimed_at_a_state_is_no_test(run_aimed, text, lang):
    x = run_aimed(text, lang)
    assert [c for c in x if c.predicate == "TESTED"] == [], [(c.predicate, c.reasons) for c in x]


# -- a weapon is never named "... on X" (round 25): "a ballistic missile on Thursday" was a new weapon
@pytest.mark.parametrize(
    "text",
    [
        "Freedonia launched a ballistic missile on Thursday.",
        "Sylvanian forces carried out 12 attacks with this type of missile on seven Sylvanian regions.",
    ],
)
def test_no_weapon_is_named_with_on(run_places, text):
    x = run_places(text, "en", everything=True)
    assert [c.name for c in x.candidates if " on " in c.name] == []


def test_guard_an_agreement_on_a_topic_keeps_its_name(run_places):
    x = run_places("Freedonia and Sylvania signed an agreement on military cooperation.", "en", everything=True)
    assert "agreement on military cooperation" in [c.name for c in x.candidates]


DEMONYMS = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "lina": ("Country", ["Lina"]),
    "ivo-kant": ("Person", ["Ivo Kant"]),
}


@pytest.fixture(scope="module")
def run_demonyms():
    return extract_runner(DEMONYMS, high_only=False)


# -- force_is_no_destination (round 26): "stationed about 12,000 Freedonian troops": whose force, not where
def test_the_state_of_the_force_sent_is_no_destination(run_demonyms):
    x = run_demonyms("Sylvania has since stationed about 12,000 Freedonian troops in the region, Lina said.", "en")
    assert ("sylvania", "freedonia") not in [
        (c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO" and not c.low
    ]


def test_guard_troops_sent_to_fight_alongside_a_states_forces_go_to_it(run_demonyms):
    x = run_demonyms(
        "Freedonia is estimated to have sent about 15,000 troops to fight alongside Sylvanian forces.", "en"
    )
    assert ("freedonia", "sylvania") in [(c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO"]


# -- reciprocal window (round 26): "mutua" after the object qualifies a pact, not the act
def test_a_reciprocal_word_after_the_object_makes_no_reverse_claim(run_demonyms):
    x = run_demonyms(
        "Lina sostiene che Freedonia manda truppe a Sylvania in base al patto di mutua difesa firmato a giugno.", "it"
    )
    got = [(c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO" and not c.low]
    assert got == [("freedonia", "sylvania")], got


# -- counts before a two-word demonym and an adjective (round 26): "40 North Korean ballistic missiles"
@pytest.mark.parametrize(
    "text, expected",
    [
        ("more than 40 North Korean ballistic missiles at Kyiv", [(40, "missiles", "at_least")]),
        ("more than 40 North Korean-made ballistic missiles", [(40, "missiles", "at_least")]),
    ],
)
def test_a_count_reaches_its_unit_past_a_demonym_and_an_adjective(text, expected):
    from graph.extract.quantities import find_quantities

    assert [(q.value, q.unit, q.bound) for q in find_quantities(text, lang="en")] == expected


# -- free_choice (round 26): "qualsiasi aiuto che X fornisca", "any weapons X supplies": supposed, not reported
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Lina segue da vicino qualsiasi aiuto che la Freedonia fornisca alla Sylvania in cambio di armi.", "it"),
        ("Lina will watch any weapons Freedonia supplies to Sylvania.", "en"),
    ],
)
def test_an_act_in_a_free_choice_relative_is_not_drafted_high(run_demonyms, text, lang):
    x = run_demonyms(text, lang)
    assert [(c.subject, c.object) for c in x if c.predicate == "SUPPLIES" and not c.low] == []


# -- purpose_not_object (round 26): "components X could use for its missiles": the purpose, not what is used
def test_what_a_thing_is_used_for_is_not_what_is_used(run_aimed):
    x = run_aimed("The bloc wants to stop components that Freedonia could use for its ballistic missiles.", "en")
    assert [c for c in x if c.predicate == "USES" and not c.low] == [], [(c.subject, c.predicate, c.object) for c in x]


def test_is_believed_to_is_a_report_of_unnamed_people(run_places):
    x = run_places("Freedonia is believed to have sent 3,000 troops to Sylvania.", "en")
    got = [((c.attribution or {}).get("kind"), c.hedged) for c in x if c.predicate == "DEPLOYED_TO"]
    assert got == [("unnamed", True)], [(c.predicate, c.attribution, c.reasons) for c in x]


# -- promises (round 28): "X promette che ...", "ha promesso che ...": X asserts what it promises
@pytest.mark.parametrize(
    "text",
    [
        "Otto Vell promette che la Freedonia continuerà a sostenere la Sylvania.",
        "Otto Vell ha promesso che la Freedonia invierà truppe in Sylvania.",
    ],
)
def test_who_promises_asserts(run_relative, text):
    x = run_relative(text, "it")
    got = [c.attributed_to for c in x if c.subject == "freedonia" and not c.low]
    assert got == ["otto-vell"], [(c.predicate, c.attributed_to) for c in x]


# -- back references in the present tense (round 28): "... . Lo scrive X.", "Lo afferma X."
@pytest.mark.parametrize("verb", ["scrive", "afferma", "riferisce"])
def test_a_present_tense_back_reference_attributes_the_sentence_before(run_relative, verb):
    x = run_relative(f"La Freedonia ha inviato truppe in Sylvania. Lo {verb} Otto Vell.", "it")
    got = [c.attributed_to for c in x if c.predicate == "DEPLOYED_TO"]
    assert got == ["otto-vell"], [(c.predicate, c.attributed_to) for c in x]


@pytest.mark.parametrize("verb", ["ha ricordato", "ha evidenziato", "ha replicato"])
def test_more_italian_verbs_report_a_che_clause(run_relative, verb):
    x = run_relative(f"Otto Vell {verb} che la Freedonia ha inviato truppe in Sylvania.", "it")
    got = [c.attributed_to for c in x if c.predicate == "DEPLOYED_TO"]
    assert got == ["otto-vell"], [(c.predicate, c.attributed_to) for c in x]


@pytest.mark.parametrize(
    "text",
    [
        "Otto Vell stressed that Freedonia had sent troops to Sylvania.",
        "Freedonia had sent troops to Sylvania, Otto Vell stressed on Tuesday.",
        "Otto Vell pointed out that Freedonia had sent troops to Sylvania.",
    ],
)
def test_more_english_verbs_report_a_that_clause(run_relative, text):
    x = run_relative(text, "en")
    assert [c.attributed_to for c in x if c.predicate == "DEPLOYED_TO"] == ["otto-vell"]


def test_guard_a_that_only_verb_with_an_object_is_an_act(run_relative):
    x = run_relative("Freedonia maintained troops in Sylvania for years.", "en")
    assert [(c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO"] == [("freedonia", "sylvania")]


# -- platforms (round 28): "su Facebook Serhiy Bolvinov" proposed a person "Facebook Serhiy Bolvinov"
def test_a_platform_is_no_part_of_a_name(run_places):
    x = run_places("Lo ha scritto su Facebook Ivo Kerr, capo della polizia regionale.", "it", everything=True)
    names = [c.name for c in x.candidates]
    assert "Ivo Kerr" in names and not any("Facebook" in n for n in names), names


# -- dateline (round 28): "ROME, Nov 26 -" is where a report was filed, no new organisation "ROME"
def test_a_dateline_proposes_no_entity(run_places):
    x = run_places(
        "Freedonia sends troops\n\nLINA CITY, Nov 26 - Freedonia sent troops to Sylvania.", "en", everything=True
    )
    assert [c.name for c in x.candidates] == []


def test_the_state_of_a_force_named_before_the_verb_is_no_destination(run_forces):
    x = run_forces(
        "Secondo Lina, le prime unità freedoniane schierate dalla Sylvania sono entrate in combattimento.", "it"
    )
    assert [(c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO" and not c.low] == []


def test_a_qualifier_before_a_comma_is_no_part_of_the_next_title(run_demonyms):
    x = run_demonyms("The soldiers were Freedonian, President Ivo Kant of Sylvania said.", "en")
    assert ("ivo-kant", "freedonia") not in [(c.subject, c.object) for c in x if c.predicate.endswith("POSITION_IN")]


COMPASS = {
    "north-freedonia": ("Country", ["North Freedonia"]),
    "south-freedonia": ("Country", ["South Freedonia", "Seoulgrad"]),
    "sylvania": ("Country", ["Sylvania"]),
    "ivo-kant": ("Person", ["Ivo Kant"]),
}


# -- the North's (round 28): "the North's shipments" is North Freedonia's act, not that of the state
# named just before ("Seoulgrad's defence chief ..."); the issue's own example of a wrong actor
def test_the_norths_possessive_names_the_actor(run_compass):
    x = run_compass(
        "North Freedonia sent troops. Seoulgrad's defence chief Ivo Kant put the North's shipments to Sylvania "
        "at roughly 7,000 containers.",
        "en",
    )
    got = [(c.subject, c.object) for c in x if c.predicate == "SUPPLIES" and not c.low]
    assert got == [("north-freedonia", "sylvania")], [(c.subject, c.predicate, c.object) for c in x]


@pytest.fixture(scope="module")
def run_compass():
    return extract_runner(COMPASS, high_only=False)


def test_guard_a_new_place_owned_leaves_its_known_owner_as_the_object(run_places):
    # "Sylvania's Far East" names no known place: Sylvania stays where the troops went
    x = run_places("Freedonia had sent 1,500 special forces troops to Sylvania's Far East, Vell said.", "en")
    assert ("freedonia", "sylvania") in [(c.subject, c.object) for c in x if c.predicate == "DEPLOYED_TO"]


# -- "soldati" is no participle (round 31): "soldati freedoniani si trovano in X" had its subject penalised
def test_a_demonym_after_soldati_qualifies_the_noun(run_forces):
    x = run_forces("Circa 10.000 soldati freedoniani si trovano in Sylvania.", "it")
    got = [(c.subject, c.object, c.quantity) for c in x if c.predicate == "DEPLOYED_TO" and not c.low]
    assert got == [("freedonia", "sylvania", 10000)], [(c.subject, c.object, c.low, c.reasons) for c in x]


# -- troop_presence with the place first (round 31): "in Sylvania si trovano circa 10.000 soldati freedoniani"
@pytest.mark.parametrize(
    "text",
    [
        "In Sylvania si trovano circa 10.000 soldati freedoniani.",
        "In Sylvania ci sono oggi oltre 10.000 soldati freedoniani.",
    ],
)
def test_troops_placed_before_they_are_named_are_a_deployment(run_forces, text):
    x = run_forces(text, "it")
    got = [(c.subject, c.object, c.quantity) for c in x if c.predicate == "DEPLOYED_TO" and not c.low]
    assert got == [("freedonia", "sylvania", 10000)], [(c.subject, c.object, c.low, c.reasons) for c in x]
