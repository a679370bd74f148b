"""The list of applications: filtered by outcome and by words typed; open one to edit, delete (u undoes)."""

from __future__ import annotations

from functools import lru_cache

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable

from resilience_tui.domain.application import Application
from resilience_tui.ui.common.application_text import clip, outcome_content
from resilience_tui.ui.common.synced_table import SyncedTable
from resilience_tui.ui.common.tables import cursor_key

STAGE = 12
NARROW, WIDE = (15, 16), (22, 24)  # company and role: 80 columns, or a wide terminal
WIDE_FROM = 130
STAGE_SHORT = {"screening": "screening", "final": "final round"}


class ApplicationTable(SyncedTable):
    BINDINGS = [
        Binding("enter,e", "edit", "Edit", tooltip="Open this application to edit it"),
        Binding("d,delete", "delete", "Delete", tooltip="Delete this application (u brings it back)"),
    ]

    class Chosen(Message):
        """The highlighted application changed (None when the list is empty)."""

        def __init__(self, application: Application | None) -> None:
            super().__init__()
            self.application = application

    class EditRequested(Message):
        def __init__(self, application: Application) -> None:
            super().__init__()
            self.application = application

    class DeleteRequested(Message):
        def __init__(self, application: Application) -> None:
            super().__init__()
            self.application = application

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.shown: dict[str, Application] = {}
        self._made: dict[str, tuple[Application, tuple]] = {}  # each application's cells, kept for a new search
        self.widths = NARROW

    def on_mount(self) -> None:
        self.widths = WIDE if self.app.size.width >= WIDE_FROM else NARROW
        company, role = self.widths
        self.add_column("Applied", key="applied", width=10)
        self.add_column("Company", key="company", width=company)
        self.add_column("Role", key="role", width=role)
        self.add_column("Got to", key="stage", width=STAGE)
        self.add_column("Outcome", key="outcome", width=13)

    def show(self, applications: list[Application], keep: str | None = None) -> None:
        """Show these applications (newest first, as given), keeping the cursor on `keep` or the current row.

        Only the rows whose application changed are written again."""
        self.shown = {a.id: a for a in applications}
        self.sync(((a.id, a) for a in applications), self._cells, keep)  # type: ignore[arg-type]
        self.post_message(self.Chosen(self.current()))

    def _cells(self, application: Application) -> tuple:
        made = self._made.get(application.id)
        if made is not None and made[0] is application:  # the same record as read: its cells as made then
            return made[1]
        cells = (
            application.applied_on.isoformat() if application.applied_on else "",
            Content(clip(application.company, self.widths[0])),
            Content(clip(application.role, self.widths[1])),
            _stage_cell(STAGE_SHORT.get(application.stage) or application.stage_words),
            _outcome_cell(application),
        )
        self._made[application.id] = (application, cells)
        return cells

    def current_id(self) -> str | None:
        return cursor_key(self)

    def current(self) -> Application | None:
        return self.shown.get(self.current_id() or "")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.Chosen(self.current()))

    def action_edit(self) -> None:
        application = self.current()
        if application is not None:
            self.post_message(self.EditRequested(application))

    def action_delete(self) -> None:
        application = self.current()
        if application is not None:
            self.post_message(self.DeleteRequested(application))


# A few stages and four outcomes: their cells are made once and shared by every row.
@lru_cache(maxsize=64)
def _stage_cell(words: str) -> Content:
    return Content(clip(words, STAGE))


_OUTCOME_CELLS: dict[str, Content] = {}


def _outcome_cell(application: Application) -> Content:
    """The outcome's cell, which depends on the outcome alone (its glyph, colour and words)."""
    cell = _OUTCOME_CELLS.get(application.outcome)
    if cell is None:
        cell = _OUTCOME_CELLS[application.outcome] = outcome_content(application)
    return cell
