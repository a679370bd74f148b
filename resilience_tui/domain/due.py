"""Due dates: read what a person types ("friday", "in 2 weeks") and say a date in words.

Everything works on the person's local calendar day (`local_day`), so a goal due
today becomes overdue at their midnight, not at UTC's.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from resilience_tui.domain.records import ValidationError

ACCEPTED = 'Try "today", "tomorrow", "friday", "next monday", "in 2 weeks", "end of month", "3 dec" or "2026-12-03".'

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_IN = re.compile(r"^in\s+(\d+|an?|one|two|three|four)\s+(day|week|month)s?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_NONE = ("", "none", "no", "-", "never", "no date", "someday")


def local_day(moment: datetime) -> date:
    """The calendar day `moment` falls on where the person is (the computer's time zone)."""
    return moment.astimezone().date()


def week_start(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def week_end(day: date) -> date:
    """The Sunday of the week `day` is in."""
    return week_start(day) + timedelta(days=6)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day if it is shorter (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _weekday(name: str) -> int | None:
    for index, weekday in enumerate(_WEEKDAYS):
        if name in (weekday, weekday[:3]) or (len(name) >= 3 and weekday.startswith(name)):
            return index
    return None


def _month(name: str) -> int | None:
    if len(name) < 3:
        return None
    for index, month in enumerate(_MONTHS):
        if name.startswith(month) and calendar.month_name[index + 1].lower().startswith(name):
            return index + 1
    return None


def _day_in_month(day: int, month: int, year: int | None, today: date) -> date | None:
    """A day and month; without a year, the next time it comes round (today counts)."""
    years = [year] if year else [today.year, today.year + 1]
    for candidate_year in years:
        try:
            found = date(candidate_year, month, day)
        except ValueError:
            continue  # 31 November, or 29 February in a short year
        if year or found >= today:
            return found
    return None


def parse_due(text: str, today: date) -> date | None:
    """The day `text` names, counted from `today`; None for no due date.

    Raises ValidationError with the forms it accepts when it cannot read the text.
    """
    phrase = " ".join(str(text).strip().lower().split())
    phrase = phrase.removeprefix("by ").removeprefix("due ").strip()
    if phrase in _NONE:
        return None
    if phrase == "today":
        return today
    if phrase == "tomorrow":
        return today + timedelta(days=1)
    if phrase in ("end of week", "end of the week", "this week", "weekend", "this weekend"):
        return week_end(today)
    if phrase in ("next week", "end of next week"):
        return week_end(today) + timedelta(days=7)
    if phrase in ("end of month", "end of the month", "this month"):
        return month_end(today)
    if phrase in ("next month", "end of next month"):
        return month_end(add_months(today.replace(day=1), 1))
    found = _relative(phrase, today) or _weekday_date(phrase, today) or _calendar_date(phrase, today)
    if found is None:
        raise ValidationError(f'"{str(text).strip()}" is not a date I can read. {ACCEPTED}', "due")
    return found


def _relative(phrase: str, today: date) -> date | None:
    match = _IN.match(phrase)
    if not match:
        return None
    count = _NUMBERS.get(match.group(1)) or int(match.group(1))
    if count > 3650:
        return None
    unit = match.group(2)
    if unit == "month":
        return add_months(today, count) if count <= 120 else None
    return today + timedelta(days=count * (7 if unit == "week" else 1))


def _weekday_date(phrase: str, today: date) -> date | None:
    """'friday' is the coming Friday (today, on a Friday); 'next friday' is the Friday of next week."""
    words = phrase.split()
    if len(words) == 2 and words[0] in ("next", "this", "coming"):
        index = _weekday(words[1])
        if index is None:
            return None
        if words[0] == "next":
            return week_start(today) + timedelta(days=7 + index)
    elif len(words) == 1:
        index = _weekday(words[0])
        if index is None:
            return None
    else:
        return None
    return today + timedelta(days=(index - today.weekday()) % 7)


def _calendar_date(phrase: str, today: date) -> date | None:
    try:
        return date.fromisoformat(phrase)
    except ValueError:
        pass
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        match = pattern.match(phrase)
        if match:
            month = _month(match.group(month_group))
            if month is None:
                return None
            year = int(match.group(3)) if match.group(3) else None
            return _day_in_month(int(match.group(day_group)), month, year, today)
    return None


def short_date(day: date, today: date) -> str:
    """'Fri 04 Dec', with the year when it is not this year."""
    return day.strftime("%a %d %b" if day.year == today.year else "%a %d %b %Y")


def is_overdue(due: date | None, today: date) -> bool:
    return due is not None and due < today


def due_words(due: date, today: date) -> str:
    """A due date said the way a person would: 'due today', 'due Friday (in 3 days)', 'overdue: was due yesterday'."""
    days = (due - today).days
    if days == 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    if 2 <= days <= 6:
        return f"due {due.strftime('%A')} (in {days} days)"
    if days > 6:
        return f"due {short_date(due, today)}"
    if days == -1:
        return "overdue: was due yesterday"
    if days >= -6:
        return f"overdue: was due {-days} days ago"
    return f"overdue: was due {short_date(due, today)}"


def due_words_short(due: date, today: date) -> str:
    """The same, for a narrow card: 'due Fri', 'overdue: 3 days'. Still words, never colour alone."""
    days = (due - today).days
    if days in (0, 1):
        return due_words(due, today)
    if 2 <= days <= 6:
        return f"due {due.strftime('%a')}"
    if days > 6:
        return f"due {due.strftime('%d %b' if due.year == today.year else '%d %b %Y')}"
    if days == -1:
        return "overdue: yesterday"
    if days >= -6:
        return f"overdue: {-days} days"
    return f"overdue since {due.strftime('%d %b' if due.year == today.year else '%d %b %Y')}"
