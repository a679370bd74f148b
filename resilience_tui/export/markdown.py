"""Readable Markdown, one document per area: check-ins as monthly tables, journal entries as
sections, anything else as a section per record with its fields listed.

This is for reading and keeping; the json export is the complete one. So that the
documents read well, line breaks in a table cell show as " ↵ ", and headings
inside a journal entry move two levels down, under the entry's own heading.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from itertools import groupby
from typing import TYPE_CHECKING

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.export.areas import (
    CHECKIN_COLUMNS,
    CHECKIN_LEGEND,
    checkin_cells,
    count_words,
    documents,
    records,
    title_of,
)

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_INTERNAL = frozenset({"id", "position", "revision", "edits", "created_at", "updated_at"})  # json export only


def area_markdown(store: Store, area: str, now: datetime) -> str:
    from resilience_tui.export.readable import area_sections, has_words

    if has_words(area):
        return area_sections(store, area, now, cell).rstrip("\n") + "\n"
    renderer = {"checkins": _checkins, "journal": _journal, "reflections": _reflections}.get(area, _generic)
    return renderer(store, area, now).rstrip("\n") + "\n"


def _intro(area: str, now: datetime, what: str) -> list[str]:
    return [f"# {title_of(area)}", "", f"Exported from Resilience on {now:%A %d %B %Y}: {what}.", ""]


def cell(text: str) -> str:
    """Text made safe for one table cell: pipes escaped, line breaks shown as ↵."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return " ↵ ".join(part for part in re.split(r"\r\n|\r|\n|\u2028|\u2029", text))


def _checkins(store: Store, area: str, now: datetime) -> str:
    items = records(store, area)
    lines = _intro(area, now, f"{count_words(area, len(items))}, oldest first")
    lines += [CHECKIN_LEGEND, ""]
    for month, group in groupby(items, key=lambda c: c.at.strftime("%B %Y")):
        lines += [f"## {month}", "", "| " + " | ".join(CHECKIN_COLUMNS) + " |", "| --- " * len(CHECKIN_COLUMNS) + "|"]
        for checkin in group:
            lines.append("| " + " | ".join(cell(value) for value in checkin_cells(checkin)) + " |")
        lines.append("")
    return "\n".join(lines)


def demote_headings(body: str, levels: int = 2) -> str:
    """Headings in the text go `levels` down (at most to ######); code blocks are left alone."""
    out, fenced = [], False
    for line in body.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = _HEADING.sub(lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + levels), line)
        out.append(line)
    return "\n".join(out)


def entry_parts(entry: JournalEntry) -> tuple[str, str, str]:
    """An entry's heading line, its marks (win, starred, tags) and its body with headings demoted."""
    body = entry.body
    first, _, rest = body.lstrip("\n").partition("\n")
    if not entry.title.strip() and _HEADING.sub("", first).strip() == entry.heading:
        body = rest.lstrip("\n")  # the heading below says it already
    marks = ["✓ Win" if entry.is_win else "Journal entry"]
    if entry.starred:
        marks.append("★ Starred")
    if entry.all_tags:
        marks.append(" ".join(f"#{tag}" for tag in entry.all_tags))
    heading = " ".join(entry.heading.split()) or "(no title)"
    return f"{entry.at:%A %d %B %Y, %H:%M} · {heading}", " · ".join(marks), demote_headings(body).rstrip("\n")


def entry_section(entry: JournalEntry) -> list[str]:
    heading, marks, body = entry_parts(entry)
    return [f"## {heading}", "", f"*{marks}*", "", body, "", "---", ""]


def journal_summary(items: list[JournalEntry]) -> str:
    wins = sum(entry.is_win for entry in items)
    return f"{count_words('journal', len(items))} ({wins:,} win{'s' if wins != 1 else ''}), oldest first"


def _journal(store: Store, area: str, now: datetime) -> str:
    items = records(store, area)
    lines = _intro(area, now, journal_summary(items))
    for entry in items:
        lines += entry_section(entry)
    return "\n".join(lines)


def _reflections(store: Store, area: str, now: datetime) -> str:
    from resilience_tui.services.reflections import area_document  # each worksheet as its own preview shows it

    return area_document(store, now)


def _value(value: object) -> str:
    if isinstance(value, str):
        return cell(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return cell(", ".join(value))
    if isinstance(value, list) and all(isinstance(item, dict) and "text" in item for item in value):
        return "; ".join(("✓ " if item.get("done") else "☐ ") + cell(str(item["text"])) for item in value)  # steps
    return cell(json.dumps(value, ensure_ascii=False))


def _generic(store: Store, area: str, now: datetime) -> str:
    docs = documents(store, area)
    lines = _intro(area, now, count_words(area, len(docs)))
    for doc in docs:
        name = next((doc[key] for key in ("title", "name", "company", "key") if isinstance(doc.get(key), str)), doc.get("id"))
        lines += [f"## {' '.join(str(name).split())}", ""]
        lines += [f"- **{key.replace('_', ' ').capitalize()}**: {_value(value)}" for key, value in doc.items()
                  if key not in _INTERNAL and not key.endswith("_id") and value not in (None, "", [], {})]
        lines.append("")
    return "\n".join(lines)
