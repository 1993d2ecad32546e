"""Rules of round 56 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

from graph.extract.gazetteer import Gazetteer
from graph.extract.pipeline import extract
from graph.schema import load_schema


# -- a context word before a comma says nothing of the name after it: "the governor of the Lina
# region, Oleg Brand," is a person (candidates._context_type)
def test_a_place_word_before_a_comma_does_not_type_the_name_after_it():
    schema = load_schema()
    gaz = Gazetteer.from_names([("freedonia", "Freedonia")])
    text = "The governor of Freedonia's Lina region, Oleg Brandt, has met the ambassador on Friday."
    x = extract(text, lang="en", schema=schema, gazetteer=gaz, entity_types={"freedonia": "Country"})
    cand = next(c for c in x.candidates if c.name == "Oleg Brandt")
    assert cand.type == "Person"
