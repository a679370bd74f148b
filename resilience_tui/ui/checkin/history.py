"""The list of earlier check-ins: open one to edit it, delete it (and undo), load more."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static
from textual.widgets.data_table import ColumnKey

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.ui.common.synced_table import SyncedTable
from resilience_tui.ui.common.tables import cursor_key
from resilience_tui.ui.common.text import energy_content, first_line, mood_content
from resilience_tui.ui.common.undo import UndoStack

if TYPE_CHECKING:
    from textual import getters

    from resilience_tui.ui.app import ResilienceApp

PAGE = 100
FIXED_COLUMNS = {"when": 17, "mood": 10, "energy": 9}
DETAILS = ColumnKey("details")
COLUMNS = ("when", "mood", "energy", "details")


class HistoryTable(SyncedTable):
    BINDINGS = [
        Binding("enter,e", "edit", "Edit", tooltip="Open this check-in to edit it"),
        Binding("d,delete", "delete", "Delete", tooltip="Delete this check-in (u undoes)"),
        Binding("m", "more", "Older", tooltip="Show older check-ins"),
    ]

    @property
    def history(self) -> CheckinHistory:
        """The list this table belongs to."""
        parent = self.parent
        assert isinstance(parent, CheckinHistory)
        return parent

    def action_edit(self) -> None:
        self.history.request_edit()

    def action_delete(self) -> None:
        self.history.delete_current()

    def action_more(self) -> None:
        self.history.show_more()


class CheckinHistory(Vertical):
    if TYPE_CHECKING:
        app = getters.app(ResilienceApp)

    class EditRequested(Message):
        def __init__(self, checkin: CheckIn) -> None:
            super().__init__()
            self.checkin = checkin

    class Deleted(Message):
        def __init__(self, checkin: CheckIn) -> None:
            super().__init__()
            self.checkin = checkin

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit = PAGE
        self.shown: dict[str, CheckIn] = {}  # the check-ins listed, in the table's order
        self._filled: tuple | None = None  # what the rows were read at (`_data_key`)
        self._refit_due = False
        self.undo_stack: UndoStack[CheckIn] = UndoStack(lambda: self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="history-title", classes="section-title")
        yield HistoryTable(id="history-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(HistoryTable)
        table.add_column("When", key="when", width=FIXED_COLUMNS["when"])
        table.add_column("Mood", key="mood", width=FIXED_COLUMNS["mood"])
        table.add_column("Energy", key="energy", width=FIXED_COLUMNS["energy"])
        table.add_column("Feelings and note", key="details", width=self._details_width())

    def _details_width(self, rows: int | None = None) -> int:
        """What is left of the table's width for the feelings and note, so they are
        shortened between words here rather than cut off at the edge. With `rows` to show,
        room is kept for the scrollbar they will need, so it appearing changes nothing."""
        table = self.table
        room = table.scrollable_content_region.width or 60 + sum(FIXED_COLUMNS.values())
        rows = table.row_count if rows is None else rows
        overflows = rows + table.header_height > table.scrollable_content_region.height
        if overflows and not table.show_vertical_scrollbar and table.size.width:
            room -= table.styles.scrollbar_size_vertical
        padding = 2 * table.cell_padding * (len(FIXED_COLUMNS) + 1)
        return max(12, room - sum(FIXED_COLUMNS.values()) - padding - 1)

    def on_resize(self, event: events.Resize) -> None:
        if self._filled is not None and not self._refit_due:
            self._refit_due = True
            self.call_after_refresh(self._refit)  # once, however many sizes the layout goes through

    def _refit(self) -> None:
        self._refit_due = False
        if self.table.columns[DETAILS].width != self._details_width():
            self.reload()

    @property
    def table(self) -> HistoryTable:
        return self.query_one(HistoryTable)

    def refresh_rows(self) -> None:
        """Show what changed since the list was last filled: nothing to do when no check-in changed.
        On the first visit the rows wait for the table's size, so they are laid out once, at their width."""
        if not self.table.size.width:
            self.call_after_refresh(self.refresh_rows)
        elif self._filled != self._data_key():
            self.reload()

    def _data_key(self) -> tuple:
        checkins = self.app.store.checkins
        return self.app.store.revision("checkins"), tuple(checkins.years()), self.limit

    def reload(self, keep: str | None = None) -> None:
        """Fill the list from the store, changing only the rows whose check-in changed; the cursor
        stays on `keep`, else on the check-in it is on."""
        table = self.table
        keep = keep or self.current_id()
        checkins = self.app.store.checkins.recent(self.limit)
        self._filled = self._data_key()
        width = self._details_width(len(checkins))
        details = table.columns[DETAILS]
        if details.width != width:  # every row's words are cut to another width: laid out afresh
            details.width = width
            table.forget_rows()
        self.shown = {c.id: c for c in checkins}
        table.sync(((c.id, c) for c in checkins), lambda checkin: self._cells(cast(CheckIn, checkin), width), keep=keep)
        title = self.query_one("#history-title", Static)
        if not checkins:
            title.update("Earlier check-ins will be listed here.")
        else:
            more = "  m shows older" if len(checkins) == self.limit else ""
            title.update(Content.assemble(("Earlier check-ins", "bold"), (f"  enter edits, d deletes{more}", "dim")))

    @staticmethod
    def _cells(checkin: CheckIn, width: int) -> tuple:
        note = first_line(checkin.note, 200)
        return (
            checkin.at.strftime("%d %b %Y %H:%M"),
            mood_content(checkin.mood),
            energy_content(checkin.energy),
            Content(first_line(" · ".join(filter(None, [", ".join(checkin.emotions), note])), width)),
        )

    def select(self, checkin_id: str) -> None:
        table = self.table
        try:
            table.move_cursor(row=table.get_row_index(checkin_id))
        except Exception:  # the row is not shown (deleted or beyond the page)
            pass

    def current_id(self) -> str | None:
        return cursor_key(self.table)

    def request_edit(self) -> None:
        checkin = self.shown.get(self.current_id() or "")
        if checkin:
            self.post_message(self.EditRequested(checkin))

    def delete_current(self) -> None:
        checkin = self.shown.get(self.current_id() or "")
        if checkin is None:
            return
        store = self.app.store
        if self.app.guard(lambda: store.checkins.delete(checkin.id)):
            when = checkin.at.strftime("%a %d %b %H:%M")
            self.undo_stack.push(checkin, lambda: store.checkins.restore(checkin),
                                 deleted=f"Deleted the check-in from {when}", restored=f"Brought back the check-in from {when}")
            self.post_message(self.Deleted(checkin))
            ids = list(self.shown)
            at = ids.index(checkin.id)
            neighbour = ids[at + 1:at + 2] or ids[max(at - 1, 0):at]  # the next one down, else the one above
            self.reload(keep=neighbour[0] if neighbour else None)

    def undo(self) -> None:
        checkin = self.undo_stack.undo()
        if checkin is not None:
            self.reload(keep=checkin.id)

    def show_more(self) -> None:
        self.limit += PAGE
        self.reload()
        self.app.report_problems()  # an older year's file is read for the first time here
