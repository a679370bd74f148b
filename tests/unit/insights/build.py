"""Hand-built records for the Insights tests: check-ins at noon London time on given days, with given moods."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.journal import ENTRY, WIN, JournalEntry

LONDON = ZoneInfo("Europe/London")
STAMP = datetime(2020, 1, 1, tzinfo=LONDON)


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def checkin(day: date, mood: int, *, hour: int = 12, tags: Iterable[str] = (), emotions: Iterable[str] = ()) -> CheckIn:
    return CheckIn(mood=mood, at=at(day, hour), tags=tuple(tags), emotions=tuple(emotions),
                   created_at=STAMP, updated_at=STAMP)


def daily(first: date, moods: Iterable[int | None]) -> list[CheckIn]:
    """One check-in a day from `first`, one mood per day; None leaves the day without one."""
    return [checkin(first + timedelta(days=i), m) for i, m in enumerate(moods) if m is not None]


def rejection(heard: date | None, *, company: str = "Acme", source: str = "", stage: str = "interview") -> Application:
    return Application(company=company, role="Designer", applied_on=date(2019, 1, 1), source=source, stage=stage,
                       outcome="rejected", rejected_on=heard, created_at=STAMP, updated_at=STAMP)


def entry(day: date, *, win: bool = False, text: str = "Wrote something", hour: int = 12) -> JournalEntry:
    return JournalEntry(body=text, at=at(day, hour), kind=WIN if win else ENTRY, created_at=STAMP, updated_at=STAMP)
