"""Helpers shared by every record: ids, timestamps and text checks."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, TypeAlias

# A record as stored in a file or an export: a JSON object.
JsonDict: TypeAlias = dict[str, Any]


class StoredRecord(Protocol):
    """What every record kept in an area file offers (check-ins, goals, journal entries, ...)."""

    @property
    def id(self) -> str: ...

    @property
    def updated_at(self) -> datetime: ...

    def to_dict(self) -> JsonDict: ...


def new_id() -> str:
    import uuid  # ~2 ms to import; only needed when something is created

    return str(uuid.uuid4())


def now_local() -> datetime:
    """The current time with the local UTC offset attached."""
    return datetime.now().astimezone().replace(microsecond=0)


def iso(moment: datetime) -> str:
    """ISO 8601 with offset; naive times are taken as local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment


class ValidationError(ValueError):
    """A value the person gave that cannot be kept as it is; the message is shown to them."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def read_revision(data: JsonDict) -> int:
    """The stored revision of a record (0 when absent: written before revisions, or new)."""
    value = data.get("revision", 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("a record's revision is not a whole number of 0 or more")
    return value
