"""Thinking traps: familiar patterns a tired, hurting mind falls into after a rejection.

Each has a plain one-line explanation and an example from job hunting, in our own
words. Naming a trap is not a telling-off; it is a way to loosen a thought's grip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Trap:
    key: str
    name: str
    explanation: str
    example: str


TRAPS: tuple[Trap, ...] = (
    Trap("all-or-nothing", "All-or-nothing",
         "Seeing things as total success or total failure, with nothing in between.",
         "\"I stumbled on one question, so the whole interview was a disaster.\""),
    Trap("overgeneralising", "Overgeneralising",
         "Treating one setback as a rule that will always hold.",
         "\"Another no. I never get past the final round.\""),
    Trap("mind-reading", "Mind reading",
         "Being sure you know what others think of you, without asking.",
         "\"The interviewer frowned, so she thought I was useless.\""),
    Trap("fortune-telling", "Fortune telling",
         "Predicting that things will go badly, as if it were already decided.",
         "\"There's no point applying there; they'll turn me down anyway.\""),
    Trap("catastrophising", "Catastrophising",
         "Jumping to the worst possible outcome and treating it as likely.",
         "\"If I don't get this job I'll never work in this field again.\""),
    Trap("discounting-the-positive", "Discounting the positive",
         "Brushing off the good parts as if they did not count.",
         "\"They said my portfolio was strong, but they were just being polite.\""),
    Trap("labelling", "Labelling",
         "Turning one moment into a harsh name for your whole self.",
         "\"I froze on the coding task. I'm such an idiot.\""),
    Trap("should-statements", "Should statements",
         "Holding yourself to rigid rules, then feeling guilty for missing them.",
         "\"I should have had an offer by now; everyone else does.\""),
    Trap("personalising", "Personalising",
         "Taking the blame for things that were mostly outside your control.",
         "\"They hired internally. I must not have been good enough to change their minds.\""),
    Trap("emotional-reasoning", "Emotional reasoning",
         "Taking a feeling as proof of a fact.",
         "\"I feel like a failure, so I must be one.\""),
    Trap("mental-filter", "Mental filter",
         "Dwelling on the one thing that went wrong until it is all you can see.",
         "\"Forty minutes went well, but all I can think about is that one pause.\""),
    Trap("comparing", "Comparing",
         "Measuring your insides against other people's outsides.",
         "\"My friend got three offers in a month. What is wrong with me?\""),
)

TRAP_KEYS: tuple[str, ...] = tuple(trap.key for trap in TRAPS)
_BY_KEY = {trap.key: trap for trap in TRAPS}


def trap(key: str) -> Trap:
    """The trap stored as `key`; KeyError if there is none."""
    return _BY_KEY[key]


def trap_names(keys: Iterable[str]) -> list[str]:
    """Names of the known traps among `keys`, in the order given."""
    return [_BY_KEY[key].name for key in keys if key in _BY_KEY]
