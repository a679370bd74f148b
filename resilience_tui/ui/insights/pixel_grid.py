"""Year in pixels: months as rows, days 1-31 as columns, each day a glyph, a mark and a colour.

Drawn a line at a time (a range of everything can hold hundreds of months). With focus,
the arrow keys move a day cursor (left and right a day, up and down a month) and
`enter` asks for that day's records.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from resilience_tui.domain.year_pixels import (
    CELL_WIDTH,
    LABEL_WIDTH,
    OUTSIDE,
    PixelRow,
    YearPixels,
    header_line,
    pixel_rows,
)


class PixelGrid(Widget, can_focus=True):
    ALLOW_SELECT = False
    # Its rules are in insights.tcss, read while the app is idle: a DEFAULT_CSS would make Textual parse
    # every stylesheet again when the first one is mounted, in the first frame of Insights.
    BINDINGS = [
        Binding("left", "move(-1)", "Day before", show=False),
        Binding("right", "move(1)", "Day after", show=False),
        Binding("up", "month(-1)", "Month before", show=False),
        Binding("down", "month(1)", "Month after", show=False),
        Binding("enter", "open_day", "That day", tooltip="Show the check-ins, journal entries and events of the marked day"),
    ]

    class DayChosen(Message):
        """`enter` on a day: show what it holds."""

        def __init__(self, day: date) -> None:
            super().__init__()
            self.day = day

    class CursorMoved(Message):
        """The cursor went to another day (not sent by `show`: the screen reads `cursor` then)."""

        def __init__(self, day: date) -> None:
            super().__init__()
            self.day = day

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002  (Textual's name)
        super().__init__(id=id)
        self.pixels: YearPixels | None = None
        self.rows: tuple[PixelRow, ...] = ()
        self.cursor: date | None = None
        self._row_of: dict[tuple[int, int], int] = {}
        self._styles: dict[Style, dict[tuple[str | None, bool | None, bool], tuple[Style, Style]]] = {}

    def show(self, pixels: YearPixels, today: date) -> None:
        """Draw these pixels; the cursor stays on its day when the range still holds it, else goes to the last day."""
        self.pixels = pixels
        self.rows = pixel_rows(pixels)
        self._row_of = {(row.year, row.month): index for index, row in enumerate(self.rows)}
        last = min(pixels.span.last, today) if pixels.span.first <= today else pixels.span.last
        if self.cursor is None or self.cursor not in pixels.span or self.cursor > last:
            self.cursor = last
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.rows) + 1 if self.rows else 0

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return LABEL_WIDTH + 31 * CELL_WIDTH

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        width = self.size.width
        if y == 0:
            return Strip([Segment(header_line(), base + Style(dim=True))]).adjust_cell_length(width, base)
        index = y - 1
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        styles = self._styles.get(base)
        if styles is None:  # a new base style (focus, theme): the cells' styles are made again
            self._styles = {base: (styles := {})}
        segments = [Segment(row.label, base + Style(dim=True))]
        for pixel in row.cells:
            if pixel is None:
                segments.append(Segment(OUTSIDE * CELL_WIDTH, base))
                continue
            key = (pixel.colour, self.has_focus if pixel.day == self.cursor else None, pixel.rejection or pixel.offer)
            pair = styles.get(key)
            if pair is None:
                pair = styles[key] = self._cell_styles(base, *key)
            segments.append(Segment(pixel.glyph, pair[0]))
            segments.append(Segment(pixel.mark, pair[1]))
        return Strip(segments).adjust_cell_length(width, base)

    @staticmethod
    def _cell_styles(base: Style, colour: str | None, cursor: bool | None, marked: bool) -> tuple[Style, Style]:
        """The glyph's and the mark's style of a cell: `cursor` None off the cursor, else whether focused.
        Rich adds two styles in microseconds, and a year is 730 segments: each pair is made once."""
        style = base + (Style(color=colour) if colour else Style(dim=True))
        mark_style = base + Style(bold=True) if marked else base
        if cursor is not None:
            at = Style(reverse=True, bold=True) if cursor else Style(underline=True)
            style, mark_style = style + at, mark_style + at
        return style, mark_style

    def on_focus(self) -> None:
        self._scroll_to_cursor()

    def on_click(self, event: events.Click) -> None:
        index, column = event.y - 1, event.x - LABEL_WIDTH
        if 0 <= index < len(self.rows) and column >= 0:
            pixel = self.rows[index].cells[min(column // CELL_WIDTH, 30)]
            if pixel is not None:
                self._go(pixel.day)

    def _cursor_region(self) -> Region | None:
        if self.cursor is None:
            return None
        row = self._row_of.get((self.cursor.year, self.cursor.month))
        if row is None:
            return None
        return Region(LABEL_WIDTH + (self.cursor.day - 1) * CELL_WIDTH, row + 1, CELL_WIDTH, 1)

    def _scroll_to_cursor(self) -> None:
        region = self._cursor_region()
        if region is not None:
            self.scroll_to_region(region.grow((1, 0, 1, 0)), animate=False, immediate=True)

    def _go(self, day: date) -> None:
        if self.pixels is None or day not in self.pixels.span:
            return
        self.cursor = day
        self.refresh()
        self._scroll_to_cursor()
        self.post_message(self.CursorMoved(day))

    def action_move(self, step: int) -> None:
        if self.cursor is not None:
            self._go(self.cursor + timedelta(days=step))

    def action_month(self, step: int) -> None:
        if self.cursor is None:
            return
        year, month = divmod(self.cursor.year * 12 + self.cursor.month - 1 + step, 12)
        length = calendar.monthrange(year, month + 1)[1]
        self._go(date(year, month + 1, min(self.cursor.day, length)))

    def action_open_day(self) -> None:
        if self.cursor is not None:
            self.post_message(self.DayChosen(self.cursor))
