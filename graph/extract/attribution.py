"""Who asserts a claim: sources named after attribution cues, layered citations, attribution
carried over from one sentence to the next, and the claim's attribution fields.

The frame of a sentence (:mod:`graph.extract.frames`) finds the reporting phrases; this module
reads them for the claims: the source right after a cue ("secondo l'ISW", "citing Reuters"),
a source that reports what another says (a CITES claim), a report that refers back to the
previous sentence ("Lo ha riferito X"), a reported conditional that continues the source
before it, and the asserter, relay and span written on a claim.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .arguments import coordinated_mentions
from .frames import SOURCE_TYPES, Attribution, Frame
from .lang import words
from .records import CandidateClaim
from .spans import whole_words

__all__ = [
    "CITING_CUES",
    "attribute_claim",
    "attribution_sources",
    "back_frame",
    "carried_attribution",
    "citation_claims",
    "tail_attribution",
]


def attribution_sources(text: str, found, mentions, lang: str = "it") -> list[tuple[str, int, int, object]]:
    """``(cue, start, end, mention)`` for each source named right after an attribution cue
    ("secondo l'ISW", "riporta RFA", "citando un rapporto della Reuters"). In English a name
    after a reporting verb is its source only where the sentence closes with it ("..., said
    Lee."): "Lee said Marsovia had ..." makes Marsovia the subject of what is said."""
    out = []
    for kind, _, phrase, s, e in found:
        if kind == "attr":
            m = next(
                (
                    m
                    for m in mentions
                    if 0 <= m.start - e <= 30 and not m.nested and any(m.fits(t) for t in SOURCE_TYPES)
                ),
                None,
            )
            first = m
            while m is not None and _POSSESSIVE.match(text, m.end):
                # "citing Ukraine's Prosecutor General's Office": the possessor qualifies the source
                m = next(
                    (
                        n
                        for n in mentions
                        if n.start > m.end
                        and n.start - m.end <= 30
                        and not n.nested
                        and any(n.fits(t) for t in SOURCE_TYPES)
                    ),
                    None,
                )
            if (
                m is not None
                and lang == "en"
                and phrase not in CITING_CUES
                and not re.match(r"\s*(?:[,.;:!?\"”]|\Z)", text[m.end : m.end + 3])
            ):
                continue
            if (
                m is not None
                and first is not None
                and re.fullmatch(
                    r"[\s,]*(?:(?:il|lo|la|i|gli|le|l['’]|the|dal|dalla|dall['’]|dai|dagli|"
                    r"agenzia|emittente|quotidiano|giornale|di|della|del|stampa|pubblica|"
                    r"ufficiale|giapponese|statale|think|tank|analisti|media|un|una|a|an|"
                    r"rapporto|articolo|report|article|of)\s*)*",
                    text[e : first.start],
                )
            ):
                out.append((phrase, s, e, m))
    return out


_POSSESSIVE = re.compile(r"['’]s?\b")
#: Attribution cues that name whom the reporter relies on ("secondo A ..., riporta B": B cites A).
CITING_CUES = frozenset({"secondo", "citando", "according to", "citing"})


def citation_claims(text, sent, found, here, schema, pairs) -> list[CandidateClaim]:
    """Layered attribution: a source that reports what another source says cites it.

    *pairs* are the sentence's :func:`attribution_sources`.
    """
    if "CITES" not in schema.predicates:
        return []
    pred = schema.predicates["CITES"]
    # a reporter also stands right before its verb: "l'ISW ha affermato", "Newsweek scriveva"
    reporters = [(p, m) for p, _, _, m in pairs] + [
        (phrase, m)
        for kind, _, phrase, s, e in found
        if kind == "attr" and phrase not in CITING_CUES
        for m in here
        if not m.nested and 0 <= s - m.end <= 2 and any(m.fits(t) for t in SOURCE_TYPES)
    ]
    out = []
    for phrase, cs, ce, cited in pairs:
        if phrase not in CITING_CUES or not any(cited.fits(t) for t in pred.range):
            continue
        for phrase2, reporter in reporters:
            if (
                phrase2 in CITING_CUES
                or reporter.entity == cited.entity
                or not any(reporter.fits(t) for t in pred.domain)
            ):
                continue
            for o in coordinated_mentions(text, cited, [m for m in here if any(m.fits(t) for t in pred.range)]):
                start, end = min(cs, reporter.start, o.start), max(ce, reporter.end, o.end)
                out.append(
                    CandidateClaim(
                        reporter.entity,
                        "CITES",
                        o.entity,
                        text[start:end],
                        start,
                        end,
                        sent.start,
                        sent.end,
                        phrase,
                        90.0,
                        notes=[f"{reporter.text!r} reports what {o.text!r} says ({phrase!r})"],
                    )
                )
    return out


def tail_attribution(frame: Frame, sent) -> Attribution | None:
    """The attribution whose content runs to the end of *sent* (what a following reported
    conditional may continue), or None when the sentence ends in the article's own voice."""
    ends = [a for a in frame.attributions if a.content[1] >= sent.end - 2 and (a.asserter or a.relay or a.kind)]
    return ends[-1] if ends else None


def carried_attribution(text: str, sent, frame: Frame, prev: Attribution | None, lang: str) -> Attribution | None:
    """Rule ``attribution_carried``: a sentence in the reported conditional with no source of its
    own continues the source of the sentence before it in the paragraph ("Secondo il rapporto,
    ... . Il regime avrebbe inoltre consegnato ..."): the conditional is how Italian news prose
    keeps reporting without repeating the source."""
    if prev is None or frame.attributions or frame.back is not None:
        return None
    if not words(lang).REPORTED_CONDITIONAL.search(text, sent.start, sent.end):
        return None
    return replace(prev, content=(sent.start, sent.end), carried=True, source_spans=[])


#: The longest source phrase of a report that refers back ("The ministry said in a statement."):
#: a longer subject is a clause of its own.
_BACK_SOURCE_WORDS = 12


def back_frame(text: str, frame: Frame, here):
    """The attribution a sentence makes of the previous one: an explicit back reference ("Lo
    ha riferito X", "È la stima di X", "This was reported by X"), or a report with no content
    of its own ("The ministry said in a statement.", "Lee told reporters on Tuesday.")."""
    if frame.back is not None:
        return frame.back
    for a in frame.attributions:
        c0, c1 = a.content
        rest = text[c0:c1].strip(' .;:!?"”»')
        if (
            (a.asserter is not None or a.kind == "unnamed")
            # rule back_report_subject: "X met Y ... in what he said would be ...": a report whose
            # subject is a whole clause reports its own words, not the previous sentence
            and len(a.asserter_text.split()) <= _BACK_SOURCE_WORDS
            and not any(c0 <= m.start < c1 for m in here)
            and len(rest) <= 60
            and not re.search(r"[,;:]", rest)
        ):
            return a
    return None


def attribute_claim(c: CandidateClaim, text: str, inner, outer) -> None:
    """Set the claim's attribution from a frame: the named asserter, else the named relay."""
    relay = inner.relay if inner.relay is not None else (outer.asserter if outer else None)
    relay_text = inner.relay_text if inner.relay is not None else (outer.asserter_text if outer else "")
    info = {"kind": inner.kind, "cue": inner.cue, "asserter_text": inner.asserter_text}
    if inner.asserter is not None:
        info["asserter"] = inner.asserter.entity
    if relay is not None:
        info["relay"] = relay.entity
        info["relay_text"] = relay_text
    c.attribution = info
    c.attribution_cue = inner.cue
    who = inner.asserter if inner.asserter is not None else relay
    if who is not None:
        # an asserter may speak of itself ("Pyongyang ha confermato di aver inviato ..."): an
        # admission is still its word, and the graph keeps who says it
        c.attributed_to = who.entity
        c.attribution_span = (
            (min(inner.start, who.start), max(inner.end, who.end))
            if inner.start <= who.start <= inner.end + 200
            else (who.start, who.end)
        )
        s, e = whole_words(text, *c.attribution_span)
        while e > s and text[e - 1].isspace():
            e -= 1  # a phrase ending before "(" keeps no trailing space
        while s < e and text[s].isspace():
            s += 1
        c.attribution_span = (s, e)
    if inner.kind == "unnamed":
        c.notes.append(
            f"asserted by unnamed sources: {inner.asserter_text!r}"
            + (f", relayed by {relay_text!r}" if relay is not None else "")
        )
    c.reasons.append(f"attribution:{inner.kind}")
    if inner.carried:
        c.reasons.append("attribution_carried")
    if inner.rule:
        c.reasons.append(inner.rule)
