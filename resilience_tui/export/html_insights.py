"""The Insights parts of the html export: the year in pixels in the check-ins document, and
the bounce-back table in the applications document.

Each cell of the year in pixels carries the day's glyph (a taller bar is a better day), its
colour, and a title with the day in words, so colour never carries the meaning alone. One
year is yielded at a time, so the export stays a stream.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from resilience_tui.domain.bounce_back import BACK, NOT_YET, bounce_backs
from resilience_tui.domain.day_book import DayBook, day_book
from resilience_tui.domain.day_events import DayEvent, day_events
from resilience_tui.domain.insight_range import calendar_year, everything
from resilience_tui.domain.year_pixels import LEGEND, year_pixels

if TYPE_CHECKING:
    from resilience_tui.store.store import Store


_books: dict[tuple[int, object], DayBook] = {}


def checkin_days(store: Store) -> DayBook:
    """The check-ins by day, made once for the documents of one export (kept while the check-ins are unchanged)."""
    checkins = store.checkins.all()  # in memory once read; reading them first makes their files part of the key
    key = (id(store), (store.revision("checkins"), len(checkins)))
    if key not in _books:
        _books.clear()
        _books[key] = day_book(checkins)
    return _books[key]


def pixels_html(store: Store, today: date) -> Iterator[str]:
    """A "Year in pixels" section: one table per calendar year with check-ins, oldest first."""
    book = checkin_days(store)
    applications = store.applications.all()
    if book.first_day is None:
        return
    events = day_events(applications=applications)
    yield ("<h2>Year in pixels</h2>\n<p>One cell per day: the day's mean mood as a glyph and a colour "
           f"(a taller bar is a better day). {escape(LEGEND)}. Hold the pointer over a day to read it in words.</p>\n")
    last = max(book.days[-1], today) if book.days else today
    for year in range(book.first_day.year, last.year + 1):
        yield _year_table(book, events, year, today)


def _year_table(book: DayBook, events: Mapping[date, Sequence[DayEvent]], year: int, today: date) -> str:
    pixels = year_pixels(book, events, calendar_year(year), today)
    head = "".join(f"<th scope=\"col\">{day}</th>" for day in range(1, 32))
    rows = [f"<table class=\"pixels\">\n<caption>{year}: {escape(pixels.words)}</caption>\n"
            f"<thead><tr><th scope=\"col\">Month</th>{head}</tr></thead>\n<tbody>\n"]
    for month in range(1, 13):
        length = calendar.monthrange(year, month)[1]
        cells = [f"<th scope=\"row\">{calendar.month_abbr[month]}</th>"]
        for day in range(1, 32):
            pixel = pixels.pixel(date(year, month, day)) if day <= length else None
            if pixel is None:
                cells.append("<td></td>")
            elif pixel.colour is None:
                cells.append(f"<td class=\"none\" title=\"{escape(pixel.words)}\">{pixel.glyph}{_mark(pixel.mark)}</td>")
            else:
                cells.append(f"<td style=\"color:{pixel.colour}\" title=\"{escape(pixel.words)}\">"
                             f"{pixel.glyph}{_mark(pixel.mark)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>\n")
    rows.append("</tbody>\n</table>\n")
    return "".join(rows)


def _mark(mark: str) -> str:
    return "" if mark == " " else mark


def bounce_back_html(store: Store, today: date) -> str:
    """A "Bounce-back time" section: for each rejection with its day, how long it took to feel usual again."""
    applications = store.applications.all()
    if not any(a.is_rejection for a in applications):
        return ""
    book = checkin_days(store)
    found = bounce_backs(applications, book, everything(book.first_day, today), today)
    parts = [f"<h2>Bounce-back time</h2>\n<p>{escape(found.words)}</p>\n"]
    if found.undated_words:
        parts.append(f"<p>{escape(found.undated_words)}</p>\n")
    if found.items:
        parts.append("<p>From the day you heard back: back to your usual is the first three days with check-ins "
                     "whose mean is within half a step of your mean over the 30 days before.</p>\n<table>\n"
                     "<thead>\n<tr><th>Heard back</th><th>Application</th><th>Bounce-back</th>"
                     "<th>Lowest point</th><th>Your usual before</th></tr>\n</thead>\n<tbody>\n")
        for item in found.items:
            took = {BACK: f"{item.days} days" if item.days != 1 else "1 day", NOT_YET: "not yet"}.get(
                item.status, "not enough check-ins")
            usual = "" if item.baseline is None else f"{item.baseline:.1f}"
            parts.append(f"<tr><td>{item.heard_back:%a %d %b %Y}</td><td>{escape(item.title)}</td>"
                         f"<td title=\"{escape(item.words)}\">{took}</td>"
                         f"<td>{escape(item.lowest_words.removeprefix('lowest point: '))}</td><td>{usual}</td></tr>\n")
        parts.append("</tbody>\n</table>\n")
    return "".join(parts)
