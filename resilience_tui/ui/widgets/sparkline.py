"""A one-line mood sparkline: a glyph per day, coloured, with a legend in words."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from resilience_tui.domain.insights import NO_DATA_GLYPH, glyph_for
from resilience_tui.domain.moods import MOODS


class MoodSparkline(Widget):
    DEFAULT_CSS = """
    MoodSparkline { height: 2; width: 1fr; }
    """

    averages: reactive[tuple[float | None, ...]] = reactive(tuple)

    def render(self) -> Content:
        cells = []
        for value in self.averages:
            if value is None:
                cells.append((NO_DATA_GLYPH, "dim"))
            else:
                level = MOODS[min(4, max(0, round(value) - 1))]
                cells.append((glyph_for(value), level.colour))
        legend = "  ".join(f"{level.glyph} {level.word}" for level in MOODS) + f"  {NO_DATA_GLYPH} none"
        return Content.assemble(*cells, "\n", (legend, "dim"))
