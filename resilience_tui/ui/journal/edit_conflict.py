"""The Journal's answer when the entry being edited was changed in another window in the same places.

While typing, the autosave that meets it only says so in the editor's status line:
the text stays in the editor, unsaved, and nothing interrupts. A save the person asks
for (ctrl+s, or leaving the editor) opens the choice: keep mine, keep the other, keep
both. When the app is closing there is no one to ask, so both are kept (mine as a
marked copy) and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from resilience_tui.store.errors import EditConflict, StoreError
from resilience_tui.ui.common.autosave import Autosave
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.conflict import BOTH, MINE, THEIRS, ConflictModal
from resilience_tui.ui.journal.editor import JournalEditor

if TYPE_CHECKING:
    from resilience_tui.domain.journal import JournalEntry

WAITING = ("This entry was changed in another window too, so your latest words are not saved yet; they stay here. "
           "Press ctrl+s or escape to choose which version to keep.")


class EditConflicts(ResilienceScreen[None]):
    """The Journal screen's base: the screen provides the editor, the autosave and the status line."""

    editing: JournalEntry | None
    is_new: bool
    autosave: Autosave[dict]
    _when_resolved: str
    _asked = False
    _close_after = False

    def close_editor(self) -> None:
        raise NotImplementedError

    def _show_problem(self, text: str) -> None:
        raise NotImplementedError

    def _show_failure(self, failure: StoreError) -> None:
        raise NotImplementedError

    def _after_save(self, entry: JournalEntry, problems: list[str]) -> None:
        raise NotImplementedError

    def _asked_save(self, save: Callable[[], bool], then_close: bool = False) -> bool:
        """Run a save the person asked for: a conflict met on the way is put to them."""
        self._asked, self._close_after = True, then_close
        try:
            return save()
        finally:
            self._asked = False

    def _edit_conflict(self, conflict: EditConflict) -> None:
        if self.app.saves.closed:  # closing: no one to ask, so keep both
            try:
                self.app.store.journal.keep_both(conflict)
            except StoreError:
                return
            self.editing = None  # settled: a later flush on the way out has nothing left to save
            return
        if not self._asked:
            self._show_problem(WAITING)
            return
        noun = "win" if conflict.mine.is_win else "entry"
        self.app.push_screen(ConflictModal(conflict, noun), partial(self._resolve, conflict, self._close_after))

    def _resolve(self, conflict: EditConflict, close_after: bool, choice: str | None) -> None:
        if choice is None:
            self._show_problem("Nothing is saved yet and your text is still here. Press ctrl+s to choose which "
                               "version to keep.")
            return
        journal = self.app.store.journal
        keep = {MINE: journal.keep_mine, THEIRS: journal.keep_theirs, BOTH: journal.keep_both}[choice]
        kept: list[JournalEntry] = []

        def resolve() -> bool:
            return self.app.guard(lambda: kept.append(keep(conflict)), on_error=self._show_failure, notify=False)

        if not self._asked_save(resolve, then_close=close_after):
            return
        self.autosave.cancel()
        self.editing, self.is_new = kept[0], False
        if choice != MINE:
            self._show_entry(kept[0])  # the other version, or my copy under its marked title
        self._after_save(kept[0], [])
        if close_after:
            self.close_editor()

    def _show_entry(self, entry: JournalEntry) -> None:
        """Fill the editor with `entry` as stored (changed elsewhere too), as if just opened."""
        editor = self.query_one(JournalEditor)
        editor.load(entry)
        self._when_resolved = editor.values()["when"]
