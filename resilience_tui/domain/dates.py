"""Turn what a person types for a day ("yesterday", "2 Nov", "2026-11-02") into a date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from resilience_tui.domain.records import ValidationError

ACCEPTED_DAYS = 'Try "2026-11-02", "today", "yesterday", "monday", "3 days ago" or "2 Nov".'

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_AGO = re.compile(r"^(\d+|an?|one)\s+(day|week)s?\s+ago$")
_IN = re.compile(r"^in\s+(\d+|an?|one)\s+(day|week)s?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")


def _count(text: str) -> int:
    return 1 if text in ("a", "an", "one") else int(text)


def _month(name: str) -> int | None:
    if len(name) < 3:
        return None
    for index, month in enumerate(_MONTHS, start=1):
        if month.startswith(name) or (name == "sept" and index == 9):
            return index
    return None


def _weekday(phrase: str, today: date) -> date | None:
    ahead = phrase.startswith("next ")
    name = phrase.removeprefix("next ").removeprefix("last ").removeprefix("this ")
    for index, weekday in enumerate(_WEEKDAYS):
        if name in (weekday, weekday[:3]):
            if ahead:
                return today + timedelta(days=(index - today.weekday()) % 7 or 7)
            back = (today.weekday() - index) % 7
            if phrase.startswith("last ") and back == 0:
                back = 7
            return today - timedelta(days=back)
    return None


def _day_month(day: int, month: int, year: str | None, today: date) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        found = date(today.year, month, day)
    except ValueError:
        return None
    # Without a year, the nearest such day: half a year ahead at most.
    if found - today > timedelta(days=183):
        try:
            found = date(today.year - 1, month, day)
        except ValueError:
            return None
    return found


def parse_date(text: str, today: date) -> date | None:
    """The day `text` names, or None for an empty text. Raises ValidationError if it is not a day."""
    phrase = " ".join(text.strip().lower().split())
    if not phrase:
        return None
    simple = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if phrase in simple:
        return today + timedelta(days=simple[phrase])
    if match := _ISO.match(phrase):
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise ValidationError(f'"{text.strip()}" is not a real day of the calendar. {ACCEPTED_DAYS}') from None
    if match := _AGO.match(phrase):
        unit = 7 if match.group(2) == "week" else 1
        return today - timedelta(days=_count(match.group(1)) * unit)
    if match := _IN.match(phrase):
        unit = 7 if match.group(2) == "week" else 1
        return today + timedelta(days=_count(match.group(1)) * unit)
    found = _weekday(phrase, today)
    if found is not None:
        return found
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if match := pattern.match(phrase):
            month = _month(match.group(month_group))
            if month is not None:
                found = _day_month(int(match.group(day_group)), month, match.group(3), today)
                if found is not None:
                    return found
    raise ValidationError(f'"{text.strip()}" is not a date I can read. {ACCEPTED_DAYS}')


def parse_dates(text: str, today: date) -> tuple[date, ...]:
    """Several days separated by commas or semicolons, in the order typed, without repeats."""
    found: list[date] = []
    for part in re.split(r"[,;]", text):
        if part.strip():
            day = parse_date(part, today)
            if day is not None and day not in found:
                found.append(day)
    return tuple(found)


def day_text(day: date | None) -> str:
    """How a day is written back into a form field."""
    return day.isoformat() if day else ""


def friendly_day(day: date, today: date | None = None) -> str:
    """'Tue 17 Nov' this year and 'Tue 17 Nov 2025' otherwise; 'today' and 'yesterday' near now."""
    if today is not None:
        if day == today:
            return "today"
        if day == today - timedelta(days=1):
            return "yesterday"
        if day == today + timedelta(days=1):
            return "tomorrow"
        if day.year == today.year:
            return day.strftime("%a %d %b")
    return day.strftime("%a %d %b %Y")
