"""The list of worksheets: draft or complete (a word and a glyph), what each is about, how far it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from resilience_tui.domain.reflection import Reflection

GENERAL = "A general look back"
DRAFT_MARK, COMPLETE_MARK = "✎", "✓"
ABOUT_WIDTH = 40  # the row fits an 80-column terminal


@dataclass(frozen=True)
class Row:
    reflection: Reflection
    about: str  # the application's title, or "" for a general worksheet
    filled: int  # sections with something in them


def row_label(row: Row, today: date) -> Content:
    r = row.reflection
    if r.is_complete:
        status = (f"{COMPLETE_MARK} complete", "$text-success")
    else:
        status = (f"{DRAFT_MARK} draft   ", "$text-warning")
    about = " ".join(row.about.split()) or GENERAL
    if len(about) > ABOUT_WIDTH:
        about = about[: ABOUT_WIDTH - 1] + "…"
    day = r.updated_at.date()
    when = day.strftime("%d %b") if day.year == today.year else day.strftime("%b %Y")
    return Content.assemble(status, "  ", (f"{about:<{ABOUT_WIDTH}}", "italic" if not row.about else ""),
                            (f"  {row.filled}/9 · {when:>8}", "dim"))


class ReflectionList(OptionList):
    BINDINGS = [Binding("enter", "select", "Open", tooltip="Open the highlighted worksheet to write in it")]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[Row] = []
        self._today: date | None = None  # the day the rows were written for ("12 Nov" or "Nov 2025")

    def show(self, rows: list[Row], today: date, keep: str | None = None) -> None:
        """Show `rows`; when the same worksheets are listed in the same order, only the rows that changed are redrawn."""
        keep = keep or (self.current.id if self.current else None)
        ids = [row.reflection.id for row in rows]
        if ids == [row.reflection.id for row in self.rows] and today == self._today:
            for index, (row, old) in enumerate(zip(rows, self.rows, strict=True)):
                if row != old:
                    self.replace_option_prompt_at_index(index, row_label(row, today))
            self.rows = rows
        else:
            self.rows, self._today = rows, today
            self.clear_options()
            self.add_options([Option(row_label(row, today), id=row.reflection.id) for row in rows])
        if rows:
            index = ids.index(keep) if keep in ids else 0
            if self.highlighted != index:
                self.highlighted = index

    @property
    def current(self) -> Reflection | None:
        if self.highlighted is None or not self.rows or self.highlighted >= len(self.rows):
            return None
        return self.rows[self.highlighted].reflection
