"""The areas there are to export: every area in `store/schema.py` that the Store keeps.

An area's repository is the Store attribute of the same name (`store.checkins`,
`store.journal`, `store.goals`, ...). Record areas have `all()`, `get(id)` and
`save_many(records)`; settings are key/value documents with `docs()` and `merge()`.
"""

from __future__ import annotations

from resilience_tui.store.schema import AREAS

SETTINGS = "settings"

# Plural words for messages ("7,337 check-ins"); an area not listed uses its own name.
NOUNS = {
    "checkins": ("check-in", "check-ins"),
    "journal": ("journal entry", "journal entries"),
    "settings": ("setting", "settings"),
    "goals": ("goal", "goals"),
    "applications": ("application", "applications"),
    "feedback": ("feedback request", "feedback requests"),
    "reflections": ("reflection", "reflections"),
}
TITLES = {"checkins": "Check-ins", "journal": "Journal", "settings": "Settings"}


def area_names(store) -> list[str]:
    """Areas this store keeps, in the order of AREAS."""
    return [name for name in AREAS if getattr(store, name, None) is not None]


def readable_areas(store) -> list[str]:
    """Areas worth a readable document (settings are only in the json export)."""
    return [name for name in area_names(store) if name != SETTINGS]


def count_words(area: str, count: int) -> str:
    one, many = NOUNS.get(area, (area, area))
    return f"{count:,} {one if count == 1 else many}"


def title_of(area: str) -> str:
    return TITLES.get(area, area.replace("_", " ").capitalize())


def documents(store, area: str) -> list[dict]:
    """Every record of `area` exactly as stored (settings: their key/value documents)."""
    repository = getattr(store, area)
    if area == SETTINGS:
        return repository.docs()
    return [record.to_dict() for record in repository.all()]


def records(store, area: str) -> list:
    """Every record of a record area, as domain objects."""
    return list(getattr(store, area).all())
