"""First aid after a no: which rejections it is offered for, and whether it was taken.

First aid is two optional exercises offered once a check-in after a rejection is saved:
a self-compassion break and a timed expressive-writing sprint. The sprint is offered on
the day of the news and the three days after (four days in all), as in Spera, Buhrfeind
and Pennebaker (1994), where laid-off professionals wrote about the job loss on a few
days soon after it.

On a rejection's recovery path first aid is one optional line under step 1; it never
changes the six steps or their count. It is marked done by either:
- a kept writing sprint: a journal entry tagged `#writing-sprint` dated within the four
  days (a sprint that was let go leaves nothing behind, so it cannot count);
- a finished break: a small mark in the settings (`first_aid_breaks`: one line per break,
  "YYYY-MM-DD" then the application's id when it was opened from one), counted for the
  application it names, or, when it names none, for each rejection whose four days hold
  its day. Nothing the person wrote is in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from resilience_tui.domain.application import Application
from resilience_tui.domain.records import ValidationError

FIRST_AID_DAYS = 4  # the day of the news and the three after it
SPRINT_TAG = "writing-sprint"
SPRINT_TITLE = "Writing sprint"
DEFAULT_SPRINT_MINUTES = 15
MIN_SPRINT_MINUTES = 1
MAX_SPRINT_MINUTES = 60
MARKS_KEPT = 200  # the newest finished breaks remembered; older ones no longer sit on a recent path


def first_aid_days(rejected_on: date) -> tuple[date, date]:
    """The first and last day first aid's writing sprint is offered for a rejection heard on `rejected_on`."""
    return rejected_on, rejected_on + timedelta(days=FIRST_AID_DAYS - 1)


def within_first_aid(application: Application, today: date) -> bool:
    """True for a rejection heard today or in the three days before."""
    if not application.is_rejection or application.rejected_on is None:
        return False
    first, last = first_aid_days(application.rejected_on)
    return first <= today <= last


def first_aid_rejections(applications: Iterable[Application], today: date) -> list[Application]:
    """The rejections first aid's writing sprint is offered for today, newest news first."""
    found = [a for a in applications if within_first_aid(a, today)]
    return sorted(found, key=lambda a: (a.rejected_on, a.updated_at), reverse=True)


def rejection_for_checkin(at: datetime, application_id: str | None,
                          applications: Iterable[Application]) -> Application | None:
    """The rejection a check-in saved at `at` is near: the one it names, if that is a rejection,
    else the newest whose four days hold the check-in's day. None when there is none."""
    applications = list(applications)
    if application_id is not None:
        named = next((a for a in applications if a.id == application_id), None)
        if named is not None and named.is_rejection:
            return named
    near = first_aid_rejections(applications, at.date())
    return near[0] if near else None


@dataclass(frozen=True)
class BreakMark:
    """A self-compassion break finished on `on`, about `application_id` if it was opened from one."""

    on: date
    application_id: str | None = None

    def line(self) -> str:
        return f"{self.on.isoformat()} {self.application_id}" if self.application_id else self.on.isoformat()


def read_marks(text: object) -> list[BreakMark]:
    """The marks kept in the setting (one a line: a date, then an id if any); other lines are passed over."""
    marks: list[BreakMark] = []
    if not isinstance(text, str):
        return marks
    for line in text.splitlines():
        day, _, app_id = line.strip().partition(" ")
        try:
            on = date.fromisoformat(day)
        except ValueError:
            continue
        marks.append(BreakMark(on, app_id.strip() or None))
    return marks


def with_mark(text: object, mark: BreakMark) -> str:
    """The setting's new value: the marks kept, then `mark`, the newest `MARKS_KEPT` only."""
    lines = [m.line() for m in read_marks(text)]
    if mark.line() not in lines:
        lines.append(mark.line())
    return "\n".join(lines[-MARKS_KEPT:])


def is_sprint(entry: object) -> bool:
    """A journal entry kept from a writing sprint."""
    return SPRINT_TAG in getattr(entry, "all_tags", ())


@dataclass(frozen=True)
class FirstAidStep:
    """The optional first-aid line on a rejection's path."""

    done: bool
    words: str  # what was done, or a kind line on what is there
    sprint_offered: bool  # the writing sprint is offered today for this rejection


def _short(day: date) -> str:
    return day.strftime("%a %d %b")


def first_aid_step(application: Application, today: date, *, entries: Iterable[Any] = (),
                   marks: Iterable[BreakMark] = ()) -> FirstAidStep:
    """First aid's line for `application` (a rejection), from journal entries and finished breaks.

    Entries are read by `at` and their tags only, so any journal entries may be passed."""
    offered = within_first_aid(application, today)
    window = first_aid_days(application.rejected_on) if application.rejected_on else None

    def in_window(day: date) -> bool:
        return window is not None and window[0] <= day <= window[1]

    sprints = sorted(e.at.date() for e in entries if is_sprint(e) and in_window(e.at.date()))
    breaks = sorted(m.on for m in marks if m.application_id == application.id
                    or (m.application_id is None and in_window(m.on)))
    if sprints:
        return FirstAidStep(True, f"You kept a writing sprint on {_short(sprints[0])}.", offered)
    if breaks:
        return FirstAidStep(True, f"You took a self-compassion break on {_short(breaks[0])}.", offered)
    if offered:
        return FirstAidStep(False, "A short break or a writing sprint, if either would help.", True)
    return FirstAidStep(False, "A self-compassion break is here whenever you would like one.", False)


def sprint_minutes(text: str) -> int:
    """The minutes typed for a sprint; raises ValidationError with a kind message when it cannot be used."""
    words = text.strip()
    if not words:
        return DEFAULT_SPRINT_MINUTES
    try:
        minutes = int(words)
    except ValueError:
        raise ValidationError(f"A whole number of minutes, please, from {MIN_SPRINT_MINUTES} to "
                              f"{MAX_SPRINT_MINUTES}. {DEFAULT_SPRINT_MINUTES} is a good length.", "minutes") from None
    if not MIN_SPRINT_MINUTES <= minutes <= MAX_SPRINT_MINUTES:
        raise ValidationError(f"A sprint can be from {MIN_SPRINT_MINUTES} to {MAX_SPRINT_MINUTES} minutes.", "minutes")
    return minutes


def clock_words(seconds: float) -> str:
    """'14:05' for the time left (rounded up, so the last second shows as 0:01, never 0:00 early)."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"
