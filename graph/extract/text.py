"""Turning the bytes of a submitted article into the text that will be stored.

Offsets in claims index the *stored* text, so every change happens here, once, before
the file is written: decoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM, else Windows-1252 /
Latin-1 with a note), newline and Unicode normalisation, and removal of page junk that is
obviously not content (audio-player widgets, share buttons, "read also" teasers).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..documents import HEADER

__all__ = ["CleanText", "IngestTextError", "clean_text", "decode_bytes", "fingerprint", "prepare_text"]


class IngestTextError(ValueError):
    """The input is not an article we can store (empty, binary, undecodable)."""


@dataclass
class CleanText:
    """The text to store, how it was decoded and what was removed."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


# Whole lines (or a run at the start of the body) that are page furniture, not article text.
_JUNK_LINE = re.compile(
    r"""^[ \t]*(?:
        (?:ascolta\ ora|ascolta\ l['’]articolo|listen\ now|listen\ to\ (?:this\ )?article)(?:[ \t]+\d{1,2}:\d{2})*
      | \d{1,2}:\d{2}(?:[ \t]+\d{1,2}:\d{2})*
      | (?:leggi\ anche|read\ (?:also|more)|potrebbe\ interessarti|advertisement|pubblicit[àa])\b.{0,200}
      | (?:condividi|share)(?:[ \t]+(?:su|on))?(?:[ \t]+(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail))*
      | (?:riproduzione\ riservata|all\ rights\ reserved)\b.{0,80}
      | ©.{0,120}
    )[ \t]*$""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:65536]
    if b"\x00" in sample:
        return True
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad > max(8, len(sample) // 100)


def decode_bytes(raw: bytes) -> tuple[str, str, list[str]]:
    """Decode an article's bytes; return ``(text, encoding, notes)``.

    Raises :class:`IngestTextError` for empty or binary input.

    Examples
    --------
    >>> decode_bytes("città".encode("latin-1"))[:2]
    ('città', 'cp1252')
    >>> decode_bytes(b"\\xef\\xbb\\xbfciao")[:2]
    ('ciao', 'utf-8-sig')
    """
    if not raw.strip():
        raise IngestTextError("the file is empty (no text to ingest)")
    notes: list[str] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16", ["decoded as UTF-16 (byte-order mark); stored as UTF-8"]
        except UnicodeDecodeError:
            raise IngestTextError("the file starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    if _looks_binary(raw):
        raise IngestTextError("the file looks binary (NUL or control bytes), not an article text")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig", ["removed the UTF-8 byte-order mark"]
        except UnicodeDecodeError as exc:
            raise IngestTextError(
                f"the file has a UTF-8 byte-order mark but is not UTF-8 (byte offset {exc.start + 3})"
            ) from None
    try:
        return raw.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = raw.decode("cp1252")
        enc = "cp1252"
    except UnicodeDecodeError:
        text, enc = raw.decode("latin-1"), "latin-1"
    notes.append(
        f"not UTF-8 (first bad byte at offset {first_bad}): decoded as {enc} (Latin-1 family); "
        "check accented letters in the stored copy"
    )
    return text, enc, notes


def clean_text(text: str) -> tuple[str, list[str]]:
    """Normalise *text* and strip obvious page junk; return ``(text, removed_snippets)``.

    Newlines become ``\\n``, the text is NFC-normalised, control characters are dropped,
    trailing spaces removed and runs of blank lines collapsed to one. A seed header
    (`` date YYYY-MM-DD ``) is kept as it is.

    Examples
    --------
    >>> clean_text(" date 2025-05 Ascolta ora 00:00 00:00\\n\\nDi recente Kim")[0]
    ' date 2025-05 Di recente Kim\\n'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text).replace("\ufeff", "")
    m = HEADER.match(text)
    header, body = (m[0], text[m.end() :]) if m else ("", text)
    removed: list[str] = []

    def drop(match: re.Match) -> str:
        if match[0].strip():
            removed.append(match[0].strip())
        return ""

    body = _JUNK_LINE.sub(drop, body)
    body = "\n".join(line.rstrip() for line in body.split("\n"))
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    if header and not body:
        return header.rstrip(), removed
    return header + body + ("\n" if body else ""), removed


_TAG = re.compile(
    r"<(?:!doctype|/?(?:html|head|body|div|span|p|a|br|script|style|meta|link|table|tr|td|li|ul|ol|"
    r"h[1-6]|article|section|header|footer|nav|img|iframe|form|input|button)\b)[^<>]{0,2000}>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> str | None:
    """A reason when *text* is an HTML page rather than an article's text, else None.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body><p>Kim</p></body></html>") is not None
    True
    >>> looks_like_html("Il missile <KN-23> è nordcoreano.") is None
    True
    """
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<" in head[1:]:
        return "it starts like an HTML page (" + head[:15].strip() + "...)"
    sample = text[:200_000]
    tags = _TAG.findall(sample)
    if len(tags) >= 5 and sum(map(len, tags)) > 0.05 * len(sample):
        return f"it holds {len(tags)} HTML tags such as {tags[0][:40]!r}"
    return None


def prepare_text(raw: bytes) -> CleanText:
    """Decode and clean *raw*; raise :class:`IngestTextError` when nothing usable is left.

    HTML pages are refused: a page holds menus, scripts and other articles besides the one
    to ingest, and the stored text is what quotes point into.
    """
    text, enc, notes = decode_bytes(raw)
    html = looks_like_html(text)
    if html:
        raise IngestTextError(
            f"this is an HTML page, not an article text: {html}. Save the article's own text "
            "(the browser's reader view, or copy and paste it into a .txt file) and ingest that"
        )
    cleaned, removed = clean_text(text)
    m = HEADER.match(cleaned if cleaned.endswith((" ", "\n")) else cleaned + " ")
    body = cleaned[m.end() :] if m else cleaned
    if not body.strip():
        raise IngestTextError("the file has no article text (only a header, page junk or blank space)")
    letters = sum(ch.isalpha() for ch in body)
    if letters < max(1, len(body) // 10):
        raise IngestTextError("the file has almost no letters; it does not look like an article text")
    if removed:
        notes.append(
            "removed page junk: "
            + "; ".join(repr(r[:60]) for r in removed[:5])
            + (f" (+{len(removed) - 5} more)" if len(removed) > 5 else "")
        )
    return CleanText(cleaned, enc, notes, removed)


def fingerprint(text: str) -> str:
    """A key that is equal for the same article text, whatever its junk, header or spacing.

    Examples
    --------
    >>> fingerprint(" date 2025 Ascolta ora 00:00\\nUna  frase.") == fingerprint("Una frase.\\n")
    True
    """
    import hashlib

    cleaned, _ = clean_text(text)
    body = HEADER.sub("", cleaned, count=1)
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


#: Words per shingle: five consecutive words rarely repeat across different reports.
SHINGLE_WORDS = 5
#: Texts longer than this many words keep one shingle in :data:`_SAMPLE` (a fixed hash
#: sample, so two texts are always compared on the same shingles and memory stays small).
_FULL_WORDS = 50_000
_SAMPLE = 8
_WORD = re.compile(r"[^\W_]+")


def shingles(text: str) -> tuple[frozenset[int], int]:
    """``(shingle hashes, sample rate)`` of the article body: header and page junk removed,
    words folded (case, accents), so a new title line, date line or furniture changes little.

    Examples
    --------
    >>> a, _ = shingles("Titolo uno\\nLa Corea del Nord ha inviato soldati in Russia ieri.")
    >>> b, _ = shingles(" date 2025-01 Titolo due\\nLa Corea del Nord ha inviato soldati in Russia ieri.")
    >>> round(similarity((a, 1), (b, 1))[1], 2)
    0.75
    """
    import zlib

    from ..resolve import fold_text

    cleaned, _ = clean_text(text)
    body = HEADER.sub("", cleaned, count=1)
    words = _WORD.findall(fold_text(body))
    rate = 1 if len(words) <= _FULL_WORDS else _SAMPLE
    out = set()
    for i in range(max(1, len(words) - SHINGLE_WORDS + 1)):
        h = zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8"))
        if rate == 1 or h % rate == 0:
            out.add(h)
    return frozenset(out), rate


def similarity(a: tuple[frozenset[int], int], b: tuple[frozenset[int], int]) -> tuple[float, float]:
    """``(jaccard, containment)`` of two :func:`shingles` results; containment is the share of
    the smaller text's shingles found in the other (a report inside a longer page scores 1)."""
    rate = max(a[1], b[1])
    sa = a[0] if a[1] == rate else frozenset(h for h in a[0] if h % rate == 0)
    sb = b[0] if b[1] == rate else frozenset(h for h in b[0] if h % rate == 0)
    if not sa or not sb:
        return 0.0, 0.0
    inter = len(sa & sb)
    return inter / len(sa | sb), inter / min(len(sa), len(sb))
