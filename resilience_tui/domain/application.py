"""A job application: where it went, how far it got, and how it ended."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.prediction import Prediction
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision

# The furthest stage reached, in order. "later" stands for the rounds between the first
# interview and the final one; `rounds` is the number of the latest round (2 or more).
STAGES: tuple[tuple[str, str], ...] = (
    ("applied", "applied"),
    ("screening", "screening call"),
    ("interview", "interview"),
    ("later", "later rounds"),
    ("final", "final round"),
    ("offer", "offer"),
)
STAGE_KEYS = tuple(key for key, _ in STAGES)
STAGE_LABELS = dict(STAGES)

OUTCOMES: tuple[tuple[str, str], ...] = (
    ("in_progress", "in progress"),
    ("rejected", "rejected"),
    ("withdrawn", "withdrawn"),
    ("offer", "offer"),
)
OUTCOME_KEYS = tuple(key for key, _ in OUTCOMES)
OUTCOME_LABELS = dict(OUTCOMES)

# The kinds of source a person can choose for an application (domain/funnel.py names them);
# "" means none was chosen and the kind is read from the words of `source`.
SOURCE_KIND_KEYS = ("referral", "recruiter", "job_board", "company_site", "network", "other")

MAX_ROUNDS = 20
# An application or a rejection a day ahead is a time zone, not a mistake.
_SLACK = timedelta(days=1)
_EMAIL = re.compile(r"^[^\s@<>()\[\],;:\"\\]+@[^\s@<>()\[\],;:\"\\.]+(\.[^\s@<>()\[\],;:\"\\.]+)+$")


@dataclass(frozen=True)
class Application:
    company: str
    role: str
    applied_on: date | None = None
    source: str = ""
    stage: str = "applied"
    rounds: int = 0  # with stage "later": the number of the latest round, 2 or more
    interview_dates: tuple[date, ...] = ()
    contact_name: str = ""
    contact_email: str = ""
    outcome: str = "in_progress"
    rejected_on: date | None = None
    reason: str = ""
    notes: str = ""
    source_kind: str = ""  # a kind of source the person chose (SOURCE_KIND_KEYS); "" reads it from `source`
    prediction: Prediction | None = None  # guesses made while in progress, kept as made once it ends
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    # -- words -------------------------------------------------------------
    @property
    def title(self) -> str:
        """'Acme Health, Designer' (or just one of them if the other is empty)."""
        return ", ".join(part for part in (self.company.strip(), self.role.strip()) if part) or "An application"

    @property
    def stage_words(self) -> str:
        if self.stage == "later" and self.rounds:
            return f"round {self.rounds}"
        return STAGE_LABELS[self.stage]

    @property
    def outcome_words(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    @property
    def is_rejection(self) -> bool:
        return self.outcome == "rejected"

    @property
    def last_moment(self) -> date | None:
        """The latest day known for it (rejection, interview or application), for sorting."""
        days = [d for d in (self.rejected_on, self.applied_on, *self.interview_dates) if d is not None]
        return max(days) if days else None

    def matches(self, words: str) -> bool:
        """True if every word of `words` is in the company, role, source or applied date."""
        haystack = " ".join((self.company, self.role, self.source, self.applied_on.isoformat() if self.applied_on else "")).casefold()
        return all(word in haystack for word in words.casefold().split())

    # -- storage -----------------------------------------------------------
    def to_dict(self) -> JsonDict:
        data: JsonDict = {
            "id": self.id,
            "company": self.company,
            "role": self.role,
            "applied_on": _day(self.applied_on),
            "source": self.source,
            "stage": self.stage,
            "rounds": self.rounds,
            "interview_dates": [d.isoformat() for d in self.interview_dates],
            "contact_name": self.contact_name,
            "contact_email": self.contact_email,
            "outcome": self.outcome,
            "rejected_on": _day(self.rejected_on),
            "reason": self.reason,
            "notes": self.notes,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }
        if self.source_kind:  # stored only when the person chose one
            data["source_kind"] = self.source_kind
        if self.prediction is not None:  # stored only when there are guesses
            data["prediction"] = self.prediction.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: JsonDict) -> Application:
        """Read a stored application; raises ValueError or KeyError if it is not one."""
        return cls(
            id=stored.record_id(data["id"]),
            company=stored.text(data, "company"),
            role=stored.text(data, "role"),
            applied_on=stored.optional_day(data.get("applied_on"), "applied_on"),
            source=stored.text(data, "source"),
            stage=stored.one_of(data.get("stage", "applied"), "stage", STAGE_KEYS),
            rounds=stored.whole(data.get("rounds") or 0, "rounds", 0, MAX_ROUNDS),
            interview_dates=stored.days(data.get("interview_dates"), "interview_dates"),
            contact_name=stored.text(data, "contact_name"),
            contact_email=stored.text(data, "contact_email"),
            outcome=stored.one_of(data.get("outcome", "in_progress"), "outcome", OUTCOME_KEYS),
            rejected_on=stored.optional_day(data.get("rejected_on"), "rejected_on"),
            reason=stored.text(data, "reason"),
            notes=stored.text(data, "notes"),
            source_kind=stored.one_of(data.get("source_kind") or "", "source_kind", ("", *SOURCE_KIND_KEYS)),
            prediction=Prediction.from_value(data.get("prediction")),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
        )

    def edited(self, **changes: Any) -> Application:
        return replace(self, updated_at=now_local(), **changes)


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def email_looks_right(address: str) -> bool:
    return bool(_EMAIL.match(address.strip()))


def validate(application: Application, today: date) -> Application:
    """Raise ValidationError(message, field) for a value that cannot be kept; return the tidied record."""
    if not application.company.strip():
        raise ValidationError("Which company is it? A name is enough.", "company")
    if not application.role.strip():
        raise ValidationError("What is the role called? Your own words are fine.", "role")
    if application.stage not in STAGE_KEYS:
        raise ValidationError("Choose how far it got: applied, screening call, interview, later rounds, final round or offer.", "stage")
    if application.outcome not in OUTCOME_KEYS:
        raise ValidationError("Choose an outcome: in progress, rejected, withdrawn or offer.", "outcome")
    if application.applied_on is not None and application.applied_on > today + _SLACK:
        raise ValidationError("That day is still to come. When did you apply (or leave it empty)?", "applied_on")
    rounds = application.rounds
    if application.stage == "later":
        if not 2 <= rounds <= MAX_ROUNDS:
            raise ValidationError(f"Which round did it reach? A number from 2 to {MAX_ROUNDS} (the first interview is round 1).", "rounds")
    else:
        rounds = 0
    applied_on = application.applied_on
    if applied_on is not None:
        early = [day for day in application.interview_dates if day < applied_on]
        if early:
            raise ValidationError(_before_applied(f"The interview on {friendly_day(min(early), today)}", applied_on, today),
                                  "interview_dates")
    email = application.contact_email.strip()
    if email and not email_looks_right(email):
        raise ValidationError(
            f'"{email}" does not look like an email address. It needs a name, an @ and a domain, like sam@acme.com.',
            "contact_email",
        )
    rejected_on = application.rejected_on
    if rejected_on is not None:
        if application.outcome != "rejected":
            raise ValidationError("A rejection date goes with the outcome \"rejected\". Change the outcome, or clear the date.", "rejected_on")
        if rejected_on > today + _SLACK:
            raise ValidationError("That day is still to come. When did you hear back?", "rejected_on")
        if applied_on is not None and rejected_on < applied_on:
            raise ValidationError(_before_applied(f"The day you heard back ({friendly_day(rejected_on, today)})",
                                                  applied_on, today), "rejected_on")
    if application.source_kind not in ("", *SOURCE_KIND_KEYS):
        raise ValidationError("Choose a kind of source from the list, or leave it to be guessed from the words.",
                              "source_kind")
    stage = "offer" if application.outcome == "offer" else application.stage
    return replace(application, stage=stage, rounds=rounds, contact_email=email,
                   interview_dates=tuple(sorted(set(application.interview_dates))))


def _before_applied(what: str, applied_on: date, today: date) -> str:
    """The one reason given for any day that comes before the day of applying."""
    return f"{what} is before the day you applied ({friendly_day(applied_on, today)}). Check either date."


def stage_index(stage: str) -> int:
    return STAGE_KEYS.index(stage)
