"""Searching the journal: what the person typed in the search field, and the matching entries.

The search field takes words (every one must appear, in the title, the text or
the tags; "quoted words" stay together) and filters:

    #tag            entries with this tag
    is:win          wins only (is:entry for the other entries)
    is:starred      starred entries only
    from:DATE       on or after DATE (2026-11-02, 2026-11, 2026, yesterday, monday, "2 nov")
    to:DATE         on or before DATE

`search` runs over an index built once per file version (`index_entry`), so it
only compares lowercase text: a few milliseconds for ten years of entries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from resilience_tui.domain.date_phrases import parse_moment
from resilience_tui.domain.journal import ENTRY, WIN, JournalEntry
from resilience_tui.domain.tags import clean_tag

FILTER_HELP = 'words, #tag, is:win, is:entry, is:starred, from:2026-01-01, to:yesterday ("quotes" keep words together)'

_TOKEN = re.compile(r'[^\s"]*"[^"]*"?|\S+')
_KINDS = {"win": WIN, "wins": WIN, "entry": ENTRY, "entries": ENTRY}
_STARRED = {"starred", "star", "stars", "★"}
_FROM = ("from:", "since:", "after:")
_TO = ("to:", "until:", "before:")


@dataclass(frozen=True, slots=True)
class Indexed:
    """An entry with what search compares, worked out once."""

    entry: JournalEntry
    haystack: str
    tags: frozenset[str]
    day: date


def fold(text: str) -> str:
    """Text in the form search compares: one Unicode form, case folded."""
    return unicodedata.normalize("NFC", text).casefold()


def index_entry(entry: JournalEntry) -> Indexed:
    tags = entry.all_tags
    haystack = fold(f"{entry.title}\n{entry.body}\n{' '.join('#' + tag for tag in tags)}")
    return Indexed(entry, haystack, frozenset(tags), entry.at.date())


def build_index(entries: Iterable[JournalEntry]) -> list[Indexed]:
    """Newest first, as the list shows them."""
    ordered = sorted(entries, key=lambda e: (e.at, e.created_at, e.id), reverse=True)
    return [index_entry(entry) for entry in ordered]


@dataclass(frozen=True)
class JournalQuery:
    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    kind: str | None = None
    starred: bool = False
    start: date | None = None
    end: date | None = None  # inclusive
    problems: tuple[str, ...] = ()  # filters that could not be read, in words for the person

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.tags or self.kind or self.starred or self.start or self.end)

    def with_view(self, view: str) -> JournalQuery:
        """Narrow to a view of the screen: "all", "wins" or "starred"."""
        if view == "wins":
            return replace(self, kind=WIN)
        if view == "starred":
            return replace(self, starred=True)
        return self


def parse_query(text: str, today: date) -> JournalQuery:
    words: list[str] = []
    tags: list[str] = []
    kind, starred, start, end = None, False, None, None
    problems: list[str] = []
    for raw in _TOKEN.findall(text):
        token = raw.replace('"', "")
        lower = token.lower()
        if not token.strip():
            continue
        if lower.startswith("#") and clean_tag(token):
            tags.append(clean_tag(token))
        elif lower.startswith("is:") and lower[3:] in _KINDS:
            kind = _KINDS[lower[3:]]
        elif lower.startswith("is:") and lower[3:] in _STARRED or lower == "★":
            starred = True
        elif lower.startswith("is:"):
            problems.append(f'"{token}" is not a filter I know (is:win, is:entry or is:starred)')
        elif lower.startswith(_FROM + _TO):
            prefix, _, value = token.partition(":")
            is_end = f"{prefix.lower()}:" in _TO
            bound = date_bound(value, today, end=is_end)
            if bound is None:
                problems.append(f'"{value}" is not a date I can read (try 2026-11-02, 2026-11, yesterday or monday)')
            elif is_end:
                end = bound
            else:
                start = bound
        else:
            words.append(fold(token))
    return JournalQuery(tuple(words), tuple(tags), kind, starred, start, end, tuple(problems))


def date_bound(text: str, today: date, *, end: bool) -> date | None:
    """The first (or, for `end`, the last) day that `text` names: a day, a month or a year."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if month and 1 <= int(month.group(2)) <= 12:
        first = date(int(month.group(1)), int(month.group(2)), 1)
        if not end:
            return first
        return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    moment = parse_moment(text.replace("-", " ") if not text[:1].isdigit() else text,
                          datetime.combine(today, time(12)), "past")
    return None if moment is None else moment.date()


def search(index: Sequence[Indexed], query: JournalQuery, limit: int | None = None) -> list[JournalEntry]:
    """The entries of `index` (newest first) that match every part of `query`, in the same order."""
    if query.is_empty:
        return [item.entry for item in (index if limit is None else index[:limit])]
    words, tags, kind = query.words, query.tags, query.kind
    starred, start, end = query.starred, query.start, query.end
    found: list[JournalEntry] = []
    for item in index:
        entry = item.entry
        if kind is not None and entry.kind != kind:
            continue
        if starred and not entry.starred:
            continue
        if (start is not None and item.day < start) or (end is not None and item.day > end):
            continue
        if tags and not all(tag in item.tags for tag in tags):
            continue
        haystack = item.haystack
        if all(word in haystack for word in words):
            found.append(entry)
            if limit is not None and len(found) >= limit:
                break
    return found


def describe(query: JournalQuery) -> str:
    """The filters in words, for the line above the list: "wins · #acme · from 2 Nov 2026"."""
    parts = []
    if query.kind == WIN:
        parts.append("wins")
    elif query.kind == ENTRY:
        parts.append("entries (no wins)")
    if query.starred:
        parts.append("starred")
    parts.extend(f"#{tag}" for tag in query.tags)
    if query.start:
        parts.append(f"from {query.start:%d %b %Y}")
    if query.end:
        parts.append(f"to {query.end:%d %b %Y}")
    if query.words:
        parts.append(" ".join(f'"{word}"' for word in query.words))
    return " · ".join(parts)
