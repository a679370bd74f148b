"""Bounce-back time: how many days after hearing back a person's mood was back to their usual.

For a rejection heard on day H (the application's `rejected_on`):
- the baseline is the mean of the daily means over the 30 calendar days before H
  (H-30 to H-1), and needs at least `MIN_BASELINE_DAYS` days with check-ins;
- from H on, each window is the last 3 days that have check-ins (days without are
  skipped; no day before H is used); the first window whose mean is at least the
  baseline minus `TOLERANCE` means "back", and the bounce-back is the number of
  calendar days from H to that window's last day;
- the lowest point is the lowest daily mean from H to that day, or to today while not back.

People overestimate how long they will feel bad; their own numbers show it passing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from resilience_tui.domain.application import Application
from resilience_tui.domain.day_book import DayBook, count_words
from resilience_tui.domain.insight_range import InsightRange
from resilience_tui.domain.moods import average_words

BASELINE_DAYS = 30
MIN_BASELINE_DAYS = 5
WINDOW = 3
TOLERANCE = 0.5

BACK, NOT_YET, NOT_ENOUGH = "back", "not_yet", "not_enough"


@dataclass(frozen=True)
class BounceBack:
    """One rejection's bounce-back."""

    application_id: str
    title: str  # "Acme Health, Designer"
    heard_back: date
    status: str  # BACK, NOT_YET or NOT_ENOUGH
    baseline: float | None  # None when there were too few days before
    baseline_days: int  # days with check-ins in the 30 days before hearing back
    days: int | None  # calendar days from hearing back to being back (BACK only)
    back_on: date | None  # the last day of the first window back at the usual (BACK only)
    lowest: float | None  # the lowest daily mean since hearing back (None: no check-ins since)
    lowest_on: date | None

    @property
    def words(self) -> str:
        """'back to your usual in 6 days', 'not back to your usual yet', 'not enough check-ins ...'."""
        if self.status == BACK and self.days is not None:
            if self.days == 0:
                return "back to your usual the same day"
            return f"back to your usual in {count_words(self.days, 'day')}"
        if self.status == NOT_YET:
            return "not back to your usual yet, as far as your check-ins show"
        return (f"not enough check-ins before it to know your usual ({self.baseline_days} of the "
                f"{MIN_BASELINE_DAYS} days it takes, in the {BASELINE_DAYS} days before)")

    @property
    def lowest_words(self) -> str:
        if self.lowest is None:
            return "no check-ins since hearing back"
        return f"lowest point: {average_words(self.lowest)} ({self.lowest:.1f})"


def bounce_back(application: Application, heard_back: date, book: DayBook, today: date) -> BounceBack:
    """The bounce-back of one rejection heard on `heard_back`, from check-ins up to `today`."""
    start, stop = book.span(heard_back - timedelta(days=BASELINE_DAYS), heard_back - timedelta(days=1))
    baseline_days = stop - start
    baseline = sum(book.means[start:stop]) / baseline_days if baseline_days else None
    first, end = book.span(heard_back, today)
    means, days = book.means, book.days
    back_index: int | None = None
    if baseline is not None and baseline_days >= MIN_BASELINE_DAYS:
        target = baseline - TOLERANCE
        # A window of the last 3 days with check-ins, from the third such day after hearing back on.
        window = 0.0
        for index in range(first, end):
            window += means[index]
            if index - first >= WINDOW:
                window -= means[index - WINDOW]
            if index - first >= WINDOW - 1 and window / WINDOW >= target - 1e-9:
                back_index = index
                break
        status = BACK if back_index is not None else NOT_YET
    else:
        status = NOT_ENOUGH
    low_stop = back_index + 1 if back_index is not None else end
    lowest, lowest_on = None, None
    for index in range(first, low_stop):
        if lowest is None or means[index] < lowest:
            lowest, lowest_on = means[index], days[index]
    back_on = days[back_index] if back_index is not None else None
    return BounceBack(application.id, application.title, heard_back, status,
                      baseline if status != NOT_ENOUGH else None, baseline_days,
                      (back_on - heard_back).days if back_on else None, back_on, lowest, lowest_on)


@dataclass(frozen=True)
class BounceBacks:
    """Every rejection heard back in a range, oldest first, and the trend in words."""

    items: tuple[BounceBack, ...]
    undated: int  # rejections in the person's records with no day of hearing back: not counted

    @property
    def undated_words(self) -> str:
        """A note for rejections that cannot be placed in time; empty when there are none."""
        if not self.undated:
            return ""
        return (f"{count_words(self.undated, 'rejection')} without the day you heard back "
                f"{'is' if self.undated == 1 else 'are'} not counted; add the day on the application to include it.")

    @property
    def known(self) -> tuple[BounceBack, ...]:
        return tuple(item for item in self.items if item.status == BACK)

    @property
    def trend_days(self) -> tuple[int, ...]:
        """Bounce-back days of the known ones, oldest first: the values of the small chart."""
        return tuple(item.days for item in self.known if item.days is not None)

    @property
    def words(self) -> str:
        """The section's first sentence: the trend, or why there is none yet."""
        return trend_words(self.trend_days, len(self.items))


def trend_words(values: Sequence[int], rejections: int) -> str:
    """'Your last three: 12, 7, 4 days. Each time a little sooner.', or what is missing, in plain words."""
    if rejections == 0:
        return "No rejections in this range."
    if not values:
        return (f"{count_words(rejections, 'rejection')} in this range, and not yet enough check-ins around "
                "them to say how long it took to feel like yourself again.")
    if len(values) == 1:
        day = values[0]
        return f"After your one rejection with check-ins around it, you were back to your usual in {count_words(day, 'day')}."
    last = list(values[-3:])
    count = {2: "two", 3: "three"}[len(last)]
    text = f"Your last {count}: {', '.join(str(v) for v in last)} days."
    if all(b < a for a, b in zip(last, last[1:], strict=False)):
        text += " Each time a little sooner."
    elif all(b > a for a, b in zip(last, last[1:], strict=False)):
        text += " Some take longer; that is part of it, not a sign of anything wrong."
    median = sorted(values)[len(values) // 2]
    if len(values) > 3:
        text += f" Usually about {count_words(median, 'day')}."
    return text


def bounce_back_for(application: Application, book: DayBook, today: date) -> BounceBack | None:
    """The bounce-back of one rejection, for its recovery path; None when it is not a rejection or has no day."""
    heard = heard_back_on(application)
    if heard is None or heard > today:
        return None
    return bounce_back(application, heard, book, today)


def heard_back_on(application: Application) -> date | None:
    """The day they heard back about a rejection: its `rejected_on` (None when it was not given)."""
    return application.rejected_on if application.is_rejection else None


def bounce_backs(applications: Iterable[Application], book: DayBook, span: InsightRange, today: date) -> BounceBacks:
    """The bounce-back of every rejection heard back within `span`, oldest first.

    Each rejection reads only the days around it (found by bisect), so the cost grows with
    the rejections and the days each takes to recover, not with rejections x check-ins.
    """
    items = []
    undated = 0
    for application in applications:
        if not application.is_rejection:
            continue
        heard = heard_back_on(application)
        if heard is None:
            undated += 1
            continue
        if heard in span and heard <= today:
            items.append(bounce_back(application, heard, book, today))
    items.sort(key=lambda item: (item.heard_back, item.application_id))
    return BounceBacks(tuple(items), undated)


def trend_chart(values: Sequence[int], width: int = 30) -> tuple[str, ...]:
    """One line per value, a bar as long as its days (scaled to `width`), with the number as words beside it."""
    if not values:
        return ()
    top = max(max(values), 1)
    return tuple(f"{'█' * max(1, round(v * width / top)) if v else '▏'} {count_words(v, 'day')}" for v in values)
