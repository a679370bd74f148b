"""A check-in draft: the half-typed Check-in form, as the Check-in screen keeps it.

    {"mood": 3, "energy": None, "emotions": ["hopeful"], "tags": "acme", "note": "...",
     "when": "now", "application_id": None, "editing_id": None}

Every field may be missing or None. A draft can also come from an import or from
an older version, so nothing about its shape is taken on trust: `draft_fields`
keeps the fields the form can show and drops the rest, and `is_checkin_draft`
says whether a whole draft has the form's shape (an import leaves out one that
has not).
"""

from __future__ import annotations

from typing import Any

from resilience_tui.domain.moods import ENERGIES, MOODS, Level

_TEXT = ("tags", "note", "when", "application_id", "editing_id")


def _level(value: object, levels: tuple[Level, ...]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and any(level.value == value for level in levels)


def _fits(name: object, value: object) -> bool:
    if not isinstance(name, str):
        return False
    if value is None:
        return True
    if name == "mood":
        return _level(value, MOODS)
    if name == "energy":
        return _level(value, ENERGIES)
    if name == "emotions":
        return isinstance(value, list) and all(isinstance(word, str) for word in value)
    if name in _TEXT:
        return isinstance(value, str)
    return True  # a field this version does not use is ignored when read


def draft_fields(value: object) -> dict[str, Any] | None:
    """The fields of a stored check-in draft that the form can show; None when it is no draft at all."""
    if not isinstance(value, dict):
        return None
    return {name: field for name, field in value.items() if _fits(name, field)}


def is_checkin_draft(value: object) -> bool:
    """True when every field of `value` has the shape the Check-in form reads."""
    return isinstance(value, dict) and all(_fits(name, field) for name, field in value.items())
