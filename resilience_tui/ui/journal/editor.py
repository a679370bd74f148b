"""The journal editor: the text, then its title, date, tags, and whether it is a win or starred.

It only holds the form. The Journal screen decides when to save (about a second
after typing stops, on leaving, on exit) and what to do when a save fails.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Checkbox, Input, Label, Static, TextArea

from resilience_tui.domain.checkin import parse_tags
from resilience_tui.domain.date_phrases import read_moment
from resilience_tui.domain.journal import ENTRY, WIN, JournalEntry, validate
from resilience_tui.domain.records import ValidationError
from resilience_tui.ui.common.fields import Field, TextBox
from resilience_tui.ui.common.tick import TickBox

WHEN_FORMAT = "%Y-%m-%d %H:%M"
# Markdown colours need tree-sitter (textual[syntax]); without it the editor is plain text.
try:
    from textual._tree_sitter import TREE_SITTER as _HIGHLIGHT
except ImportError:  # pragma: no cover - a Textual without the module
    _HIGHLIGHT = False
LANGUAGE = "markdown" if _HIGHLIGHT else None

PLACEHOLDERS = {
    ENTRY: "Write whatever is on your mind. Markdown works: # heading, **bold**, - lists, #tags.",
    WIN: "What went well, however small? What does it say about you?",
}


def entry_from_form(base: JournalEntry, values: dict, now: datetime, when_resolved: str) -> tuple[JournalEntry, list[str]]:
    """The entry the form describes, and what could not be taken from it (in words).

    A field that cannot be kept (a date that can't be read or is still to come, a tag
    that is too long) keeps its earlier value, so the text is saved whatever else is wrong.
    """
    problems: list[str] = []
    at = base.at
    if values["when"].strip() != when_resolved.strip():  # only a changed date is read again
        try:
            at = read_moment(values["when"], now)
        except ValidationError as error:
            problems.append(error.message)
    entry = replace(base, body=values["body"], title=values["title"], tags=parse_tags(values["tags"]),
                    kind=WIN if values["win"] else ENTRY, starred=values["starred"], at=at)
    for _ in range(3):
        try:
            return validate(entry, now), problems
        except ValidationError as error:
            problems.append(error.message)
            if error.field == "at":
                entry = replace(entry, at=base.at if base.at != entry.at else now)
            elif error.field == "title":
                entry = replace(entry, title=entry.title[:200])
            else:
                entry = replace(entry, tags=base.tags)
    return replace(entry, tags=()), problems


class JournalEditor(Vertical):
    """Posts `Changed` when the person changes anything (not when the form is filled)."""

    class Changed(Message):
        pass

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self._baseline: dict | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="editor-status")
        yield TextBox(id="editor-body", language=LANGUAGE)
        with Horizontal(classes="editor-row"):
            yield Label("Title", classes="editor-label")
            yield Field(id="editor-title", compact=True, max_length=200, placeholder="(the first line, unless you give one)")
        with Horizontal(classes="editor-row"):
            yield Label("When", classes="editor-label")
            yield Field(id="editor-when", compact=True, placeholder='now, yesterday, "last monday 21:00"')
            yield Label(" Tags", classes="editor-label")
            yield Field(id="editor-tags", compact=True, placeholder="e.g. interview acme")
        with Horizontal(classes="editor-row"):
            yield TickBox("A win", id="editor-win", compact=True)
            yield TickBox("Starred", id="editor-star", compact=True)
            yield Static(Content("escape closes, ctrl+e opens your own editor"), classes="hint editor-keys")

    # -- filling and reading -------------------------------------------------
    def load(self, entry: JournalEntry) -> None:
        body = self.query_one("#editor-body", TextArea)
        body.text = entry.body
        body.placeholder = PLACEHOLDERS[entry.kind]
        body.move_cursor(body.document.end)
        self.query_one("#editor-title", Input).value = entry.title
        self.query_one("#editor-when", Input).value = entry.at.strftime(WHEN_FORMAT)
        self.query_one("#editor-tags", Input).value = " ".join(entry.tags)
        self.query_one("#editor-win", Checkbox).value = entry.is_win
        self.query_one("#editor-star", Checkbox).value = entry.starred
        # Change events from filling the form arrive later; they are not the person typing.
        self._baseline = self.values()

    def values(self) -> dict:
        return {
            "body": self.query_one("#editor-body", TextArea).text,
            "title": self.query_one("#editor-title", Input).value,
            "when": self.query_one("#editor-when", Input).value,
            "tags": self.query_one("#editor-tags", Input).value,
            "win": self.query_one("#editor-win", Checkbox).value,
            "starred": self.query_one("#editor-star", Checkbox).value,
        }

    def set_body(self, text: str) -> None:
        """Replace the text (after the external editor), as the person's own change."""
        self.query_one("#editor-body", TextArea).text = text

    def focus_body(self) -> None:
        self.query_one("#editor-body", TextArea).focus()

    def show_status(self, text: Content, error: bool = False) -> None:
        status = self.query_one("#editor-status", Static)
        status.update(text)
        status.set_class(error, "error-line")

    @on(TextArea.Changed)
    @on(Input.Changed)
    @on(Checkbox.Changed)
    def _changed(self, event) -> None:
        event.stop()
        if self._baseline is not None and self.values() == self._baseline:
            return
        self._baseline = None
        self.post_message(self.Changed())
