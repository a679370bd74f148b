"""The list of feedback requests, newest first, each with its status and what is due."""

from __future__ import annotations

from datetime import date

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable

from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.ui.common.application_text import clip
from resilience_tui.ui.common.tables import cursor_key

STATUS_STYLE = {"draft": ("✎", "$text-primary"), "sent": ("➜", "$text-accent"), "replied": ("✓", "$text-success"),
                "no_reply": ("·", "$text-secondary")}

ABOUT, ABOUT_WIDE = 24, 44


class FeedbackTable(DataTable):
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
        self.about_width = ABOUT

    def on_mount(self) -> None:
        self.about_width = ABOUT_WIDE if self.app.size.width >= 130 else ABOUT
        self.add_column("About", key="about", width=self.about_width)
        self.add_column("Status", key="status", width=11)
        self.add_column("When", key="when", width=11)
        self.add_column("Next", key="next", width=20)

    def show(self, rows: list[tuple[FeedbackRequest, str, str]], today: date, keep: str | None = None) -> None:
        """rows: (request, what it is about, what is next); newest first."""
        keep = keep or self.current_id()
        self.shown = {request.id: request for request, _, _ in rows}
        self.clear()
        for request, about, upcoming in rows:
            glyph, style = STATUS_STYLE[request.status]
            when = request.replied_on or request.closed_on or request.sent_on or request.created_at.date()
            self.add_row(Content(clip(about, self.about_width)), Content.assemble((f"{glyph} {request.status_words}", style)),
                         friendly_day(when, today), Content(upcoming), key=request.id)
        if keep and keep in self.shown:
            self.move_cursor(row=self.get_row_index(keep))
        self.post_message(self.Chosen(self.current()))

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
