"""Days as spreadsheets write them.

Read without asking: ISO days ("2026-03-05", "2026/03/05", also with a time after
them, "2026-03-05 14:30:00" or "2026-03-05T14:30"), and a day with the month in words
("5 Mar 2026", "March 5, 2026", "5th of March 2026"). Numbers alone ("05/03/2026",
"3/5/26") read differently in different countries: `order` says which ("dmy": day
first, "mdy": month first); without it a file decides when one of its days can only
be read one way (25/03/2026), and otherwise such a day is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Literal

from resilience_tui.domain.date_phrases import parse_day

Order = Literal["dmy", "mdy"]
ORDERS: tuple[Order, ...] = ("dmy", "mdy")

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$")
_NUMBERS = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$", re.I)
_WORDS = re.compile(r"[a-z]", re.I)


class DateProblem(Exception):
    """A day that cannot be read; the message says why in plain words."""


def file_order(cells: Iterable[str]) -> Order | None:
    """The order the file's number-only days must be in, when one of them can only be read one way."""
    firsts, seconds = False, False
    for cell in cells:
        match = _NUMBERS.match(cell.strip())
        if match:
            firsts = firsts or int(match.group(1)) > 12
            seconds = seconds or int(match.group(2)) > 12
    if firsts != seconds:
        return "dmy" if firsts else "mdy"
    return None


def read_sheet_day(text: str, today: date, order: Order | None) -> date | None:
    """The day a cell names, None for an empty cell; raises DateProblem."""
    cell = text.strip()
    if not cell:
        return None
    try:
        if match := _ISO.match(cell):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _NUMBERS.match(cell):
            return _numbers(cell, match, order)
    except ValueError:
        raise DateProblem(f'"{cell}" is not a real day of the calendar') from None
    if _WORDS.search(cell) and re.search(r"\d{4}", cell):
        found = parse_day(cell, today, "past")
        if found is not None:
            return found
    raise DateProblem(f'"{cell}" is not a date I can read (write it like 2026-03-05 or 5 Mar 2026)')


def _numbers(cell: str, match: re.Match[str], order: Order | None) -> date:
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if year < 100:
        year += 2000
    if order is None:
        if first == second:
            return date(year, first, second)
        raise DateProblem(f'"{cell}" could be {_words(first, second, year)} or {_words(second, first, year)}: '
                          f"say which with --dates dmy (day first) or --dates mdy (month first)")
    day, month = (first, second) if order == "dmy" else (second, first)
    return date(year, month, day)


def _words(day: int, month: int, year: int) -> str:
    try:
        day_of = date(year, month, day)
        return f"{day_of.day} {day_of:%B %Y}"
    except ValueError:
        return f"day {day} of month {month}"
