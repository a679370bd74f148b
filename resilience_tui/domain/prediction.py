"""A prediction made while an application is in progress: the chance of an offer, how a no would feel
and for how many days. It is kept on the application and frozen once the outcome is known."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.records import JsonDict, ValidationError

MOOD_WORDS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "great"}
MAX_DAYS = 365


@dataclass(frozen=True)
class Prediction:
    chance: int | None = None  # percent, 0 to 100: how likely an offer seemed
    feel: int | None = None  # mood 1 to 5: how a no would feel at its lowest
    days: int | None = None  # how many days a no would last
    made_on: date | None = None

    @property
    def empty(self) -> bool:
        return self.chance is None and self.feel is None and self.days is None

    @property
    def words(self) -> str:
        """'a 30% chance of an offer; if it is a no, feeling low for about 14 days'."""
        parts = []
        if self.chance is not None:
            parts.append(f"a {self.chance}% chance of an offer")
        if self.feel is not None or self.days is not None:
            feeling = f"feeling {MOOD_WORDS[self.feel]}" if self.feel is not None else "feeling it"
            lasting = f" for about {self.days} day{'s' if self.days != 1 else ''}" if self.days is not None else ""
            parts.append(f"if it is a no, {feeling}{lasting}")
        return "; ".join(parts) or "no guesses yet"

    def to_dict(self) -> JsonDict:
        return {"chance": self.chance, "feel": self.feel, "days": self.days,
                "made_on": self.made_on.isoformat() if self.made_on else None}

    @classmethod
    def from_value(cls, value: object) -> Prediction | None:
        """A stored prediction (or None); raises ValueError for one no prediction can be."""
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise ValueError("prediction is not a set of fields")
        data: Mapping[str, Any] = value
        return cls(
            chance=stored.optional_whole(data.get("chance"), "prediction chance", 0, 100),
            feel=stored.optional_whole(data.get("feel"), "prediction feel", 1, 5),
            days=stored.optional_whole(data.get("days"), "prediction days", 0, MAX_DAYS),
            made_on=stored.optional_day(data.get("made_on"), "prediction made_on"),
        )


def read_number(text: str, low: int, high: int, what: str, field: str) -> int | None:
    """A whole number typed in a field (a trailing % is fine); None when empty."""
    typed = text.strip().removesuffix("%").strip()
    if not typed:
        return None
    if not typed.isdigit() or not low <= int(typed) <= high:
        raise ValidationError(f"{what} is a whole number from {low} to {high}.", field)
    return int(typed)


def check(chance: int | None, feel: int | None, days: int | None, made_on: date) -> Prediction:
    """A prediction from its three numbers, each optional; ValidationError says which one is out of range."""
    if chance is not None and not 0 <= chance <= 100:
        raise ValidationError("The chance of an offer is a number from 0 to 100 (a percent).", "chance")
    if feel is not None and not 1 <= feel <= 5:
        raise ValidationError("How a no would feel is a mood from 1 (very low) to 5 (great).", "feel")
    if days is not None and not 0 <= days <= MAX_DAYS:
        raise ValidationError(f"The days are a number from 0 to {MAX_DAYS}.", "days")
    if chance is None and feel is None and days is None:
        raise ValidationError("Give at least one guess: the chance, the feeling or the days. Each is optional.", "chance")
    return Prediction(chance=chance, feel=feel, days=days, made_on=made_on)


FROZEN = ("The outcome is in, so this guess is kept as it was: that is what lets it be compared "
          "with what happened.")


def frozen_words(has_guesses: bool) -> str:
    """Why guesses cannot be made or changed on an application whose outcome is in."""
    if has_guesses:
        return FROZEN
    return ("Guesses are made while an application is in progress, so they can later be set beside what "
            "happened. This one's outcome is already in.")


def can_predict(outcome: str) -> bool:
    """Guesses can be made and changed while the application is in progress only."""
    return outcome == "in_progress"
