"""The line across the top of every screen: each screen's name with its key, this one marked.

Each screen has its own bar, so the bar never changes when the app switches screens:
it is drawn once, and again only when its width or the theme changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

from resilience_tui.ui.registry import SCREENS

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

MARK = "▸"  # before the screen you are on, beside its reversed name: not colour alone


class ScreenBar(Widget):
    """`t Today  ▸c Check-in  g Goals …`: click a name or press its key to go there.

    When every "key name" does not fit (80 columns), each name is shown alone with its key
    letter, its first letter, underlined and in the key colour: `Today  ▸Check-in  Goals …`."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"screen-bar--key", "screen-bar--current", "screen-bar--note"}
    DEFAULT_CSS = """
    ScreenBar {
        dock: top;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        .screen-bar--key { color: $footer-key-foreground; text-style: bold; }
        .screen-bar--current { text-style: bold reverse; }
        .screen-bar--note { color: $text-muted; }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, str]] = []  # (start, end, screen name) for clicks

    def _current(self) -> str | None:
        """The name of the screen this bar sits on (read from the registry's paths: no screen is imported)."""
        paths = {f"{cls.__module__}:{cls.__qualname__}" for cls in type(self.screen).__mro__}
        for name, (_, _, factory) in SCREENS.items():
            if getattr(factory, "path", None) in paths:
                return name
        return None

    def render(self) -> Text:
        width = self.size.width
        current = self._current()
        key_style = self.get_component_rich_style("screen-bar--key")
        current_style = self.get_component_rich_style("screen-bar--current")
        names = sum(len(key) + len(title) + 2 for key, title, _ in SCREENS.values()) + len(MARK)
        short = names > width
        if short:
            names = sum(len(title) + 1 for _, title, _ in SCREENS.values()) + len(MARK)
        gap = next((gap for gap in ("  ", " ") if names + len(gap) * (len(SCREENS) - 1) <= width), "")
        text = Text(no_wrap=True, overflow="crop")
        self._spans = []
        for index, (name, (key, title, _)) in enumerate(SCREENS.items()):
            text.append(gap if index else "")
            start = len(text)
            initial = short and title[:1].lower() == key
            if name == current:
                text.append(" " + MARK)
                text.append(title if initial else f"{key} {title}", current_style)
            elif initial:
                text.append(" ")
                text.append(title[0], key_style + Style(underline=True))
                text.append(title[1:])
            else:
                text.append(" ")
                text.append(key, key_style)
                text.append(f" {title}")
            self._spans.append((start, len(text), name))
        note = self.app.sub_title
        if note and len(text) + len(note) + 3 <= width:
            text.append(" " * (width - len(text) - len(note) - 1))
            text.append(note, self.get_component_rich_style("screen-bar--note"))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, name in self._spans:
            if start <= event.x < end:
                cast("ResilienceApp", self.app).action_show(name)
                return
