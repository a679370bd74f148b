"""Helpers that turn the person's text into Content safely: never parsed as markup."""

from __future__ import annotations

from textual.content import Content

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.moods import energy as energy_level
from resilience_tui.domain.moods import mood as mood_level
from resilience_tui.domain.shorten import shorten
from resilience_tui.domain.visible import visible


def plain(text: str) -> Content:
    """The person's words as typed, with no markup meaning and control characters shown as escapes."""
    return Content(visible(text))


def first_line(text: str, width: int = 60) -> str:
    """The first line with words in it, shortened between words to `width` (with "…")."""
    line = visible(next((part.strip() for part in text.splitlines() if part.strip()), ""))
    return shorten(line, width)


def mood_content(value: int) -> Content:
    level = mood_level(value)
    return Content.assemble((f"{level.glyph} {level.word}", level.colour))


def energy_content(value: int | None) -> Content:
    if value is None:
        return Content("")
    level = energy_level(value)
    return Content.assemble((f"{level.glyph} {level.word}", level.colour))


def checkin_line(checkin: CheckIn, with_day: bool = False) -> Content:
    """'21:05  ▄ okay · tired · hopeful, relieved — a first line of the note'."""
    when = checkin.at.strftime("%a %d %b %H:%M" if with_day else "%H:%M")
    parts = [Content(f"{when}  "), mood_content(checkin.mood)]
    if checkin.energy is not None:
        parts += [Content(" · "), energy_content(checkin.energy)]
    if checkin.emotions:
        parts.append(Content(" · " + visible(", ".join(checkin.emotions))))
    if checkin.note.strip():
        parts.append(Content(" — " + first_line(checkin.note)))
    return Content.assemble(*parts)
