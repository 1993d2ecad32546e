"""Commands that answer one analyst question each: show, claim, said, search, coverage.

Thin wrappers over :mod:`graph.records`, :mod:`graph.search` and :mod:`graph.coverage`;
the text output prints everything ``--json`` holds (notes, attribution with the words
that name each source, figures with their bounds, entity properties). Data is printed
without markup, so names and quotes appear literally.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import DataOption, JsonOption, handle_errors, load, out, print_json, styled

__all__ = ["claim_lines", "claims_in", "register"]

EntityArg = Annotated[str, typer.Argument(help="Entity id, name or alias (any case, accents optional).")]


def _heading(text: str) -> None:
    out.print(styled((text, "bold")))


def _when(rec: dict) -> str:
    if rec.get("date"):
        return f"date {rec['date']}"
    if rec.get("valid_from") or rec.get("valid_to"):
        return f"from {rec.get('valid_from') or '?'} to {rec.get('valid_to') or 'open'}"
    return "no event date"


def claim_lines(rec: dict, indent: str = "  ") -> list[str]:
    """A claim (:func:`graph.records.claim_with_document`) as the lines every command prints."""
    head = f"{rec['subject_name']} {rec['predicate']} {rec['object_name']}"
    if rec.get("item"):
        head += f" (item: {rec['item_name']})"
    if rec.get("figure"):
        head += f" [{rec['figure']}]"
    flags = [f for f, on in (("hedged", rec["hedged"]), ("peripheral", rec["peripheral"])) if on]
    if flags:
        head += " — " + ", ".join(flags)
    lines = [indent + head]
    by = f"by {rec['asserted_by']}"
    words = list(dict.fromkeys(f"“{a['quote']}”" for a in (*rec["asserters"], *rec["relay"]) if a.get("quote")))
    if words:
        by += " (" + "; ".join(words) + ")"
    lines.append(indent + "  " + by)
    lines.append(
        indent + f"  {rec['document']} ({rec['document_date'] or 'undated'}), {_when(rec)}, "
        f"credibility {rec['credibility']} ({rec['credibility_meaning']}), claim {rec['id']}"
    )
    lines.append(indent + f"  “{rec['quote']}”")
    if rec.get("note"):
        lines.append(indent + f"  note: {rec['note']}")
    if rec.get("attribution_note"):
        lines.append(indent + f"  attribution note: {rec['attribution_note']}")
    return lines


def _print_claims(records: list[dict], indent: str = "  ") -> None:
    for rec in records:
        for line in claim_lines(rec, indent):
            out.print(line, markup=False, highlight=False)


def _print_card(card: dict) -> None:
    _heading(f"{card['name']} ({card['type']}, id {card['id']})")
    if card["aliases"]:
        out.print("aliases: " + ", ".join(f"{a['name']} [{a['lang']}]" for a in card["aliases"]), markup=False)
    if card["description"]:
        out.print(card["description"], markup=False)
    if card["wikidata"]:
        out.print(f"wikidata: {card['wikidata']}", markup=False)
    for key, value in card["properties"].items():
        out.print(f"{key}: {value}", markup=False)
    out.print(f"attribution category: {card['category']}", markup=False)
    for direction, arrow in (("outgoing", "->"), ("incoming", "<-")):
        for predicate, claims in card[direction].items():
            out.print()
            _heading(f"{arrow} {predicate} ({len(claims)})")
            _print_claims(claims)
    for key, label in (("as_asserter", "as asserter"), ("as_relay", "as relay"), ("as_item", "as item")):
        if card[key]:
            out.print()
            _heading(f"{label} ({len(card[key])})")
            _print_claims(card[key])


def show(
    entity: EntityArg,
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    related: Annotated[
        bool,
        typer.Option(
            "--related",
            help="Also the entities inside it or that it is part of (PART_OF / LOCATED_IN; never a whole country).",
        ),
    ] = False,
):
    """An entity card: properties, aliases and every claim in, out, as asserter, relay or item."""
    from ..records import entity_card
    from ..resolve import Resolver

    ds = load(data)
    card = entity_card(ds, Resolver(ds).resolve(entity), related=related)
    if json:
        print_json(card)
        return
    _print_card(card)
    for other in card.get("related", []):
        out.print()
        _heading(f"== related: {other['name']} ==")
        _print_card(other)
    _print_documents([c for x in (card, *card.get("related", [])) for c in claims_in(x)])


def claims_in(card: dict) -> list[dict]:
    """Every claim record of an entity card (:func:`graph.records.entity_card`)."""
    return (
        [c for d in ("outgoing", "incoming") for cs in card[d].values() for c in cs]
        + card["as_asserter"]
        + card["as_relay"]
        + card["as_item"]
    )


def _print_documents(records: list[dict]) -> None:
    """The documents the claims cite: title, outlet and reliability (once each, at the end)."""
    docs = {r["document"]: r for r in records}
    if not docs:
        return
    out.print()
    _heading("documents")
    for doc_id, r in sorted(docs.items()):
        out.print(
            f"  {doc_id} ({r['document_date'] or 'undated'}): {r['document_title']} — outlet "
            f"{r['outlet'] or 'unknown'}, reliability {r['reliability']}",
            markup=False,
        )


def claim(
    claim_id: Annotated[str, typer.Argument(help="Claim id (c-…), or a unique prefix of one.")],
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
):
    """One claim with its evidence in context: the sentence around the quote and around each source named."""
    from ..errors import LookupFailed
    from ..records import claim_in_context

    ds = load(data)
    found = [c for c in ds.claims if c.id == claim_id] or [c for c in ds.claims if c.id.startswith(claim_id)]
    if len(found) != 1:
        raise LookupFailed(
            f"no claim has the id {claim_id!r}."
            if not found
            else f"{claim_id!r} is the start of {len(found)} claim ids; give more of it.",
            [c.id for c in found[:5]],
        )
    rec = claim_in_context(ds, found[0])
    if json:
        print_json(rec)
        return
    _print_claims([rec], indent="")
    ctx = rec["context"]
    if ctx:
        out.print()
        _heading(f"in {rec['document']} — {rec['document_title']}")
        if ctx["before"]:
            out.print(f"  … {ctx['before']}", markup=False)
        out.print(f"  » {ctx['sentence']}", markup=False)
        if ctx["after"]:
            out.print(f"  … {ctx['after']}", markup=False)
    for key, label in (("asserters", "asserter"), ("relay", "relay")):
        for i, a in enumerate(rec[key], 1):
            out.print(f"{label} {i}: {a['name']} — “{a['quote']}”", markup=False)
            if a.get("sentence") and (not ctx or a["sentence"] != ctx["sentence"]):
                out.print(f"  in: {a['sentence']}", markup=False)


def said(entity: EntityArg, data: DataOption = Path("seeds"), json: JsonOption = False):
    """What an entity says and does: claims it asserts or relays, and claims it is the subject of, by document and date."""
    from ..records import statements_of
    from ..resolve import Resolver

    ds = load(data)
    eid = Resolver(ds).resolve(entity)
    groups = statements_of(ds, eid)
    if json:
        print_json({"id": eid, "name": ds.entities[eid].name, "documents": groups})
        return
    n = sum(len(g["claims"]) for g in groups)
    _heading(f"{ds.entities[eid].name}: {n} claims in {len(groups)} documents (as asserter, relay or subject)")
    for g in groups:
        out.print()
        _heading(f"{g['document']} ({g['document_date'] or 'undated'}) — {g['document_title']}")
        for rec in g["claims"]:
            out.print(f"  [{', '.join(rec['roles'])}]", markup=False)
            _print_claims([rec], indent="  ")


def search(
    words: Annotated[list[str], typer.Argument(help="Words to look for (all must match; any case, accents optional).")],
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    limit: Annotated[int, typer.Option(min=1, help="Most claims listed.")] = 50,
):
    """Find words in quotes, attribution words, notes and entity names, with the claims they belong to."""
    from ..search import search as search_dataset

    ds = load(data)
    found = search_dataset(ds, words, limit=limit)
    if json:
        print_json(found)
        return
    if found["entities"]:
        _heading(f"entities ({len(found['entities'])})")
        for e in found["entities"]:
            out.print(f"  {e['name']} ({e['type']}, id {e['id']}) — matched in {', '.join(e['fields'])}", markup=False)
    _heading(
        f"claims ({found['claims_total']}{', first ' + str(len(found['claims'])) if found['claims_total'] > len(found['claims']) else ''})"
    )
    for rec in found["claims"]:
        out.print(f"  [matched in {', '.join(rec['matched'])}]", markup=False)
        _print_claims([rec], indent="  ")


def coverage(
    document: Annotated[str | None, typer.Argument(help="Document id; omit for every document.")] = None,
    data: DataOption = Path("seeds"),
    json: JsonOption = False,
    headings: Annotated[bool, typer.Option("--headings", help="Also list unquoted headings and bylines.")] = False,
):
    """What no claim quotes: each document's sentences without a claim, and unquoted runs inside quoted sentences."""
    from ..coverage import GAP_WORDS
    from ..coverage import coverage as coverage_of
    from ..errors import LookupFailed

    ds = load(data)
    if document is not None and document not in ds.documents:
        raise LookupFailed(f"no document is called {document!r}.", sorted(ds.documents))
    rows = coverage_of(ds, [document] if document else None)
    if json:
        print_json(rows)
        return
    for r in rows:
        missing = [s for s in r["uncovered"] if headings or not s["heading"]]
        _heading(
            f"{r['document']} — {r['covered']} of {r['sentences']} sentences hold a claim (headings not "
            f"counted); {len(r['gaps'])} unquoted runs of {GAP_WORDS}+ words inside them"
        )
        for s in missing:
            out.print(f"  ✗ [{s['start']}:{s['end']}]{' (heading)' if s['heading'] else ''} {s['text']}", markup=False)
        for g in r["gaps"]:
            out.print(f"  ~ [{g['start']}:{g['end']}] …{g['text']}…", markup=False)
        out.print()


def register(app: typer.Typer) -> None:
    """Add the answer commands to *app*."""
    for func in (show, claim, said, search, coverage):
        app.command(func.__name__)(handle_errors(func))
