"""Days in words ("due Friday (in 3 days)", "Tue 17 Nov") and the calendar arithmetic behind them.

Everything works on the person's local calendar day (`local_day`), so a goal due
today becomes overdue at their midnight, not at UTC's. Reading what a person
types for a day lives in `date_phrases.py`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta


def local_day(moment: datetime) -> date:
    """The calendar day `moment` falls on where the person is (the computer's time zone)."""
    return moment.astimezone().date()


def week_start(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def week_end(day: date) -> date:
    """The Sunday of the week `day` is in."""
    return week_start(day) + timedelta(days=6)


def month_length(year: int, month: int) -> int:
    """How many days the month has (worked out here: the calendar module loads locale, which the
    shell's quick goal commands would wait for)."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - timedelta(days=1)).day


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day if it is shorter (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, month_length(year, month)))


def month_end(day: date) -> date:
    """The last day of the month `day` is in."""
    return date(day.year, day.month, month_length(day.year, day.month))


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
