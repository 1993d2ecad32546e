"""Sentence splitting and tokenisation with spaCy's blank pipelines plus two rules.

No trained model is available offline, so the pipeline is ``spacy.blank(lang)`` with the
rule-based ``sentencizer``. Rules on top: a line break always ends a sentence (headings and
paragraphs carry no final full stop in news pages), and very long paragraphs are cut into
chunks at whitespace so a pathological file cannot exceed spaCy's ``max_length``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["SUPPORTED_LANGUAGES", "Sentence", "Token", "detect_language", "is_heading", "pipeline", "split_sentences"]

SUPPORTED_LANGUAGES = ("it", "en")
_CHUNK = 100_000
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Token:
    """A token: its text, offsets into the document text and a few shape flags."""

    text: str
    start: int
    end: int
    is_stop: bool
    is_punct: bool


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into the document text, with its tokens."""

    start: int
    end: int
    tokens: tuple[Token, ...]

    def text(self, doc_text: str) -> str:
        """The sentence's text, cut from *doc_text*."""
        return doc_text[self.start : self.end]


@lru_cache(maxsize=4)
def pipeline(lang: str):
    """A blank spaCy pipeline for *lang* with a sentencizer (cached)."""
    import spacy

    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"language {lang!r} is not supported (use one of {', '.join(SUPPORTED_LANGUAGES)})")
    from spacy.symbols import ORTH

    from .lang import words

    nlp = spacy.blank(lang)
    tokenizer: Any = nlp.tokenizer
    for abbr in words(lang).TITLE_ABBREVIATIONS:  # "Col. Gen. X": one token each, no sentence end
        for form in (abbr.capitalize(), abbr):
            tokenizer.add_special_case(form, [{ORTH: form}])
    # round 77: spaCy reads capitalised words with no apostrophe as contractions ("Im" -> "I" "m",
    # "Id"); in news prose they are names ("Im Chon Il"), so each stays one token
    for form in [f for f in tokenizer.rules if f[:1].isupper() and f.isalpha()]:
        tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sentencizer")
    nlp.max_length = _CHUNK * 2
    return nlp


_HEADING_WORDS = 16
_CLOSED = re.compile(r"[.!?…\"”»:;]\s*\Z")


def is_heading(text: str, sent: Sentence) -> bool:
    """True when *sent* lies on a short line with no closing punctuation: a title or heading.

    Headings summarise what the body says with its context (who says it, how hedged), so
    the body, not the heading, is the evidence for a claim.

    Examples
    --------
    >>> t = "Il sostegno della Cina alla Russia\\nLa Cina sostiene la Russia, dice X."
    >>> [is_heading(t, s) for s in split_sentences(t, "it")]
    [True, False]
    """
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 40 * _HEADING_WORDS:
        return False  # far too long for a heading (and a huge one-line text is not re-split per window)
    line = text[line_start:line_end]
    return len(line.split()) <= _HEADING_WORDS and not _CLOSED.search(line)


def _chunks(text: str, start: int, end: int):
    """Cut ``text[start:end]`` into pieces of at most ``_CHUNK`` characters at whitespace."""
    while end - start > _CHUNK:
        cut = text.rfind(" ", start + _CHUNK // 2, start + _CHUNK)
        if cut <= start:
            cut = start + _CHUNK
        yield start, cut
        start = cut
    yield start, end


def split_sentences(text: str, lang: str, start: int = 0) -> list[Sentence]:
    """Sentences of ``text[start:]`` as offsets into *text*.

    Examples
    --------
    >>> t = "Titolo\\nKim ha visitato Mosca. Putin ha risposto."
    >>> [t[s.start:s.end] for s in split_sentences(t, "it")]
    ['Titolo', 'Kim ha visitato Mosca.', 'Putin ha risposto.']
    """
    nlp = pipeline(lang)
    pieces = [
        (a, b)
        for m in _PARAGRAPH.finditer(text, start)
        for a, b in _chunks(text, m.start(), m.end())
        if text[a:b].strip()
    ]
    out: list[Sentence] = []
    for (base, _), doc in zip(pieces, nlp.pipe(text[a:b] for a, b in pieces), strict=False):
        carried: tuple[Token, ...] = ()
        for sent in doc.sents:
            toks = carried + tuple(
                Token(t.text, base + t.idx, base + t.idx + len(t.text), t.is_stop, t.is_punct)
                for t in sent
                if not t.is_space
            )
            carried = ()
            if len(toks) > 2 and _opens_next(text, toks):
                # round 120 (`quote_opens_next`): 'interview. "That is ...': the opening quote after a
                # sentence's full stop opens the next sentence, never closes this one
                toks, carried = toks[:-1], toks[-1:]
            if not toks:
                continue
            out.append(Sentence(toks[0].start, toks[-1].end, toks))
        if carried:
            out.append(Sentence(carried[0].start, carried[0].end, carried))
    return out


_OPENING_QUOTES = ('"', "“", "«")


def _opens_next(text: str, toks: tuple[Token, ...]) -> bool:
    """True when a sentence's last token is a quote mark after its final stop and a space, with the
    sentence's straight quotes unpaired without it (an opening quote of what follows)."""
    last, stop = toks[-1], toks[-2]
    if (
        last.text not in _OPENING_QUOTES
        or stop.text not in (".", "!", "?", "…")
        or not text[stop.end : last.start].isspace()
    ):
        return False
    if last.text == '"':
        return sum(t.text == '"' for t in toks) % 2 == 1
    return True


def detect_language(text: str) -> str:
    """The supported language whose frequent function words the text uses most (Italian on a tie).

    Only the first 20,000 characters are read.

    Examples
    --------
    >>> detect_language("The minister said that the troops were sent to the front."), detect_language("Il ministro ha detto che")
    ('en', 'it')
    """
    from .lang import LANGUAGES

    tokens = re.findall(r"[^\W\d_]+", text[:20000].lower())
    counts = {lang: sum(1 for t in tokens if t in set(m.DETECT_WORDS)) for lang, m in LANGUAGES.items()}
    best = max(SUPPORTED_LANGUAGES, key=lambda lang: (counts.get(lang, 0), lang == "it"))
    return best
