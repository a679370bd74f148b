"""Helpers shared by every record: ids, timestamps and text checks."""

from __future__ import annotations

import os
from datetime import datetime

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the quick commands (quick/) use this module
if TYPE_CHECKING:
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
else:
    JsonDict = dict  # the same at run time


def new_id() -> str:
    """A random (version 4) UUID as text, made without the uuid module: importing it runs
    platform checks that cost a shell command several milliseconds."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


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
