"""Journal entries printed by `resilience journal`: plain text, Markdown, or JSON in jrnl's shape.

The JSON is what `jrnl --format json` writes, so tools made for jrnl can read it:

    {"tags": {"#acme": 2},
     "entries": [{"title": "Rough day.", "body": "Acme said no.", "date": "2026-11-30",
                  "time": "21:00", "tags": ["#acme"], "starred": false}, ...]}

Every entry also says whether it is a win (`"win": true`), which jrnl's readers
leave alone. Text and Markdown show control characters as visible escapes; the
JSON keeps the text exact, with every character a terminal could act on
written as a `\\uXXXX` escape, so `json.loads` gives back what was typed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime

from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.journal_text import jrnl_parts
from resilience_tui.domain.visible import visible

__all__ = ["FORMATS", "as_jrnl_json", "as_markdown", "as_text", "jrnl_document"]

FORMATS = ("text", "markdown", "json")

# What json.dumps leaves raw and a terminal may act on: DEL, C1 controls, bidirectional
# controls, line and paragraph separators, and lone surrogates (which cannot be printed).
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _local(entry: JournalEntry) -> datetime:
    return entry.at.astimezone()


def _tags(entry: JournalEntry) -> list[str]:
    return [f"#{tag}" for tag in entry.all_tags]


def jrnl_document(entries: Sequence[JournalEntry]) -> dict[str, object]:
    """The entries (in the order given) as jrnl's JSON document."""
    counts: dict[str, int] = {}
    items = []
    for entry in entries:
        title, body = jrnl_parts(entry)
        tags = _tags(entry)
        for tag in tags:
            counts[tag] = counts.get(tag, 0) + 1
        moment = _local(entry)
        items.append({"title": title, "body": body, "date": moment.strftime("%Y-%m-%d"),
                      "time": moment.strftime("%H:%M"), "tags": tags, "starred": entry.starred,
                      "win": entry.is_win})
    return {"tags": counts, "entries": items}


def as_jrnl_json(entries: Sequence[JournalEntry]) -> str:
    """jrnl's JSON document as text that is safe to print and reads back exactly."""
    text = json.dumps(jrnl_document(entries), ensure_ascii=False, indent=4)
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _marks(entry: JournalEntry) -> str:
    return ("★ " if entry.starred else "") + ("win: " if entry.is_win else "")


def _body_lines(body: str, indent: str) -> list[str]:
    # split("\n"), not splitlines(): other line breaks are text, shown as escapes.
    return [f"{indent}{visible(line)}".rstrip() for line in body.strip("\n").split("\n")] if body.strip() else []


def as_text(entries: Sequence[JournalEntry]) -> str:
    """One heading line per entry (date, time, marks, title), its text indented below, a blank line between."""
    blocks = []
    for entry in entries:
        title, body = jrnl_parts(entry)
        heading = f"{_local(entry):%Y-%m-%d %H:%M} {_marks(entry)}{visible(title)}".rstrip()
        blocks.append("\n".join([heading, *_body_lines(body, "  ")]))
    return "\n\n".join(blocks)


def as_markdown(entries: Sequence[JournalEntry]) -> str:
    """A Markdown document: a heading per year and month, then each entry under its date and title."""
    lines: list[str] = []
    year = month = None
    for entry in entries:
        moment = _local(entry)
        if moment.year != year:
            year, month = moment.year, None
            lines += [f"# {year}", ""]
        if moment.month != month:
            month = moment.month
            lines += [f"## {moment:%B}", ""]
        title, body = jrnl_parts(entry)
        lines += [f"### {moment:%Y-%m-%d %H:%M} {_marks(entry)}{visible(title)}".rstrip(), ""]
        body_lines = _body_lines(body, "")
        if body_lines:
            lines += [*body_lines, ""]
    return "\n".join(lines).rstrip("\n")
