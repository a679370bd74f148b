"""Which sections of a worksheet have something in them, and which one the cursor is in.

Two forms of the same thing: one line for a small terminal (" 1✓ 2✓ 3· ..."), and a
list of the nine titles beside the editor on a large one. A tick and a dot say it,
not only a colour; the current section is bold and marked with ▸. A click on a
section in the list goes there.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from resilience_tui.domain.reflection import SECTION_KEYS
from resilience_tui.domain.reflection_prompts import SECTIONS, section


def progress_words(filled: tuple[str, ...]) -> str:
    count = len(filled)
    if count == 0:
        return "nothing written yet"
    return "every section has something" if count == len(SECTION_KEYS) else f"{count} of 9 sections have something"


class SectionProgress(Static):
    class Picked(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, tall: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tall = tall
        self.filled: tuple[str, ...] = ()
        self.current = SECTION_KEYS[0]

    def show(self, filled: tuple[str, ...], current: str) -> None:
        if (filled, current) == (self.filled, self.current) and self.is_mounted and self.visual is not None:
            return  # nothing new: no repaint on every key typed
        self.filled, self.current = filled, current
        self.update(self._tall() if self.tall else self._line())

    def _mark(self, key: str) -> tuple[str, str]:
        return ("✓", "$text-success") if key in self.filled else ("·", "$text-muted")

    def _line(self) -> Content:
        parts: list = []
        for s in SECTIONS:
            mark, style = self._mark(s.key)
            number_style = "bold reverse" if s.key == self.current else ""
            parts += [(str(s.number), number_style), (mark, style), "  "]
        here = section(self.current)
        parts += [(f"{here.number} {here.title}", "bold")]
        return Content.assemble(*parts)

    def _tall(self) -> Content:
        lines = [Content.assemble(("Sections", "bold")), Content.assemble((progress_words(self.filled), "dim")), Content("")]
        for s in SECTIONS:
            mark, style = self._mark(s.key)
            here = s.key == self.current
            lines.append(Content.assemble(("▸ " if here else "  ", "bold"), (f"{s.number} ", "bold" if here else ""),
                                          (mark, style), (f" {s.title}", "bold" if here else "")))
        return Content("\n").join(lines)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        row = offset.y - 3 if offset is not None else -1  # below the title, the words and a blank line
        if self.tall and 0 <= row < len(SECTIONS):
            self.post_message(self.Picked(SECTIONS[row].key))
