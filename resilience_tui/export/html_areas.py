"""The html documents written directly, piece by piece, with the content of the Markdown ones.

Check-ins become monthly tables and goals, applications and feedback sections of
fields, built here with every piece of the person's text escaped. Only text that is
Markdown by nature (a journal entry's body, a reflection worksheet) goes through
markdown-it, one entry or worksheet at a time, and only when markdown_lite.py, which
writes the plain part of Markdown exactly as markdown-it does, cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from html import escape
from itertools import groupby
from typing import TYPE_CHECKING

from resilience_tui.export.areas import CHECKIN_COLUMNS, CHECKIN_LEGEND, checkin_cells, count_words, records, title_of

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from resilience_tui.store.store import Store

_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def one_line(text: str) -> str:
    """Text for one table cell or field, escaped: line breaks shown as ↵."""
    return escape(" ↵ ".join(_LINE_BREAKS.split(text)))


def _intro(area: str, now: datetime, what: str) -> str:
    return f"<h1>{escape(title_of(area))}</h1>\n<p>Exported from Resilience on {now:%A %d %B %Y}: {escape(what)}.</p>\n"


def area_html(store: Store, area: str, now: datetime) -> Iterator[str]:
    """The body of `area`'s html document, in pieces."""
    from resilience_tui.export.readable import has_words

    if has_words(area):
        return _sections(store, area, now)
    renderer = {"checkins": _checkins, "journal": _journal, "reflections": _reflections}.get(area, _other)
    return renderer(store, area, now)


def _checkins(store: Store, area: str, now: datetime) -> Iterator[str]:
    from resilience_tui.domain.day_words import local_day
    from resilience_tui.export.html_insights import pixels_html

    items = records(store, area)
    yield _intro(area, now, f"{count_words(area, len(items))}, oldest first")
    yield f"<p>{CHECKIN_LEGEND}</p>\n"
    yield from pixels_html(store, local_day(now))
    head = "".join(f"<th>{name}</th>" for name in CHECKIN_COLUMNS)
    for month, group in groupby(items, key=lambda c: c.at.strftime("%B %Y")):
        rows = [f"<h2>{month}</h2>\n<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n"]
        for checkin in group:
            rows.append("<tr><td>" + "</td><td>".join(one_line(value) for value in checkin_cells(checkin)) + "</td></tr>\n")
        rows.append("</tbody>\n</table>\n")
        yield "".join(rows)


def _sections(store: Store, area: str, now: datetime) -> Iterator[str]:
    from resilience_tui.export.readable import sections

    count, each = sections(store, area)
    yield _intro(area, now, count_words(area, count))
    if area == "applications":
        from resilience_tui.domain.day_words import local_day
        from resilience_tui.export.html_insights import bounce_back_html

        yield bounce_back_html(store, local_day(now))
    for heading, fields in each:
        items = "".join(f"<li><strong>{escape(label)}</strong>: {one_line(value)}</li>\n" for label, value in fields)
        yield f"<h2>{escape(heading)}</h2>\n" + (f"<ul>\n{items}</ul>\n" if items else "")


def _journal(store: Store, area: str, now: datetime) -> Iterator[str]:
    from resilience_tui.export.markdown import entry_parts, journal_summary

    items = records(store, area)
    yield _intro(area, now, journal_summary(items))
    render = _Markdown()
    for entry in items:
        heading, marks, body = entry_parts(entry)
        yield f"<h2>{escape(heading)}</h2>\n<p><em>{escape(marks)}</em></p>\n{render(body)}<hr />\n"


def _reflections(store: Store, area: str, now: datetime) -> Iterator[str]:
    from resilience_tui.services.reflections import area_document

    # Every rule line in the document is one of ours between worksheets (the person's words are
    # escaped), so each worksheet renders on its own.
    render = _Markdown()
    for number, part in enumerate(area_document(store, now).split("\n\n---\n\n")):
        yield ("<hr />\n" if number else "") + render(part)


def _other(store: Store, area: str, now: datetime) -> Iterator[str]:
    from resilience_tui.export.markdown import area_markdown

    yield _Markdown()(area_markdown(store, area, now))


class _Markdown:
    """Markdown text to html: the plain part directly (markdown_lite.py), anything else through
    markdown-it (made on first use)."""

    def __init__(self) -> None:
        self._parser: MarkdownIt | None = None

    def __call__(self, text: str) -> str:
        from resilience_tui.export.markdown_lite import render

        done = render(text)
        if done is not None:
            return done
        if self._parser is None:
            from resilience_tui.export.html import renderer

            self._parser = renderer()
        rendered: str = self._parser.render(text)
        return rendered
