"""Reading a stored record's fields: each value checked for the type and range a record can hold.

Every record's `from_dict` reads through these, so a file that parses but holds a
value no record can hold (a mood of 0, an energy of Infinity, a list where text
goes, a date that is not one) raises ValueError, and the store treats the file as
damaged instead of failing later on a screen or in an export.
"""

from __future__ import annotations

from datetime import date, datetime

from resilience_tui.domain.records import parse_iso

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the quick commands (quick/) use this module
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

# Dates and moments a record can hold: a day or a week either side stays a date too.
MIN_YEAR, MAX_YEAR = 1000, 9000
# A count (a position on the board, a round) larger than this is not one a person made.
MAX_COUNT = 10**9


def text(data: Mapping[str, Any], name: str, default: str = "") -> str:
    """The text field `name`; missing or null reads as `default`."""
    value = data.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValueError(f"{name} is not text")
    return value


def record_id(value: object, name: str = "id") -> str:
    """An id: non-empty text."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} is not an id")
    return value


def optional_id(value: object, name: str) -> str | None:
    """A link to another record by its id, or None."""
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{name} is not an id")
    return value


def whole(value: object, name: str, low: int, high: int) -> int:
    """A whole number from `low` to `high` (never a bool, a float or a string of digits)."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{name} is not a whole number from {low} to {high}")
    return value


def optional_whole(value: object, name: str, low: int, high: int) -> int | None:
    return None if value is None else whole(value, name, low, high)


def flag(value: object, name: str, default: bool = False) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ValueError(f"{name} is not true or false")
    return value


def items(value: object, name: str) -> list[Any]:
    """A list (missing or null reads as empty)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{name} is not a list")
    return value


def texts(value: object, name: str) -> tuple[str, ...]:
    """A list of texts (missing or null reads as empty)."""
    if not value:  # missing, null or empty: the common case, checked first
        if value is None or value == []:
            return ()
    found = items(value, name)
    for item in found:
        if type(item) is not str and not isinstance(item, str):
            raise ValueError(f"{name} is not a list of texts")
    return tuple(found)


def moment(value: object, name: str) -> datetime:
    """An ISO 8601 moment within the years a record can hold."""
    if not isinstance(value, str):
        raise ValueError(f"{name} is not a date and time")
    found = parse_iso(value)
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        raise ValueError(f"{name} is outside the years a record can hold")
    return found


def optional_moment(value: object, name: str) -> datetime | None:
    return None if value is None or value == "" else moment(value, name)


def day(value: object, name: str) -> date:
    """An ISO 8601 day within the years a record can hold."""
    if not isinstance(value, str):
        raise ValueError(f"{name} is not a date")
    found = date.fromisoformat(value)
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        raise ValueError(f"{name} is outside the years a record can hold")
    return found


def optional_day(value: object, name: str) -> date | None:
    return None if value is None or value == "" else day(value, name)


def days(value: object, name: str) -> tuple[date, ...]:
    return tuple(day(item, name) for item in items(value, name))


def one_of(value: object, name: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"{name} is not one of {', '.join(choices)}")
    return value
