"""An iCalendar file (RFC 5545) written by hand: a few events, each with a reminder.

Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character);
TEXT values escape backslash, semicolon, comma and newline. Control characters
other than tab cannot be carried by a TEXT value, so they are left out; every
other character, emoji and right-to-left letters included, is kept as typed.
Each event's UID is given by the caller and derived from a record's id, so
importing a newer file updates the same events instead of adding copies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

PRODUCT_ID = "-//Resilience//resilience-tui//EN"
LINE_OCTETS = 75
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all C0 but tab and newline, DEL, C1


@dataclass(frozen=True)
class Event:
    """One calendar entry. `start` is a day (an all-day event) or a floating local time.

    `alarm` is how long after the start the reminder shows (an all-day event starts at midnight).
    """

    uid: str
    summary: str
    start: date | datetime
    description: str = ""
    daily: bool = False
    alarm: timedelta = timedelta(0)
    duration: timedelta = timedelta(minutes=10)
    sequence: int = 0
    modified: datetime | None = None


def text(value: str) -> str:
    """`value` as an iCalendar TEXT value: escaped, newlines as \\n, control characters left out."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROLS.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded into pieces of at most 75 octets, each continuation starting with a space."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [" "], 1, LINE_OCTETS
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces)


def _utc(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _duration(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    if not days and not clock:
        return "PT0S"
    return f"{sign}P" + (f"{days}D" if days else "") + (f"T{clock}" if clock else "")


def _start_lines(start: date | datetime, duration: timedelta) -> list[str]:
    if isinstance(start, datetime):  # floating: the same clock time wherever the person is
        return [f"DTSTART:{start.replace(tzinfo=None).strftime('%Y%m%dT%H%M%S')}", f"DURATION:{_duration(duration)}"]
    return [f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(start + timedelta(days=1)).strftime('%Y%m%d')}"]


def event_lines(event: Event, stamp: datetime) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{text(event.uid)}", f"DTSTAMP:{_utc(stamp)}",
             *_start_lines(event.start, event.duration)]
    if event.daily:
        lines.append("RRULE:FREQ=DAILY")
    lines.append(f"SUMMARY:{text(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{text(event.description)}")
    lines += [f"SEQUENCE:{max(0, event.sequence)}", "TRANSP:TRANSPARENT"]
    if event.modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(event.modified)}")
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{text(event.summary)}",
              f"TRIGGER:{_duration(event.alarm)}", "END:VALARM", "END:VEVENT"]
    return lines


def calendar(events: list[Event], stamp: datetime, name: str = "Resilience") -> str:
    """The whole file: a VCALENDAR holding `events`, stamped `stamp` (made now; UTC in the file)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{text(name)}"]
    for event in events:
        lines += event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def at_clock(day: date, clock: time) -> datetime:
    """A floating local moment: `clock` on `day`, no time zone."""
    return datetime.combine(day, clock)
