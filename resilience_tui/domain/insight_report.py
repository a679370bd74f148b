"""Every Insights section for one range, computed together from records already in memory.

The check-ins are grouped by day once (`day_book`) and the job events read once
(`day_events`); each section then reads only the days of its range. Build the book and
the events once with `insight_base`, then call `insight_report` again for each range the
person picks: switching range does not walk the records again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from resilience_tui.domain.application import Application
from resilience_tui.domain.better_days import BetterDays, better_days
from resilience_tui.domain.bounce_back import BounceBacks, bounce_backs
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import DayBook, day_book
from resilience_tui.domain.day_events import DayEvent, day_events
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.funnel import Funnel, funnel, source_kinds
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.insight_range import InsightRange
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.on_this_day import OnThisDay, on_this_day
from resilience_tui.domain.predictions import PredictionsResult, predictions_against_reality
from resilience_tui.domain.steady import Steady, steady
from resilience_tui.domain.worry import Worry
from resilience_tui.domain.year_pixels import YearPixels, year_pixels


@dataclass(frozen=True)
class InsightBase:
    """What every range reads: check-ins by day, events by day, and the records themselves."""

    book: DayBook
    events: Mapping[date, Sequence[DayEvent]]
    applications: tuple[Application, ...]
    on_this_day: OnThisDay  # does not depend on the range
    worries: tuple[Worry, ...] = ()

    @property
    def first_day(self) -> date | None:
        """The first day anything was recorded: for the "everything" range."""
        days = [d for d in (self.book.first_day, min(self.events) if self.events else None) if d is not None]
        return min(days) if days else None


@dataclass(frozen=True)
class InsightReport:
    span: InsightRange
    bounce_back: BounceBacks
    pixels: YearPixels
    better_days: BetterDays
    funnel: Funnel
    steady: Steady
    on_this_day: OnThisDay
    predictions: PredictionsResult


def insight_base(today: date, *, checkins: Iterable[CheckIn] = (), journal: Iterable[JournalEntry] = (),
                 applications: Iterable[Application] = (), feedback: Iterable[FeedbackRequest] = (),
                 goals: Iterable[Goal] = (), worries: Iterable[Worry] = (), tz: tzinfo | None = None,
                 book: DayBook | None = None) -> InsightBase:
    """`book`, when given, stands for the check-ins grouped by day (`day_summary.joined_book` of the
    years' summaries gives the same as `day_book` of every record), and `checkins` is not read."""
    if book is None:
        book = day_book(checkins, tz)
    journal = list(journal)
    applications = tuple(applications)
    events = day_events(applications=applications, feedback=feedback, goals=goals, wins=journal, tz=tz)
    return InsightBase(book, events, applications, on_this_day(today, entries=journal, tz=tz, book=book),
                       tuple(worries))


def insight_report(base: InsightBase, span: InsightRange, today: date,
                   chosen_kinds: Mapping[str, str] | None = None) -> InsightReport:
    """Every section for `span`; `chosen_kinds` maps application ids to a source kind the person
    chose (by default, the kinds chosen on the applications themselves)."""
    kinds = source_kinds(base.applications) if chosen_kinds is None else chosen_kinds
    return InsightReport(
        span,
        bounce_backs(base.applications, base.book, span, today),
        year_pixels(base.book, base.events, span, today),
        better_days(base.book, base.events, span),
        funnel(base.applications, span, kinds),
        steady(base.book, span, today),
        base.on_this_day,
        predictions_against_reality(base.applications, base.book, today, base.worries, span),
    )
