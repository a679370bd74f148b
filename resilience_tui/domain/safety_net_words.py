"""The words of the calm card on Today and of the line the check-in adds on such a day.

Plain and warm: it says the last days look hard and that talking to someone often
helps, then offers the person's own people first, their doctor, helplines (the
international directory findahelpline.com, given as text only: the app never opens
it), and local emergency services for when they are not safe. It does not diagnose,
count the bad days back at them, tell them what they should do, or use alarm words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_tui.domain.person import Person

TITLE = "Looking after yourself"
OPENING = ("The last few days look like they have been hard. That happens, and you do not have to "
           "carry it on your own.")
TALKING = "Talking to someone often helps, even for a few minutes."
PEOPLE_INTRO = "Your people:"
NO_PEOPLE = "You can keep a short list of people you would like to reach here (p adds one)."
DOCTOR = "Your doctor is there for days like these as well, and it is fine to tell them how it has been."
HELPLINES = ("Helplines are free and someone listens, day or night. findahelpline.com lists the ones "
             "in your country.")
NOT_SAFE = "If you are not safe right now, please call your local emergency number."
KEYS = "p your people · h hide this for a week"


def person_line(person: Person) -> str:
    """'Sam: text or call, evenings', or just the name. The caller shows it as plain text, not markup."""
    note = " ".join(person.note.split())
    name = " ".join(person.name.split())
    return f"{name}: {note}" if note else name


def card_paragraphs(people: Sequence[Person]) -> list[str]:
    """The card's text after its title, one paragraph (or one person) a line, in the order shown."""
    lines = [OPENING, TALKING]
    if people:
        lines.append(PEOPLE_INTRO)
        lines += [f"  {person_line(person)}" for person in people]
    else:
        lines.append(NO_PEOPLE)
    lines += [DOCTOR, HELPLINES, NOT_SAFE]
    return lines
