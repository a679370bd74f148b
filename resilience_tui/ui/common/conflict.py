"""Asks which version to keep when a record was changed in another window in the same places as here.

Shown on an explicit save (ctrl+s) or on leaving an editor, never while typing. It says
what happened in plain words, names the parts both windows changed, and offers three
keys: keep mine, keep the other, keep both (mine as a copy). Escape goes back to the
editor with nothing saved and the text still there. Dismisses with the choice or None.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from resilience_tui.store.conflicts import COPY_MARK, field_words
from resilience_tui.store.errors import EditConflict
from resilience_tui.ui.common.base import ResilienceModal

MINE, THEIRS, BOTH = "mine", "theirs", "both"


class ConflictModal(ResilienceModal[str | None]):
    DEFAULT_CSS = """
    ConflictModal { align: center middle; }
    #conflict-box { border: thick $warning; }
    """
    BINDINGS = [
        Binding("m", "choose('mine')", "Keep mine", tooltip="Save your version over the other window's"),
        Binding("o", "choose('theirs')", "Keep the other", tooltip="Take the other window's version; yours is let go"),
        Binding("b", "choose('both')", "Keep both", tooltip="Keep the other window's and save yours as a copy"),
        Binding("escape", "choose('')", "Back", tooltip="Back to your text; nothing is saved yet"),
    ]

    def __init__(self, conflict: EditConflict, noun: str) -> None:
        super().__init__()
        self.conflict = conflict
        self.noun = noun

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-box", classes="dialog"):
            yield Static(Content("Changed in another window"), classes="section-title")
            yield Static(Content(
                f"While you were editing, this {self.noun} was also changed in another Resilience window: "
                f"{field_words(self.conflict.fields)}. Nothing has been overwritten. Which version do you want to keep?"
            ), id="conflict-what")
            yield Static(Content(
                "m  keep mine: save your version over the other one\n"
                "o  keep the other: take the other window's version and let yours go\n"
                f'b  keep both: keep the other one, and save yours beside it marked "{COPY_MARK.strip()}"\n'
                "escape  back to your text, nothing saved yet"
            ), classes="hint")
            with Horizontal(classes="buttons"):
                yield Button("Keep mine (m)", id="conflict-mine", variant="primary", compact=True)
                yield Button("Keep the other (o)", id="conflict-theirs", compact=True)
                yield Button("Keep both (b)", id="conflict-both", compact=True)

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice or None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss({"conflict-mine": MINE, "conflict-theirs": THEIRS, "conflict-both": BOTH}.get(event.button.id or ""))
