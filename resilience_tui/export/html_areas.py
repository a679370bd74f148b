"""The html documents written directly, piece by piece, with the content of the Markdown ones.

Check-ins become monthly tables and goals, applications and feedback sections of
fields, built here with every piece of the person's text escaped. Only text that is
Markdown by nature (a journal entry's body, a reflection worksheet) goes through
markdown-it, one entry at a time; a body that is plain paragraphs and headings is
written directly, as markdown-it would write it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from html import escape
from itertools import groupby
from typing import TYPE_CHECKING

from resilience_tui.domain.moods import energy as energy_level
from resilience_tui.domain.moods import mood as mood_level
from resilience_tui.export.areas import count_words, records, title_of

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from resilience_tui.store.store import Store

_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Anything that may be Markdown: a body with none of it, and no line that could start a block,
# is plain paragraphs (and "#" headings) and is written without markdown-it.
_MARKUP = re.compile(r"[\\`*_\[\]<>&!~|=\t\r\x00\x0b\x0c\u2028\u2029]")
_BLOCK_START = re.compile(r"^(?:[ +\-]|\d{1,9}[.)]|#(?!#{0,5} +[^ #])|#.*#$)|[ ]$", re.MULTILINE)
_ATX = re.compile(r"(#{1,6}) +(.*)")


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
    items = records(store, area)
    yield _intro(area, now, f"{count_words(area, len(items))}, oldest first")
    yield "<p>Moods: ▁ very low, ▂ low, ▄ okay, ▆ good, █ great. Energy: ○ drained to ● buzzing.</p>\n"
    head = "".join(f"<th>{name}</th>" for name in ("When", "Mood", "Energy", "Feelings", "Tags", "Note"))
    for month, group in groupby(items, key=lambda c: c.at.strftime("%B %Y")):
        rows = [f"<h2>{month}</h2>\n<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n"]
        for checkin in group:
            mood = mood_level(checkin.mood)
            energy = energy_level(checkin.energy) if checkin.energy is not None else None
            rows.append("<tr><td>" + "</td><td>".join([
                checkin.at.strftime("%a %d %b %H:%M"),
                f"{mood.glyph} {escape(mood.word)}",
                f"{energy.glyph} {escape(energy.word)}" if energy else "",
                one_line(", ".join(checkin.emotions)),
                one_line(" ".join(f"#{tag}" for tag in checkin.tags)),
                one_line(checkin.note),
            ]) + "</td></tr>\n")
        rows.append("</tbody>\n</table>\n")
        yield "".join(rows)


def _sections(store: Store, area: str, now: datetime) -> Iterator[str]:
    from resilience_tui.export.readable import sections

    count, each = sections(store, area)
    yield _intro(area, now, count_words(area, count))
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

    yield _Markdown()(area_document(store, now))


def _other(store: Store, area: str, now: datetime) -> Iterator[str]:
    from resilience_tui.export.markdown import area_markdown

    yield _Markdown()(area_markdown(store, area, now))


class _Markdown:
    """Markdown text to html: plain text directly, anything else through markdown-it (made on first use)."""

    def __init__(self) -> None:
        self._parser: MarkdownIt | None = None

    def __call__(self, text: str) -> str:
        if not _MARKUP.search(text) and not _BLOCK_START.search(text):
            return plain_html(text)
        if self._parser is None:
            from resilience_tui.export.html import renderer

            self._parser = renderer()
        rendered: str = self._parser.render(text)
        return rendered


def plain_html(text: str) -> str:
    """Text with no Markdown but "#" headings, as markdown-it writes it: a paragraph per block of lines."""
    out: list[str] = []
    paragraph: list[str] = []
    for line in text.split("\n"):
        heading = _ATX.fullmatch(line)
        if paragraph and (not line or heading):
            out.append("<p>" + escape("\n".join(paragraph), quote=False).replace('"', "&quot;") + "</p>\n")
            paragraph = []
        if heading:
            level = len(heading.group(1))
            out.append(f"<h{level}>{escape(heading.group(2), quote=False)}</h{level}>\n".replace('"', "&quot;"))
        elif line:
            paragraph.append(line)
    if paragraph:
        out.append("<p>" + escape("\n".join(paragraph), quote=False).replace('"', "&quot;") + "</p>\n")
    return "".join(out)
