"""The list of feedback requests, newest first, each with its status and what is due."""

from __future__ import annotations

from datetime import date

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable

from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.ui.common.synced_table import SyncedTable
from resilience_tui.ui.common.tables import cursor_key

STATUS_STYLE = {"draft": ("✎", "$text-primary"), "sent": ("➜", "$text-accent"), "replied": ("✓", "$text-success"),
                "no_reply": ("·", "$text-secondary")}

# The other columns are as wide as their longest words ("record the points (p)"); About takes the rest.
WIDTHS = {"status": 11, "when": 11, "next": 21}
ABOUT_LEAST = 16


class FeedbackTable(SyncedTable):
    BINDINGS = [
        Binding("enter", "edit", "Edit", tooltip="Edit this request's text"),
        Binding("d,delete", "delete", "Delete", tooltip="Delete this request (u brings it back)"),
    ]

    class Chosen(Message):
        def __init__(self, request: FeedbackRequest | None) -> None:
            super().__init__()
            self.request = request

    class EditRequested(Message):
        pass

    class DeleteRequested(Message):
        def __init__(self, request: FeedbackRequest) -> None:
            super().__init__()
            self.request = request

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.shown: dict[str, FeedbackRequest] = {}
        self.about_width = 0  # set to the room there is when the columns are made
        self._rows: list[tuple[FeedbackRequest, str, str]] = []
        self._today: date | None = None
        self._unshown: tuple[str | None, bool] | None = None  # (keep, announce) of rows given before layout

    def room_for_about(self) -> int:
        """The width left for About once the other columns, their padding and a scrollbar have theirs."""
        padding = 2 * self.cell_padding * (len(WIDTHS) + 1)
        scrollbar = self.styles.scrollbar_size_vertical
        return max(ABOUT_LEAST, self.size.width - sum(WIDTHS.values()) - padding - scrollbar)

    def _make_columns(self) -> None:
        self.about_width = self.room_for_about()
        self.clear(columns=True)
        self.forget_rows()
        self.add_column("About", key="about", width=self.about_width)
        for key, width in WIDTHS.items():
            self.add_column(key.capitalize(), key=key, width=width)

    def on_mount(self) -> None:
        self._make_columns()

    def on_resize(self) -> None:
        if self._unshown is not None and self._today is not None:  # rows given before the table had its size
            self.show(self._rows, self._today, *self._unshown)
        elif self.room_for_about() != self.about_width and self._today is not None:
            self.show(self._rows, self._today, announce=False)

    def show(self, rows: list[tuple[FeedbackRequest, str, str]], today: date, keep: str | None = None,
             announce: bool = True) -> None:
        """rows: (request, what it is about, what is next); newest first. Only the rows that changed are written."""
        self._rows, self._today = rows, today
        self.shown = {request.id: request for request, _, _ in rows}
        if not self.size.width:  # not laid out yet: filled once it is, with About as wide as there is room for
            self._unshown = (keep, announce)
            return
        self._unshown = None
        if self.room_for_about() != self.about_width:
            self._make_columns()
        self.sync(((request.id, (request, about, upcoming, self._when(request, today)))
                   for request, about, upcoming in rows), self._cells, keep)  # type: ignore[arg-type]
        if announce:
            self.post_message(self.Chosen(self.current()))

    @staticmethod
    def _when(request: FeedbackRequest, today: date) -> str:
        return friendly_day(request.replied_on or request.closed_on or request.sent_on or request.created_at.date(), today)

    def _cells(self, row: tuple[FeedbackRequest, str, str, str]) -> tuple:
        request, about, upcoming, when = row
        glyph, style = STATUS_STYLE[request.status]
        return (Content(" ".join(about.split())).truncate(self.about_width, ellipsis=True),
                Content.assemble((f"{glyph} {request.status_words}", style)),
                when, Content(upcoming).truncate(WIDTHS["next"], ellipsis=True))

    def current_id(self) -> str | None:
        return cursor_key(self)

    def current(self) -> FeedbackRequest | None:
        return self.shown.get(self.current_id() or "")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.Chosen(self.current()))

    def action_edit(self) -> None:
        self.post_message(self.EditRequested())

    def action_delete(self) -> None:
        request = self.current()
        if request is not None:
            self.post_message(self.DeleteRequested(request))
