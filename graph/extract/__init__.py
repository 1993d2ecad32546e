"""Assisted extraction: turn a new article into a reviewable draft of entities and claims.

Modules: :mod:`.text` (decoding, cleaning), :mod:`.sentences` (spaCy blank pipelines),
:mod:`.gazetteer` (known names), :mod:`.candidates` (new entities), :mod:`.quantities`,
:mod:`.temporal` (dates relative to the document), :mod:`.claims` (with :mod:`.records`,
:mod:`.spans`, :mod:`.cues`, :mod:`.arguments`, :mod:`.forces`, :mod:`.anaphora`,
:mod:`.attribution`, :mod:`.pair_rules`, :mod:`.items`, :mod:`.qualifiers`, :mod:`.frames`,
:mod:`.titles`, :mod:`.places` and :mod:`.casualties`), :mod:`.pipeline`,
:mod:`.draft` (the draft file), :mod:`.ingest` (registering a document) and
:mod:`.review` (applying the analyst's decisions).
"""

from .pipeline import Extraction, extract

__all__ = ["Extraction", "extract"]
