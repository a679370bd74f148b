"""Turn what a person types for a time ("yesterday 21:00") into a datetime."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from resilience_tui.domain.records import ValidationError

ACCEPTED = (
    'Try "now", "21:00", "yesterday 21:00", "monday 9:30", "2 hours ago" '
    'or "2026-11-02 08:30".'
)

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_UNITS = {"minute": 60, "min": 60, "hour": 3600, "day": 86400, "week": 604800}
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")
_AGO = re.compile(r"^(\d+|an?|one)\s*(minute|min|hour|day|week)s?\s+ago$")


def _parse_clock(text: str) -> time | None:
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if match.group(2) is None and half is None:
        return None  # a bare number is not a time
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _parse_day(text: str, today: date) -> date | None:
    if text == "today":
        return today
    if text == "yesterday":
        return today - timedelta(days=1)
    last = text.startswith("last ")
    name = text.removeprefix("last ").strip()
    for index, weekday in enumerate(_WEEKDAYS):
        if name in (weekday, weekday[:3]):
            back = (today.weekday() - index) % 7
            if last and back == 0:
                back = 7
            return today - timedelta(days=back)
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_when(text: str, now: datetime) -> datetime:
    """Return the moment `text` names, in the timezone of `now`.

    A day without a time keeps the current time of day for today and means
    noon for earlier days, so "yesterday" lands on a sensible hour.
    """
    phrase = " ".join(text.strip().lower().split())
    if phrase in ("", "now", "just now"):
        return now.replace(microsecond=0)
    ago = _AGO.match(phrase)
    if ago:
        count = 1 if ago.group(1) in ("a", "an", "one") else int(ago.group(1))
        return (now - timedelta(seconds=count * _UNITS[ago.group(2)])).replace(microsecond=0)
    clock = _parse_clock(phrase)
    if clock is not None:
        return _combine(now.date(), clock, now)
    try:
        moment = datetime.fromisoformat(phrase.replace(" ", "T", 1) if _looks_iso(phrase) else phrase)
    except ValueError:
        moment = None
    if moment is not None and "-" in phrase:
        if len(phrase) == 10:
            return _combine(moment.date(), time(12, 0), now)
        return moment.replace(tzinfo=now.tzinfo) if moment.tzinfo is None else moment
    day_part, _, clock_part = phrase.rpartition(" ")
    if day_part:
        day = _parse_day(day_part, now.date())
        clock = _parse_clock(clock_part)
        if day is not None and clock is not None:
            return _combine(day, clock, now)
    day = _parse_day(phrase, now.date())
    if day is not None:
        return now.replace(microsecond=0) if day == now.date() else _combine(day, time(12, 0), now)
    raise ValidationError(f'"{text.strip()}" is not a time I can read. {ACCEPTED}', "at")


def _looks_iso(phrase: str) -> bool:
    return bool(re.match(r"^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}", phrase))


def _combine(day: date, clock: time, now: datetime) -> datetime:
    return datetime.combine(day, clock).replace(tzinfo=now.tzinfo)
