"""Turn what a person types for a time ("yesterday 21:00") into a datetime."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from resilience_tui.domain.records import ValidationError

ACCEPTED = (
    'Try "now", "21:00", "yesterday 21:00", "last monday", "2 hours ago", "2 nov" '
    'or "2026-11-02 08:30".'
)

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
# Parts of a day, for "this morning", "yesterday evening", "last night".
_PARTS = {"morning": time(9, 0), "afternoon": time(15, 0), "evening": time(20, 0), "night": time(21, 0)}
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")
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


def _month(word: str) -> int | None:
    """1-12 for a month's name or its short form ("nov", "sept", "november"), else None."""
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if word == name or (len(word) >= 3 and name.startswith(word)):
            return number
    return None


def _calendar_day(text: str, today: date) -> date | None:
    """"2 nov", "nov 2nd", "2 november 2025": without a year, the latest such day not after today."""
    match = _DAY_MONTH.match(text)
    if match:
        day_text, month_text, year_text = match.groups()
    else:
        match = _MONTH_DAY.match(text)
        if not match:
            return None
        month_text, day_text, year_text = match.groups()
    month = _month(month_text)
    if month is None:
        return None
    try:
        if year_text:
            return date(int(year_text), month, int(day_text))
        found = date(today.year, month, int(day_text))
        return found if found <= today else date(today.year - 1, month, int(day_text))
    except ValueError:
        return None


def _parse_day(text: str, today: date) -> date | None:
    if text == "today":
        return today
    if text == "yesterday":
        return today - timedelta(days=1)
    if text in ("the day before yesterday", "day before yesterday"):
        return today - timedelta(days=2)
    calendar = _calendar_day(text, today)
    if calendar is not None:
        return calendar
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
    phrase = " ".join(text.strip().lower().replace(" at ", " ").split())
    if phrase in ("", "now", "just now"):
        return now.replace(microsecond=0)
    part = _part_of_day(phrase, now)
    if part is not None:
        return part
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


def _part_of_day(phrase: str, now: datetime) -> datetime | None:
    """"this morning", "tonight", "last night", "yesterday evening", "monday afternoon".

    Today's parts never land ahead of now: "this evening" said at 18:30 means now.
    """
    today = now.date()
    if phrase == "tonight":
        phrase = "this evening"
    if phrase == "last night":
        return _combine(today - timedelta(days=1), _PARTS["night"], now)
    day_text, _, part = phrase.rpartition(" ")
    if part not in _PARTS or not day_text:
        return None
    day = today if day_text == "this" else _parse_day(day_text, today)
    if day is None:
        return None
    moment = _combine(day, _PARTS[part], now)
    return min(moment, now.replace(microsecond=0)) if day == today else moment


def _looks_iso(phrase: str) -> bool:
    return bool(re.match(r"^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}", phrase))


def _combine(day: date, clock: time, now: datetime) -> datetime:
    return datetime.combine(day, clock).replace(tzinfo=now.tzinfo)
