"""The footer of every screen: the screen's own keys on the left, `? Help` and `q Quit` always on the right.

The screen's keys come in the order the screen lists them, most useful first; those that
do not fit the width are left out whole (help lists them all), never cut in half.
The keys that switch screens are in the bar at the top (`ScreenBar`), not here.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ALWAYS = {("question_mark", "help"), ("q", "quit")}  # (key, action) of the keys shown on every screen
PALETTE_FROM = 110  # columns from which the command palette's key is shown too


def key_width(key: FooterKey) -> int:
    """Columns a key takes: " k " and "Description " (Textual's padding of footer keys)."""
    return len(key.key_display) + 2 + (len(key.description) + 1 if key.description else 0)


class KeysFooter(Footer):
    DEFAULT_CSS = """
    KeysFooter {
        #always-keys { dock: right; width: auto; height: 1; background: $footer-background; }
        #always-keys FooterKey.-command-palette { dock: none; border-left: none; padding-right: 0; }
    }
    """

    def compose(self) -> ComposeResult:
        shown: list[Widget] = []
        always: list[Widget] = []
        for widget in super().compose():
            if isinstance(widget, FooterKey) and ((widget.key, widget.action) in ALWAYS or widget.has_class("-command-palette")):
                always.append(widget)
            else:
                shown.append(widget)
        yield from shown
        if always:
            always.sort(key=lambda key: not key.has_class("-command-palette"))  # the palette first, help and quit last
            with HorizontalGroup(id="always-keys"):
                yield from always

    def _forget_removed_keys(self) -> None:
        """Each footer key Textual makes binds itself to the footer's `compact`, and the footer keeps
        that binding after the key is removed, so every key ever shown stayed alive (about 45 more
        per screen switch). Bindings of keys no longer on screen are dropped once new keys are in."""
        watchers: dict[str, list[tuple[object, object]]] = getattr(self, "__watchers", {})
        for pairs in watchers.values():
            pairs[:] = [pair for pair in pairs if pair[0] is self or getattr(pair[0], "is_attached", True)]

    async def recompose(self) -> None:
        await super().recompose()
        self._forget_removed_keys()
        self._fit()

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """Show the screen's keys that fit beside the keys always shown, in order; leave out the rest whole."""
        width = self.size.width
        always = [key for key in self.query(FooterKey) if key.parent is not self]
        for key in always:
            if key.has_class("-command-palette"):
                key.display = width >= PALETTE_FROM
        room = width - sum(key_width(key) for key in always if key.display)
        for key in [child for child in self.children if isinstance(child, FooterKey)]:
            room -= key_width(key)
            key.display = room >= 0
