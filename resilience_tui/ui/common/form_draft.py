"""A form window whose half-typed values are kept as a draft while it is open.

The draft lives among the drafts under `DRAFT_GROUP:draft_key` ("new", or the id of the
record being edited). Typing schedules a write (`self.autosave.schedule(values)`);
closing, quitting and SIGTERM flush it (`save_draft`); saving the record, or leaving
without a change, drops it (`_drop_draft`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from resilience_tui.store.conflicts import ConflictChoices
from resilience_tui.store.errors import EditConflict, StoreError
from resilience_tui.ui.common.autosave import Autosave
from resilience_tui.ui.common.base import ResilienceModal, ResultType
from resilience_tui.ui.common.conflict import BOTH, MINE, THEIRS, ConflictModal


class DraftedForm(ResilienceModal[ResultType]):
    DRAFT_GROUP: ClassVar[str]

    def __init__(self) -> None:
        super().__init__()
        self.autosave: Autosave[dict[str, Any]] = Autosave(self, self._write_draft)

    @property
    def draft_key(self) -> str:
        raise NotImplementedError

    # Textual runs these after the form's own handlers of the same events.
    def on_mount(self) -> None:
        self.app.register_draft_saver(self.save_draft)  # quitting or SIGTERM keeps what was typed

    def on_unmount(self) -> None:
        self.save_draft()
        self.app.unregister_draft_saver(self.save_draft)

    def saved_draft(self) -> object | None:
        """What was typed here last time and not saved, if anything."""
        return self.app.drafts.get_in(self.DRAFT_GROUP, self.draft_key)

    def save_draft(self) -> None:
        """Keep what was typed; runs a second after typing stops, on closing and on exit."""
        self.autosave.flush()

    def _write_draft(self, values: dict[str, Any]) -> bool:
        return self.app.guard(lambda: self.app.drafts.set_in(self.DRAFT_GROUP, self.draft_key, values))

    def ask_which_to_keep(self, conflict: EditConflict, noun: str, choices: ConflictChoices[Any],
                          on_error: Callable[[StoreError], None]) -> None:
        """Another window saved this record too: ask whether to keep mine, theirs or both (mine as a
        copy), keep that and close; escape goes back to the form with everything typed still there."""
        self.app.push_screen(ConflictModal(conflict, noun), partial(self._keep_chosen, conflict, choices, on_error))

    def _keep_chosen(self, conflict: EditConflict, choices: ConflictChoices[Any],
                     on_error: Callable[[StoreError], None], choice: str | None) -> None:
        if not choice:
            return
        keep = {MINE: choices.keep_mine, THEIRS: choices.keep_theirs, BOTH: choices.keep_both}[choice]
        kept: list[Any] = []
        if self.app.guard(lambda: kept.append(keep(conflict)), on_error=on_error, notify=False):
            self._drop_draft()
            self.dismiss(kept[0])

    def _drop_draft(self) -> None:
        self.autosave.cancel()
        self.app.guard(lambda: self.app.drafts.delete_in(self.DRAFT_GROUP, self.draft_key))
