"""Above the journal list: the search field, and a line saying what the list shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.content import Content
from textual.widgets import Input, Static

from resilience_tui.domain.journal_search import JournalQuery, describe
from resilience_tui.ui.common.fields import Field
from resilience_tui.ui.journal.entry_list import STAR, WIN_MARK

if TYPE_CHECKING:
    from resilience_tui.ui.journal.screen import JournalScreen

VIEW_WORDS = {"all": "Everything", "wins": "Wins", "starred": "Starred"}


class SearchField(Field):
    """Searches as soon as its text changes, in the same moment, so the new list goes
    out with the next frame rather than one or two frames later (as a message bubbling
    up to the screen would)."""

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        cast("JournalScreen", self.screen).search_changed()  # the only screen with a SearchField


class ListStatus(Static):
    """"3,657 entries, newest first", "12 of 3,657: wins · #acme", or why nothing shows."""

    def show(self, typed: JournalQuery, view: str, found: int, total: int) -> None:
        if total == 0:
            line = Content("No entries yet. n writes one, w keeps a win.")
        elif typed.problems:
            line = Content.assemble((typed.problems[0] + ".", "bold"))
        elif found == 0:
            what = f" {describe(typed)}" if not typed.is_empty else " here yet"
            hint = "escape twice clears the search" if not typed.is_empty else "v shows the next view"
            line = Content.assemble(f"Nothing matches{what}. ", (hint, "dim"))
        elif typed.is_empty and view != "all":
            line = Content(f"{found:,} of {total:,} entries")
        elif typed.is_empty:
            line = Content(f"{total:,} entr{'y' if total == 1 else 'ies'}, newest first.  {STAR} starred  {WIN_MARK} win")
        else:
            line = Content(f"{found:,} of {total:,}: {describe(typed)}")
        if view != "all" and total:
            line = Content.assemble((VIEW_WORDS[view], "bold"), " · ", line, ("   v: next view", "dim"))
        self.update(line)
