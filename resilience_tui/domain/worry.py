"""A worry, written down with a day to look back on it, and what the person found when they did.

Most worries do not come true: in one worry-outcome study (LaFreniere and Newman 2020, a small
clinical sample) 91% of them did not. Looking back on one's own makes that visible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.date_phrases import DUE_HELP, parse_day
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision

ANSWERS: tuple[tuple[str, str], ...] = (("no", "it did not happen"), ("partly", "partly"), ("yes", "it happened"))
ANSWER_KEYS = tuple(key for key, _ in ANSWERS)
ANSWER_LABELS = dict(ANSWERS)
MAX_TEXT_LENGTH = 1000
DEFAULT_LOOK_BACK_DAYS = 14
RESEARCH = ("In one study of worries (LaFreniere and Newman 2020, a small clinical sample), "
            "91% of them did not come true.")
_SHORT = re.compile(r"^(\d{1,4})\s*(d|w)$")


@dataclass(frozen=True)
class Worry:
    text: str
    look_back_on: date
    answer: str = ""  # "", or one of ANSWER_KEYS once looked back on
    what_happened: str = ""
    answered_on: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    @property
    def title(self) -> str:
        """The heading of this worry in readable exports."""
        return self.text.strip().splitlines()[0] if self.text.strip() else "A worry"

    @property
    def looked_back(self) -> bool:
        return bool(self.answer)

    def due(self, today: date) -> bool:
        """Its look-back day has come and it has not been answered yet."""
        return not self.answer and self.look_back_on <= today

    def to_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "text": self.text,
            "look_back_on": self.look_back_on.isoformat(),
            "answer": self.answer,
            "what_happened": self.what_happened,
            "answered_on": self.answered_on.isoformat() if self.answered_on else None,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: JsonDict) -> Worry:
        """Read a stored worry; raises ValueError or KeyError if it is not one."""
        if not isinstance(data["text"], str):
            raise ValueError("a worry's text is not text")
        answer = stored.text(data, "answer")
        if answer:
            stored.one_of(answer, "answer", ANSWER_KEYS)
        return cls(
            id=stored.record_id(data["id"]),
            text=data["text"],
            look_back_on=stored.day(data["look_back_on"], "look_back_on"),
            answer=answer,
            what_happened=stored.text(data, "what_happened"),
            answered_on=stored.optional_day(data.get("answered_on"), "answered_on"),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
        )

    def edited(self, now: datetime | None = None, **changes: Any) -> Worry:
        return replace(self, updated_at=now or now_local(), **changes)


def validate(worry: Worry) -> Worry:
    """Raise ValidationError with a plain message when a field cannot be kept; text is kept as typed."""
    if not worry.text.strip():
        raise ValidationError("Write the worry in a few words, as it sounds in your head.", "text")
    if len(worry.text) > MAX_TEXT_LENGTH:
        raise ValidationError(f"A worry can be up to {MAX_TEXT_LENGTH} characters.", "text")
    if worry.answer and worry.answer not in ANSWER_KEYS:
        raise ValidationError("Did it happen: yes, no or partly?", "answer")
    if len(worry.what_happened) > MAX_TEXT_LENGTH:
        raise ValidationError(f"What happened can be up to {MAX_TEXT_LENGTH} characters.", "what_happened")
    return worry


def read_look_back(text: str, today: date) -> date:
    """The look-back day typed: "14d", "2w", "in 2 weeks", "friday", "2026-12-01"; empty is two weeks on.

    Raises ValidationError (field "look_back_on") for a phrase it cannot read or a day already past."""
    phrase = " ".join(str(text).lower().split())
    if not phrase:
        return today + timedelta(days=DEFAULT_LOOK_BACK_DAYS)
    short = _SHORT.match(phrase)
    if short:
        count = int(short.group(1))
        found: date | None = today + timedelta(days=count * (7 if short.group(2) == "w" else 1))
    else:
        found = parse_day(phrase, today, "future")
    if found is None:
        raise ValidationError(f'"{str(text).strip()}" is not a day I can read. Try "14d", "2w", '
                              + DUE_HELP.removeprefix("Try "), "look_back_on")
    if found < today:
        raise ValidationError("That day has passed. Choose today or a day to come to look back on it.", "look_back_on")
    return found


def answered(worry: Worry, answer: str, what_happened: str, today: date, now: datetime | None = None) -> Worry:
    """The worry with its look-back answer."""
    if answer not in ANSWER_KEYS:
        raise ValidationError("Did it happen: yes, no or partly?", "answer")
    return validate(worry.edited(now, answer=answer, what_happened=what_happened, answered_on=today))


@dataclass(frozen=True)
class Tally:
    looked_back: int
    did_not: int
    partly: int
    did: int
    waiting: int  # not looked back on yet

    @property
    def words(self) -> str:
        """'Of 12 worries you looked back on, 10 did not happen.'"""
        if not self.looked_back:
            if self.waiting:
                return (f"{_worries(self.waiting)} waiting for their look-back day. "
                        "When it comes, you can note what really happened.")
            return "No worries written down yet. Writing one down, with a day to look back, can make it smaller."
        text = f"Of {_worries(self.looked_back)} you looked back on, {self.did_not} did not happen"
        if self.partly:
            text += f", {self.partly} partly did"
        if self.did:
            text += f", {self.did} did"
        return text + "."


def _worries(count: int) -> str:
    return f"{count} worr{'y' if count == 1 else 'ies'}"


def tally(worries: Iterable[Worry]) -> Tally:
    counts = {key: 0 for key in ANSWER_KEYS}
    waiting = 0
    for worry in worries:
        if worry.answer in counts:
            counts[worry.answer] += 1
        else:
            waiting += 1
    return Tally(looked_back=sum(counts.values()), did_not=counts["no"], partly=counts["partly"], did=counts["yes"],
                 waiting=waiting)


def due_worries(worries: Iterable[Worry], today: date) -> list[Worry]:
    """Worries whose look-back day has come, the longest waiting first."""
    return sorted((w for w in worries if w.due(today)), key=lambda w: (w.look_back_on, w.created_at))


def in_order(worries: Iterable[Worry]) -> list[Worry]:
    """Still to look back on first (soonest day first), then those looked back on, newest first."""
    waiting = sorted((w for w in worries if not w.answer), key=lambda w: (w.look_back_on, w.created_at))
    done = sorted((w for w in worries if w.answer), key=lambda w: (w.answered_on or w.look_back_on, w.created_at),
                  reverse=True)
    return waiting + done
