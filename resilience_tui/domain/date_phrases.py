"""What a person types for a day or a moment ("friday", "3 days ago", "sept 3", "yesterday 21:00").

One set of rules for every field. A phrase that names its direction ("yesterday",
"in 2 weeks", "last friday", "next friday") means the same day whatever the
field. A phrase that does not ("friday", "3 sept") is resolved with the field's
preference: "past" for when something happened (check-ins, journal entries,
applied, heard-back and interview dates), "future" for when something is due
(goals). The rules:

- "today", "yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow".
- "in 3 days", "in two weeks", "in 1 month", "in a year", "3 days from now";
  "3 days ago", "a week ago", "2 months ago" (numbers as digits or one to ten).
- "end of week", "this week", "weekend": this week's Sunday (weeks run Monday to
  Sunday); "next week": next week's Sunday; "end of month", "this month": the
  month's last day; "next month": next month's last day.
- A weekday ("friday", "fri", "thurs"), alone or after "this": the nearest one in
  the preferred direction, today included. "last friday": the nearest Friday
  before today; "next friday": the nearest Friday after today (today excluded
  both times, so on a Wednesday "next friday" is in two days); "coming friday":
  today or the nearest one after.
- A day and a month in either order, with any short form of three letters or
  more and an optional "st/nd/rd/th" or "of" ("3 sept", "Sep 3rd", "3rd of
  September", "dec 3, 2027"). Without a year: the nearest such day in the
  preferred direction, today included (29 February: the nearest leap year's).
- ISO days: "2026-11-02", also "2026/11/2", "2026.11.2" and "20261102". Numbers
  alone in day/month order ("3/9") are refused: they read differently in
  different countries.
- Moments add a time of day: "21:00", "9pm", "9:30 am" (a time alone is today's),
  before or after a day ("yesterday 21:00", "yesterday at 9pm"); parts of a day
  ("this morning" 09:00, "afternoon" 15:00, "evening" 20:00, "night" 21:00,
  "tonight", "last night"; today's never lands on the far side of now);
  "now", "2 hours ago", "in 30 minutes"; ISO moments ("2026-11-02 21:00"). A day
  without a time is now for today and noon for another day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from resilience_tui.domain.day_words import add_months, month_end, week_end
from resilience_tui.domain.records import ValidationError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: `app add` reads --applied here the quick way
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Literal, TypeAlias

    Prefer: TypeAlias = Literal["past", "future"]
else:
    Prefer = str  # "past" or "future" at run time

DAY_HELP = 'Try "2026-11-02", "today", "yesterday", "monday", "3 days ago" or "2 Nov".'
DUE_HELP = 'Try "today", "tomorrow", "friday", "next monday", "in 2 weeks", "end of month", "3 dec" or "2026-12-03".'
MOMENT_HELP = (
    'Try "now", "21:00", "yesterday 21:00", "last monday", "2 hours ago", "2 nov" '
    'or "2026-11-02 08:30".'
)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_COUNT = r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
# The most of each unit a phrase may count: about ten years.
_MOST = {"day": 3650, "week": 520, "month": 120, "year": 10}
_NAMED = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "day before yesterday": -2,
          "the day after tomorrow": 2, "day after tomorrow": 2}
_PERIOD_ENDS = {"end of week": 0, "end of the week": 0, "this week": 0, "weekend": 0, "this weekend": 0,
                "next week": 1, "end of next week": 1}
_MONTH_ENDS = {"end of month": 0, "end of the month": 0, "this month": 0, "next month": 1, "end of next month": 1}
_IN = re.compile(rf"^in\s+{_COUNT}\s+(day|week|month|year)s?$")
_FROM_NOW = re.compile(rf"^{_COUNT}\s+(day|week|month|year)s?\s+from\s+(?:now|today)$")
_AGO = re.compile(rf"^{_COUNT}\s+(day|week|month|year)s?\s+ago$")
_ISO_DAY = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$|^(\d{4})(\d{2})(\d{2})$")
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_DAY_MONTH = re.compile(rf"^(?:the\s+)?{_ORDINAL}(?:\s+of)?\s+([a-z]+)\.?{_YEAR}$")
_MONTH_DAY = re.compile(rf"^([a-z]+)\.?\s+(?:the\s+)?{_ORDINAL}{_YEAR}$")

_NOW = ("now", "just now", "right now")
_PARTS = {"morning": time(9, 0), "afternoon": time(15, 0), "evening": time(20, 0), "night": time(21, 0)}
_SPAN_UNITS = {"minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400, "week": 604800}
_SPAN = rf"{_COUNT}\s*(minute|min|hour|hr|day|week)s?"
_SPAN_AGO = re.compile(rf"^{_SPAN}\s+ago$")
_SPAN_IN = re.compile(rf"^in\s+{_SPAN}$")
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[ t]\d{1,2}:\d{2}")

_NO_DUE_DATE = ("", "none", "no", "-", "never", "no date", "someday")


def _clean(text: str) -> str:
    return " ".join(str(text).strip().lower().split())


def _count(word: str) -> int:
    return _NUMBERS.get(word) or int(word)


def _weekday(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday's name or a short form of three letters or more."""
    if len(word) < 3:
        return None
    for index, name in enumerate(_WEEKDAYS):
        if name.startswith(word):
            return index
    return None


def _month(word: str) -> int | None:
    """1 to 12 for a month's name or a short form of three letters or more ("nov", "sept")."""
    if len(word) < 3:
        return None
    for index, name in enumerate(_MONTHS, start=1):
        if name.startswith(word):
            return index
    return None


def _shifted(today: date, count: int, unit: str) -> date | None:
    """`today` moved by `count` units (negative for the past), or None past about ten years."""
    if abs(count) > _MOST[unit]:
        return None
    if unit == "month":
        return add_months(today, count)
    if unit == "year":
        return add_months(today, 12 * count)
    return today + timedelta(days=count * (7 if unit == "week" else 1))


def _relative(phrase: str, today: date, prefer: Prefer) -> date | None:
    if phrase in _NAMED:
        return today + timedelta(days=_NAMED[phrase])
    if phrase in _PERIOD_ENDS:
        return week_end(today) + timedelta(days=7 * _PERIOD_ENDS[phrase])
    if phrase in _MONTH_ENDS:
        return month_end(add_months(today.replace(day=1), _MONTH_ENDS[phrase]))
    for pattern, sign in ((_IN, 1), (_FROM_NOW, 1), (_AGO, -1)):
        if match := pattern.match(phrase):
            return _shifted(today, sign * _count(match.group(1)), match.group(2))
    return None


def _weekday_day(phrase: str, today: date, prefer: Prefer) -> date | None:
    words = phrase.split()
    if len(words) == 1:
        which = "this"
    elif len(words) == 2 and words[0] in ("this", "last", "next", "coming"):
        which = words[0]
    else:
        return None
    index = _weekday(words[-1])
    if index is None:
        return None
    back = (today.weekday() - index) % 7  # days since the latest one, today included
    ahead = (index - today.weekday()) % 7  # days to the next one, today included
    if which == "last":
        return today - timedelta(days=back or 7)
    if which == "next":
        return today + timedelta(days=ahead or 7)
    if which == "coming" or prefer == "future":
        return today + timedelta(days=ahead)
    return today - timedelta(days=back)


def _iso_day(phrase: str, today: date, prefer: Prefer) -> date | None:
    match = _ISO_DAY.match(phrase)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(day: int, month: int, today: date, prefer: Prefer) -> date | None:
    """The nearest `day` `month` on or before (past) or on or after (future) today."""
    step = -1 if prefer == "past" else 1
    for offset in range(9):  # 29 February comes round within eight years
        try:
            found = date(today.year + step * offset, month, day)
        except ValueError:
            continue  # 31 November, or 29 February in a short year
        if (found <= today) if prefer == "past" else (found >= today):
            return found
    return None


def _calendar_day(phrase: str, today: date, prefer: Prefer) -> date | None:
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if match := pattern.match(phrase):
            month = _month(match.group(month_group))
            if month is None:
                return None
            day, year = int(match.group(day_group)), match.group(3)
            if year is None:
                return _nearest(day, month, today, prefer)
            try:
                return date(int(year), month, day)
            except ValueError:
                return None
    return None


_DAY_RULES: tuple[Callable[[str, date, Prefer], date | None], ...] = (
    _relative, _weekday_day, _iso_day, _calendar_day,
)


def parse_day(text: str, today: date, prefer: Prefer) -> date | None:
    """The day `text` names, counted from `today`, or None when it names no day (or is empty)."""
    phrase = _clean(text)
    if not phrase:
        return None
    try:
        for rule in _DAY_RULES:
            found = rule(phrase, today, prefer)
            if found is not None:
                return found
    except (OverflowError, ValueError):
        return None  # past the ends of the calendar
    return None


def _clock(text: str) -> time | None:
    """"21:00", "9pm", "9:30 am"; a bare number is not a time."""
    return clock_of(_CLOCK.match(text))


def clock_of(match: re.Match[str] | None) -> time | None:
    """The time of day a clock pattern matched: hour, optional minutes, optional am/pm (groups 1-3).
    None when it matched nothing, or only a bare number (which could be a day), or no real time."""
    if not match or (match.group(2) is None and match.group(3) is None):
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _at(day: date, clock: time, now: datetime) -> datetime:
    return datetime.combine(day, clock).replace(tzinfo=now.tzinfo)


def _part_of_day(phrase: str, now: datetime, prefer: Prefer) -> datetime | None:
    """"this morning", "tonight", "last night", "yesterday evening", "monday afternoon"."""
    today = now.date()
    if phrase == "tonight":
        phrase = "this evening"
    if phrase == "last night":
        return _at(today - timedelta(days=1), _PARTS["night"], now)
    day_text, _, part = phrase.rpartition(" ")
    if part not in _PARTS or not day_text:
        return None
    day = today if day_text == "this" else parse_day(day_text, today, prefer)
    if day is None:
        return None
    moment = _at(day, _PARTS[part], now)
    if day != today:
        return moment
    current = now.replace(microsecond=0)
    return min(moment, current) if prefer == "past" else max(moment, current)


def _span(phrase: str, now: datetime) -> datetime | None:
    """"2 hours ago", "a minute ago", "in 30 minutes"."""
    for pattern, sign in ((_SPAN_AGO, -1), (_SPAN_IN, 1)):
        if match := pattern.match(phrase):
            seconds = _count(match.group(1)) * _SPAN_UNITS[match.group(2)]
            return (now + timedelta(seconds=sign * seconds)).replace(microsecond=0)
    return None


def _iso_moment(phrase: str, now: datetime) -> datetime | None:
    """"2026-11-02 21:00" (kept as typed) and "2026-11-02" (noon)."""
    if "-" not in phrase:
        return None
    try:
        moment = datetime.fromisoformat(phrase.replace(" ", "T", 1) if _ISO_MOMENT.match(phrase) else phrase)
    except ValueError:
        return None
    if len(phrase) == 10:
        return _at(moment.date(), time(12, 0), now)
    return moment.replace(tzinfo=now.tzinfo) if moment.tzinfo is None else moment


def _day_and_clock(phrase: str, now: datetime, prefer: Prefer) -> datetime | None:
    """"yesterday 21:00", "2 nov 2025 9 pm", "9pm yesterday"."""
    words = phrase.split()
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        for day_text, clock_text in ((first, second), (second, first)):
            clock = _clock(clock_text)
            if clock is not None:
                day = parse_day(day_text, now.date(), prefer)
                if day is not None:
                    return _at(day, clock, now)
    return None


def parse_moment(text: str, now: datetime, prefer: Prefer = "past") -> datetime | None:
    """The moment `text` names, in the time zone of `now`, or None when it names none (or is empty)."""
    phrase = " ".join(_clean(text).removeprefix("at ").replace(" at ", " ").split())
    if not phrase:
        return None
    if phrase in _NOW:
        return now.replace(microsecond=0)
    try:
        found = _part_of_day(phrase, now, prefer) or _span(phrase, now)
        if found is not None:
            return found
        clock = _clock(phrase)
        if clock is not None:
            return _at(now.date(), clock, now)
        found = _iso_moment(phrase, now) or _day_and_clock(phrase, now, prefer)
        if found is not None:
            return found
    except (OverflowError, ValueError):
        return None
    day = parse_day(phrase, now.date(), prefer)
    if day is None:
        return None
    return now.replace(microsecond=0) if day == now.date() else _at(day, time(12, 0), now)


def read_day(text: str, today: date, prefer: Prefer) -> date | None:
    """The day a form field names; None when it is empty. Raises ValidationError saying what works."""
    typed = str(text).strip()
    if not typed:
        return None
    found = parse_day(typed, today, prefer)
    if found is not None:
        return found
    examples = DAY_HELP if prefer == "past" else DUE_HELP
    if _ISO_DAY.match(_clean(typed)):
        raise ValidationError(f'"{typed}" is not a real day of the calendar. {examples}')
    raise ValidationError(f'"{typed}" is not a date I can read. {examples}')


def read_days(text: str, today: date, prefer: Prefer) -> tuple[date, ...]:
    """Several days separated by commas or semicolons, in the order typed, without repeats."""
    found: list[date] = []
    for part in re.split(r"[,;]", text):
        day = read_day(part, today, prefer)
        if day is not None and day not in found:
            found.append(day)
    return tuple(found)


def read_due(text: str, today: date) -> date | None:
    """A due date, in the future by preference; None for no due date ("", "none", "someday").

    "by friday" and "due friday" are read as "friday". Raises ValidationError (field "due").
    """
    phrase = _clean(text).removeprefix("by ").removeprefix("due ").strip()
    if phrase in _NO_DUE_DATE:
        return None
    found = parse_day(phrase, today, "future")
    if found is None:
        raise ValidationError(f'"{str(text).strip()}" is not a date I can read. {DUE_HELP}', "due")
    return found


def read_moment(text: str, now: datetime, prefer: Prefer = "past") -> datetime:
    """The moment a check-in or journal entry names; now when it is empty. Raises ValidationError (field "at")."""
    if not str(text).strip():
        return now.replace(microsecond=0)
    found = parse_moment(text, now, prefer)
    if found is None:
        raise ValidationError(f'"{str(text).strip()}" is not a time I can read. {MOMENT_HELP}', "at")
    return found
