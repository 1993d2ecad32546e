"""Ingestion commands: ``kg ingest`` (register an article, write a draft) and ``kg review``."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from ..errors import KGError
from ..model import format_quantity
from .common import JsonOption, err, handle_errors, out, print_json, styled

__all__ = ["ingest", "register", "review"]

_Data = Annotated[
    Path | None,
    typer.Option(
        "--data",
        "-d",
        help="Dataset folder (default: seeds; for review, the folder the draft lives in).",
        envvar="KG_DATA",
    ),
]


def _split_ids(values: list[str] | None) -> list[str]:
    return [i for v in values or [] for i in re.split(r"[\s,]+", v) if i]


def ingest(
    file: Annotated[
        Path, typer.Argument(help="The article: plain text, optionally with the seed header ' date YYYY[-MM[-DD]] '.")
    ],
    date: Annotated[str | None, typer.Option(help="Publication date YYYY[-MM[-DD]] (else the header's).")] = None,
    title: Annotated[str | None, typer.Option(help="Title (else the first line).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet as printed.")] = None,
    author: Annotated[str | None, typer.Option(help="Author.")] = None,
    lang: Annotated[str | None, typer.Option(help="Language: it or en (else detected from the text).")] = None,
    reliability: Annotated[str, typer.Option(help="Admiralty source reliability A-F.")] = "F",
    url: Annotated[str | None, typer.Option(help="Source URL.")] = None,
    max_mb: Annotated[float, typer.Option(help="Refuse files larger than this many MB.")] = 2.0,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Extract and check, write nothing.")] = False,
    allow_duplicate: Annotated[
        bool,
        typer.Option(
            "--allow-duplicate",
            help="Register a near-copy of a registered document anyway, as copy_of it (not an independent origin).",
        ),
    ] = False,
    data: _Data = None,
    json: JsonOption = False,
):
    """Register a new article (text copied into the dataset, sha256) and write a draft for review."""
    from ..extract.ingest import ingest_file

    data = data or Path("seeds")
    if reliability not in tuple("ABCDEF"):
        raise typer.BadParameter("use an Admiralty grade A-F", param_hint="--reliability")
    spinner = err.status(styled(f"Extracting {file} ...")) if err.is_terminal and not json else nullcontext()
    with spinner, _os_errors("nothing was registered"):
        r = ingest_file(
            file,
            data,
            date=date,
            title=title,
            outlet=outlet,
            author=author,
            lang=lang,
            reliability=reliability,
            url=url,
            max_bytes=int(max_mb * 1e6),
            dry_run=dry_run,
            allow_duplicate=allow_duplicate,
        )
    x = r.extraction
    summary = {
        "document": r.document,
        "text": str(r.text_path),
        "draft": str(r.draft_path),
        "dry_run": dry_run,
        "sentences": x.sentences,
        "known_entities": len({m.entity for m in x.mentions if m.known}),
        "entity_candidates": len(x.candidates),
        "claim_candidates": len(x.claims),
        "notes": r.notes,
    }
    if json:
        print_json(summary)
        return
    verb = "would register" if dry_run else "registered"
    out.print(styled(f"{verb} ", (r.document["id"], "bold"), f" ({r.document['file']}): {r.document['title']}"))
    out.print(
        f"{x.sentences} sentences, {summary['known_entities']} known entities mentioned, "
        f"{len(x.candidates)} new-entity candidates, {len(x.claims)} candidate claims"
    )
    for note in r.notes:
        err.print(_note(note))
    if not dry_run:
        out.print(f"draft: {r.draft_path}\nreview it with:  kg review {r.draft_path}")


def _doc_text(data: Path, draft: dict) -> str:
    """The draft's document text (read as validation reads it: a regular file within the limit), or ``""``."""
    from ..documents import read_document_text
    from ..files import FileRefused

    try:
        return read_document_text(data / draft["document"]["file"]).text
    except (FileRefused, UnicodeDecodeError, KeyError, TypeError):
        return ""


@contextmanager
def _os_errors(outcome: str) -> Iterator[None]:
    """A file that cannot be read or written becomes a one-line error, not a traceback."""
    try:
        yield
    except OSError as exc:
        where = exc.filename2 or exc.filename
        raise KGError(f"{where or 'a file'}: {exc.strerror or exc}; {outcome}") from None


def _note(note: str) -> Text:
    return styled(("note:", "yellow"), f" {note}")


def _error(message: str) -> Text:
    return styled(("error:", "red"), f" {message}")


def _highlight(text: str, sent: tuple[int, int], span: tuple[int, int]) -> Text:
    """The sentence *sent* of *text* on one line, the span highlighted (shown literally)."""
    s, e = sent
    a, b = span
    flat = [part.replace("\n", " ") for part in (text[s:a], text[a:b], text[b:e])]
    if not text or not (s <= a <= b <= e):
        return styled(text[a:b].replace("\n", " ") if text else "")
    return styled(flat[0].lstrip(), (flat[1], "bold yellow"), flat[2].rstrip())


def _show_item(it: dict, text: str) -> None:
    status = it.get("status", "pending") + (", written" if it.get("applied") else "")
    if "entity" in it:
        e = it["entity"]
        out.print(
            styled(
                (str(it["id"]), "bold"),
                f" [{status}] new entity ",
                (str(e.get("name", "")), "bold"),
                f" ({e.get('type')}, id {e.get('id')}) — {it.get('reason', '')}",
            )
        )
        if e.get("aliases"):
            out.print(f"    aliases: {', '.join(map(str, e['aliases']))}")
        for m in it.get("mentions", [])[:3]:
            lo = max(0, m["start"] - 60)
            hi = min(len(text), m["end"] + 60)
            out.print(styled("    …") + _highlight(text, (lo, hi), (m["start"], m["end"])) + "…")
        return
    c = it["claim"]
    flags = []
    if c.get("hedged"):
        flags.append("hedged")
    if c.get("attributed_to"):
        flags.append(f"according to {c['attributed_to']}")
    if c.get("quantity") is not None:
        flags.append(format_quantity(c["quantity"], c.get("quantity_bound"), c.get("unit")))
    for k in ("date", "valid_from", "valid_to"):
        if c.get(k):
            flags.append(f"{k} {c[k]}")
    if c.get("item"):
        flags.append(f"item {c['item']}")
    flags.append(f"credibility {c.get('credibility')}")
    out.print(
        styled(
            (str(it["id"]), "bold"),
            f" [{status}] {c.get('subject')} —",
            (str(c.get("predicate")), "bold"),
            f"→ {c.get('object')}  (cue {it.get('cue', '')!r}; {'; '.join(flags)})",
        )
    )
    sent = it.get("sentence", {})
    shown = _highlight(text, (sent.get("start", 0), sent.get("end", 0)), (it.get("start", 0), it.get("end", 0)))
    out.print(styled("    ") + (shown if shown.plain else styled(str(c.get("quote", "")).replace("\n", " "))))
    for a in it.get("ambiguous", []):
        out.print(
            styled(
                "    ",
                ("ambiguous:", "yellow"),
                f" {a['text']!r} taken as {a['entity']}, also names {', '.join(a['alternatives'])}",
            )
        )


def _interactive(draft: dict, text: str, session=None):
    """Line-by-line prompts (``--prompts``): for terminals where the full-screen review cannot run.

    With a *session* every answer is also recorded there at once (journaled, checked:
    a mistyped field name is refused and earlier answers stay); without one the answers
    are only collected, to be checked when they are applied.
    """
    from ..extract import review as rv

    d = rv.Decisions()
    pending = [it for it in rv.draft_items(draft) if it.get("status", "pending") == "pending"]
    if not pending:
        out.print("nothing pending in this draft")
        return d
    out.print(
        f"{len(pending)} pending items. For each: [a]ccept, [r]eject, [s]kip, "
        "[e]dit field=value (then decide), [q]uit and write the accepted items."
    )
    for it in pending:
        _show_item(it, text)
        while True:
            answer = typer.prompt("    a/r/s/e/q", default="s").strip()
            if answer in ("a", "accept", "r", "reject"):
                status = "accepted" if answer.startswith("a") else "rejected"
                try:
                    if session is not None:
                        session.decide(it["id"], status)
                except KGError as exc:
                    err.print(_error(str(exc)))
                    continue
                (d.accept if status == "accepted" else d.reject).append(it["id"])
                out.print(f"    {it['id']} {status}")
            elif answer.startswith("e"):
                assignment = answer[1:].strip() or typer.prompt("    field=value")
                try:
                    item_id, fname, value = rv.parse_assignment(f"{it['id']} {assignment}")
                    if session is not None:
                        old, new = session.edit(item_id, fname, value)
                        out.print(f"    {item_id}.{fname}: {old} → {new}")
                    else:
                        out.print(f"    {item_id}.{fname} = {value}")
                    d.sets.append((item_id, fname, value))
                except KGError as exc:
                    err.print(_error(f"{exc} (earlier answers are kept)"))
                continue
            elif answer in ("q", "quit"):
                return d
            elif answer not in ("s", "skip", ""):
                err.print("answer a, r, s, e field=value or q")
                continue
            break
    return d


def _interactive_refusal(reason: str) -> KGError:
    return KGError(
        f"the interactive review needs a terminal ({reason}); decide with flags instead: "
        "--accept ID,.. --reject ID,.. --set 'ID field=value' --accept-all-entities --accept-all "
        "[--include-low-confidence] [--dry-run], or list the items with --no-input / --json"
    )


def _print_result(r, dry_run: bool, json: bool) -> None:
    summary = {
        "dry_run": dry_run,
        "entities_added": r.entities_added,
        "claims_added": r.claims_added,
        "rejected": r.rejected,
        "written": [str(p) for p in r.written],
        "notes": r.notes,
    }
    if json:
        print_json(summary)
        return
    verb = "would add" if dry_run else "added"
    out.print(
        f"{verb} {len(r.entities_added)} entities, {len(r.claims_added)} claims; "
        f"rejected {len(r.rejected)}; the dataset validates"
    )
    for note in r.notes:
        err.print(_note(note))
    if not dry_run:
        for p in r.written:
            err.print(f"wrote {p}")


def _run_session(draft: Path, data: Path, prompts: bool, content: dict, text: str) -> None:
    """The interactive review: full screen, or line prompts; decisions journaled as they are made."""
    from ..review import ReviewSession

    with ReviewSession(draft, data) as session:
        for note in session.notes:
            err.print(_note(note))
        if prompts:
            _interactive(session.draft, text, session)
            if not session.ops:
                out.print("no decision; nothing written")
                return
            _print_result(session.finish(), False, False)
            return
        from ..tui import run_review

        result = run_review(session)
        if result is not None:
            _print_result(result, False, False)
        waiting = [it["id"] for it in session.items if it.get("status") == "accepted" and not it.get("applied")]
        if session.ops and session.journal is not None:
            out.print(
                f"{len(session.ops)} decision(s) saved in {session.journal.path}"
                + (f"; {len(waiting)} accepted item(s) not yet written" if waiting else "")
                + f". Continue with:  kg review {draft}  (f writes them)"
            )


def review(
    draft: Annotated[Path, typer.Argument(help="A draft file written by kg ingest (DIR/drafts/doc-NNN.yaml).")],
    accept: Annotated[
        list[str] | None, typer.Option("--accept", "-a", help="Accept items (ids; repeat or separate with commas).")
    ] = None,
    reject: Annotated[list[str] | None, typer.Option("--reject", "-r", help="Reject items (ids).")] = None,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", "-s", help="Edit an item: 'ID field=value' (e.g. 'c3 credibility=1', 'e2 type=Person')."),
    ] = None,
    accept_all_entities: Annotated[
        bool, typer.Option("--accept-all-entities", help="Accept every pending new-entity candidate.")
    ] = False,
    accept_all: Annotated[
        bool, typer.Option("--accept-all", help="Accept every pending item except low-confidence claims.")
    ] = False,
    include_low_confidence: Annotated[
        bool, typer.Option("--include-low-confidence", help="With --accept-all, accept low-confidence claims too.")
    ] = False,
    show: Annotated[str, typer.Option(help="Which items to list: pending, all, accepted, rejected.")] = "pending",
    interactive: Annotated[
        bool,
        typer.Option(
            "--interactive", "-i", help="The full-screen review (the default on a terminal when no decision is given)."
        ),
    ] = False,
    prompts: Annotated[
        bool, typer.Option("--prompts", help="Line-by-line prompts instead of the full screen.")
    ] = False,
    no_input: Annotated[bool, typer.Option("--no-input", help="Never prompt, even on a terminal.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate the decisions, write nothing.")] = False,
    data: _Data = None,
    json: JsonOption = False,
):
    """Review a draft: on a terminal, a full-screen review (keys a/r/s/u, e edit, n new claim, N new entity,
    v uncovered sentences, f finish); otherwise list the items, or apply --accept/--reject/--set decisions.

    Interactive decisions are saved as they are made (drafts/doc-NNN.decisions.jsonl) and resume on the
    next run. Accepted items are appended to entities.yaml / claims/NNN.yaml only if the dataset still
    validates; otherwise nothing is written and the problems are listed.
    """
    import os

    from ..extract.draft import read_draft
    from ..extract.review import Decisions, apply_review, parse_assignment
    from ..review.journal import journal_path

    if data is None:
        data = draft.resolve().parent.parent if draft.resolve().parent.name == "drafts" else Path("seeds")
    if show not in ("pending", "all", "accepted", "rejected"):
        raise typer.BadParameter("choose pending, all, accepted or rejected", param_hint="--show")
    if not draft.is_file():
        raise KGError(f"{draft}: no such draft")
    d = Decisions(
        _split_ids(accept),
        _split_ids(reject),
        [parse_assignment(s) for s in set_ or []],
        accept_all_entities,
        accept_all,
        include_low_confidence,
    )
    content = read_draft(draft)
    text = _doc_text(data, content)
    journal = journal_path(draft)
    saved = journal.exists() and journal.stat().st_size > 0
    wants = interactive or prompts
    if d.empty() and not json and not no_input:
        ci = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
        tty = sys.stdin.isatty() and sys.stdout.isatty()
        if wants and (ci or not tty):
            raise _interactive_refusal("CI is set" if ci else "standard input or output is not a terminal")
        if wants or (tty and not ci):
            _run_session(draft, data, prompts, content, text)
            return
    elif wants:
        raise typer.BadParameter("--interactive and --prompts take no decision flags, --no-input or --json")
    if saved:
        err.print(
            _note(
                f"{journal} holds decisions of an interactive review, "
                f"not used here; kg review {draft} on a terminal resumes them"
            )
        )
    if d.empty():
        items = [
            it
            for it in content.get("entities", []) + content.get("claims", []) + content.get("low_confidence", [])
            if show == "all" or it.get("status", "pending") == show
        ]
        if json:
            print_json({"document": content["document"], "notes": content.get("notes", []), "items": items})
            return
        out.print(
            styled("draft for ", (str(content["document"]["id"]), "bold"), f": {content['document'].get('title', '')}")
        )
        for note in content.get("notes", []):
            out.print(_note(str(note)))
        for it in items:
            _show_item(it, text)
        out.print(
            f"{len(items)} {show} item(s). Decide with --accept ID…, --reject ID…, --set 'ID field=value', "
            "--accept-all-entities, --accept-all [--include-low-confidence]."
        )
        return
    _print_result(apply_review(draft, data, d, dry_run=dry_run), dry_run, json)


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``review`` to *app*."""
    app.command("ingest")(handle_errors(ingest))
    app.command("review")(handle_errors(review))
