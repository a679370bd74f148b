"""Entries from jrnl (https://jrnl.sh): the JSON that `jrnl --format json` writes.

    {"tags": {"@work": 2},
     "entries": [{"title": "Called in sick.", "body": "Used the time to ...", "date": "2013-06-10",
                  "time": "15:40", "tags": ["@work"], "starred": false}, ...]}

jrnl splits an entry's first sentence off as its title; here the entry's text
is the title, then the body on the next line, as in a jrnl file, so the first
line is the title again. Tags lose their `@` (or whatever tag symbol jrnl used)
and stay in the text as written. Dates are local times. Each entry's id comes
from its date, title and body, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.domain.journal import ENTRY, JournalEntry
from resilience_tui.domain.tags import clean_tag
from resilience_tui.export import CancelCheck, ImportRefused, Progress, Steps
from resilience_tui.export.import_source import read_import_file, size_words
from resilience_tui.export.importer import ImportResult

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

_NAMESPACE = uuid.UUID("5b0e2cbe-8f0c-4c52-9a55-7d1f3f0a2b61")  # ours: ids of imported jrnl entries


def read_jrnl(data: object, source: str) -> list[JournalEntry]:
    """Every entry of a jrnl JSON export, checked; raises ImportRefused with a plain message."""
    nothing = "Nothing was changed."
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ImportRefused(
            f"{source} is not a jrnl export: it has no list of entries. jrnl writes one with "
            f"jrnl --format json --file FILE. {nothing}"
        )
    found = []
    for number, item in enumerate(entries, start=1):
        found.append(_entry(item, f"Entry {number} of {source}"))
    return found


def _entry(item: object, where: str) -> JournalEntry:
    nothing = "Nothing was changed."
    if not isinstance(item, dict):
        raise ImportRefused(f"{where} is not an entry. {nothing}")
    title, body = item.get("title", ""), item.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        raise ImportRefused(f"{where} has a title or body that is not text. {nothing}")
    try:
        day = date.fromisoformat(str(item["date"]))
        clock = time.fromisoformat(str(item.get("time") or "00:00"))
    except KeyError:
        raise ImportRefused(f"{where} has no date. {nothing}") from None
    except ValueError:
        raise ImportRefused(f"{where} has a date or time I cannot read ({item.get('date')} {item.get('time')}). {nothing}") from None
    tags = item.get("tags") or []
    starred = item.get("starred", False)
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags) or not isinstance(starred, bool):
        raise ImportRefused(f"{where} has tags or a star that are not in jrnl's form. {nothing}")
    at = datetime.combine(day, clock.replace(tzinfo=None)).astimezone()  # local time, with that day's offset
    text = title if not body.strip() else f"{title}\n{body.strip(chr(10))}" if title else body
    key = f"jrnl\n{day.isoformat()} {clock.strftime('%H:%M')}\n{title}\n{body}"
    return JournalEntry(
        body=text,
        at=at,
        tags=tuple(dict.fromkeys(t for t in (clean_tag(re.sub(r"^\W+", "", tag)) for tag in tags) if t)),
        kind=ENTRY,
        starred=starred,
        id=str(uuid.uuid5(_NAMESPACE, key)),
        created_at=at,
        updated_at=at,
    )


def import_jrnl(store: Store, path: Path, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> ImportResult:
    """Add the entries of the jrnl JSON export at `path` that are not here yet (one write per year)."""

    def announce(size: int) -> None:
        if progress is not None:
            progress(f"Reading {Path(path).name} ({size_words(size)})", 0, 0)

    return import_jrnl_parsed(store, read_import_file(Path(path), announce), str(path), progress, cancelled)


def import_jrnl_parsed(store: Store, data: object, source: str, progress: Progress | None = None,
                       cancelled: CancelCheck | None = None) -> ImportResult:
    """Add the entries of a jrnl export already read (`import_source.read_import_file`).

    One area, written at once: a cancel before the write (Cancelled) changes nothing.
    """
    steps = Steps(2, progress, cancelled)
    steps.start("Reading the jrnl entries")
    entries = read_jrnl(data, source)
    steps.finish()
    steps.start("Adding them to the journal")
    added = store.journal.add_many(entries)
    return ImportResult(added={"journal": added}, unchanged={"journal": len({e.id for e in entries}) - added})
