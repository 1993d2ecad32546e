"""Round-17 bug fixes in cue matching, as tables of invented sentences (no seed or devset text).

Every form of an English verb meets its cue (irregular pasts, doubled consonants, a silent e).
Names are made up (Freedonia, Marsovia, Otto Vell ...).
"""

from __future__ import annotations

import pytest

from graph.extract.claims import _cues
from graph.extract.gazetteer import fold_tokens
from graph.extract.lang.en import IRREGULAR, stem
from graph.schema import load_schema


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
    found = {name for _, name, _, _, _ in _cues(schema, "en").scan(fold_tokens(text))}
    assert predicate in found, found
