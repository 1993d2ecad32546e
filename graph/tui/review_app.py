"""The keyboard-driven review of a draft: a thin textual layer over :class:`graph.review.ReviewSession`.

Every decision goes to the session, which checks it and journals it before the screen
changes; this module only draws and reads keys. Text from articles is drawn as
:class:`rich.text.Text` with style spans, never as markup, so brackets in a quote are
just brackets.

Keys (also in the footer and on ``?``): ``a`` accept, ``r`` reject, ``s`` skip to the next
pending item, ``u`` undo, ``e`` edit a field (``field=value``, with completion), ``n`` add a
claim from the sentence, ``N`` add an entity, ``v`` sentences without a claim, ``f`` finish
(write the accepted items to the curated files, validated, all or nothing), ``q`` quit
(decisions stay in the journal), ``↑``/``↓`` previous/next item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..errors import DatasetError, KGError
from ..extract.candidates import slugify
from ..extract.review import CLAIM_FIELDS, ENTITY_FIELDS, ReviewResult
from ..review import ReviewSession
from ..review.highlight import ROLES, Span

__all__ = ["STYLES", "ReviewApp", "highlighted", "run_review"]

#: How each part of the evidence is drawn.
STYLES = {
    "quote": "underline",
    "hedge": "italic #000000 on #ffb3b3",
    "attribution": "bold #000000 on #d9b3ff",
    "cue": "bold #000000 on #b3f0a1",
    "quantity": "bold #000000 on #8fe3d6",
    "object": "bold #000000 on #ffd27a",
    "subject": "bold #000000 on #9cc8ff",
    "mention": "bold #000000 on #ffd27a",
}
_RELATION_STYLES = {
    "already curated": "bold magenta",
    "disagrees": "bold red",
    "differs": "bold yellow",
    "agrees": "bold green",
}


def highlighted(text: str, window: tuple[int, int], spans: list[Span]) -> Text:
    """``text[window]`` as rich Text with *spans* styled (never parsed as markup).

    Examples
    --------
    >>> t = highlighted("x [bold]y[/bold] z", (0, 18), [Span(2, 14, "cue")])
    >>> t.plain, [(s.start, s.end) for s in t.spans]
    ('x [bold]y[/bold] z', [(2, 14)])
    """
    lo, hi = window
    out = Text(text[lo:hi].replace("\n", " "))
    for role in ROLES:
        for s in spans:
            if s.role == role and lo <= s.start < s.end <= hi:
                out.stylize(STYLES.get(role, "bold"), s.start - lo, s.end - lo)
    return out


def legend() -> Text:
    """The colour key for the highlighted sentence."""
    parts: list[Any] = []
    for role in ("subject", "object", "cue", "attribution", "hedge", "quantity", "quote"):
        parts += [(f" {role} ", STYLES[role]), " "]
    return Text.assemble(*parts)


class _Suggest(Suggester):
    """Completion from a function of the typed text (``None``: no suggestion)."""

    def __init__(self, fn: Callable[[str], str | None]):
        super().__init__(use_cache=False, case_sensitive=True)
        self.fn = fn

    async def get_suggestion(self, value: str) -> str | None:
        return self.fn(value)


def _field_suggester(session: ReviewSession, fname: str) -> _Suggest:
    def fn(value: str) -> str | None:
        if not value.strip():
            return None
        for ch in session.complete(fname, value, limit=20):
            if ch.text.lower().startswith(value.lower()):
                return ch.text
        return None

    return _Suggest(fn)


def _matches(session: ReviewSession, fname: str, value: str) -> Text:
    found = session.complete(fname, value, limit=6)
    if not found:
        return Text("")
    return Text.assemble(
        "matches: ",
        *[part for ch in found for part in ((ch.text, "bold"), (f" {ch.label}" if ch.label else "", "dim"), "   ")],
    )


class _Form(ModalScreen):
    """A column of inputs; enter moves to the next one, enter on the last submits.

    *submit* gets the values and returns an error message (the form stays open) or
    ``None`` (the form closes).
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    _Form { align: center middle; }
    _Form > Vertical { width: 90%; height: auto; max-height: 90%; border: thick $accent; padding: 1 2;
                       background: $surface; }
    _Form Input { margin: 0 0 0 0; }
    _Form .error { color: $error; }
    """

    def __init__(
        self,
        title: Text,
        fields: Sequence[tuple[str, str, str, Suggester | None]],
        submit: Callable[[dict[str, str]], str | None],
        session: ReviewSession | None = None,
        complete_fields: dict[str, str] | None = None,
    ):
        super().__init__()
        self.title_text = title
        self.fields = fields  # (name, label/placeholder, initial value, suggester)
        self.submit = submit
        self.session = session
        self.complete_fields = complete_fields or {}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, id="form-title")
            for name, placeholder, value, suggester in self.fields:
                yield Input(value=value, placeholder=placeholder, suggester=suggester, id=f"f-{name}")
            yield Static("", id="matches")
            yield Static("", id="form-error", classes="error")
            yield Static(Text("enter: next field / save · → or end: take the completion · esc: cancel", style="dim"))

    def on_input_changed(self, event: Input.Changed) -> None:
        name = (event.input.id or "")[2:]
        fname = self.complete_fields.get(name)
        if self.session is not None and fname:
            self.query_one("#matches", Static).update(_matches(self.session, fname, event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        i = inputs.index(event.input)
        if i + 1 < len(inputs):
            inputs[i + 1].focus()
            return
        values = {(inp.id or "")[2:]: inp.value for inp in inputs}
        error = self.submit(values)
        if error:
            self.query_one("#form-error", Static).update(Text(error))
        else:
            self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)


class _EditForm(_Form):
    """One ``field=value`` line with completion of field names and values."""

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.session is None or "=" not in event.value:
            return
        fname, value = event.value.split("=", 1)
        self.query_one("#matches", Static).update(_matches(self.session, fname.strip(), value.strip()))


class _EntityForm(_Form):
    """The new-entity form: the id made from the name is shown as the id field's placeholder."""

    def on_input_changed(self, event: Input.Changed) -> None:
        super().on_input_changed(event)
        if event.input.id == "f-name":
            self.query_one("#f-id", Input).placeholder = f"id (blank: {slugify(event.value)})"


class _TextScreen(ModalScreen):
    """A scrollable page of text (help, validation problems); any of esc, q, enter closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,enter", "close", "Close")]
    DEFAULT_CSS = """
    _TextScreen { align: center middle; }
    _TextScreen > VerticalScroll { width: 90%; height: 80%; border: thick $accent; padding: 1 2; background: $surface; }
    """

    def __init__(self, body: Text):
        super().__init__()
        self.body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.body)

    def action_close(self) -> None:
        self.dismiss(None)


class _CoverageScreen(ModalScreen):
    """The article's sentences that no claim covers yet; enter or n adds a claim from one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close"),
        Binding("n", "add", "New claim from sentence"),
    ]
    DEFAULT_CSS = """
    _CoverageScreen { align: center middle; }
    _CoverageScreen > Vertical { width: 95%; height: 90%; border: thick $accent; padding: 0 1; background: $surface; }
    _CoverageScreen OptionList { height: 1fr; }
    """

    def __init__(self, session: ReviewSession):
        super().__init__()
        self.session = session
        self.sentences = session.uncovered()

    def compose(self) -> ComposeResult:
        n, total = len(self.sentences), len(self.session.sentences)
        with Vertical():
            yield Static(
                Text(
                    f"{n} of {total} sentences have no claim (headings left out). "
                    "enter or n: add a claim from the sentence · esc: back",
                    style="bold",
                )
            )
            yield OptionList(
                *[Option(Text(self.session.text[s:e].replace("\n", " ")), id=f"{s}-{e}") for s, e in self.sentences],
                id="uncovered",
            )
            yield Footer()

    def _chosen(self) -> tuple[int, int] | None:
        ol = self.query_one(OptionList)
        if ol.highlighted is None or not self.sentences:
            return None
        return self.sentences[ol.highlighted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_add()

    def action_add(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.dismiss(chosen)

    def action_close(self) -> None:
        self.dismiss(None)


class ReviewApp(App):
    """The review of one draft (see the module doc). ``result`` holds the last write, if any."""

    TITLE = "kg review"
    CSS = """
    #progress { height: auto; padding: 0 1; background: $boost; }
    #body { height: 1fr; padding: 0 1; }
    #sentence { margin: 1 0 0 0; }
    #legend { margin: 0 0 1 0; }
    #related { margin: 1 0 0 0; }
    #status { height: auto; max-height: 6; padding: 0 1; background: $boost; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept"),
        Binding("r", "reject", "Reject"),
        Binding("s", "skip", "Skip"),
        Binding("u", "undo", "Undo"),
        Binding("e", "edit", "Edit"),
        Binding("n", "new_claim", "New claim"),
        Binding("N", "new_entity", "New entity"),
        Binding("v", "coverage", "Uncovered"),
        Binding("f", "finish", "Finish"),
        Binding("q", "quit_review", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("down,j", "move(1)", "Next", show=False),
        Binding("up,k", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, session: ReviewSession):
        super().__init__()
        self.session = session
        self.index = self._first_pending(0)
        self.result: ReviewResult | None = None
        self.messages: list[Text] = [Text(n, style="yellow") for n in session.notes]

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="progress")
        with VerticalScroll(id="body"):
            yield Static(id="head")
            yield Static(id="sentence")
            yield Static(legend(), id="legend")
            yield Static(id="fields")
            yield Static(id="related")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        doc = self.session.base["document"]
        self.sub_title = f"{doc['id']}: {doc.get('title', '')}"
        self.refresh_view()

    # -- drawing ----------------------------------------------------------------------------

    @property
    def current(self) -> dict | None:
        items = self.session.items
        if not items:
            return None
        self.index = max(0, min(self.index, len(items) - 1))
        return items[self.index]

    def _first_pending(self, start: int) -> int:
        items = self.session.items
        for k in range(len(items)):
            i = (start + k) % len(items)
            if items[i].get("status", "pending") == "pending":
                return i
        return min(start, max(0, len(items) - 1))

    def say(self, message: str | Text, style: str = "") -> None:
        """Show *message* on the status line (plain text, never markup)."""
        text = message if isinstance(message, Text) else Text(message, style=style)
        self.messages = ([*self.messages, text])[-4:]
        self.query_one("#status", Static).update(Text("\n").join(self.messages))

    def refresh_view(self) -> None:
        s = self.session
        c = s.counts()
        it = self.current
        where = f"{it['id']} · item {self.index + 1} of {c.total}" if it else "no items"
        self.query_one("#progress", Static).update(
            Text(
                f"{where} · pending {c.pending} · accepted {c.accepted} · rejected {c.rejected} · added {c.added}"
                f" · written {c.written} · uncovered sentences {len(s.uncovered())}"
            )
        )
        self.query_one("#status", Static).update(Text("\n").join(self.messages))
        if it is None:
            for wid in ("#head", "#sentence", "#fields", "#related"):
                self.query_one(wid, Static).update(Text(""))
            self.query_one("#head", Static).update(
                Text("This draft has no items: n adds a claim, v lists the sentences.")
            )
            return
        if "claim" in it:
            self._draw_claim(it)
        else:
            self._draw_entity(it)

    def _status_text(self, it: dict) -> Text:
        status = it.get("status", "pending")
        style = {"accepted": "bold green", "rejected": "bold red"}.get(status, "bold")
        parts: list[Any] = [(f"[{status}]", style)]
        if it.get("applied"):
            parts.append((" written", "green"))
        if it.get("added"):
            parts.append((" added in review", "cyan"))
        if self.session.is_low_confidence(it):
            parts.append((" low confidence", "bold yellow"))
        return Text.assemble(*parts)

    def _draw_claim(self, it: dict) -> None:
        s = self.session
        c = it["claim"]
        head = Text.assemble(
            (it["id"], "bold"),
            " ",
            self._status_text(it),
            "  ",
            (s.entity_name(c.get("subject")), STYLES["subject"]),
            " ",
            (str(c.get("predicate")), "bold"),
            " ",
            (s.entity_name(c.get("object")), STYLES["object"]),
        )
        self.query_one("#head", Static).update(head)
        window, spans = s.spans(it)
        sentence = highlighted(s.text, window, spans) if window != (0, 0) else Text(str(c.get("quote", "")))
        self.query_one("#sentence", Static).update(sentence)
        lines = []
        for key in CLAIM_FIELDS:
            if key in c:
                value = c[key]
                shown = (
                    f"{value} ({s.entity_name(value)})"
                    if key in ("subject", "object", "attributed_to", "item")
                    and isinstance(value, str)
                    and s.entity_name(value) != value
                    else str(value)
                )
                lines.append(Text.assemble((f"{key:>16} ", "dim"), shown))
        extra = [
            ("cue", it.get("cue")),
            ("attribution cue", it.get("attribution_cue")),
            ("confidence", it.get("confidence")),
            ("score", it.get("score")),
        ]
        for label, value in extra:
            if value not in (None, ""):
                lines.append(Text.assemble((f"{label:>16} ", "dim"), str(value)))
        for label in ("reasons", "notes"):
            for value in it.get(label) or []:
                lines.append(Text.assemble((f"{label[:-1]:>16} ", "dim"), str(value)))
        self.query_one("#fields", Static).update(Text("\n").join(lines))
        related = s.related(it)
        if related:
            rows = [Text("Curated claims about the same subject and predicate:", style="bold")]
            for r in related[:8]:
                rows.append(
                    Text.assemble((f"{r['relation']:>15} ", _RELATION_STYLES.get(r["relation"], "bold")), r["summary"])
                )
                rows.append(Text.assemble(" " * 16, (f"{r['document']}: “{r['quote']}”", "dim")))
            if len(related) > 8:
                rows.append(Text(f"{' ' * 16}... and {len(related) - 8} more", style="dim"))
        else:
            rows = [Text("No curated claim about the same subject and predicate.", style="dim")]
        self.query_one("#related", Static).update(Text("\n").join(rows))

    def _draw_entity(self, it: dict) -> None:
        s = self.session
        e = it["entity"]
        head = Text.assemble(
            (it["id"], "bold"),
            " ",
            self._status_text(it),
            "  new entity ",
            (str(e.get("name", "")), STYLES["mention"]),
            f"  ({e.get('type')}, id {e.get('id')})",
        )
        self.query_one("#head", Static).update(head)
        contexts = [Text.assemble("…", highlighted(s.text, w, [span]), "…") for w, span in s.mention_contexts(it)]
        self.query_one("#sentence", Static).update(Text("\n").join(contexts) if contexts else Text(""))
        lines = [
            Text.assemble(
                (f"{key:>16} ", "dim"), ", ".join(map(str, e[key])) if isinstance(e[key], list) else str(e[key])
            )
            for key in ENTITY_FIELDS
            if key in e
        ]
        if it.get("reason"):
            lines.append(Text.assemble((f"{'reason':>16} ", "dim"), str(it["reason"])))
        self.query_one("#fields", Static).update(Text("\n").join(lines))
        users = [
            c["id"]
            for c in s.items
            if "claim" in c
            and e.get("id") in (c["claim"].get("subject"), c["claim"].get("object"), c["claim"].get("attributed_to"))
        ]
        self.query_one("#related", Static).update(
            Text(f"Used by claims: {', '.join(users)}" if users else "No drafted claim uses it.", style="dim")
        )

    # -- decisions --------------------------------------------------------------------------

    def _decide(self, status: str) -> None:
        it = self.current
        if it is None:
            return
        try:
            self.session.decide(it["id"], status)
        except KGError as exc:
            self.say(str(exc), "bold red")
            return
        self.say(f"{it['id']} {status}", "green" if status == "accepted" else "red")
        self.index = self._first_pending(self.index + 1)
        self.refresh_view()

    def action_accept(self) -> None:
        self._decide("accepted")

    def action_reject(self) -> None:
        self._decide("rejected")

    def action_skip(self) -> None:
        if self.current is not None:
            self.say(f"{self.current['id']} skipped (still pending)", "dim")
        self.index = self._first_pending(self.index + 1)
        self.refresh_view()

    def action_move(self, step: int) -> None:
        n = len(self.session.items)
        if n:
            self.index = (self.index + step) % n
            self.refresh_view()

    def action_undo(self) -> None:
        op = self.session.undo()
        if op is None:
            self.say("nothing to undo", "dim")
            return
        what = {
            "decide": f"{op.get('status')} {op.get('item')}",
            "set": f"{op.get('item')}.{op.get('field')} edit",
            "add_claim": f"added claim {op.get('item')}",
            "add_entity": f"added entity {op.get('item')}",
        }
        self.say(f"undid: {what.get(op['op'], op['op'])}", "yellow")
        ids = [it["id"] for it in self.session.items]
        if op.get("item") in ids:
            self.index = ids.index(op["item"])
        self.refresh_view()

    def action_edit(self) -> None:
        it = self.current
        if it is None:
            return
        fields = ENTITY_FIELDS if "entity" in it else CLAIM_FIELDS
        title = Text.assemble("Edit ", (it["id"], "bold"), ": field=value (", ", ".join(fields), ")")

        def submit(values: dict[str, str]) -> str | None:
            line = values.get("line", "")
            try:
                fname, old, new = self.session.edit_line(it["id"], line)
            except KGError as exc:
                return str(exc)
            name = self.session.entity_name(new) if isinstance(new, str) else ""
            shown = f"{new} ({name})" if name and name != new else str(new)
            self.say(Text.assemble("edited ", (f"{it['id']}.{fname}", "bold"), f": {old} → {shown}"))
            self.refresh_view()
            return None

        suggester = _Suggest(lambda v: self.session.suggest(v, it))
        self.push_screen(
            _EditForm(
                title,
                [("line", "field=value, e.g. credibility=3 or subject=Pyongyang", "", suggester)],
                submit,
                self.session,
            )
        )

    def _sentence_for_new(self) -> tuple[int, int] | None:
        it = self.current
        if it is not None and "claim" in it:
            window, _ = self.session.spans(it)
            if window != (0, 0):
                return window
        if it is not None and it.get("mentions"):
            found = self.session.sentence_of(int(it["mentions"][0].get("start", 0)))
            if found:
                return found
        uncovered = self.session.uncovered()
        return uncovered[0] if uncovered else (self.session.sentences[0] if self.session.sentences else None)

    def _show_added(self, new_id: str, summary: str) -> None:
        """Say what was added, then show the new (accepted) item."""
        self.say(f"added and accepted {new_id}: {summary}", "green")
        self.index = [i["id"] for i in self.session.items].index(new_id)
        self.refresh_view()

    def add_claim_form(self, sentence: tuple[int, int] | None) -> None:
        """Open the form that adds a claim from *sentence* (offsets into the document text)."""
        s = self.session
        if sentence is None:
            self.say("the document has no sentence to quote", "bold red")
            return
        lo, hi = sentence
        hint = (
            "\nsubject and object: an id, name or alias (new entities: N first); "
            "the quote must be words of this sentence, verbatim."
        )
        title = Text.assemble(("New claim from: ", "bold"), Text(s.text[lo:hi].replace("\n", " ")), (hint, "dim"))

        def submit(values: dict[str, str]) -> str | None:
            try:
                new_id = s.add_claim(
                    values["subject"], values["predicate"], values["object"], values["quote"], sentence=(lo, hi)
                )
            except KGError as exc:
                return str(exc)
            c = s.item(new_id)["claim"]
            self._show_added(new_id, f"{c['subject']} {c['predicate']} {c['object']}")
            return None

        fields = [
            ("subject", "subject", "", _field_suggester(s, "subject")),
            ("predicate", "predicate (from the schema)", "", _field_suggester(s, "predicate")),
            ("object", "object", "", _field_suggester(s, "object")),
            ("quote", "quote (verbatim)", s.text[lo:hi], None),
        ]
        self.push_screen(
            _Form(title, fields, submit, s, {"subject": "subject", "predicate": "predicate", "object": "object"})
        )

    def action_new_claim(self) -> None:
        self.add_claim_form(self._sentence_for_new())

    def action_new_entity(self) -> None:
        s = self.session
        hint = " — the id defaults to one made from the name; aliases are comma-separated"
        title = Text.assemble(("New entity", "bold"), (hint, "dim"))

        def submit(values: dict[str, str]) -> str | None:
            try:
                new_id = s.add_entity(values["name"], values["type"], values["id"], values["aliases"])
            except KGError as exc:
                return str(exc)
            e = s.item(new_id)["entity"]
            self._show_added(new_id, f"{e['name']} ({e['type']}, id {e['id']})")
            return None

        fields = [
            ("name", "name", "", None),
            ("type", "type (from the schema)", "", _field_suggester(s, "type")),
            ("id", "id (blank: made from the name)", "", None),
            ("aliases", "aliases, comma-separated", "", None),
        ]
        form = _EntityForm(title, fields, submit, s, {"type": "type"})
        self.push_screen(form)

    def action_coverage(self) -> None:
        def chosen(sentence: tuple[int, int] | None) -> None:
            if sentence is not None:
                self.add_claim_form(sentence)

        self.push_screen(_CoverageScreen(self.session), chosen)

    def action_finish(self) -> None:
        try:
            self.result = self.session.finish()
        except DatasetError as exc:
            why = (
                "Nothing was written: the dataset would not validate. Your decisions are kept; "
                "fix them (e edit, r reject, u undo) and finish again.\n\n"
            )
            body = Text.assemble((why, "bold red"), Text("\n".join(str(p) for p in exc.problems)))
            self.push_screen(_TextScreen(body))
            self.say(f"not written: {len(exc.problems)} validation problem(s)", "bold red")
            return
        except KGError as exc:
            self.say(f"not written: {exc}", "bold red")
            return
        r = self.result
        self.say(
            f"wrote {len(r.entities_added)} entities, {len(r.claims_added)} claims; the dataset validates", "bold green"
        )
        self.index = self._first_pending(0)
        self.refresh_view()

    def action_help(self) -> None:
        rows = [Text("Keys", style="bold")]
        for b in self.BINDINGS:
            if isinstance(b, Binding):
                rows.append(Text.assemble((f"{b.key:>12}  ", "bold"), b.description))
        rows += [
            Text(""),
            Text("Highlights", style="bold"),
            legend(),
            Text(""),
            Text(
                "Decisions are saved as they are made (the journal beside the draft); q keeps them for "
                "next time. f writes the accepted items to the curated files if the whole dataset "
                "validates, otherwise nothing is written and the problems are shown."
            ),
        ]
        self.push_screen(_TextScreen(Text("\n").join(rows)))

    def action_quit_review(self) -> None:
        self.exit(self.result)


def run_review(session: ReviewSession) -> Any:
    """Run the full-screen review of *session* on the terminal; return the last write's result."""
    app = ReviewApp(session)
    return app.run()
