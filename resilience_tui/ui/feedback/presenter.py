"""What the Feedback screen says about requests: the list's rows and the status line."""

from __future__ import annotations

from datetime import date

from textual.content import Content

from resilience_tui.domain.business_days import follow_up_due
from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.email_templates import TONE_LABELS
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.visible import visible
from resilience_tui.services import feedback as service
from resilience_tui.store.store import Store

WHY_ASK = ("Asking for feedback turns a no into something you can use. A short, kind note with one specific "
           "question works best. Not everyone replies, and that says nothing about you.")

HANDOVER_HINT = ("Nothing is sent from here. When it reads right: y copies the text, e saves an .eml file "
                 "your mail program opens as a draft, m opens your mail program. Then s marks it sent.")


def about(store: Store, request: FeedbackRequest) -> str:
    application = store.applications.get(request.application_id) if request.application_id else None
    name = visible(application.title) if application else "(no application)"
    return f"Follow-up: {name}" if request.follow_up_of else name


def list_rows(store: Store, today: date) -> list[tuple[FeedbackRequest, str, str]]:
    days = service.profile(store).follow_up_days
    requests = store.feedback.all()
    followed = {r.follow_up_of for r in requests if r.follow_up_of}
    rows = []
    for request in sorted(requests, key=lambda r: r.created_at, reverse=True):
        upcoming = ""
        if request.status == "draft":
            upcoming = "send when ready"
        elif request.status == "sent":
            due = follow_up_due(request, days)
            if request.id in followed:
                upcoming = "followed up"
            elif due and due <= today:
                upcoming = "follow-up due (w)"
            elif due:
                upcoming = f"follow up {friendly_day(due, today)}"
        elif request.status == "replied":
            count = len(request.points)
            upcoming = f"{count} point{'s' if count != 1 else ''}" if count else "record the points (p)"
        rows.append((request, about(store, request), upcoming))
    return rows


def status_line(store: Store, request: FeedbackRequest, today: date, tone: str | None = None) -> Content:
    """The request's state; `tone` is the one picked on screen, which may not be saved yet."""
    label = TONE_LABELS.get(tone or request.tone, TONE_LABELS[request.tone])
    parts: list[str | tuple[str, str]] = [(request.status_words.capitalize(), "bold"),
                                          f" · {label} · {about(store, request)}"]
    if request.sent_on:
        parts.append(f"\nSent {friendly_day(request.sent_on, today)}")
        due = follow_up_due(request, service.profile(store).follow_up_days)
        if due:
            word = "was due" if due < today else "due"
            parts.append((f" · a follow-up {word} {friendly_day(due, today)} if no reply (w writes one)", "italic"))
    if request.replied_on:
        parts.append(f" · replied {friendly_day(request.replied_on, today)}")
    if request.closed_on:
        parts.append(f" · no reply by {friendly_day(request.closed_on, today)}")
    return Content.assemble(*parts)
