"""When the last days have been hard: the rule behind the calm card on Today, from moods alone.

A day's mood is the mean of that day's check-ins. A mean of at most 1.5 is a "very
low" day, at most 2.5 a "low" one; a day without a check-in is neither. The card
shows when, of the calendar days ending today (today included, so a check-in made
now counts at once):

- at least 3 of the last 5 days were very low, or
- at least 7 of the last 10 days were low or very low.

Only each check-in's day and mood are read: never a note, a feeling or any other
text. Whether the card shows also depends on two settings, given here as plain
values: the day it was hidden for a week, and whether it is turned off.
None of this is a diagnosis; the words that go with it are in `safety_net_words.py`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Protocol

VERY_LOW = 1.5  # a day's mean mood at most this is very low
LOW = 2.5  # at most this is low
SHORT_DAYS, SHORT_COUNT = 5, 3  # very low on 3 of the last 5 days
LONG_DAYS, LONG_COUNT = 10, 7  # low or very low on 7 of the last 10 days
HIDE_DAYS = 7  # "hide for a week": hidden on the day it was hidden and the six after it
LOOK_BACK = max(SHORT_DAYS, LONG_DAYS)  # how many days of check-ins the rule needs, today included


class Dated(Protocol):
    """What the rule reads of a check-in: when it was and its mood, nothing else."""

    @property
    def at(self) -> datetime: ...

    @property
    def mood(self) -> int: ...


def moods_of(checkins: Iterable[Dated]) -> list[tuple[date, int]]:
    """Each check-in's day (in its own time) and mood: all the rule ever reads of them."""
    return [(checkin.at.date(), checkin.mood) for checkin in checkins]


def day_means(moods: Iterable[tuple[date, int]]) -> dict[date, float]:
    """The mean mood of each day that has a check-in."""
    totals: dict[date, list[int]] = defaultdict(list)
    for day, mood in moods:
        totals[day].append(mood)
    return {day: sum(values) / len(values) for day, values in totals.items()}


def _days_ending(today: date, count: int) -> list[date]:
    return [today - timedelta(days=back) for back in range(count)]


def hard_days(moods: Iterable[tuple[date, int]], today: date) -> bool:
    """True when the last days have been hard by the rule above. Check-ins after today are not counted."""
    means = day_means(moods)
    very_low = sum(1 for day in _days_ending(today, SHORT_DAYS) if means.get(day, 5.0) <= VERY_LOW)
    if very_low >= SHORT_COUNT:
        return True
    low = sum(1 for day in _days_ending(today, LONG_DAYS) if means.get(day, 5.0) <= LOW)
    return low >= LONG_COUNT


def hidden_until(hidden_on: str) -> date | None:
    """The first day the card shows again after it was hidden on `hidden_on` (an ISO day), or None
    when that is not a day."""
    try:
        return date.fromisoformat(hidden_on) + timedelta(days=HIDE_DAYS)
    except (ValueError, OverflowError):
        return None


def is_hidden(hidden_on: str, today: date) -> bool:
    """Hidden for a week: from the day it was hidden until six days later. A day after today (a clock
    that was wrong) or one that is not a day hides nothing, so the card is never lost for long."""
    until = hidden_until(hidden_on)
    if until is None:
        return False
    return until - timedelta(days=HIDE_DAYS) <= today < until


def card_showing(moods: Iterable[tuple[date, int]], today: date, *, hidden_on: str = "", off: bool = False) -> bool:
    """Whether Today shows the card: the last days were hard, it is not hidden this week, and not turned off."""
    if off or is_hidden(hidden_on, today):
        return False
    return hard_days(moods, today)


STATUS_LINE = "Today has a few words for the hard days, and the people you can reach."


def status_line(moods: Iterable[tuple[date, int]], today: date, *, hidden_on: str = "", off: bool = False) -> str | None:
    """The one line `resilience status` prints when the card is showing (None when it is not).
    The prompt line (`status --prompt`) never mentions the card."""
    return STATUS_LINE if card_showing(moods, today, hidden_on=hidden_on, off=off) else None
