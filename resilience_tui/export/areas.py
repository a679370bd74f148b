"""The areas there are to export: every entry of the area table (`store/areas.py`).

An area's repository is `store.repository(name)`. Record areas have `all()`, `get(id)`
and `save_many(records)`; keyed areas (settings, drafts) are key/value documents with
`docs()` and `merge()`. Words and titles come from the table too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from resilience_tui.domain.moods import energy, mood
from resilience_tui.store.areas import AREAS
from resilience_tui.store.revisions import REVISION

SETTINGS = "settings"
DRAFTS = "drafts"


def area_names(store: Any) -> list[str]:
    """Areas this store keeps, in the order of AREAS."""
    return list(AREAS)


def readable_areas(store: Any) -> list[str]:
    """Areas worth a readable document (settings and drafts are only in the json export)."""
    return [name for name in area_names(store) if AREAS[name].readable]


def count_words(area: str, count: int) -> str:
    entry = AREAS.get(area)
    if entry is None:
        return f"{count:,} {area}"
    return entry.count_words(count)


def title_of(area: str) -> str:
    entry = AREAS.get(area)
    return entry.title if entry is not None else area.replace("_", " ").capitalize()


def repository(store: Any, area: str) -> Any:
    """The area's repository. Settings come after the drafts are opened, which moves any
    draft an older version kept among the settings into the drafts."""
    if area == SETTINGS:
        store.repository(DRAFTS)
    return store.repository(area)


def documents(store: Any, area: str) -> list[dict[str, Any]]:
    """Every record of `area` as stored (keyed areas: their key/value documents).

    Without the store's own revision number: it counts saves in this folder only, and
    an import starts its own count.
    """
    return list(each_document(store, area))


def each_document(store: Any, area: str) -> Iterator[dict[str, Any]]:
    """`documents`, one at a time."""
    found = repository(store, area)
    if AREAS[area].keyed:
        yield from found.docs()
        return
    for record in found.all():
        doc = record.to_dict()
        doc.pop(REVISION, None)
        yield doc


def records(store: Any, area: str) -> list[Any]:
    """Every record of a record area, as domain objects."""
    return list(repository(store, area).all())


CHECKIN_LEGEND = "Moods: ▁ very low, ▂ low, ▄ okay, ▆ good, █ great. Energy: ○ drained to ● buzzing."
CHECKIN_COLUMNS = ("When", "Mood", "Energy", "Feelings", "Tags", "Note")


def checkin_cells(checkin: Any) -> tuple[str, ...]:
    """One check-in as the readable documents show it, one plain-text value per column of CHECKIN_COLUMNS
    (each format escapes them its own way)."""
    level = mood(checkin.mood)
    spent = energy(checkin.energy) if checkin.energy is not None else None
    return (checkin.at.strftime("%a %d %b %H:%M"), f"{level.glyph} {level.word}",
            f"{spent.glyph} {spent.word}" if spent else "", ", ".join(checkin.emotions),
            " ".join(f"#{tag}" for tag in checkin.tags), checkin.note)
