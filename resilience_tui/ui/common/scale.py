"""A one-line picker for a 1-5 scale (mood, energy): digits, arrows or a click choose."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from textual.binding import Binding
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

SEPARATOR = "  "


class ScaleLevel(Protocol):
    """What the picker shows of one option: a mood or energy Level, or a goal Category."""

    @property
    def value(self) -> int: ...
    @property
    def word(self) -> str: ...
    @property
    def glyph(self) -> str: ...
    @property
    def colour(self) -> str: ...


LevelT = TypeVar("LevelT", bound=ScaleLevel)


class ScalePicker(Widget, Generic[LevelT], can_focus=True):
    """Shows every level with its number, glyph and word; the chosen one is marked ● and highlighted."""

    DEFAULT_CSS = """
    ScalePicker { height: auto; width: 1fr; padding: 0 1; }
    ScalePicker:focus { background: $boost; }
    """
    BINDINGS = [
        Binding("left", "step(-1)", "Less", show=False),
        Binding("right", "step(1)", "More", show=False),
        Binding("backspace,0", "clear", "Clear", show=False),
        *(Binding(str(n), f"choose({n})", str(n), show=False) for n in range(1, 6)),
    ]

    value: reactive[int | None] = reactive(None)

    class Changed(Message):
        def __init__(self, picker: ScalePicker, value: int | None) -> None:
            super().__init__()
            self.picker = picker
            self.value = value

        @property
        def control(self) -> ScalePicker:
            return self.picker

    def __init__(self, levels: tuple[LevelT, ...], *, optional: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.levels = levels
        self.optional = optional
        self._spans: list[tuple[int, int, int]] = []

    def option_text(self, level: LevelT) -> str:
        mark = "●" if self.value == level.value else " "
        return f"{mark}{level.value} {level.glyph} {level.word}"

    def render(self) -> Content:
        parts: list[Content | tuple[str, str] | str] = []
        self._spans = []
        x = 0
        for index, level in enumerate(self.levels):
            if index:
                parts.append(SEPARATOR)
                x += len(SEPARATOR)
            text = self.option_text(level)
            style = f"bold reverse {level.colour}" if self.value == level.value else level.colour
            parts.append((text, style))
            self._spans.append((x, x + len(text), level.value))
            x += len(text)
        return Content.assemble(*parts)

    def watch_value(self, value: int | None) -> None:
        self.post_message(self.Changed(self, value))

    def action_choose(self, value: int) -> None:
        self.choose(value)

    def choose(self, value: int | None) -> None:
        if value is None or any(level.value == value for level in self.levels):
            self.value = value

    def action_step(self, delta: int) -> None:
        self.choose(3 if self.value is None else min(5, max(1, self.value + delta)))

    def action_clear(self) -> None:
        if self.optional:
            self.value = None

    def on_click(self, event: Click) -> None:
        x = event.x - 1  # padding
        for start, end, value in self._spans:
            if start <= x < end:
                self.choose(value)
                break
