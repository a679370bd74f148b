"""What a person types on the command line for an application's stage, outcome and contact.

"final-round", "final round" and "final" are one stage; "round-3" is the third round
(stage "later" with rounds 3); "in-progress" is the outcome in_progress. A contact is
"Name <email>", an address alone, or a name alone.
"""

from __future__ import annotations

import re

from resilience_tui.domain.application import MAX_ROUNDS, OUTCOME_LABELS, STAGE_LABELS
from resilience_tui.domain.records import ValidationError

STAGE_HELP = f'applied, screening, interview, round-2 (up to round-{MAX_ROUNDS}), final-round or offer'
OUTCOME_HELP = "in-progress, rejected, withdrawn or offer"

_STAGE_ALIASES = {
    "applied": "applied", "application": "applied",
    "screening": "screening", "screen": "screening", "screening call": "screening", "phone screen": "screening",
    "interview": "interview", "first interview": "interview", "round 1": "interview", "first round": "interview",
    "final": "final", "final round": "final", "final interview": "final",
    "offer": "offer",
}
_LATER = ("later", "later round", "later rounds")
_ROUND = re.compile(r"^(?:round|interview round) (\d{1,3})$")
_OUTCOME_ALIASES = {
    **{label: key for key, label in OUTCOME_LABELS.items()},
    **{key: key for key in OUTCOME_LABELS},
    "open": "in_progress", "ongoing": "in_progress", "active": "in_progress",
    "reject": "rejected", "rejection": "rejected", "withdraw": "withdrawn", "offers": "offer",
}
_ANGLED = re.compile(r"^(?P<name>.*?)\s*<(?P<email>[^<>]*)>$", re.DOTALL)


def _words(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


def read_stage(text: str) -> tuple[str, int]:
    """(stage key, rounds) for what was typed; raises ValidationError (field "stage") saying what works."""
    phrase = _words(text)
    if phrase in _STAGE_ALIASES:
        return _STAGE_ALIASES[phrase], 0
    found = _ROUND.match(phrase)
    if found:
        number = int(found.group(1))
        if number == 1:
            return "interview", 0
        if 2 <= number <= MAX_ROUNDS:
            return "later", number
        raise ValidationError(f"A round is a number from 2 to {MAX_ROUNDS} (the first interview is round 1).", "stage")
    if phrase in _LATER:
        raise ValidationError('Which round did it reach? Say "round-2", "round-3" and so on.', "stage")
    raise ValidationError(f'--stage is one of {STAGE_HELP}, not "{text.strip()}".', "stage")


def stage_word(stage: str, rounds: int) -> str:
    """How a stage is said back: "final round", "round 3"."""
    return f"round {rounds}" if stage == "later" and rounds else STAGE_LABELS[stage]


def read_outcome(text: str) -> str | None:
    """The outcome key for "in-progress", "rejected", ...; None when it names none."""
    return _OUTCOME_ALIASES.get(_words(text))


def read_contact(text: str) -> tuple[str, str]:
    """(name, email) from "Sam Lee <sam@acme.example>", "sam@acme.example" or "Sam Lee".

    The address is checked later, with the rest of the application (`application.validate`).
    Raises ValidationError (field "contact_email") for angle brackets that are not one pair at the end."""
    typed = text.strip()
    found = _ANGLED.match(typed)
    if found and not ("<" in found["name"] or ">" in found["name"]):
        name = found["name"].strip()
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = name[1:-1].strip()
        return name, found["email"].strip()
    if "<" in typed or ">" in typed:
        raise ValidationError('Write the contact as "Name <email>", for example "Sam Lee <sam@acme.com>".',
                              "contact_email")
    if "@" in typed and not any(ch.isspace() for ch in typed):
        return "", typed
    return typed, ""
