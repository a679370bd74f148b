"""Goals, applications, feedback requests, the person's people and worries in readable documents: a section per record,
its fields in the words the screens use. Ids, board positions, revisions and the
created/updated stamps stay in the json export only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from resilience_tui.domain.application import Application
from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.email_templates import TONE_LABELS
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import COLUMN_TITLES, SOURCE_WORDS, Goal, category
from resilience_tui.domain.person import Person
from resilience_tui.domain.worry import ANSWER_LABELS, Worry
from resilience_tui.export.areas import count_words, records, title_of

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

Cell = Callable[[str], str]
Field = tuple[str, str]


def _day(day: date | datetime | None) -> str:
    if isinstance(day, datetime):
        day = day.date()
    return friendly_day(day) if day is not None else ""


def _days(days: Iterable[date]) -> str:
    return ", ".join(_day(day) for day in days)


def _names(store: Store, area: str) -> dict[str, str]:
    return {record.id: record.title for record in records(store, area) if hasattr(record, "title")}


def _application_fields(application: Application, names: dict[str, str]) -> list[Field]:
    contact = " ".join(part for part in (application.contact_name.strip(),
                                         f"<{application.contact_email}>" if application.contact_email else "") if part)
    return [
        ("Applied", _day(application.applied_on)),
        ("Where you found it", application.source),
        ("How far it got", application.stage_words),
        ("Interviews", _days(application.interview_dates)),
        ("Contact", contact),
        ("Outcome", application.outcome_words),
        ("Rejected", _day(application.rejected_on)),
        ("Reason given", application.reason),
        ("Notes", application.notes),
        ("Your guesses", application.prediction.words if application.prediction else ""),
    ]


def _goal_fields(goal: Goal, names: dict[str, str]) -> list[Field]:
    came_from = ""
    if goal.source is not None:
        came_from = SOURCE_WORDS.get(goal.source.kind, goal.source.kind)
        if goal.source.id in names:
            came_from += f" ({names[goal.source.id]})"
    steps = "; ".join(("✓ " if step.done else "☐ ") + step.text for step in goal.steps)
    return [
        ("Category", category(goal.category).word),
        ("On the board", COLUMN_TITLES.get(goal.column, goal.column)),
        ("Due", _day(goal.due)),
        ("Repeats", "every week" if goal.weekly else ""),
        ("Steps", steps),
        ("Weeks done", _days(goal.weeks_done)),
        ("Finished", _day(goal.finished_at)),
        ("Came from", came_from),
        ("Notes", goal.notes),
    ]


def _feedback_fields(request: FeedbackRequest, names: dict[str, str]) -> list[Field]:
    return [
        ("For", names.get(request.application_id or "", "")),
        ("Status", request.status_words),
        ("Tone", TONE_LABELS.get(request.tone, request.tone)),
        ("To", request.recipient),
        ("Sent", _day(request.sent_on)),
        ("Replied", _day(request.replied_on)),
        ("No reply by", _day(request.closed_on)),
        ("Email", request.body),
        ("What they said", "; ".join(point.text for point in request.points)),
    ]


def _feedback_heading(request: FeedbackRequest, names: dict[str, str]) -> str:
    return request.subject or names.get(request.application_id or "", "") or "A feedback request"


def _person_fields(person: Person, names: dict[str, str]) -> list[Field]:
    return [("How to reach them", person.note)]


def _worry_fields(worry: Worry, names: dict[str, str]) -> list[Field]:
    return [
        ("Worry", worry.text),
        ("Look back on", _day(worry.look_back_on)),
        ("Did it happen", ANSWER_LABELS.get(worry.answer, "")),
        ("What happened", worry.what_happened),
        ("Looked back", _day(worry.answered_on)),
    ]


_FIELDS: dict[str, tuple[Callable[[Any, dict[str, str]], list[Field]], str | None]] = {
    "applications": (_application_fields, None),
    "goals": (_goal_fields, "applications"),
    "feedback": (_feedback_fields, "applications"),
    "people": (_person_fields, None),
    "worries": (_worry_fields, None),
}


def has_words(area: str) -> bool:
    return area in _FIELDS


def sections(store: Store, area: str) -> tuple[int, Iterator[tuple[str, list[Field]]]]:
    """How many records `area` (applications, goals, feedback or people) has, and for each in turn its
    heading and its fields that have a value, in the screens' words (the values as stored)."""
    fields_of, named_area = _FIELDS[area]
    names = _names(store, named_area) if named_area else {}
    items = records(store, area)

    def each() -> Iterator[tuple[str, list[Field]]]:
        for item in items:
            heading = _feedback_heading(item, names) if area == "feedback" else item.title
            yield " ".join(heading.split()), [(label, value) for label, value in fields_of(item, names) if value]

    return len(items), each()


def area_sections(store: Store, area: str, now: datetime, cell: Cell) -> str:
    """The document of `area` (one of applications, goals, feedback, people): a section per record."""
    count, each = sections(store, area)
    lines = [f"# {title_of(area)}", "", f"Exported from Resilience on {now:%A %d %B %Y}: {count_words(area, count)}.", ""]
    for heading, fields in each:
        lines += [f"## {heading}", ""]
        lines += [f"- **{label}**: {cell(value)}" for label, value in fields]
        lines.append("")
    return "\n".join(lines)
