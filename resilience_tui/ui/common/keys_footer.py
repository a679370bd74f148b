"""The footer of every screen: the screen's own keys on the left, `? Help` and `q Quit` always on the right.

The screen's keys come in the order the screen lists them, most useful first; those that
do not fit the width are left out whole (help lists them all), never cut in half.
The keys that switch screens are in the bar at the top (`ScreenBar`), not here.

It is one widget that draws one line. Textual's own footer makes a widget per key and
makes them all again whenever the keys on offer change (every screen switch, every move
of focus), which cost more than the rest of a switch; this footer reads the keys, and
draws again only when they are not the ones it shows.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

ALWAYS = ("help", "quit")  # actions of the keys shown on every screen, on the right, in this order
PALETTE_FROM = 110  # columns from which the command palette's key is shown too


class FooterItem(NamedTuple):
    key: str  # what pressing it sends, for a click
    shown: str  # how the key is written: "⏎", "^s", "?"
    description: str
    enabled: bool
    tooltip: str

    @property
    def width(self) -> int:
        """" k Description ", as Textual's footer spaced its keys."""
        return len(self.shown) + 2 + (len(self.description) + 1 if self.description else 0)


class KeysFooter(Widget):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"keys-footer--key", "keys-footer--description", "keys-footer--disabled"}
    DEFAULT_CSS = """
    KeysFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        .keys-footer--key { color: $footer-key-foreground; background: $footer-key-background; text-style: bold; }
        .keys-footer--description { color: $footer-description-foreground; background: $footer-description-background; }
        .keys-footer--disabled { color: $text-disabled; }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._own: tuple[FooterItem, ...] = ()  # the screen's keys, most useful first
        self._always: tuple[FooterItem, ...] = ()  # help and quit
        self._palette: FooterItem | None = None
        self._spans: list[tuple[int, int, FooterItem]] = []  # where each drawn key is, for clicks and tooltips

    def on_mount(self) -> None:
        # The keys are read when the screen says they changed (its widgets are all there by then).
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen and self.is_attached:
            self.call_after_refresh(self._read)

    def _read(self) -> None:
        """The keys on offer now; draw again only if they differ from those shown."""
        if not self.is_attached:
            return
        own: dict[str, FooterItem] = {}
        always: dict[str, FooterItem] = {}
        palette = None
        app = self.app
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            item = FooterItem(binding.key, app.get_key_display(binding), binding.description, enabled,
                              tooltip or binding.tooltip or binding.description)
            if binding.key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = item
            elif binding.action in ALWAYS:
                if binding.show or binding.action not in always:  # `q`, not Textual's hidden ctrl+q
                    always[binding.action] = item
            elif binding.show:
                own.setdefault(binding.action, item)  # one key per action, as Textual's footer shows
        found = (tuple(own.values()), tuple(always[action] for action in ALWAYS if action in always), palette)
        if found != (self._own, self._always, self._palette):
            self._own, self._always, self._palette = found
            self.refresh()

    def render(self) -> Text:
        width = self.size.width
        right = list(self._always)
        if self._palette is not None and width >= PALETTE_FROM:
            right.insert(0, self._palette)
        room = width - sum(item.width for item in right)
        left = []
        for item in self._own:
            if item.width > room:
                break  # this key and the ones after it are left out whole
            room -= item.width
            left.append(item)
        text = Text(no_wrap=True, overflow="crop")
        self._spans = []
        for item in left:
            self._append(text, item)
        text.append(" " * max(0, room))
        for item in right:
            self._append(text, item)
        return text

    def _append(self, text: Text, item: FooterItem) -> None:
        start = len(text)
        key_style = self.get_component_rich_style("keys-footer--key")
        words_style = self.get_component_rich_style("keys-footer--description")
        if not item.enabled:
            dim = self.get_component_rich_style("keys-footer--disabled")
            key_style, words_style = key_style + dim, words_style + dim
        text.append(f" {item.shown} ", key_style)
        if item.description:
            text.append(f"{item.description} ", words_style)
        self._spans.append((start, len(text), item))

    def _item_at(self, x: int) -> FooterItem | None:
        return next((item for start, end, item in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        item = self._item_at(event.x)
        if item is not None and item.enabled:
            event.stop()
            self.app.simulate_key(item.key)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self._item_at(event.x)
        self.tooltip = item.tooltip if item is not None else None
