"""Round-17 bug fixes in cue matching, as tables of invented sentences (no seed or devset text).

Every form of an English verb meets its cue (irregular pasts, doubled consonants, a silent e),
and an Italian cue ending in a simple preposition meets the articulated one ("ha comunicato a"
in "ha comunicato al ministro"). Names are made up (Freedonia, Marsovia, Otto Vell ...).
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples
from graph.extract.cues import cue_index
from graph.extract.gazetteer import fold_tokens
from graph.extract.lang.en import IRREGULAR, stem
from graph.schema import load_schema

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


@pytest.fixture(scope="module")
def schema():
    return load_schema()


# -- English stems: base, -s, -ing, past, past participle share one stem ---------------------------
@pytest.mark.parametrize(
    "forms",
    [
        "give gives giving gave given",
        "make makes making made made",
        "take takes taking took taken",
        "lose loses losing lost lost",
        "strike strikes striking struck struck",
        "write writes writing wrote written",
        "freeze freezes freezing froze frozen",
        "oversee oversees overseeing oversaw overseen",
        "ship ships shipping shipped shipped",
        "commit commits committing committed committed",
        "transfer transfers transferring transferred transferred",
        "travel travels travelling travelled travelled",
        "hit hits hitting hit hit",
        "use uses using used used",
        "die dies dying died died",
        "agree agrees agreeing agreed agreed",
        "embed embeds embedding embedded embedded",
        "assess assesses assessing assessed assessed",
        "supply supplies supplying supplied supplied",
    ],
)
def test_every_form_of_a_verb_has_one_stem(forms):
    words = forms.split()
    assert len({stem(w) for w in words}) == 1, [(w, stem(w)) for w in words]


def test_an_irregular_form_stems_like_its_base():
    for form, base in IRREGULAR.items():
        assert stem(form) == stem(base), (form, base, stem(form), stem(base))


@pytest.mark.parametrize(
    "text, predicate",
    [
        ("Freedonian drones kept hitting with precision", "USES"),
        ("the army is striking with new drones", "USES"),
        ("the army is making use of new drones", "USES"),
        ("Vell was giving shells", "SUPPLIES"),
    ],
)
def test_an_english_cue_meets_every_form_of_its_verb(schema, text, predicate):
    found = {name for _, name, _, _, _ in cue_index(schema, "en").scan(fold_tokens(text))}
    assert predicate in found, found


# -- Italian: a cue's closing preposition meets the articulated forms ------------------------------
@pytest.mark.parametrize(
    "text, cue, prep",
    [
        ("Vell ha comunicato agli alleati la sua decisione", "ha comunicato a", "agli"),
        ("Vell ha comunicato all'ambasciata la sua decisione", "ha comunicato a", "all"),
        ("Vell ha comunicato allo stato maggiore la sua decisione", "ha comunicato a", "allo"),
    ],
)
def test_an_italian_cue_ending_in_a_preposition_meets_the_articulated_one(schema, text, cue, prep):
    hits = [(phrase, s, e) for _, _, phrase, s, e in cue_index(schema, "it").scan(fold_tokens(text))]
    ends = [text[s:e] for phrase, s, e in hits if phrase == cue]
    assert ends and ends[0].endswith(prep), hits


def test_guard_a_cue_inside_a_phrase_keeps_its_own_preposition(schema):
    """guard: only the cue's closing preposition is widened; "a capo di" does not match "al capo di"."""
    hits = {
        phrase for _, _, phrase, _, _ in cue_index(schema, "it").scan(fold_tokens("Vell resta al capo del governo"))
    }
    assert "a capo di" not in hits


def test_an_articulated_preposition_after_a_cue_drafts_the_claim(run):
    claims = run("Il ministro Otto Vell ha comunicato agli alleati della Marsovia la sua decisione.", "it")
    assert find_claim(claims, "otto-vell", "SENT_MESSAGE_TO", "marsovia") is not None, triples(claims)


# -- Italian: every gender and number form of a known state's adjective names the state ----------
DEMONYM_ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano"]),
    "marsovia": ("Country", ["Marsovia", "marsovese"]),
    "tarn-region": ("Location", ["regione di Tarn", "Tarn"]),
}


@pytest.fixture(scope="module")
def run_demonyms():
    return extract_runner(DEMONYM_ENTITIES, high_only=False)


@pytest.mark.parametrize(
    "text, state",
    [
        ("Le truppe freedoniane sono state schierate nella regione di Tarn.", "freedonia"),
        ("I soldati freedoniani sono stati schierati nella regione di Tarn.", "freedonia"),
        ("I militari marsovesi sono stati schierati nella regione di Tarn.", "marsovia"),
    ],
)
def test_a_state_s_adjective_names_it_in_every_form(run_demonyms, text, state):
    x = run_demonyms(text, "it", everything=True)
    assert any(m.entity == state and m.demonym for m in x.mentions), [(m.text, m.entity) for m in x.mentions]
    assert find_claim(x.claims, state, "DEPLOYED_TO", "tarn-region") is not None, triples(x.claims)


def test_guard_a_capitalised_form_is_no_adjective(run_demonyms):
    """guard: a capitalised word that happens to share the adjective's stem is left alone."""
    x = run_demonyms("Il giornalista Freedoniani ha scritto un articolo sulla regione di Tarn.", "it", everything=True)
    assert not any(m.entity == "freedonia" and m.demonym for m in x.mentions)
