"""A feedback request: an email asking what would have made the application stronger, and the reply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision

STATUSES: tuple[tuple[str, str], ...] = (
    ("draft", "draft"),
    ("sent", "sent"),
    ("replied", "replied"),
    ("no_reply", "no reply"),
)
STATUS_KEYS = tuple(key for key, _ in STATUSES)
STATUS_LABELS = dict(STATUSES)
TONE_KEYS = ("brief", "warm", "formal", "follow_up")
_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class FeedbackPoint:
    """One line of the feedback received; it can become a goal (`goal_id`)."""

    text: str
    id: str = field(default_factory=new_id)
    goal_id: str | None = None

    def to_dict(self) -> JsonDict:
        return {"id": self.id, "text": self.text, "goal_id": self.goal_id}

    @classmethod
    def from_dict(cls, data: JsonDict) -> FeedbackPoint:
        if not isinstance(data, dict) or not isinstance(data["text"], str):
            raise ValueError("a point is not text")
        return cls(text=data["text"], id=stored.record_id(data["id"], "point"),
                   goal_id=stored.optional_id(data.get("goal_id"), "goal_id"))


@dataclass(frozen=True)
class FeedbackRequest:
    application_id: str | None = None
    tone: str = "warm"
    recipient: str = ""  # as typed: "Sam Lee <sam@acme.com>" or just the address
    subject: str = ""
    body: str = ""
    status: str = "draft"
    sent_on: date | None = None
    replied_on: date | None = None
    closed_on: date | None = None  # the day it was marked "no reply"
    follow_up_of: str | None = None  # the request this one follows up
    points: tuple[FeedbackPoint, ...] = ()
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    @property
    def status_words(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def is_sent(self) -> bool:
        return self.status != "draft"

    def to_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "application_id": self.application_id,
            "tone": self.tone,
            "recipient": self.recipient,
            "subject": self.subject,
            "body": self.body,
            "status": self.status,
            "sent_on": _day(self.sent_on),
            "replied_on": _day(self.replied_on),
            "closed_on": _day(self.closed_on),
            "follow_up_of": self.follow_up_of,
            "points": [point.to_dict() for point in self.points],
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: JsonDict) -> FeedbackRequest:
        """Read a stored request; raises ValueError or KeyError if it is not one."""
        for name in ("recipient", "subject", "body"):
            if not isinstance(data.get(name, ""), str):
                raise ValueError(f"{name} is not text")
        return cls(
            id=stored.record_id(data["id"]),
            application_id=stored.optional_id(data.get("application_id"), "application_id"),
            tone=stored.one_of(data.get("tone", "warm"), "tone", TONE_KEYS),
            recipient=data.get("recipient", ""),
            subject=data.get("subject", ""),
            body=data.get("body", ""),
            status=stored.one_of(data["status"], "status", STATUS_KEYS),
            sent_on=stored.optional_day(data.get("sent_on"), "sent_on"),
            replied_on=stored.optional_day(data.get("replied_on"), "replied_on"),
            closed_on=stored.optional_day(data.get("closed_on"), "closed_on"),
            follow_up_of=stored.optional_id(data.get("follow_up_of"), "follow_up_of"),
            points=tuple(FeedbackPoint.from_dict(p) for p in stored.items(data.get("points"), "points")),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
        )

    def edited(self, **changes: Any) -> FeedbackRequest:
        return replace(self, updated_at=now_local(), **changes)


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def with_status(request: FeedbackRequest, status: str, on: date | None, today: date) -> FeedbackRequest:
    """The request marked `status` on the day `on`; raises ValidationError for a day that cannot be right."""
    if status not in STATUS_KEYS:
        raise ValidationError("Choose draft, sent, replied or no reply.", "status")
    if status == "draft":
        return request.edited(status="draft", sent_on=None, replied_on=None, closed_on=None)
    if on is None:
        raise ValidationError("Which day? \"today\" is fine.", "on")
    if on > today + _SLACK:
        raise ValidationError("That day is still to come. Which day was it?", "on")
    if status == "sent":
        return request.edited(status="sent", sent_on=on, replied_on=None, closed_on=None)
    sent_on = request.sent_on or on
    if on < sent_on:
        raise ValidationError(f"That is before the day it was sent ({sent_on.isoformat()}).", "on")
    if status == "replied":
        return request.edited(status="replied", sent_on=sent_on, replied_on=on, closed_on=None)
    return request.edited(status="no_reply", sent_on=sent_on, replied_on=None, closed_on=on)


# -- feedback points ---------------------------------------------------------------
_BULLET = re.compile(r"^\s*(?:[-*•·]+|\d+[.)])\s+")


def parse_points(text: str, existing: tuple[FeedbackPoint, ...] = ()) -> tuple[FeedbackPoint, ...]:
    """One point per non-empty line (bullets removed). A line kept as it was keeps its id and goal."""
    by_text: dict[str, list[FeedbackPoint]] = {}
    for point in existing:
        by_text.setdefault(point.text, []).append(point)
    points: list[FeedbackPoint] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        earlier = by_text.get(line)
        points.append(earlier.pop(0) if earlier else FeedbackPoint(line))
    return tuple(points)


def points_text(points: tuple[FeedbackPoint, ...]) -> str:
    return "\n".join(point.text for point in points)


_STRENGTH = re.compile(r"\b(strong|great|good|excellent|liked|loved|impressed|clear|well|strength|positive|enjoyed)\b", re.I)
_GROWTH = re.compile(r"\b(more|less|deeper|depth|lack|gap|improve|weak|missing|needs?|wanted|could|should|not enough|limited|unclear)\b", re.I)
_SEARCH = re.compile(r"\b(cv|résumé|resume|cover letter|portfolio|linkedin|application|salary|seniority|senior|junior|level|fit|culture)\b", re.I)


def guess_category(point: str) -> str:
    """The goal category a feedback point most likely belongs to: skills unless it reads otherwise."""
    if _STRENGTH.search(point) and not _GROWTH.search(point):
        return "mindset"  # a strength to keep in mind next time
    if _SEARCH.search(point) and not re.search(r"\b(skill|experience|knowledge|depth)\b", point, re.I):
        return "job search"
    return "skills"


def goal_title_for_point(point: str) -> str:
    """A goal title made from a feedback point: the point itself, trimmed to a readable length."""
    text = " ".join(point.split())
    if len(text) > 90:
        text = text[:89].rstrip() + "…"
    return text
