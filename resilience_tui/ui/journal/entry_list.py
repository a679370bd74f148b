"""The list of journal entries: one line each, newest first, drawn only where it is visible.

Ten years of journal is thousands of lines, and a search redraws the list on every
key. DataTable and OptionList measure every row when their rows change (about
200 ms for 3,650 rows); this list draws only the lines on screen, so setting new
results costs the same for ten entries or ten thousand.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.visible import visible

STAR, WIN_MARK = "★", "✓"


def entry_line(entry: JournalEntry) -> Content:
    """'26 Nov 2026 ★✓ Title  #tag #other': the person's words as plain Content, never markup."""
    marks = (STAR if entry.starred else " ") + (WIN_MARK if entry.is_win else " ")
    tags = visible("  " + " ".join(f"#{tag}" for tag in entry.all_tags)) if entry.all_tags else ""
    title = visible(" ".join(entry.heading.split())) or "(no words yet)"
    return Content.assemble(
        (entry.at.strftime("%d %b %Y"), "dim"), " ", (marks, "bold $accent"), " ", title, (tags, "dim italic"),
    )


class EntryList(ScrollView, can_focus=True):
    """Entries, one per line. Posts `Highlighted` when the cursor moves and `Selected` on enter."""

    COMPONENT_CLASSES = {"entry-list--cursor", "entry-list--cursor-blurred"}
    DEFAULT_CSS = """
    EntryList { height: 1fr; background: $surface; overflow-x: hidden; }
    EntryList > .entry-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    EntryList > .entry-list--cursor-blurred { background: $block-cursor-blurred-background; }
    """
    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter,e", "select", "Edit", tooltip="Open the highlighted entry in the editor"),
    ]

    cursor = reactive(0, always_update=True)

    class Highlighted(Message):
        def __init__(self, entry: JournalEntry | None) -> None:
            super().__init__()
            self.entry = entry

    class Selected(Message):
        def __init__(self, entry: JournalEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[JournalEntry] = []
        self._lines: dict[str, Content] = {}  # by id and updated_at: rendered once
        self._strips: dict[tuple, Strip] = {}  # the drawn line, by entry, width and style: a repaint reuses it

    # -- data --------------------------------------------------------------
    def set_entries(self, entries: list[JournalEntry], keep: str | None = None) -> None:
        """Show `entries`; the cursor stays on `keep` (an id) if it is among them, else goes to the top."""
        self.entries = entries
        self.virtual_size = Size(self.size.width, len(entries))
        index = next((i for i, e in enumerate(entries) if e.id == keep), 0) if keep else 0
        self.cursor = index
        self.refresh()

    @property
    def current(self) -> JournalEntry | None:
        return self.entries[self.cursor] if 0 <= self.cursor < len(self.entries) else None

    @staticmethod
    def _key(entry: JournalEntry) -> str:
        return f"{entry.id}/{entry.updated_at.isoformat()}/{entry.starred}"

    def _line(self, entry: JournalEntry) -> Content:
        key = self._key(entry)
        line = self._lines.get(key)
        if line is None:
            if len(self._lines) > 2000:
                self._lines.clear()
            line = self._lines[key] = entry_line(entry)
        return line

    # -- drawing -----------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.get_visual_style()
        if not 0 <= index < len(self.entries):
            return Strip.blank(width, base.rich_style)
        style = base
        if index == self.cursor:
            style = self.get_visual_style("entry-list--cursor" if self.has_focus else "entry-list--cursor-blurred")
        entry = self.entries[index]
        key = (self._key(entry), width, style)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > 500:
                self._strips.clear()
            strip = self._strips[key] = self._draw(entry, width, style)
        return strip

    def _draw(self, entry: JournalEntry, width: int, style: VisualStyle) -> Strip:
        line = Content(" ") + self._line(entry)
        segments = line.truncate(width, ellipsis=True).render_segments(style)
        return Strip(segments).extend_cell_length(width, style.rich_style).crop(0, width)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.entries))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def watch_cursor(self, old: int, new: int) -> None:
        if self.entries:
            self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.entries) - 1)) if self.entries else 0

    # -- keys and mouse ----------------------------------------------------
    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(1, self.scrollable_content_region.height - 1)

    def action_jump(self, index: int) -> None:
        self.cursor = index if index >= 0 else len(self.entries) - 1

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < len(self.entries):
            if index == self.cursor and event.chain > 1:
                self.action_select()
            self.cursor = index
