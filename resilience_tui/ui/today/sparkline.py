"""The mood of recent days: one line of glyphs when space is short, a bar chart when there is room.

Colour is never alone: every level also has its glyph, and the chart has words on its axis.
"""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from resilience_tui.domain.insights import NO_DATA_GLYPH, glyph_for
from resilience_tui.domain.moods import BETWEEN_GLYPHS, MOODS, average_level, half_steps

CHART_MIN_HEIGHT = 8
AXIS_WIDTH = 10


class MoodSparkline(Widget):
    DEFAULT_CSS = """
    MoodSparkline { height: 2; width: 1fr; }
    """

    averages: reactive[tuple[float | None, ...]] = reactive(tuple)
    days: tuple[date, ...] = ()

    def legend(self) -> Content:
        text = "  ".join(f"{level.glyph} {level.word}" for level in MOODS) + f"  {''.join(BETWEEN_GLYPHS)} in between  {NO_DATA_GLYPH} no check-in"
        return Content(text).stylize("dim")

    def render(self) -> Content:
        if self.size.height >= CHART_MIN_HEIGHT and self.averages:
            return self._chart()
        cells = [(NO_DATA_GLYPH, "dim") if v is None else (glyph_for(v), average_level(v).colour) for v in self.averages]
        return Content.assemble(*cells, "\n", self.legend())

    def _chart(self) -> Content:
        per_day = max(1, min(3, (self.size.width - AXIS_WIDTH) // max(1, len(self.averages))))
        rows: list[Content] = []
        for level in reversed(MOODS):
            cells: list[tuple[str, str] | str] = [(f"{level.word:>{AXIS_WIDTH - 1}} ", "dim")]
            for value in self.averages:
                if value is None:
                    mark = (NO_DATA_GLYPH if level.value == 1 else " ") * per_day
                    cells.append((mark, "dim"))
                elif half_steps(value) >= level.value * 2:
                    filled = average_level(value)
                    cells.append(("█" * (per_day - 1) + (" " if per_day > 1 else "█"), filled.colour))
                else:
                    cells.append(" " * per_day)
            rows.append(Content.assemble(*cells))
        if self.days:
            first, last = self.days[0].strftime("%d %b"), self.days[-1].strftime("%d %b")
            span = per_day * len(self.averages)
            rows.append(Content(" " * AXIS_WIDTH + first + last.rjust(max(0, span - len(first)))).stylize("dim"))
        rows.append(self.legend())
        return Content("\n").join(rows)
