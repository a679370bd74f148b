"""`?`: every key, in plain words, built from the bindings themselves so it never drifts.

Each screen in SCREENS contributes a section: its shown bindings, the bindings of the
widgets it lists in `HELP_WIDGETS` (as (title, class) pairs), and `HELP_KEYS` for keys
that have no binding of their own (digits, arrows, space).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from resilience_tui.ui.common.base import ResilienceModal
from resilience_tui.ui.registry import SCREENS, SECONDARY

EVERYWHERE = [
    ("ctrl+p", "Command palette: every screen and action, and \"Change theme\""),
    ("tab / shift+tab", "Move between fields"),
    ("escape", "Leave a field, stop editing, or close a window like this one"),
    ("ctrl+z / ctrl+y", "In a text field: undo / redo"),
]


def describe(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    rows = []
    for item in bindings:
        # Textual also takes (key, action[, description]) tuples in BINDINGS
        binding = item if isinstance(item, Binding) else Binding(*item)
        if binding.show and binding.description:
            key = binding.key_display or binding.key.replace(",", " / ")
            rows.append((key, binding.tooltip or binding.description))
    return rows


def help_sections(app_bindings: Iterable[BindingType], screens) -> list[tuple[str, list[tuple[str, str]]]]:
    screens = list(screens)
    to_screens = [(key, f"Open {title}") for key, title, _ in screens]  # the bar at the top shows these
    sections = [("Everywhere", to_screens + describe(app_bindings) + EVERYWHERE)]
    for _key, title, screen_class in screens:
        sections.append((title, describe(screen_class.BINDINGS) + list(getattr(screen_class, "HELP_KEYS", []))))
        for widget_title, widget_class in getattr(screen_class, "HELP_WIDGETS", []):
            sections.append((widget_title, describe(widget_class.BINDINGS)))
    return [(title, rows) for title, rows in sections if rows]


def secondary_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """A section for each screen opened from another (first aid), with its keys."""
    return [(title, describe(screen.BINDINGS) + list(getattr(screen, "HELP_KEYS", [])))  # type: ignore[attr-defined]
            for title, screen in SECONDARY.values()]


KEY_WIDTH = 16  # a key's column; its description starts two spaces in and this far on


class HelpKeys(Static):
    """Sections of keys and what they do; a description that wraps stays under the descriptions."""

    DEFAULT_CSS = "HelpKeys { height: auto; }"

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self.sections = sections

    def _lines(self, width: int) -> list[Content]:
        indent = 2 + KEY_WIDTH
        room = max(width - indent, 10)
        lines: list[Content] = [Content.assemble(("Keys", "bold"), ("   escape closes this", "dim"))]
        for title, rows in self.sections:
            lines += [Content(""), Content.assemble((title, "bold underline"))]
            for key, what in rows:
                wrapped = textwrap.wrap(what, room) or [""]
                lines.append(Content.assemble((f"  {key:<{KEY_WIDTH}}", "bold"), wrapped[0]))
                lines.extend(Content(" " * indent + more) for more in wrapped[1:])
        return lines

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        return Content("\n").join(self._lines(self.content_region.width))


class HelpModal(ResilienceModal[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield HelpKeys(help_sections(self.app.BINDINGS, SCREENS.values()) + secondary_sections())
