"""The ranges the Insights sections are computed over: last 30 days, 90 days, 12 months, a calendar year, everything.

A range is two calendar days, both included, and a label to show. `[` and `]` on the
screen step through calendar years with `step_year`; `parse_range` reads the
`--range` of the `stats` command (30d, 90d, 12m, YYYY, all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from resilience_tui.domain.day_words import add_months

DAYS_30, DAYS_90, MONTHS_12, YEAR, ALL = "30d", "90d", "12m", "year", "all"
KINDS: tuple[str, ...] = (DAYS_30, DAYS_90, MONTHS_12, YEAR, ALL)
KIND_LABELS = {DAYS_30: "last 30 days", DAYS_90: "last 90 days", MONTHS_12: "last 12 months",
               YEAR: "a calendar year", ALL: "everything"}


@dataclass(frozen=True)
class InsightRange:
    """Calendar days `first` to `last`, both included."""

    kind: str  # one of KINDS
    first: date
    last: date
    label: str  # "last 30 days", "2025", "everything"

    @property
    def days(self) -> int:
        """How many calendar days the range holds."""
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    @property
    def year(self) -> int | None:
        """The calendar year of a YEAR range, else None."""
        return self.first.year if self.kind == YEAR else None


def last_days(today: date, days: int) -> InsightRange:
    """The `days` days ending with today: last_days(today, 30) is today and the 29 days before."""
    if days < 1:
        raise ValueError("A range holds at least one day.")
    kind = {30: DAYS_30, 90: DAYS_90}.get(days, DAYS_30 if days < 60 else DAYS_90)
    return InsightRange(kind, today - timedelta(days=days - 1), today, f"last {days} days")


def last_months(today: date, months: int = 12) -> InsightRange:
    """From the day after the same day `months` months ago, to today (12 months: 366 or 365 days)."""
    first = add_months(today, -months) + timedelta(days=1)
    return InsightRange(MONTHS_12, first, today, f"last {months} months")


def calendar_year(year: int, today: date | None = None) -> InsightRange:
    """1 January to 31 December of `year`; this year's range still ends on 31 December (days to come hold nothing)."""
    label = str(year) if today is None or year != today.year else f"{year} (this year)"
    return InsightRange(YEAR, date(year, 1, 1), date(year, 12, 31), label)


def everything(first_day: date | None, today: date) -> InsightRange:
    """From the first day anything was recorded (`first_day`, or today when there is nothing) to today."""
    first = min(first_day, today) if first_day is not None else today
    return InsightRange(ALL, first, today, "everything")


def step_year(current: InsightRange, step: int, today: date) -> InsightRange:
    """The calendar year `step` years from `current` (`[` is -1, `]` is +1), never past this year.

    From a range that is not a year, stepping starts from the year its last day is in:
    `[` goes to that year, `]` to the next one.
    """
    if current.kind == YEAR:
        year = current.first.year + step
    else:
        year = current.last.year + (step if step > 0 else step + 1)
    return calendar_year(min(year, today.year), today)


def make_range(kind: str, today: date, *, first_day: date | None = None, year: int | None = None) -> InsightRange:
    """The range of `kind` as of `today`; `first_day` is for ALL, `year` for YEAR (this year when None)."""
    if kind == DAYS_30:
        return last_days(today, 30)
    if kind == DAYS_90:
        return last_days(today, 90)
    if kind == MONTHS_12:
        return last_months(today, 12)
    if kind == YEAR:
        return calendar_year(year if year is not None else today.year, today)
    if kind == ALL:
        return everything(first_day, today)
    raise ValueError(f"A range is one of {', '.join(KINDS)}.")


def parse_range(text: str, today: date, first_day: date | None = None) -> InsightRange:
    """Read '30d', '90d', '12m', a year such as '2025', or 'all'; ValueError with a plain message otherwise."""
    wanted = text.strip().lower()
    if wanted in (DAYS_30, DAYS_90, MONTHS_12, ALL):
        return make_range(wanted, today, first_day=first_day)
    if wanted.isdigit() and len(wanted) == 4:
        year = int(wanted)
        if not 1900 <= year <= today.year:
            raise ValueError(f"Choose a year up to {today.year}.")
        return calendar_year(year, today)
    raise ValueError("A range is 30d, 90d, 12m, a year such as 2025, or all.")
