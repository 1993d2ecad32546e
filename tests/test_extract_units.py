"""Extraction building blocks: decoding, cleaning, gazetteer, quantities, dates, candidates."""

from __future__ import annotations

import pytest

from graph.dates import PartialDate
from graph.extract.candidates import find_candidates
from graph.extract.gazetteer import Gazetteer
from graph.extract.quantities import find_quantities
from graph.extract.sentences import split_sentences
from graph.extract.temporal import find_time_expressions
from graph.extract.text import (
    IngestTextError,
    clean_text,
    decode_bytes,
    fingerprint,
    prepare_text,
)

# -- decoding and cleaning --------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, text, enc",
    [
        ("città".encode(), "città", "utf-8"),
        (b"\xef\xbb\xbf" + "città".encode(), "città", "utf-8-sig"),
        ("città".encode("latin-1"), "città", "cp1252"),
        ("città".encode("utf-16"), "città", "utf-16"),
    ],
)
def test_decoding(raw, text, enc):
    got, got_enc, notes = decode_bytes(raw)
    assert (got, got_enc) == (text, enc)
    assert (enc == "utf-8") == (not notes)


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b" date 2025-01 ", "no article text"),
        (b"Ascolta ora 00:00 00:00\n", "no article text"),
        (b"12345 67890 ;;; 000", "almost no letters"),
    ],
)
def test_unusable_input_is_refused(raw, message):
    with pytest.raises(IngestTextError, match=message):
        prepare_text(raw)


def test_cleaning_strips_junk_keeps_header_and_content():
    text, removed = clean_text(" date 2025-05 Ascolta ora 00:00 00:00\r\n\r\n\r\n\r\nDi recente Kim.  \nCondividi\n")
    assert text == " date 2025-05 Di recente Kim.\n"
    assert removed == ["Ascolta ora 00:00 00:00", "Condividi"]
    # a sentence that merely contains the words is content
    assert "Leggi anche" not in clean_text("Kim ha detto: leggi anche il giornale.")[1]


def test_fingerprint_ignores_junk_and_spacing():
    assert fingerprint(" date 2025-05 Ascolta ora 00:00 00:00\n\nUna  frase.") == fingerprint("Una frase.")
    assert fingerprint("Una frase.") != fingerprint("Un'altra frase.")


# -- gazetteer ----------------------------------------------------------------------------


@pytest.fixture()
def gaz():
    return Gazetteer.from_names(
        [
            ("kim-jong-un", "Kim Jong Un"),
            ("kim-jong-un", "Kim"),
            ("north-korea", "Corea del Nord"),
            ("kim-jong-un", "Il leader della Corea del Nord"),
            ("russia", "Mosca"),
            ("ukraine", "l’Ucraina"),
            ("kn-23", "KN-23"),
            ("ukraine-authorities", "Le autorità ucraine"),
        ]
    )


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Kim Jong-un", "kim-jong-un"),
        ("KIM JONG UN", "kim-jong-un"),
        ("kim jong‑un", "kim-jong-un"),
        ("l'Ucraina", "ukraine"),
        ("L’UCRAINA", "ukraine"),
        ("kn 23", "kn-23"),
        ("KN‐23", "kn-23"),
        ("autorita ucraine", "ukraine-authorities"),
        ("le autorità ucraine", "ukraine-authorities"),
    ],
)
def test_gazetteer_folds_case_accents_hyphens_apostrophes(gaz, text, entity):
    found = gaz.find(f"Ieri {text} ha parlato.")
    assert [m.entity for m in found] == [entity]
    assert found[0].text == text


def test_gazetteer_offsets_longest_match_and_nested(gaz):
    text = "Il leader della Corea del Nord, Kim Jong-un, visita Mosca."
    got = [(m.text, m.entity, m.nested) for m in gaz.find(text)]
    assert got == [
        ("Il leader della Corea del Nord", "kim-jong-un", False),
        ("Corea del Nord", "north-korea", True),
        ("Kim Jong-un", "kim-jong-un", False),
        ("Mosca", "russia", False),
    ]
    for m in gaz.find(text):
        assert text[m.start : m.end] == m.text


def test_gazetteer_capitalised_single_word_needs_a_capital(gaz):
    assert gaz.find("una mosca vola") == []
    assert [m.entity for m in gaz.find("a Mosca")] == ["russia"]


def test_gazetteer_does_not_cross_sentences_or_lines(gaz):
    assert [m.entity for m in gaz.find("Corea.\nDel Nord")] == []


# -- quantities -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, bound, unit",
    [
        ("oltre 10.000 soldati", 10000, "at_least", "soldiers"),
        ("20 miliardi di dollari", 20_000_000_000, "exact", "USD"),
        ("almeno 28 morti", 28, "at_least", "killed"),
        ("7.000 container", 7000, "exact", "containers"),
        ("circa 7.000 container di armi", 7000, "approx", "containers"),
        ("almeno nove membri", 9, "at_least", "members"),
        ("Ben 12.000 soldati", 12000, "exact", "soldiers"),
    ],
)
def test_quantities_it(text, value, bound, unit):
    [q] = find_quantities(text)
    assert (q.value, q.bound, q.unit) == (value, bound, unit)
    assert text[q.start : q.end] == q.text


def test_quantities_en_and_not_years():
    [q] = find_quantities("more than 10,000 troops", lang="en")
    assert (q.value, q.bound, q.unit) == (10000, "at_least", "soldiers")  # troops count soldiers
    assert find_quantities("nel 2025 e nel 2024") == []


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, doc, date, role",
    [
        ("ad agosto", "2025-02", "2024-08", "date"),  # a month after the document month: the year before
        ("a gennaio", "2025-02", "2025-01", "date"),
        ("nel 2025", "2025-02", "2025", "date"),
        ("da dicembre 2024", "2025-02", "2024-12", "valid_from"),
        ("a ottobre 2024", "2025-02", "2024-10", "date"),
        ("il prossimo anno", "2025-12-27", "2026", "date"),
        ("quest’anno", "2025-02", "2025", "date"),
        ("since December 2024", "2025-02", "2024-12", "valid_from"),
        ("in August", "2025-02", "2024-08", "date"),
        ("il 14 febbraio 2025", None, "2025-02-14", "date"),
    ],
)
def test_time_expressions(text, doc, date, role):
    found = find_time_expressions(text, doc_date=PartialDate.parse(doc) if doc else None)
    assert [(str(t.date), t.role) for t in found] == [(date, role)]


def test_relative_date_without_document_date_is_unresolved():
    [t] = find_time_expressions("ad agosto")
    assert t.date is None and t.relative


def test_may_is_not_a_month():
    assert find_time_expressions("Russia may send troops", doc_date=PartialDate(2025)) == []


# -- sentences and candidates ------------------------------------------------------------


def test_sentences_split_on_lines_and_punctuation():
    text = " date 2025 Titolo\n\nKim ha visitato Mosca. Putin ha risposto!"
    got = [text[s.start : s.end] for s in split_sentences(text, "it", 11)]
    assert got == ["Titolo", "Kim ha visitato Mosca.", "Putin ha risposto!"]


def test_candidates_rules():
    text = (
        "Il James Martin Center for Nonproliferation Studies dice che lo Stabilimento 11 Febbraio "
        "produce il KN-23 (Hwasong-11A) nella regione di Kursk. Il ministro Rustem Umerov ha parlato "
        "con l'emittente NHK e con il Korean Central News Agency (KCNA). I T-62 sono vecchi."
    )
    got = {c.name: (c.type, c.aliases) for c in find_candidates(text, split_sentences(text, "it"), [], Gazetteer())}
    assert got["James Martin Center for Nonproliferation Studies"][0] == "ResearchInstitute"
    assert got["Stabilimento 11 Febbraio"][0] == "Facility"
    assert got["KN-23"] == ("WeaponSystem", ["Hwasong-11A"])
    assert got["T-62"][0] == "WeaponSystem"
    assert got["Kursk"][0] == "Location"
    assert got["Rustem Umerov"][0] == "Person"
    assert got["NHK"][0] == "MediaOutlet"
    assert got["Korean Central News Agency"] == ("MediaOutlet", ["KCNA"])


def test_candidates_skip_known_names():
    text = "Il KN-23 e la KCNA."
    gaz = Gazetteer.from_names([("kn-23", "KN-23"), ("kcna", "KCNA")])
    assert find_candidates(text, split_sentences(text, "it"), gaz.find(text), gaz) == []


def test_commit_files_leaves_nothing_when_a_write_fails(tmp_path, monkeypatch):
    import os

    from graph.extract import staging

    (tmp_path / "a.yaml").write_text("old\n")
    real = os.fdopen
    calls = []

    def failing(fd, *args, **kwargs):
        calls.append(fd)
        if len(calls) == 2:  # the second file's write fails after its temp file exists
            os.close(fd)
            raise OSError("disk full")
        return real(fd, *args, **kwargs)

    monkeypatch.setattr(staging.os, "fdopen", failing)
    with pytest.raises(OSError, match="disk full"):
        staging.commit_files({tmp_path / "a.yaml": "new\n", tmp_path / "b.yaml": b"x"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]
    assert (tmp_path / "a.yaml").read_text() == "old\n"


def test_extraction_rules_reject_unknown_types_and_predicates(tmp_path):
    """joint_acts, not_places and fixed_location are checked against the schema, every problem located."""
    import pytest

    from graph.errors import DatasetError
    from graph.extract.ruledata import load_rules
    from graph.schema import default_schema_dir, load_schema

    good = (default_schema_dir() / "extraction.yaml").read_text(encoding="utf-8")
    bad = good.replace("joint_acts: [SIGNED]", "joint_acts: [SIGNS]").replace(
        "  LOCATED_IN: [Facility,", "  LOCATED_IN: [Factory,"
    )
    path = tmp_path / "extraction.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(DatasetError) as exc:
        load_rules(path, load_schema())
    text = str(exc.value)
    assert "joint_acts: 'SIGNS' is not a predicate" in text and "fixed_location.LOCATED_IN" in text


def test_draft_fast_path_writes_what_the_strict_reader_reads_back():
    """dump_yaml skips reading its text back only for strings the emitter keeps unchanged."""
    import random

    import yaml

    from graph.extract.draft import _Dumper, _simple, dump_yaml, plain
    from graph.yamlio import parse_yaml

    pieces = [
        "a",
        "b:",
        "#c",
        "- d",
        "'e",
        '"f',
        "g,",
        "KN-23",
        "Kim's",
        "l’Ucraina",
        "«x»",
        "10.000",
        "yes",
        "no",
        "null",
        "~",
        "1e3",
        "0x1F",
        "2024-01-01",
        "x #y",
        "%",
        "@",
        "é",
        "—",
        "…",
        "[z]",
        "{w}",
        "&a",
        "*b",
        "|",
        ">",
        "?",
        "",
        " ",
    ]  # empty pieces make runs of spaces inside
    rng = random.Random(7)
    checked = 0
    for _ in range(2000):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))).strip(" ") or "x"
        value = {"quote": s, "items": [s, {"note": s}], "n": 3, "ok": True, "none": None}
        assert _simple(value)
        text = yaml.dump(
            plain(value), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False
        )
        back, problems = parse_yaml(text, "check")
        assert problems == [] and plain(back) == value, text
        checked += 1
    assert checked == 2000
    for unsafe in ("a\u0085b", "a\u2028b", "trailing ", " leading", "tab\there", "line\nbreak", "\ufeffbom"):
        assert not _simple({"q": unsafe})
        assert parse_yaml(dump_yaml({"q": unsafe}), "x")[0] == {"q": unsafe}  # the slow path still round-trips
