"""Text written from a shell into a journal entry, read the way jrnl reads it.

- The first sentence is the title and the rest is the body: the title ends at
  the first `.`, `?` or `!` (a run of them, and any closing quote or bracket)
  followed by a space or the end of a line, or at the end of the first line.
  "Dr. Smith called." splits at "Dr.", as in jrnl. Text with no sentence end
  on its first line is a title alone.
- A leading date phrase ending in a colon ("yesterday: Rough day.",
  "monday 9pm: ...", "2026-11-02 21:00: ...") is the entry's date, and is not
  kept in the text. A colon after words that name no date ("Note to self: ...")
  is part of the text.

The text is kept exactly otherwise: only the whitespace around the title and at
the ends is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.journal_title import LEADING as _LEADING
from resilience_tui.domain.journal_title import split_title, title_and_body

__all__ = ["EmptyText", "WrittenText", "jrnl_parts", "leading_moment", "read_written", "split_title"]


class EmptyText(ValueError):
    """The text holds nothing but whitespace."""


@dataclass(frozen=True)
class WrittenText:
    title: str
    body: str
    at: datetime | None  # the date the text began with, if any


def leading_moment(text: str, now: datetime) -> tuple[datetime | None, str]:
    """The moment a leading "PHRASE:" names (in the past by preference) and the text after it.

    When the text does not begin with a date phrase and a colon, returns None and the text unchanged.
    """
    match = _LEADING.match(text)
    if match is None:
        return None, text
    phrase = match.group(1).strip()
    if not phrase:
        return None, text
    from resilience_tui.domain.date_phrases import parse_moment  # only for text that begins "PHRASE:"

    moment = parse_moment(phrase, now, "past")
    if moment is None:
        return None, text
    return moment, text[match.end():]


def read_written(text: str, now: datetime, *, leading_date: bool = True) -> WrittenText:
    """Title, body and leading date of text written for a new entry. Raises EmptyText when nothing is left."""
    at = None
    if leading_date:
        at, text = leading_moment(text, now)
    if not text.strip():
        raise EmptyText("the entry has no text")
    title, body = title_and_body(text)
    return WrittenText(title, body, at)


def jrnl_parts(entry: JournalEntry) -> tuple[str, str]:
    """An entry's title and body as jrnl would give them: its own title, or its text's first sentence."""
    if entry.title.strip():
        return entry.title, entry.body
    return split_title(entry.body)
