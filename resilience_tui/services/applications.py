"""Applications through the store: the records a recovery path is read from, and finding one by name."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_tui.domain.application import Application
from resilience_tui.domain.recovery import RecoveryPath, recovery_path
from resilience_tui.services.first_aid import first_aid_for

if TYPE_CHECKING:
    from resilience_tui.domain.bounce_back import BounceBack
    from resilience_tui.domain.checkin import CheckIn
    from resilience_tui.store.store import Store

RECENT_REJECTION_DAYS = 30
# A check-in about an application is written while it runs or in the months after.
_CHECKIN_SPAN = timedelta(days=180)


def _start_of(day: date, now: datetime) -> datetime:
    return datetime.combine(day, time.min).replace(tzinfo=now.tzinfo)


def rejections_since(applications: list[Application], today: date, days: int = RECENT_REJECTION_DAYS) -> list[Application]:
    """Rejections heard in the last `days` days, newest first."""
    first = today - timedelta(days=days - 1)
    found = [a for a in applications if a.is_rejection and a.rejected_on and first <= a.rejected_on <= today]
    return sorted(found, key=lambda a: (a.rejected_on, a.updated_at), reverse=True)


def recovery_for(store: Store, application: Application, now: datetime, *, can_reflect: bool = False,
                 applications: list[Application] | None = None) -> RecoveryPath:
    """The recovery path of a rejection, from every record the store holds that could count."""
    since = application.rejected_on or now.date()
    start = _start_of(since, now)
    end = now + timedelta(days=1)
    checkins = store.checkins.between(start, end) if start < end else []
    journal = getattr(store, "journal", None)
    entries = journal.between(start, end) if journal and start < end else []
    wins = [e for e in entries if getattr(e, "is_win", False)]
    reflections_repo = getattr(store, "reflections", None)
    reflections = reflections_repo.all() if reflections_repo is not None else []
    goals_repo = getattr(store, "goals", None)
    goals = goals_repo.all() if goals_repo is not None else []
    return recovery_path(
        application,
        checkins=checkins,
        feedback=store.feedback.all(),
        reflections=reflections,
        goals=goals,
        wins=wins,
        applications=applications if applications is not None else store.applications.all(),
        can_reflect=can_reflect,
        first_aid=first_aid_for(store, application, now, entries) if journal is not None else None,
    )


def bounce_back_of(store: Store, application: Application, now: datetime) -> BounceBack | None:
    """A rejection's bounce-back, from the check-ins of the 30 days before hearing back up to now only
    (read with `between`, so an old year's files stay unread); None without a day of hearing back."""
    from resilience_tui.domain.bounce_back import BASELINE_DAYS, bounce_back_for, heard_back_on
    from resilience_tui.domain.day_book import day_book

    heard = heard_back_on(application)
    if heard is None or heard > now.date():
        return None
    start = _start_of(heard - timedelta(days=BASELINE_DAYS), now)
    book = day_book(store.checkins.between(start, now + timedelta(days=1)))
    return bounce_back_for(application, book, now.date())


def checkins_about(store: Store, application: Application, now: datetime) -> list[CheckIn]:
    """Check-ins that name the application, newest first."""
    first = application.applied_on or application.created_at.date()
    last = application.last_moment or first
    start = _start_of(first - timedelta(days=30), now)
    end = min(now + timedelta(days=1), _start_of(last, now) + _CHECKIN_SPAN)
    if start >= end:
        return []
    found = [c for c in store.checkins.between(start, end) if c.application_id == application.id]
    return sorted(found, key=lambda c: c.at, reverse=True)


def newest_first(applications: list[Application]) -> list[Application]:
    """Most recent news first: a rejection last week comes before an application last month."""
    return sorted(applications, key=lambda a: (a.last_moment or a.created_at.date(), a.created_at), reverse=True)


def by_applied(applications: list[Application]) -> list[Application]:
    """Most recently applied first (those with no date by when they were logged)."""
    return sorted(applications, key=lambda a: (a.applied_on or a.created_at.date(), a.created_at), reverse=True)


class NoMatch(ValueError):
    """No application, or more than one, fits the words; the message says which and what to try."""


def find_application(applications: list[Application], words: str) -> Application:
    """The one application whose company, role, source or applied date holds every word of `words`."""
    if not words.strip():
        raise NoMatch("--application needs a company or role to look for.")
    matches = [a for a in applications if a.matches(words)]
    exact = [a for a in matches if words.strip().casefold() in (a.company.strip().casefold(), a.role.strip().casefold())]
    if len(exact) == 1:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        if not applications:
            raise NoMatch(f'no application matches "{words}": none are logged yet (add them on the Applications screen).')
        some = ", ".join(a.company for a in newest_first(applications)[:3])
        raise NoMatch(f'no application matches "{words}". Recent ones: {some}.')
    ordered = newest_first(matches)
    listed = "; ".join(
        f"{a.title}" + (f", applied {a.applied_on.isoformat()}" if a.applied_on else "") for a in ordered[:3]
    )
    more = f" and {len(matches) - 3} more" if len(matches) > 3 else ""
    example = next((a.applied_on.isoformat() for a in ordered if a.applied_on), "2026-11-02")
    raise NoMatch(f'"{words}" matches {len(matches)} applications ({listed}{more}); '
                  f'add a word of the role or the applied date, like "{words.strip()} {example}".')
