"""Reflection worksheets through the store: what they are shown with (check-ins, feedback, goals),
actions that become goals, and the Markdown file export.

A `StoreError` from a failed save passes through unchanged, for the caller to show.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.reflection import Reflection
from resilience_tui.domain.reflection_markdown import MarkdownContext, export_name, render

if TYPE_CHECKING:
    from resilience_tui.domain.application import Application
    from resilience_tui.domain.checkin import CheckIn
    from resilience_tui.domain.feedback import FeedbackRequest
    from resilience_tui.domain.goal import Goal
    from resilience_tui.store.store import Store

MAX_CHECKINS = 10
# Check-ins this many days either side of an interview or the rejection count as "around" it.
_AROUND = timedelta(days=1)
_GENERAL_DAYS = 7


def _start(day: date, now: datetime) -> datetime:
    return datetime.combine(day, time.min).replace(tzinfo=now.tzinfo)


def application_of(store: Store, reflection: Reflection) -> Application | None:
    application: Application | None = (
        store.applications.get(reflection.application_id) if reflection.application_id else None)
    return application


def checkins_around(store: Store, reflection: Reflection, now: datetime) -> list[CheckIn]:
    """Check-ins from around the interview and the rejection (or, for a general worksheet, the week
    before it was started), oldest first, at most MAX_CHECKINS (the latest of them)."""
    application = application_of(store, reflection)
    found: dict[str, CheckIn] = {}
    if application is None:
        end = min(now, reflection.created_at) + timedelta(minutes=1)
        for checkin in store.checkins.between(end - timedelta(days=_GENERAL_DAYS), end):
            found[checkin.id] = checkin
    else:
        days = [*application.interview_dates, *([application.rejected_on] if application.rejected_on else [])]
        for day in days:
            start = _start(day, now) - _AROUND
            for checkin in store.checkins.between(start, start + _AROUND * 3):
                found[checkin.id] = checkin
        if days:
            start, end = _start(min(days), now) - timedelta(days=7), _start(max(days), now) + timedelta(days=15)
            for checkin in store.checkins.between(start, end):
                if checkin.application_id == application.id:
                    found[checkin.id] = checkin
    return sorted(found.values(), key=lambda c: c.at)[-MAX_CHECKINS:]


def checkin_words(checkin: CheckIn) -> str:
    """'Tue 17 Nov 21:00 · ▂ low · disappointed, sad · the note on one line'."""
    from resilience_tui.domain.moods import mood

    level = mood(checkin.mood)
    parts = [checkin.at.strftime("%a %d %b %H:%M"), f"{level.glyph} {level.word}"]
    if checkin.emotions:
        parts.append(", ".join(checkin.emotions))
    note = " ".join(checkin.note.split())
    if note:
        parts.append(note if len(note) <= 160 else note[:159] + "…")
    return " · ".join(parts)


def received_feedback(store: Store, reflection: Reflection) -> tuple[str, tuple[str, ...]]:
    """(where it came from, the points) from the application's feedback requests that got a reply."""
    if not reflection.application_id:
        return "", ()
    stored: list[FeedbackRequest] = store.feedback.all()
    requests = [r for r in stored if r.application_id == reflection.application_id and r.points]
    if not requests:
        return "", ()
    requests.sort(key=lambda r: (r.replied_on or r.updated_at.date(), r.updated_at))
    points = tuple(point.text for request in requests for point in request.points)
    latest = requests[-1]
    when = f", replied {latest.replied_on:%a %d %b %Y}" if latest.replied_on else ""
    return f"From your feedback request{when}", points


def goal_columns(store: Store, reflection: Reflection) -> dict[str, str]:
    """The column of each goal an action became (actions whose goal was deleted are left out)."""
    columns: dict[str, str] = {}
    for action in reflection.actions:
        goal = store.goals.get(action.goal_id) if action.goal_id else None
        if goal is not None:
            columns[goal.id] = goal.column
    return columns


def markdown_context(store: Store, reflection: Reflection, now: datetime) -> MarkdownContext:
    application = application_of(store, reflection)
    source, points = received_feedback(store, reflection)
    return MarkdownContext(
        about=application.title if application else "",
        checkins=tuple(checkin_words(c) for c in checkins_around(store, reflection, now)),
        feedback_source=source, feedback=points, goal_columns=goal_columns(store, reflection),
    )


def as_markdown(store: Store, reflection: Reflection, now: datetime) -> str:
    return render(reflection, markdown_context(store, reflection, now))


def save(store: Store, reflection: Reflection) -> Reflection:
    """Add or update the worksheet (if another window deleted it meanwhile, this brings it back)."""
    saved: Reflection = store.reflections.add(reflection)
    return saved


def action_to_goal(
    store: Store, reflection: Reflection, action_id: str, now: datetime
) -> tuple[Goal, Reflection, bool]:
    """Put an action on the Goals board, once. Returns (goal, worksheet as saved, True if new).

    Asking again for an action that is already a goal returns that goal and adds nothing.
    Raises ValidationError for an action that cannot be a goal title (blank or too long).
    """
    from resilience_tui.services.goals import create_linked_goal

    action = next((a for a in reflection.actions if a.id == action_id), None)
    if action is None or not action.text.strip():
        raise ValidationError("Write the action first; then it can go on your Goals board.", "actions")
    existing: Goal | None = store.goals.get(action.goal_id) if action.goal_id else None
    if existing is not None:
        return existing, reflection, False
    known = {goal.id for goal in store.goals.all()}
    # The shared function finds a goal of the same words from this worksheet rather than adding a second.
    goal = create_linked_goal(store, action.text.strip(), action.shown_category, "reflection", reflection.id, now=now)
    created = goal.id not in known
    # The action keeps the category its goal has, so the worksheet shows what the board shows.
    actions = tuple(replace(a, goal_id=goal.id, category=goal.category) if a.id == action_id else a
                    for a in reflection.actions)
    saved = save(store, reflection.edited(now, actions=actions))
    return goal, saved, created


def export_folder() -> Path:
    """Documents if there is one, otherwise the home folder."""
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def export_markdown(store: Store, reflection: Reflection, now: datetime, folder: Path | None = None) -> Path:
    """Write the worksheet to a new .md file (0600) and return its path; ExportFailed says why not."""
    from resilience_tui.export.files import write_new

    context = markdown_context(store, reflection, now)
    folder = folder or export_folder()
    name = export_name(reflection, context, now)
    target, counter = folder / name, 1
    while target.exists() or target.is_symlink():
        counter += 1
        target = folder / name.replace(".md", f"-{counter}.md")
    return write_new(target, render(reflection, context))


def area_document(store: Store, now: datetime) -> str:
    """Every worksheet, oldest first, for the readable export of the whole area (headings one level down)."""
    worksheets: list[Reflection] = sorted(store.reflections.all(), key=lambda r: r.created_at)
    count = len(worksheets)
    lines = ["# Reflections", "",
             f"Exported from Resilience on {now:%A %d %B %Y}: {count:,} worksheet{'s' * (count != 1)}, oldest first.", ""]
    for worksheet in worksheets:
        # Only our own headings start a line with "#": the person's words are escaped.
        text = as_markdown(store, worksheet, now)
        lines += ["#" + line if line.startswith("#") else line for line in text.splitlines()] + ["", "---", ""]
    return "\n".join(lines)
