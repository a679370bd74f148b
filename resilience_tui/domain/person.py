"""One of "my people": someone the person can reach on a hard day, and how, in their own words."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision

MAX_NAME_LENGTH = 100
MAX_NOTE_LENGTH = 500
MAX_PEOPLE = 50


@dataclass(frozen=True)
class Person:
    name: str
    note: str = ""  # how to reach them: "text or call, evenings"
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    @property
    def title(self) -> str:
        """The heading of this person in readable exports."""
        return self.name

    def to_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "name": self.name,
            "note": self.note,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: JsonDict) -> Person:
        """Read a stored person; raises ValueError or KeyError if it is not one."""
        if not isinstance(data["name"], str):
            raise ValueError("a person's name is not text")
        return cls(
            id=stored.record_id(data["id"]),
            name=data["name"],
            note=stored.text(data, "note"),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
        )

    def edited(self, now: datetime | None = None, **changes: Any) -> Person:
        return replace(self, updated_at=now or now_local(), **changes)


def validate(person: Person) -> Person:
    """Raise ValidationError with a plain message when a field cannot be kept; text is kept as typed."""
    if not person.name.strip():
        raise ValidationError("Add a name: whoever you would like to reach on a hard day.", "name")
    if "\n" in person.name or "\r" in person.name:
        raise ValidationError("A name is one line. How to reach them can go in the note.", "name")
    if len(person.name) > MAX_NAME_LENGTH:
        raise ValidationError(f"A name can be up to {MAX_NAME_LENGTH} characters; the note can hold the rest.", "name")
    if len(person.note) > MAX_NOTE_LENGTH:
        raise ValidationError(f"The note can be up to {MAX_NOTE_LENGTH} characters.", "note")
    return person


def in_order(people: list[Person]) -> list[Person]:
    """People in the order they were added (the person's own order of who comes first)."""
    return sorted(people, key=lambda person: person.created_at)
