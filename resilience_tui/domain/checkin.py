"""A mood check-in: how the person feels at one moment."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision
from resilience_tui.domain.tag_form import MAX_TAG_LENGTH, normalise_tag

# A check-in a few minutes ahead is a clock difference, not a mistake.
_CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class CheckIn:
    mood: int
    at: datetime
    energy: int | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    note: str = ""
    application_id: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    def to_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "mood": self.mood,
            "at": iso(self.at),
            "energy": self.energy,
            "emotions": list(self.emotions),
            "tags": list(self.tags),
            "note": self.note,
            "application_id": self.application_id,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: JsonDict) -> CheckIn:
        """Read a stored check-in; raises ValueError or KeyError if it is not one."""
        return cls(
            id=stored.record_id(data["id"]),
            mood=stored.whole(data["mood"], "mood", 1, 5),
            at=stored.moment(data["at"], "at"),
            energy=stored.optional_whole(data.get("energy"), "energy", 1, 5),
            emotions=stored.texts(data.get("emotions"), "emotions"),
            tags=stored.texts(data.get("tags"), "tags"),
            note=stored.text(data, "note"),
            application_id=stored.optional_id(data.get("application_id"), "application_id"),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
        )

    def edited(self, **changes: Any) -> CheckIn:
        return replace(self, updated_at=now_local(), **changes)


def parse_tags(text: str) -> tuple[str, ...]:
    """Split 'interview, #Acme  rest' into unique tags, keeping their order."""
    seen: list[str] = []
    for part in text.replace(",", " ").split():
        tag = normalise_tag(part)
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def future_moment_message(at: datetime, now: datetime) -> str:
    """Why a check-in set after `now` is refused, with its moment in words ("tomorrow at 09:00")."""
    if at.tzinfo is not None and now.tzinfo is not None:
        at = at.astimezone(now.tzinfo)
    return f"A check-in can't be in the future: {friendly_day(at.date(), now.date())} at {at:%H:%M} hasn't happened yet."


def validate(checkin: CheckIn, now: datetime | None = None) -> CheckIn:
    """Raise ValidationError with a plain message when a field cannot be kept; `now` defaults to the clock."""
    if not isinstance(checkin.mood, int) or not 1 <= checkin.mood <= 5:
        raise ValidationError("Mood is a number from 1 (very low) to 5 (great).", "mood")
    if checkin.energy is not None and not 1 <= checkin.energy <= 5:
        raise ValidationError("Energy is a number from 1 (drained) to 5 (buzzing), or left empty.", "energy")
    from resilience_tui.domain.emotions import find_emotion, unknown_emotion_message

    words = []
    for word in checkin.emotions:
        emotion = find_emotion(word)
        if emotion is None:
            raise ValidationError(unknown_emotion_message(word), "emotions")
        if emotion.word not in words:
            words.append(emotion.word)
    for tag in checkin.tags:
        if len(tag) > MAX_TAG_LENGTH:
            raise ValidationError(f"A tag can be up to {MAX_TAG_LENGTH} characters long.", "tags")
    now = now or now_local()
    if checkin.at > now + _CLOCK_SLACK:
        raise ValidationError(future_moment_message(checkin.at, now), "at")
    return replace(checkin, emotions=tuple(words))


def tag_suggestions(checkins: Iterable[CheckIn], limit: int = 50) -> list[str]:
    """Earlier tags, most used first, for suggesting while typing."""
    counts: dict[str, int] = {}
    for checkin in checkins:
        for tag in checkin.tags:
            counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts, key=lambda tag: (-counts[tag], tag))[:limit]

